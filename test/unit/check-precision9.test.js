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

test('reference time: a month\'s possessive ("March\'s total of N") dates the figure, so it is no rival of April\'s', () => {
  const april = ['a.txt', report('2021-04-20', 'Health officials said 5,100 people died in Manabi province from April 1 to April 15.')];
  const march = ['b.txt', report('2021-04-20', "The civil registry said deaths in Manabi province in the first half of April exceeded March's total of 3,900 deaths.")];
  assert.deepStrictEqual(findings(april, march).map(f => f.message), []);
  // The same month on both sides still pairs.
  const marchToo = ['c.txt', report('2021-04-20', 'Health officials said 5,100 people died in Manabi province in March.')];
  assert.strictEqual(findings(march, marchToo).length, 1);
});
