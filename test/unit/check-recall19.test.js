// Missed contradictions, round 19: figures that never became claims. A measure noun's backward look stopped at a name's
// bracketed initials, a place's state between commas or a participle aside the figure ends; "the number of confirmed or
// suspected cases" named no noun; a possessor's name hid the subject ("Acme's workforce stands at"); a body's "strength"
// counted nothing; a gapped second subject ("and the unions 40,000") took the first subject's voice; "N confirmed dead"
// was no figure; a partitive's whole with a hedge ("of the country's roughly 9 million voters") gave the owner as unit;
// a rate restated after "or" lost its period. Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-05-20') => claimsOf(report(published, text));
const keys = (text, published) => claims(text, published).map(c => c.measure.key);
const found = (a, b, pa = '2025-05-20', pb = '2025-05-20') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a toll named before bracketed initials still names what the figure counts', () => {
  const text = 'The governor toured the clinic in Varna, where the toll of infants with Severe Respiratory Fever (SRF) has climbed to 64.';
  assert.deepStrictEqual(keys(text), ['person|killed']);
  assert.strictEqual(found(text, 'The toll of infants with the fever in Varna stood at 41, the clinic said.').length, 1);
});

test('a place\'s state between commas does not end the clause of a crowd valued after it', () => {
  const text = 'Organizers estimated the size of the crowd at the march on Springfield, Illinois, at 120,000.';
  assert.deepStrictEqual(keys(text), ['person|crowd']);
  assert.strictEqual(found(text, 'Police said about 40,000 people joined the march on Springfield.').length, 1);
  // Look-alike: a list of cities is no aside; a bare figure with no measure noun before it stays no claim.
  assert.deepStrictEqual(keys('Buses came from Dover, Kent, and Leeds at 120,000.'), []);
});

test('a participle aside valuing the noun before its comma counts what that noun counts, with no adverb for a voice', () => {
  const cs = claims('The crowd in the main square, first estimated at 30,000, kept growing through the evening.');
  assert.deepStrictEqual(cs.map(c => [c.measure.key, c.low, c.source?.name ?? null]), [['person|crowd', 30000, null]]);
  assert.strictEqual(found('The crowd in the main square, first estimated at 30,000, kept growing through the evening.',
    'Police said 90,000 people rallied in the main square.').length, 1);
});

test('"the number of confirmed or suspected cases" counts cases', () => {
  const text = 'Three weeks after the outbreak began, the number of confirmed or suspected cases has reached 2,300, the agency said.';
  assert.deepStrictEqual(keys(text), ['case|recorded']);
  // Look-alike: the weeks of the opening phrase are not what the figure counts.
  assert.ok(!keys(text).some(k => k.startsWith('week')));
});

test('a possessor\'s name before the subject leaves the subject what the figure counts; a strength is a workforce', () => {
  assert.deepStrictEqual(keys('Its chief said that Norvex\'s global workforce stands at 80,000.'), ['job|employed']);
  assert.deepStrictEqual(keys('Its chief said that Norvex\' global strength stands at 80,000.'), ['job|employed']);
  assert.strictEqual(found('Its chief said that Norvex\' global strength stands at 80,000.',
    'Norvex employed 112,000 people worldwide, the company said.').length, 1);
});

test('a gapped second subject is the voice of its figure', () => {
  const cs = claims('In Tarlow, the police counted 9,500 demonstrators and the unions 31,000.');
  assert.deepStrictEqual(cs.map(c => [c.value, c.source?.name]), [[9500, 'police'], [31000, 'unions']]);
  assert.strictEqual(found('In Tarlow, the police counted 9,500 demonstrators and the unions 31,000.',
    'Police said 9,500 people marched in Tarlow.').length, 1);
  // Look-alike: a verb that counts nothing gives its gapped subject no voice.
  const other = claims('In Tarlow, the police escorted 9,500 demonstrators and the mayor 400.');
  assert.ok(!other.some(c => c.source?.name === 'mayor'), other.map(c => c.source?.name).join());
});

test('"N confirmed dead" counts the dead', () => {
  assert.deepStrictEqual(keys('Reports describe a heavy toll, with 118 confirmed dead across the valley.'), ['person|killed']);
  assert.strictEqual(found('Reports describe a heavy toll, with 118 confirmed dead across the valley.',
    'The death toll across the valley rose to 97, officials said.').length, 1);
});

test('a partitive whose whole has its own hedge counts the whole\'s noun, not its owner', () => {
  const cs = claims('Officials reported that 2.1 million of the country\'s roughly 9 million voters had turned out to vote.');
  // Round 21: voters who turned out are the people who voted (`person|voted`), and the part over its whole states the
  // turnout as a share (a derived `percent|turnout`).
  assert.deepStrictEqual(cs.map(c => c.measure.key), ['person|voted', 'percent|turnout', 'voter|total']);
});

test('a rate restated after "or" in another unit keeps its period', () => {
  const cs = claims('Engineers put the leak at 3,000 barrels a day, or 126,000 gallons, a figure the agency accepted.');
  assert.deepStrictEqual(cs.map(c => c.measure.key.split('|')[0]), ['barrel/day', 'gallon/day']);
  // Look-alike: a share after "or" stays a share.
  const share = claims('The plant makes 300 cars a day, or 2 percent of its output.');
  assert.deepStrictEqual(share.map(c => c.measure.key.split('|')[0]), ['car/day', 'percent']);
});

test('"it" opening a figure\'s clause stands for the toll a sentence or two before named, across a paragraph break', () => {
  const before = 'Officials in Korvan did not expect the toll of the landslide to grow much beyond that.\n\n';
  const quoted = claims(`${before}"We estimate it is in the dozens," the interior minister told reporters on Tuesday.`);
  assert.deepStrictEqual(quoted.map(c => [c.measure.key, c.low, c.high]), [['person|killed', 24, 99]]);
  const said = claims(`${before}The governor has maintained that it is about 1,000 and that the count is rising.`);
  assert.deepStrictEqual(said.map(c => [c.measure.key, c.low, c.high]), [['person|killed', 900, 1100]]);
  const valued = claims(`${before}The governor puts it at 1,000.`);
  assert.deepStrictEqual(valued.map(c => c.measure.key), ['person|killed']);
  // Look-alike: with no toll named before, "it" stands for nothing a figure counts.
  assert.deepStrictEqual(keys('The governor has maintained that it is about 1,000 and that the count is rising.'), []);
});

test('"a workforce of N" counts the jobs of that workforce', () => {
  const text = 'Norvex is among the largest employers in the region. It has a workforce of over 90,000 worldwide.';
  assert.deepStrictEqual(keys(text), ['job|employed']);
  assert.strictEqual(found(text, 'Norvex employs 61,000 people worldwide, the company said.').length, 1);
});
