// Round 35 (fa35b, issue 10): a count the words single out as one part of a larger count ("N died in one district
// alone", "N in one month alone"). Below or at another report's count it is a part of that count, no rival; above it,
// a part larger than its whole, it stays a rival. Invented sentences; the first test fails on the build before the rule
// (claims/breakdown.ts singledOutAlone, check/parts.ts alonePart).
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const pairs = (a, b) => valuePairs(doc('a.txt', a), doc('b.txt', b));
const WHOLE = 'Officials said 140 people have died of the fever in the hill districts this year.';

test('a count in one district "alone" is a part of the whole toll, no rival of it', () => {
  const b = 'The health office said 95 people died of the fever in the Barrow district alone this year.';
  assert.deepStrictEqual(pairs(WHOLE, b), []);
});

test('a place singled out "alone" before the figure marks it a part too', () => {
  const b = 'In the Barrow district alone, 95 people died of the fever this year, the health office said.';
  assert.deepStrictEqual(pairs(WHOLE, b), []);
});

test('a part "alone" above the whole toll stays a rival', () => {
  const b = 'The health office said 180 people died of the fever in the Barrow district alone this year.';
  assert.deepStrictEqual(pairs(WHOLE, b), ['140/180']);
});

test('two counts of the same place "alone" still pair', () => {
  const a = 'The health office said 60 people died of the fever in the Barrow district alone this year.';
  const b = 'A charity said 95 people died of the fever in the Barrow district alone this year.';
  assert.strictEqual(pairs(a, b).length, 1);
});

test('"let alone" marks no part', () => {
  const b = 'The health office said 95 people died of the fever in the hill districts this year, let alone the lowlands.';
  assert.strictEqual(pairs(WHOLE, b).length, 1);
});

test('a whole after a part singled out "alone" is no part itself', () => {
  const engine = require('../../dist/engine.js');
  const doc = text => engine.analyzeText('r.txt', `---\npublished: 2024-03-01\n---\n${text}\n`);
  const alone = text => doc(text).claims.map(c => [c.value ?? c.low, !!c.detail?.alonePart]);
  // The phrase belongs to the figure before it; the total after it counts the whole region.
  assert.deepStrictEqual(alone('Officials said 95 people died in the Barrow district alone, out of 300 across the region on Monday.'),
    [[95, true], [300, false]]);
  // An opening phrase with no figure of its own still marks the figure after it.
  assert.deepStrictEqual(alone('In March alone, 410 people died of the fever, officials said.'), [[410, true]]);
  assert.deepStrictEqual(alone('In the capital alone, 120 people died on Monday, officials said.'), [[120, true]]);
});
