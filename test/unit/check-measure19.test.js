// What is counted and what happened to it, round 19 (issue 10): a flow rate, a tally set to a new value, people counted
// where they were, people contaminated or poisoned, a list of voices' figures, staff "released". Invented sentences of the
// classes read on the development sets' misses and false alarms; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs: pairs } = require('./claimReports');

test('measure: a volume per unit of time is a flow, whatever verb the clause uses', () => {
  assert.strictEqual(keyOf('The operator said about 2,000 barrels of crude a day were leaking from the Norvania well.', 2000), 'barrel/day|flow');
  assert.strictEqual(keyOf('Engineers estimated that 3,500 gallons per minute escaped from the broken main.', 3500), 'gallon/minute|flow');
  // Look-alike: a volume with no time is no rate, and keeps no measure of its own.
  assert.strictEqual(keyOf('Divers found that 40,000 gallons had collected in the hold.', 40000)?.endsWith('|flow'), false);
  // A true conflict of the shape: the operator's rate against independent scientists' rate, same well, same day.
  const a = doc('a.txt', 'The operator said on Monday that 2,000 barrels a day were leaking from the Norvania well.');
  const b = doc('b.txt', 'Independent scientists said on Monday that 30,000 barrels a day were gushing from the Norvania well.');
  assert.ok(pairs(a, b).includes('2000/30000'), JSON.stringify(pairs(a, b)));
});

test('counted thing: a tally set to a new value counts what the figures before it counted', () => {
  assert.strictEqual(keyOf('Officials first listed 640 people as dead, but that number has now been reduced to 310.', 310), 'person|killed');
  assert.strictEqual(keyOf('The union said 80,000 people marched in Valdora, although the police lowered the figure to 20,000 people.', 20000), 'person|crowd');
  assert.strictEqual(keyOf('Organisers said 12,000 people attended the rally. The city later revised the estimate down to 4,000.', 4000), 'person|crowd');
  // Look-alike: a cut with no tally noun keeps its own reading (jobs cut by a number, not a restated count).
  assert.strictEqual(keyOf('Acme said on Monday it would cut 1,200 jobs by June.', 1200)?.startsWith('job|cut'), true);
});

test('measure: people counted where they were ("were on the bridge", "were inside") are those present', () => {
  assert.strictEqual(keyOf('Around 700 people were on the footbridge when it gave way on Sunday.', 700), 'person|present');
  assert.strictEqual(keyOf('About 650 people were standing on the footbridge when it gave way.', 650), 'person|present');
  assert.strictEqual(keyOf('Firefighters said about 2,800 workers were inside when the factory came down.', 2800), 'person|present');
  // A tally a paragraph later restates that count.
  const restated = 'Firefighters said about 2,800 workers were inside when the factory came down.\n\n'
    + 'Workers, however, put the figure at more than 3,600.';
  assert.strictEqual(keyOf(restated, 3600), 'person|present');
  // Look-alike: a state, not a place ("in critical condition"), says no one was anywhere.
  assert.notStrictEqual(keyOf('Ten people were in critical condition on Sunday.', 10), 'person|present');
  // A true conflict of the shape: two counts of those on the footbridge when it fell.
  const a = doc('a.txt', 'Around 700 people were on the Valdora footbridge when it collapsed on Sunday, police said.');
  const b = doc('b.txt', 'About 450 people were standing on the Valdora footbridge when it collapsed on Sunday, officials said.');
  assert.ok(pairs(a, b).includes('450/700'), JSON.stringify(pairs(a, b)));
});

test('measure: people contaminated or poisoned are the illness\'s cases, no rival of its dead', () => {
  const text = 'The outbreak has killed 14 people.\n\nThe number of people contaminated or thought to have been poisoned has reached 1,900, local media said.';
  assert.strictEqual(keyOf(text, 1900), 'case|recorded');
  assert.strictEqual(keyOf('Tainted water poisoned 300 people in Valdora last week.', 300), 'case|recorded');
});

test('measure: figures of a list of voices ("N according to A, M according to B") take the one measure their paragraph gives', () => {
  const text = 'This year it was 800,000 people according to the city police, 300,000 according to the ministry, or 150,000 '
    + 'according to the organisers, who joined the march in Valdora.';
  assert.strictEqual(keyOf(text, 800000), 'person|crowd');
  assert.strictEqual(keyOf(text, 300000), 'person|crowd');
});

test('measure: staff "released" by a company are jobs cut', () => {
  assert.strictEqual(keyOf('The firm said exits rose, with around 4,000 employees formally "released" in the quarter.', 4000), 'job|cut');
  assert.strictEqual(keyOf('Acme released 900 workers last month as orders dried up.', 900), 'job|cut');
});

test('counted thing: a noun that has the figure is no event of it; a hospital\'s name after "at" is where, not an admission', () => {
  // "The clinic has 420 beds": beds are no patients, the clinic is who has them.
  assert.strictEqual(keyOf('The Valdora hospital now has 420 beds, officials said.', 420), 'bed|unspecified');
  // "12 died at A and 7 at B Hospital": the part's elided verb is the figure before it's, not "hospital" (round 29: the
  // sentence opens on a whole it gives no figure for, "Of the victims,", so both figures are parts of it).
  assert.strictEqual(keyOf('Of the victims, 31 died at the district clinic and 7 at the private Mehta Memorial Hospital.', 7), 'person|killed+part');
  // Look-alike: taken to a hospital, or treated at one, is an admission.
  assert.strictEqual(keyOf('Twelve people were taken to Mercy Hospital on Sunday.', 12), 'person|hospitalized');
});

test('measure: staff that "there were" in a firm, or "on the rolls", are its workforce, no crowd', () => {
  const text = 'The founder claimed that there were 24,000 employees in the company, but only 17,000 exist on the rolls.';
  assert.strictEqual(keyOf(text, 24000), 'job|employed');
  assert.strictEqual(keyOf(text, 17000), 'job|employed');
  // Look-alike: thousands of people who were there are a crowd.
  assert.strictEqual(keyOf('There were 24,000 people in the square on Sunday, police said.', 24000), 'person|crowd');
});

test('measure: a tally restating the count before it keeps that count\'s measure over a word before the tally noun', () => {
  const text = 'Firefighters said about 2,800 workers were inside when the factory came down.\n\n'
    + 'The colonel, who leads the rescue operation, said he had heard the number was 2,300.';
  assert.strictEqual(keyOf(text, 2300), 'person|present');
  const crowd = 'Organisers said 40,000 people marched on Sunday. The mayor, who ordered the evacuation of the square, said the figure was 15,000.';
  assert.strictEqual(keyOf(crowd, 15000), 'person|crowd');
});

test('measure: an economy\'s GDP in money is its size, a level; a percentage of GDP\'s change stays growth', () => {
  assert.strictEqual(keyOf('Norvania\'s nominal GDP last year was $412bn, the statistics office said.', 412e9), 'usd|gdp');
  assert.strictEqual(keyOf('Valdora\'s gross domestic product is currently at 96 billion dollars.', 96e9), 'usd|gdp');
  // Look-alike: the rate of change keeps its own measure.
  assert.strictEqual(keyOf('Norvania\'s GDP rose 2.4% last year, the statistics office said.', 2.4), 'percent|growth');
});

test('measure: a figure a later figure takes a part of ("N ..., and M of them died") takes no measure from its paragraph', () => {
  const text = 'Dengue has killed 61 people in Norvania this year.\n\nThe number of patients was 8,412 in 2021, and 19 of them died.';
  assert.notStrictEqual(keyOf(text, 8412), 'person|killed');
  // The part keeps what befell it.
  assert.strictEqual(keyOf(text, 19)?.startsWith('person|killed'), true);
});

test('measure: every currency the recognizer names is money, read with money\'s words', () => {
  assert.strictEqual(keyOf('The firm lost Rs 250 crore last year, its filing showed.', 2.5e9), 'inr|net_loss');
  assert.strictEqual(keyOf('Valdora\'s nominal GDP was 96 trillion naira last year.', 96e12), 'ngn|gdp');
});
