// Precision of the check, round 9 (issue 10): causes of false alarms that recur across stories of several development
// sets, found with `node scripts/eval-check.mjs --fa-why`. Invented sentences of the shapes found there; each test fails
// on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

test('time gate: a dated figure against one dated only by its report\'s publication is at most possible', () => {
  const dated = ['a.txt', report('2024-05-12', 'On Friday, May 10, the county coroner said 14 people were killed in the landslide in Nepal.')];
  const undated = ['b.txt', report('2024-05-12', 'The landslide in Nepal killed 31 people, the army said.')];
  const got = findings(dated, undated);
  assert.strictEqual(got.length, 1);
  assert.strictEqual(got[0].severity, 'possible');
  assert.match(got[0].why, /only its report's publication date/);
  // Both figures dated in their own sentences: the gate does not apply, the pair stays clear.
  const alsoDated = ['c.txt', report('2024-05-12', 'On Friday, May 10, the army said the landslide in Nepal killed 31 people.')];
  const both = findings(dated, alsoDated);
  assert.strictEqual(both.length, 1);
  assert.strictEqual(both[0].severity, 'clear');
});
