// Precision of the check, round 8 (issue 10): figures a speaker rejects, uncertainty ranges written as two figures,
// named days as dates, and the other classes of false alarms read on the development sets. Invented sentences of the
// shapes found there; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const toll = ['b.txt', report('2025-03-04', 'At least 200 people died in the floods on Monday, officials said.')];

test('rejected: "denied that N died" is no claim of the speaker, and pairs with nothing', () => {
  const denied = ['a.txt', report('2025-03-04', 'The interior ministry denied that 500 people died in the floods on Monday.')];
  assert.strictEqual(claimsOf(denied[1])[0].modality, 'rejected');
  assert.deepStrictEqual(findings(denied, toll).map(f => f.message), []);
  const dismissed = ['c.txt', report('2025-03-04', 'The army dismissed reports of 900 deaths in the floods on Monday as propaganda.')];
  assert.strictEqual(claimsOf(dismissed[1])[0].modality, 'rejected');
  assert.deepStrictEqual(findings(dismissed, toll).map(f => f.message), []);
});

test('rejected: a verdict on the figure ("is too much", "was exaggerated") and "not the N some claimed"', () => {
  const verdict = ['a.txt', report('2025-03-04', 'An early estimate that the floods killed 900 people is "too much", the governor said on Tuesday.')];
  assert.strictEqual(claimsOf(verdict[1])[0].modality, 'rejected');
  assert.deepStrictEqual(findings(verdict, toll).map(f => f.message), []);
  const exaggerated = report('2025-03-04', 'The figure of 700 dead in the floods on Monday was exaggerated, the governor said.');
  assert.strictEqual(claimsOf(exaggerated).find(c => c.value === 700).modality, 'rejected');
  const notThe = report('2025-03-04', 'Some 300 people died in the floods on Monday, not the 1,000 some had claimed.');
  const claims = claimsOf(notThe);
  assert.strictEqual(claims.find(c => c.value === 1000).modality, 'rejected');
  assert.strictEqual(claims.find(c => c.value === 300).modality, 'asserted');
});

test('rejected: the maker the words name keeps the figure; counts of rejected things stay asserted', () => {
  const named = report('2025-03-04', 'The governor rejected the ministry\'s claim that 2,000 people died in the floods on Monday.');
  const c = claimsOf(named).find(x => x.value === 2000);
  assert.strictEqual(c.modality, 'asserted');
  assert.match(c.source.name, /ministry/i);
  const counted = report('2025-03-04', 'The commission rejected 1,200 ballots on Monday, and the company dismissed 40 workers.');
  assert.ok(claimsOf(counted).every(x => x.modality === 'asserted'));
  // "saying" opens the speaker's own claim after a rejection.
  const own = report('2025-03-04', 'The opposition disputed the council\'s numbers, saying that its candidate had obtained 70% of the votes.');
  assert.strictEqual(claimsOf(own).find(x => x.value === 70).modality, 'asserted');
});
