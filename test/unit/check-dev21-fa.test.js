// False alarms read on check-dev21 (round 27, issue 10, engineer dev21b), by class. Invented sentences; each test fails
// on the build this round started from.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf, valuePairs: pairs } = require(process.env.CLAIM_REPORTS || './claimReports');

const doc = (path, text, published = '2031-07-14') => [path, report(published, text)];

test('time: counts over two short stated windows of different lengths are no rivals', () => {
  const a = doc('a.txt', '"We have admitted 240 patients in the last five days," said the director of the clinic.');
  const b = doc('b.txt', 'The clinic has admitted nearly 200 patients in the past four days, its director said.');
  assert.ok(!pairs(a, b).includes('200/240'), JSON.stringify(pairs(a, b)));
  // Look-alike: the same window in both reports is still compared.
  const c = doc('c.txt', 'The clinic has admitted nearly 200 patients in the last five days, its director said.');
  assert.ok(pairs(a, c).includes('200/240'), JSON.stringify(pairs(a, c)));
});
