// Round 32 (probe32c, issue 10): classes found by probing fresh real news (economy, company, health, election) outside
// the repository. Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

test('probable cases are a class of their own: no period order binds them to the suspected cases reported', () => {
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'From 2 March to 14 April, 1640 suspected cases and 90 deaths were reported from 12 provinces.', '2031-04-18'),
    doc('b.txt', 'From 2 March through 20 May, 1900 suspected cases have been reported. In this period 612 patients were ' +
      'confirmed and 11 were classified as probable. Among the 612 confirmed and 11 probable cases, 120 deaths were reported.',
    '2031-05-24')), []);
});
