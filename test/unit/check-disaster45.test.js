// Round 45 (disaster45): disasters and accidents. Invented sentences; both tests fail on the build before the round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, keyOf, doc, eventFindings } = require('./claimReports');

test('a relative pronoun after a comma puts the noun before the comma as the subject of "puts it at"', () => {
  const body = 'The storm killed 340 people, the agency said. The tally embarrasses the mayor, who puts it at 900.';
  assert.strictEqual(keyOf(body, 900), 'person|killed');
  assert.strictEqual(claimOf(body, 900).source?.name, 'mayor');
});

test('the antecedent of the relative stops at the verb before it', () => {
  const body = 'The storm killed 340 people, the agency said. The count angered the coastal agency, which put the toll at 900.';
  assert.strictEqual(claimOf(body, 900).source?.name, 'coastal agency');
});


test('an hour told with its minutes and "in the morning" dates the event, and "was recorded" is its happening', () => {
  const found = eventFindings(
    doc('a.txt', 'The barge collision near the bay left nine dead. The accident was recorded at about 9:10 in the morning.'),
    doc('b.txt', 'Two barges collided near the bay at 9:55 a.m., leaving nine dead.'));
  assert.deepStrictEqual(found, ['crash: 9:10 in the morning / 9:55 a.m.']);
});

test('a bare count before "in the morning" is no clock time (guard)', () => {
  const found = eventFindings(
    doc('a.txt', 'The barge collision killed 9 in the morning fog near the bay.'),
    doc('b.txt', 'Two barges collided near the bay at 9:55 a.m., leaving nine dead.'));
  assert.deepStrictEqual(found, []);
});
