// Missed contradictions, round 22: the measure and the counted thing. A candidate's "won 7%" took the turnout of a
// "take part in a second round" in the sentence before; a company's "associates" were no count of its staff, and staff
// who "participated in the walkouts" no strikers.
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a candidate verb in a percentage\'s own clause outranks a metric carried from the sentence before', () => {
  const text = 'The opposition said its candidate Lena Marsh had won 52.4% of the vote in Sunday\'s presidential election.\n\n'
    + 'The party said it would be ready to take part in a second round.\n\n'
    + 'According to the party\'s tally, Tomas Brel, an independent, won 9%.';
  assert.strictEqual(keyOf(text, 9), 'percent|vote_share');
  // Look-alike: a bare percentage with no verb of its own still takes the metric named just before it.
  const carried = 'The commission said turnout in Sunday\'s presidential election was the lowest in years.\n\n'
    + 'By noon, the commission said, the figure stood at 31%.';
  assert.strictEqual(keyOf(carried, 31), 'percent|turnout');
});

test('a company\'s "associates" are its staff, and staff who participated in walkouts are strikers', () => {
  const a = 'The retailer\'s chief executive said fewer than 60 associates participated in the walkouts on Friday.';
  // (a floor five times or more above the other count is no finding since round 33's gate in check/strata.ts)
  const b = 'The union said more than 250 workers walked off the job at the retailer\'s stores on Friday.';
  assert.strictEqual(keyOf(a, 60), 'job|striking');
  assert.strictEqual(keyOf('The outsourcer said there were 41,000 associates in the company.', 41000), 'job|employed');
  assert.strictEqual(found(a, b, '2025-06-07', '2025-06-07').length, 1);
  // Look-alike: associates of a suspect arrested are people arrested, no staff.
  assert.strictEqual(keyOf('Police said three associates of the suspect were arrested on Monday.', 3), 'person|arrested');
});

test('a sum restated in another currency takes the measure and modality of the sum it converts', () => {
  const text = 'The airline said its net loss for the year reached 1.2 billion euros ($1.3 billion), the worst in its history.';
  assert.strictEqual(keyOf(text, 1300000000), 'usd|net_loss');
  const or = 'The ministry said the country\'s GDP stood at 42 trillion naira, or $270 billion, for 2024.';
  assert.strictEqual(keyOf(or, 270000000000), 'usd|gdp');
  // Look-alike: a parenthesis some words after the sum restates no sum of it.
  const far = 'The airline set aside 1.2 billion euros for claims over the crash of its jets ($3 billion of aircraft).';
  assert.strictEqual(keyOf(far, 3000000000), 'usd|unspecified');
});

test('money set aside or provisioned is a provision, and an economy\'s growth told in money is its GDP', () => {
  assert.strictEqual(keyOf('The brewer said it would set aside 2.3 billion euros to cover the recall.', 2300000000), 'eur|provision');
  assert.strictEqual(keyOf('The brewer booked a 2.3 billion euro provision in the third quarter.', 2300000000), 'eur|provision');
  const a = 'The brewer said on Monday it was setting aside 2.3 billion euros ($2.5 billion) for the recall.';
  const b = 'The brewer said on Monday it had set aside 2.3 billion euros ($2.9 billion) to cover the recall.';
  assert.strictEqual(found(a, b, '2025-06-09', '2025-06-09').length, 1);
  const gdp = 'The statistics office said the economy expanded to an estimated 95 trillion rupees in 2024.';
  assert.strictEqual(keyOf(gdp, 95000000000000)?.endsWith('|gdp'), true, keyOf(gdp, 95000000000000));
  // Look-alike: a percentage growth stays growth.
  assert.strictEqual(keyOf('The statistics office said economic growth was 4.2% in 2024.', 4.2), 'percent|growth');
});

test('a currency word after a dollar-sign sum names its currency', () => {
  const text = 'The carmaker has set aside $2.3 billion euros to cover the cost of the recall.';
  assert.strictEqual(keyOf(text, 2300000000), 'eur|provision');
  // Look-alike: "dollars" after the sign is the same currency.
  assert.strictEqual(keyOf('The fund lost $3 billion dollars in the year.', 3000000000), 'usd|net_loss');
});

test('a participle between an article and a noun of no people befell no one the figure counts', () => {
  const text = 'Across the region, the number of children who have died after eating the poisoned sweets has reached 23.';
  assert.strictEqual(keyOf(text, 23), 'person|killed');
  assert.strictEqual(found(text, 'Officials said on Tuesday that 31 children had died after eating the sweets in the region.').length, 1);
  // Look-alike: a participle before a noun of people still names what befell them.
  assert.strictEqual(keyOf('Medics said the injured passengers numbered 40 by the evening.', 40), 'person|wounded');
});

test('survivors are people who lived, and yield to what befell them', () => {
  assert.strictEqual(keyOf('Officials said there were seven known survivors of the sinking.', 7), 'person|survived');
  assert.strictEqual(keyOf('Coastguards said around 45 survivors had been rescued from the sea.', 45), 'person|rescued');
  const a = 'Officials said on Monday there were seven known survivors of the sinking.';
  const b = 'The coastguard said on Monday that 19 people had survived the sinking.';
  assert.strictEqual(found(a, b, '2025-06-09', '2025-06-09').length, 1);
});
