// Round 45 (disaster45): disasters and accidents. Invented sentences; both tests fail on the build before the round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, keyOf } = require('./claimReports');

test('a relative pronoun after a comma puts the noun before the comma as the subject of "puts it at"', () => {
  const body = 'The storm killed 340 people, the agency said. The tally embarrasses the mayor, who puts it at 900.';
  assert.strictEqual(keyOf(body, 900), 'person|killed');
  assert.strictEqual(claimOf(body, 900).source?.name, 'mayor');
});

test('the antecedent of the relative stops at the verb before it', () => {
  const body = 'The storm killed 340 people, the agency said. The count angered the coastal agency, which put the toll at 900.';
  assert.strictEqual(claimOf(body, 900).source?.name, 'coastal agency');
});
