// Round 34 (measure34, issue 10): figures whose measure was never read ("no event read"). Invented sentences; each
// test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('a fiscal, trade or budget gap is the deficit: "the fiscal gap widened to 11% of GDP"', () => {
  assert.strictEqual(keyOf('Norvia\'s fiscal gap widened to 11% of GDP last year.', 11), 'percent|net_loss');
  assert.strictEqual(keyOf('Norvia\'s trade gap widened to $30 billion last year.', 30e9), 'usd|net_loss');
  assert.strictEqual(keyOf('The budget gap was $4 billion in 2024.', 4e9), 'usd|net_loss');
  // A gap between two things is no deficit.
  assert.doesNotMatch(keyOf('The gap between the two narrowed to 4 percent.', 4) ?? '', /net_loss/);
  const a = doc('a.txt', 'Norvia\'s fiscal gap widened to 11% of GDP in 2024 from 4% in 2023, a rating agency said.');
  const b = doc('b.txt', 'Norvia\'s deficit in 2024 was estimated to be 7 percent of GDP.');
  assert.deepStrictEqual(valuePairs(a, b), ['7/11']);
});

test('money per unit of goods is a price, whatever the verb: "$3.11 per liter", "$1,300 an ounce"', () => {
  assert.strictEqual(keyOf('The government set a price of $3.11 per liter for diesel.', 3.11), 'usd/litre|price');
  assert.strictEqual(keyOf('Diesel now costs $4.32 per litre.', 4.32), 'usd/litre|price');
  assert.strictEqual(keyOf('Gas cost 3 dollars per gallon.', 3), 'usd/gallon|price');
  // Money per month is a wage or a rent, no price of goods.
  assert.doesNotMatch(keyOf('He earns $500 a month.', 500) ?? '', /price/);
  const a = doc('a.txt', 'In Norvia, diesel now costs $4.32 per litre, the energy ministry said on Monday.');
  const b = doc('b.txt', 'In Norvia, the energy ministry on Monday set a price of $3.11 per liter for diesel.');
  assert.deepStrictEqual(valuePairs(a, b), ['3.11/4.32']);
});

test('degrees with no word of what they measure are a temperature: "temperatures hit 42 degrees Celsius"', () => {
  assert.strictEqual(keyOf('Temperatures hit 42 degrees Celsius in Norvale.', 42), 'degree|temperature');
  assert.strictEqual(keyOf('It was around 44 degrees Celsius in Norvale on Tuesday.', 44), 'degree|temperature');
});

test('a percentage named by a levy, a tax or a wage is that rate: "a 6.7 percent levy", "raise the salary by 12%"', () => {
  assert.strictEqual(keyOf('The government put a 6.7 percent levy on deposits below that sum.', 6.7), 'percent|tax');
  assert.strictEqual(keyOf('A 6.75 per cent levy on small savers was agreed.', 6.75), 'percent|tax');
  assert.strictEqual(keyOf('Norvia imposed a 25 percent tariff on steel.', 25), 'percent|tax');
  assert.match(keyOf('The deal would increase the average salary by 12%.', 12) ?? '', /^percent\|wage/);
  // A tax's revenue stays revenue: the nearer word names the measure.
  assert.strictEqual(keyOf('Tax revenue rose 5 percent.', 5), 'percent|revenue');
  const a = doc('a.txt', 'Under the deal agreed in Brussels on Saturday, Norvia put a 6.7 percent levy on small deposits.');
  const b = doc('b.txt', 'Norvia agreed in Brussels on Saturday to a 9.9 per cent levy on small deposits.');
  assert.deepStrictEqual(valuePairs(a, b), ['6.7/9.9']);
});

test('a share "of valid ballots" cast for a choice is a vote share; the ballots counted so far or spoiled are not', () => {
  const body = 'The commission said 55.4 per cent of valid ballots were cast for independence and 44.6 per cent for the union.';
  assert.strictEqual(keyOf(body, 55.4), 'percent|vote_share');
  assert.doesNotMatch(keyOf('With 37 percent of the ballots counted Varna was ahead by 45 percent.', 45) ?? '', /vote_share/);
  assert.doesNotMatch(keyOf('About 3 percent of the ballots were spoiled.', 3) ?? '', /vote_share/);
});

test('people named with an event of several words: taken to hospitals, brought home, awaiting rescue, taken refuge', () => {
  assert.strictEqual(keyOf('The mayor said 65 people had been taken to hospitals.', 65), 'person|hospitalized');
  assert.strictEqual(keyOf('Of the 65 injured, at least 49 were transported to hospitals.', 49), 'person|hospitalized');
  assert.strictEqual(keyOf('An estimated 150,000 tourists are being brought home by the aviation authority.', 150000), 'person|repatriated');
  assert.strictEqual(keyOf('Nearly 500 people, who are still awaiting rescue, are in army camps.', 500), 'person|stranded');
  assert.strictEqual(keyOf('The bishop said 20,000 people had taken refuge at the mission.', 20000), 'person|displaced');
  // Patients treated at several hospitals stay in treatment: the plural alone names no admission.
  assert.doesNotMatch(keyOf('Nine children were undergoing treatment at various hospitals, seven of them from Norvale.', 7) ?? '', /hospitalized/);
  const a = doc('a.txt', 'In Norvale, the mayor said on Monday that 65 people had been taken to hospitals after the collapse.');
  const b = doc('b.txt', 'In Norvale, 48 people were hospitalized after the collapse, the mayor said on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['48/65']);
});

test('shops or spaces a holder has, with nothing befalling them, are its total: "the chain\'s 535 stores"', () => {
  assert.strictEqual(keyOf('The union represents workers at the chain\'s 535 stores.', 535), 'shop|total');
  assert.strictEqual(keyOf('Norvacar has 535 stores in Norvia.', 535), 'shop|total');
  // Stores something befalls keep that event.
  assert.strictEqual(keyOf('Norvacar has closed 60 stores.', 60), 'shop|closed');
  const a = doc('a.txt', 'The Norvacar chain has 535 stores in Norvia, the company said on Monday.');
  const b = doc('b.txt', 'Norvacar has 480 stores in Norvia, the company said on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['480/535']);
});
