// Round 45 (company45): a whole after "out of" whose own relative clause names what befell it ("out of an estimated $48
// billion it owes") counts that, no bare total. Invented sentences; the first test fails on the build before the rule
// (the whole read as a total), the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('a whole whose relative clause names its measure keeps that measure', () => {
  const s = 'The builder hopes to roll over some $14 billion of debt out of an estimated $48 billion it owes creditors.';
  assert.strictEqual(keyOf(s, 14e9), 'usd|debt');
  assert.strictEqual(keyOf(s, 48e9), 'usd|debt');
});

test('a whole with no clause of its own stays a total (guards)', () => {
  assert.strictEqual(keyOf('The mayor received 4.1 million votes out of about 9 million ballots.', 9e6), 'vote|total');
  assert.strictEqual(keyOf('The builder hopes to roll over $14 billion of debt out of its overall debt of $48 billion.', 48e9), 'usd|debt');
});

test('a whole after "out of" with no noun of its own is a total, whatever noun its part names', () => {
  assert.strictEqual(keyOf('Only one porter out of nearly 300 took part in the walkout at the depot.', 300), 'person|total');
  assert.strictEqual(keyOf('At the depot, only 12 drivers out of nearly 300 joined the strike.', 300), 'job|total');
});
