// Round 45 (company45): an indefinite article and an adjective of degree between "by" and the figure ("fell by a massive
// 9,000") leave the figure the size of the change. Invented sentences; the first test fails on the build before the rule
// (the figure read as a level of the measure), the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, valuePairs, doc } = require('./claimReports');

test('a change told "by a massive N" is the change, as "by N" is', () => {
  assert.strictEqual(keyOf('The carrier\'s staff headcount fell by a massive 9,000 in the third quarter.', 9000), 'job|employed+change');
  assert.strictEqual(keyOf('The carrier\'s headcount dropped by a staggering nearly 9,000 over the summer.', 9000), 'job|employed+change');
  assert.strictEqual(keyOf('Orders at the shipyard fell by a whopping 14 percent in April.', 14), 'percent|unspecified+change');
});

test('a fall in a headcount is no rival of the headcount itself', () => {
  const pairs = valuePairs(
    doc('a.txt', 'Asked about staffing, Lindqvist said that the Norvex workforce worldwide stands at 310,000.'),
    doc('b.txt', 'Norvex Systems staff headcount dropped by a massive nearly 9,000 over three months, as the group keeps trimming its payroll.'),
  );
  assert.deepStrictEqual(pairs, []);
});

test('an added count and a bare "by N" keep their readings (guards)', () => {
  assert.strictEqual(keyOf('The toll rose by a further 12 on Monday, officials said.', 12)?.endsWith('+diff'), true);
  assert.strictEqual(keyOf('The carrier\'s headcount fell by 9,000 in the third quarter.', 9000), 'job|employed+change');
  assert.strictEqual(keyOf('The carrier employs a massive 9,000 people at the plant.', 9000), 'job|employed');
});
