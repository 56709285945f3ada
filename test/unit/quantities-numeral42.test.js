// Numbers written in mixed digits and scale words, as translated news and some agencies write them: a scale word
// followed by a smaller figure is one value. Every sentence here is invented; each assertion marked "new" failed on
// the build before its rule landed (round 42).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');
const { claimOf } = require('./claimReports');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}
/** The values read in a sentence. */
const values = text => {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => q.low);
};

test('a thousand followed by the units below it is one figure', () => {
  // new: the figure was read as its last part only.
  assert.deepStrictEqual(brief('The agency registered 47 thousand 318 applicants this spring.'),
    ['47 thousand 318 applicants|47318|47318|applicant']);
  assert.deepStrictEqual(values('Turnout reached 12 thousand 6 voters in the district.'), [12006]);
});

test('a large scale followed by a smaller scaled group is one figure', () => {
  // new
  assert.deepStrictEqual(values('The fund paid out 3 million 750 thousand dollars to farmers.'), [3750000]);
  assert.deepStrictEqual(values('Exports were worth 4 billion 120 million euros last year.'), [4120000000]);
  assert.deepStrictEqual(values('The budget sets aside Rs 7 crore 40 lakh for the bridge.'), [74000000]);
});

test('a large scale followed by its lower groups in grouped digits is one figure', () => {
  // new
  assert.deepStrictEqual(values('The census counted 5 million 230,000 residents.'), [5230000]);
});

test('a spelled figure with a scale followed by digits is one figure', () => {
  // new
  assert.deepStrictEqual(values('Exactly thirty-two thousand 450 pilgrims arrived.'), [32450]);
});

test('a mixed figure becomes one claim', () => {
  // new
  assert.strictEqual(claimOf('Officials said 81 thousand 205 households lost power in the storm.', 81205)?.value, 81205);
});

test('two separate figures stay apart', () => {
  // Kept: a bare figure under a million is a count of its own, not the million's lower digits.
  assert.deepStrictEqual(values('Floods affected 2 million people and 300 homes were hit.'), [2000000, 300]);
  assert.ok(values('Floods affected 2 million 300 homes were hit.').includes(2000000));
  assert.ok(!values('Floods affected 2 million 300 homes were hit.').includes(2000300));
  // A year or a preposition between: no join.
  assert.ok(!values('The plan cost 6 million in 2019.').some(v => v > 6000000));
  // A time after the small figure: a date or a lapse, not the lower digits.
  assert.ok(!values('About 4 thousand 3 days later had left.').includes(4003));
  // A list: a comma between digits separates figures.
  assert.ok(!values('The towns had 9 thousand, 700 and 450 residents.').includes(9700));
  // A larger or equal second scale is a new figure (a range or a list).
  assert.ok(!values('Estimates ran from 2 million 3 million people.').includes(5000000));
  // A share after the small figure stays a share.
  assert.ok(!values('Of the 8 thousand 15% were children.').includes(8015));
  // A compound modifier after the small figure: the figure counts the modified noun.
  assert.ok(!values('Nearly 30 thousand 9-year-olds took the test.').includes(30009));
});
