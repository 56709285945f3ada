// Round 33 (strata33, issue 10): findings read as a population, by the features of their two frames. Each gate here
// holds a stratum that was mostly false alarms across many stories of the tuning sets (docs/claims.md, "Round 33").
// Invented sentences; each finding test fails on the build before its gate, and the controls keep what stays.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('an order resting on one side dated only by its report\'s publication is no finding', () => {
  // A period dated by its own words against a later report's bare past-tense toll, which its words leave undated: the
  // toll may be of any earlier stage, so "a period above its whole period" rests on a default date.
  const period = ['a.txt', report('2024-12-20', 'Between November 4 and November 22, the illness killed 143 people in Valdora, the '
    + 'regional health office said.')];
  const undated = ['b.txt', report('2024-12-24', 'The illness killed 60 people in Valdora, the health agency said.')];
  assert.deepStrictEqual(messages(period, undated), []);
});

test('control: an order against a running total stated as of its report is still found', () => {
  // "has killed" states the total as of the report's day: dated by the report on purpose, not by default.
  const period = ['a.txt', report('2024-12-20', 'Between November 4 and November 22, the illness killed 143 people in Valdora, the '
    + 'regional health office said.')];
  const total = ['b.txt', report('2024-12-24', 'The illness has killed 60 people in Valdora, the health agency said.')];
  const found = messages(period, total);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: .*a period above its whole period/);
});
