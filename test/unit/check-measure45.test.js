// Round 45 (measure45): what happened to the counted thing. Invented sentences; the first test fails on the build
// before the round's rule, the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('a measure named right before "growth" owns the growth: sales, revenue, profit, wages', () => {
  assert.strictEqual(keyOf('The retailer posted sales growth of 12 percent in the quarter.', 12), 'percent|revenue');
  assert.strictEqual(keyOf('Revenue growth of 8 percent beat what analysts expected.', 8), 'percent|revenue');
  assert.strictEqual(keyOf('The brewer reported profit growth of 9 percent for the year.', 9), 'percent|profit');
  assert.strictEqual(keyOf('Wage growth of 4.4 percent outpaced prices in Norvania.', 4.4), 'percent|wage');
});

test('the owned growth reads as the verb of the same measure does, and bare growth stays the economy\'s (guards)', () => {
  assert.strictEqual(keyOf('Sales grew 12 percent in the quarter.', 12), 'percent|revenue');
  assert.strictEqual(keyOf('The economy posted growth of 3 percent last year.', 3), 'percent|growth');
  assert.strictEqual(keyOf('GDP growth of 3 percent was reported for Norvania.', 3), 'percent|growth');
  assert.strictEqual(keyOf('Annual growth of 2.5 percent is expected.', 2.5), 'percent|growth');
});
