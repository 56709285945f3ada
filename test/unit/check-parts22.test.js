// Round 22 (issue 10): gold pairs a reader counts as conflicting that the check read as compatible (an estimate's
// ceiling taken for any size below it) or as a replaced value (a voice's earlier word against another voice's count).
// Invented sentences; each class test fails on the build before this round, and a look-alike that must stay apart is
// tested beside it.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf, doc } = require('./claimReports');

const values = (...docs) => findings(...docs).map(f => f.message);
const claimAt = (body, value) => claimsOf(report('2025-03-04', body)).find(c => c.value === value || c.low === value);

test('an estimate\'s ceiling names its size: "up to 900 died" (monitors) against the ministry\'s 210 is a possible conflict', () => {
  const monitors = doc('a.txt', 'Rights monitors said up to 900 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  const ministry = doc('b.txt', 'The interior ministry said 210 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  const found = findings(monitors, ministry);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
  // "as high as" is the same kind of ceiling, for a crowd too.
  const organizers = doc('c.txt', 'Organizers put the crowd in Norvale on Sunday as high as 3 million people.');
  const police = doc('d.txt', 'Police estimated the crowd in Norvale on Sunday at 600,000 people.');
  assert.strictEqual(findings(organizers, police).length, 1);
});

test('a ceiling within twice the other figure, or a limit ("at most"), stays compatible', () => {
  const monitors = doc('a.txt', 'Rights monitors said up to 900 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  const near = doc('b.txt', 'The interior ministry said 610 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  assert.deepStrictEqual(values(monitors, near), []);
  const limit = doc('c.txt', 'Rights monitors said at most 900 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  const low = doc('d.txt', 'The interior ministry said 210 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  assert.deepStrictEqual(values(limit, low), []);
  // Against another voice's own spread, a ceiling is the top of a spread too.
  const spread = doc('e.txt', 'The interior ministry said 150 to 250 people died when soldiers fired on the crowd in Norvale on Tuesday.');
  assert.deepStrictEqual(values(monitors, spread), []);
});

test('a lower bound stays open: "at least 40 detained" against 900 detained is no conflict', () => {
  const partial = doc('a.txt', 'A rights group said at least 40 protesters were detained in Norvale on Tuesday.');
  const total = doc('b.txt', 'The interior ministry said 900 protesters were detained in Norvale on Tuesday.');
  assert.deepStrictEqual(values(partial, total), []);
});

test('a voice\'s earlier word stays a rival of another named voice: "Officials, who earlier said 120 died" against 600', () => {
  const body = 'Officials, who earlier said 120 people died in the clashes, have denied the charge.';
  const c = claimAt(body, 120);
  assert.ok(c.detail?.superseded && c.detail?.earlierWord);
  const officials = doc('a.txt', 'Unrest gripped Norvale on Tuesday. ' + body);
  const party = doc('b.txt', 'An opposition party said 600 people died in the clashes in Norvale on Tuesday.');
  assert.strictEqual(findings(officials, party).length, 1);
});

test('an earlier word near another voice\'s count, or the old value of a stated change, stays apart', () => {
  const officials = doc('a.txt', 'Unrest gripped Norvale on Tuesday. Officials, who earlier said 120 people died in the clashes, have denied the charge.');
  const near = doc('b.txt', 'An opposition party said 190 people died in the clashes in Norvale on Tuesday.');
  assert.deepStrictEqual(values(officials, near), []);
  // "up from 120": the change's old value, never a rival.
  const change = 'The toll in the clashes in Norvale rose to 300 on Tuesday, up from 120, officials said.';
  assert.ok(!claimAt(change, 120).detail?.earlierWord);
  const party = doc('c.txt', 'An opposition party said 600 people died in the clashes in Norvale on Tuesday.');
  assert.ok(values(doc('d.txt', change), party).every(m => !m.startsWith('120')));
});
