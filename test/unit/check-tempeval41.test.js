// Round 41 (tempeval41): "the 2016 elections" is now a date (a year before a plural of occasions), so a turnout its
// sentence gives is dated by that year. In a report with no publication date, that year names the vote the report is
// about when one of its single-day dates falls in it; then the check lets a vote day or a report day of that year fit
// it, as for a published report of that year (round 30). Invented sentences; the first test failed on the build with
// the date rule alone.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('an undated report: "the <year> elections" beside a day of that year names the vote it reports', () => {
  const a = doc('a.txt', 'The first round was held on Nov. 6. The country counted 9,120,400 registered voters for the '
    + '2016 elections, and turnout was 64.18 percent in the first round.', '');
  assert.strictEqual(claimOf('The first round was held on Nov. 6. The country counted 9,120,400 registered voters for the '
    + '2016 elections, and turnout was 64.18 percent in the first round.', 64.18, '').detail.vote, 'year');
  const b = doc('b.txt', 'Turnout in the first round was 64.81%, the commission said.', '2016-11-09');
  assert.deepStrictEqual(valuePairs(a, b), ['64.18/64.81']);
});

test('an undated report: an election of a year none of its days falls in stays a yardstick', () => {
  const c = claimOf('The 2016 first round was held on Nov. 6. Turnout was 51.2 percent in the 2011 elections.', 51.2, '');
  assert.notStrictEqual(c?.detail.vote, 'year');
});
