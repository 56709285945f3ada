// Round 29 (issue 10, second wave): false alarms found by probing unannotated real news (an outbreak's counts, a
// quarter's growth figures). Each test states the class with INVENTED sentences; each failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('"% points" is a difference of rates in points, no rate in percent', () => {
  const body = 'Norland\'s economy grew 1.9% in the second quarter, a decline of 0.3% points from the first quarter.';
  assert.strictEqual(claimOf(body, 0.3).measure.unit, 'point');
  assert.strictEqual(claimOf('Growth in Norland slowed by 0.4 percent points in the second quarter.', 0.4).measure.unit,
    'point');
});

test('"with 1,200 deaths since the outbreak in August 2024" is a running total as of its report, not of an earlier window', () => {
  const body = 'Cholera killed 40 people in Kosti between Monday and Wednesday. According to the ministry, the country has '
    + 'recorded 50,000 cases, with 1,200 deaths since the outbreak in August 2024.';
  const c = claimOf(body, 1200, '2025-03-06');
  assert.strictEqual(c.time.from, '2025-03-06');
  assert.strictEqual(c.detail.since, '2024-08-01');
});

test('a running count of cases since the outbreak began holds a few days\' cases in one of its cities', () => {
  const a = doc('a.txt', 'A cholera outbreak in a southern Kenyan city killed nearly 60 people and sickened about 1,300 '
    + 'others over the last three days, health authorities said Saturday.', '2025-02-22');
  const b = doc('b.txt', 'According to the latest figures from Kenya\'s Health Ministry, the total number of cholera cases in '
    + 'the country has reached 53,735, with 1,430 deaths since the outbreak in August 2024.', '2025-02-22');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
