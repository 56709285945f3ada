// One hospital's count of cases against the country's (round 45, undated45b, issue 10). Invented sentences; the test
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, claimOf, valuePairs } = require('./claimReports');

test('cases a named hospital reports in a "where" clause are a part of the national count', () => {
  const whole = 'The health ministry said 212 cases of the virus have been confirmed nationwide.';
  const site = 'The Varlen Medical Centre, where nine cases have been reported, stopped taking new patients.';
  assert.strictEqual(claimOf(site, 9).detail.sitePart, true);
  assert.deepStrictEqual(valuePairs(doc('a.txt', whole), doc('b.txt', site)), []);
  // A hospital's count above the national count still pairs: a part above its whole stays a conflict.
  const above = 'The Varlen Medical Centre, where 300 cases have been reported, stopped taking new patients.';
  assert.strictEqual(valuePairs(doc('a.txt', whole), doc('b.txt', above)).length, 1);
  // A "where" clause after a place that is no site names the place, not a part of it.
  const town = 'In Kessa, where nine cases have been reported, schools closed.';
  assert.strictEqual(claimOf(town, 9).detail.sitePart, undefined);
});

test('a hospital\'s later count of cases below the country\'s earlier one is no running total that fell', () => {
  const whole = 'The health ministry said 212 cases of the virus have been confirmed nationwide.';
  const site = 'The Varlen Medical Centre, where nine cases have been reported, stopped taking new patients.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', whole, '2025-03-01'), doc('b.txt', site, '2025-03-04')), []);
  // Two national counts of those days still keep their order: a later count below an earlier one pairs.
  const lower = 'The health ministry said 150 cases of the virus have been confirmed nationwide.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', whole, '2025-03-01'), doc('b.txt', lower, '2025-03-04')), ['150/212']);
});
