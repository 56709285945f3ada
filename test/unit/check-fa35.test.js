// Round 35 (fa35, issue 10): counts the words mark as one part of a larger count. "N died in one village, in addition
// to M who died in another", "N died in one district and M elsewhere", "N died at the site, while the rest died in
// hospital": each figure is a part of a sum the sentence builds or implies, no rival of a whole toll another report
// gives. Invented sentences; the first test of each pair fails on the build before the rule (claims/measured.ts,
// claims/sums.ts).
const test = require('node:test');
const assert = require('node:assert');
const { doc, keyOf, valuePairs } = require('./claimReports');

const pairs = (a, b) => valuePairs(doc('a.txt', a), doc('b.txt', b));
const WHOLE = 'Officials said 260 people were killed in the floods in Norland on Monday.';

test('a count another count of the same dead is added to is one addend of their sum', () => {
  const b = 'A local chief said 22 people died in Kessel, in addition to 14 who died in Orvik, on Monday.';
  assert.strictEqual(keyOf(b, 22), 'person|killed+part');
  assert.deepStrictEqual(pairs(WHOLE, b), []);
});

test('a count added to a count of something else stays whole', () => {
  const b = 'A local chief said 22 people were killed in the floods in Norland on Monday, in addition to 14 injured.';
  assert.strictEqual(keyOf(b, 22), 'person|killed');
  assert.deepStrictEqual(pairs(WHOLE, b), ['22/260']);
});

test('a count "elsewhere" is what is left of a whole once a part is told', () => {
  const b = 'The governor said 180 people died in the Tessel district and 40 elsewhere in Norland on Monday.';
  assert.strictEqual(keyOf(b, 40), 'person|killed+part');
  assert.deepStrictEqual(pairs(WHOLE, b), []);
});

test('a count followed by "the rest" is a part of the toll, the rest told apart', () => {
  const b = 'A police officer said 27 people died at the stadium in Norland on Monday, while the rest died in hospital.';
  assert.strictEqual(keyOf(b, 27), 'person|killed+part');
  assert.deepStrictEqual(pairs(WHOLE, b), []);
});

test('the whole of a partitive before "the rest" stays the whole', () => {
  const b = 'Officials said 12 of the 240 deaths in Norland on Monday were in the capital, and the rest in the north.';
  assert.strictEqual(keyOf(b, 240), 'person|killed');
});

test('"the rest" of another count leaves the figure whole', () => {
  const b = 'Officials said 200 people were killed in the floods in Norland on Monday; the rest of the villages were spared.';
  assert.deepStrictEqual(pairs(WHOLE, b), ['200/260']);
});

// A count of deaths the words put down to one cause ("due to the fever", "from fever-related causes") or to other causes
// ("died of other illnesses"), against a count of deaths that names no cause: the reader cannot tell the second counts
// the same deaths (all deaths in the area, or the story's toll beside deaths of other causes). Named causes on both
// sides still meet (claims/attributed.ts, check/parts.ts attributionApart).
const ALL_DEATHS = 'The registry said 3,900 people died in the province of Varn in the first two weeks of May.';

test('deaths put down to one cause are no rival of a count of all deaths', () => {
  const b = 'Only 312 deaths in the province of Varn in the first two weeks of May have been recorded as due to the fever.';
  assert.deepStrictEqual(pairs(ALL_DEATHS, b), []);
});

test('deaths from "-related causes" are no rival of a count of all deaths', () => {
  const b = 'The panel said 280 people died from fever-related causes in the province of Varn in the first two weeks of May.';
  assert.deepStrictEqual(pairs(ALL_DEATHS, b), []);
});

test('a cause named with digits and "-related" is read as one word', () => {
  const b = 'The panel said 280 people were believed to have died of XV-19-related causes in the province of Varn in the first'
    + ' two weeks of May.';
  assert.deepStrictEqual(pairs(ALL_DEATHS, b), []);
});

test('deaths of other illnesses are no rival of the toll', () => {
  const a = 'Officials said the fever has killed 40 people in the province of Varn since Monday.';
  const b = 'A doctor said 12 people in the province of Varn died of other illnesses since Monday.';
  assert.deepStrictEqual(pairs(a, b), []);
});

test('a cause named on both sides still meets', () => {
  const a = 'Officials said 312 deaths in the province of Varn since Monday were due to the fever.';
  const b = 'A doctor said 500 people in the province of Varn have died of the fever since Monday.';
  assert.deepStrictEqual(pairs(a, b), ['312/500']);
});

test('a toll the words simply say was due to the fever still meets an unqualified toll', () => {
  const a = 'Four people died in the province of Varn on Monday, and officials said these deaths were due to the fever.';
  const b = 'Officials said seven people died in the province of Varn on Monday.';
  assert.deepStrictEqual(pairs(a, b), ['4/7']);
});

test('a cause named before the death noun still meets an attributed count', () => {
  const a = 'Only 312 deaths in the province of Varn since Monday have been recorded as due to the fever.';
  const b = 'The official fever death toll in the province of Varn since Monday is 290, officials said.';
  assert.deepStrictEqual(pairs(a, b), ['290/312']);
});
