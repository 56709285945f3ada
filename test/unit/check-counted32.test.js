// One side's soldiers counted under different nouns (round 32, counted32, issue 10). Invented sentences; each test failed
// on the build before the round: "forces" and "peacekeepers" were no soldiers, and a bare "15 wounded" listed after a
// count of soldiers counted people at large.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('"forces" killed are soldiers killed: the two tolls of one side meet', () => {
  assert.strictEqual(keyOf('The ministry said 40 Varnian forces were killed in the clashes on Monday.', 40), 'soldier|killed');
  const a = doc('a.txt', 'The ministry said 40 Varnian forces were killed in the clashes on Monday.');
  const b = doc('b.txt', 'The president said 12 Varnian soldiers were killed in the clashes on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['12/40']);
});

test('peacekeepers killed are soldiers killed', () => {
  assert.strictEqual(keyOf('The general staff said 31 Varnian peacekeepers died in the fighting.', 31), 'soldier|killed');
  const a = doc('a.txt', 'The general staff said 31 Varnian peacekeepers died in the fighting on Monday.');
  const b = doc('b.txt', 'The army said 52 Varnian servicemen died in the fighting on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['31/52']);
});

test('"killed and 15 wounded" after a count of soldiers counts wounded soldiers', () => {
  assert.strictEqual(keyOf('Four marines were killed and 15 wounded in the blast at the gate.', 15), 'soldier|wounded');
  const a = doc('a.txt', 'Four marines were killed and 15 wounded in the blast at the gate on Monday.');
  const b = doc('b.txt', 'Officials said 22 marines were wounded in the blast at the gate on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['15/22']);
});

test('parts stay apart: "including 15 wounded" and people after a semicolon are not the soldiers listed', () => {
  assert.strictEqual(keyOf('Three soldiers died; 20 people were injured in the blast.', 20), 'person|wounded');
  assert.notStrictEqual(keyOf('Four soldiers and 12 civilians were killed and 30 wounded.', 30), 'soldier|wounded');
});

test('militants killed stay apart from all the dead: a part, not another name for them', () => {
  assert.strictEqual(keyOf('The army said it killed 60 militants in the town on Monday.', 60), 'soldier|killed');
  const a = doc('a.txt', 'The army said it killed 60 militants in the town on Monday.');
  const b = doc('b.txt', 'Witnesses said about 90 people were killed in the town on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
