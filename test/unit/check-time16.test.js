// Reference time, round 16 (issue 10): classes of gold pairs kept apart, or false alarms made, by the time a claim
// speaks of. Invented sentences of the shapes found by `eval-check.mjs --why-items` and `--fa-why-items`; each test
// fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const claimOf = (text, value) => claimsOf(text).find(c => c.value === value);

test('a year after "since" is no year for the month-days and quarters of an undated report', () => {
  // No publication date: "the fourth quarter" and "March 3" take their year from the years the report states, but a
  // year a running state began ("since 1987") tells of a time before the story, not of its year.
  const text = 'Norbank said on March 3 that it will cut 2,000 of its 31,000 jobs. '
    + 'Revenue fell 8% in the fourth quarter. The bank has paid a dividend since 1987.';
  const cut = claimOf(report('', text), 2000);
  assert.ok(!cut.time.from || !cut.time.from.startsWith('1987'), JSON.stringify(cut.time));
  const revenue = claimOf(report('', text), 8);
  assert.ok(!revenue.time.from || !revenue.time.from.startsWith('1987'), JSON.stringify(revenue.time));
  // A year stated as the story's own still dates them.
  const dated = claimOf(report('', 'Norbank lost money in 2031. On March 3, it said it will cut 2,000 jobs.'), 2000);
  assert.strictEqual(dated.time.from, '2031-03-03');
});

test('a date inside a parenthesis holding a figure of its own dates that figure, not the one after it', () => {
  const text = 'The bureau revised the jobless rate (previously put at 31.2 per cent as at Q2 2029) to 5.1 per cent for '
    + '(Q3 2031 and Q4 2031), a change analysts questioned.';
  const rate = claimOf(report('2032-02-10', text), 5.1);
  assert.strictEqual(rate.time.from, '2031-07-01');
  assert.strictEqual(rate.time.to, '2031-12-31');
  // The aside's own figure keeps the aside's date.
  assert.strictEqual(claimOf(report('2032-02-10', text), 31.2).time.from, '2029-04-01');
  // A parenthesis of dates alone dates the figure before it.
  const plain = claimOf(report('2032-02-10', 'The jobless rate was 5.1 per cent (Q3 2031), the bureau said.'), 5.1);
  assert.strictEqual(plain.time.from, '2031-07-01');
});

test('a turnout by an hour of polling day is a lower bound of the final turnout, whoever gives it', () => {
  const running = ['a.txt', report('2031-09-21', 'National turnout in Norvania was 61.2 percent by 6 p.m. local time on Sunday, the commission chair said.')];
  const final = ['b.txt', report('2031-09-22', 'Turnout in Norvania on Sunday was 70.4 percent, the Central Election Commission said.')];
  assert.deepStrictEqual(messages(running, final), []);
  // A final turnout below the running count is still a rival.
  const low = ['c.txt', report('2031-09-22', 'Observers said turnout in Norvania on Sunday was only 38 percent.')];
  const found = messages(running, low);
  assert.strictEqual(found.length, 1, found.join('\n'));
});

test('a date after a change\'s earlier value dates that value, not the figure the change leads to', () => {
  const text = 'Norvania\'s economy grew 4.1 percent, down from 5.9 percent in 2029, the statistics office said on Monday.';
  const now = claimOf(report('2031-01-21', text), 4.1);
  assert.ok(!now.time.from.startsWith('2029'), JSON.stringify(now.time));
  assert.strictEqual(claimOf(report('2031-01-21', text), 5.9).time.from, '2029-01-01');
  // "against N on <day>": a crowd compared with an earlier day's is not of that day.
  const crowd = 'In Valdor, 31,000 people marched against the reform, against 52,000 demonstrators last Saturday.';
  const march = claimOf(report('2031-03-12', crowd), 31000);
  assert.notStrictEqual(march.time.from, '2031-03-08');
  assert.strictEqual(claimOf(report('2031-03-12', crowd), 52000).time.from, '2031-03-08');
});
