// Misses of development 26 (round 32, issue 10): classes a careful reader keeps together, with invented sentences of
// each class. Each test fails on the build before this round's rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const LEDE = 'Dock workers in Varnia walked out over pay.\n\n';

test('people who "went on strike" are strikers even when a protest word follows later in the clause', () => {
  assert.strictEqual(keyOf(`${LEDE}The union said almost 9,000 people had gone on strike at the height of the protest.`, 9000), 'job|striking');
  assert.strictEqual(keyOf(`${LEDE}They said 9,000 people went on strike in protest at the cuts.`, 9000), 'job|striking');
  assert.strictEqual(keyOf(`${LEDE}They said 9,000 people walked out during the protests.`, 9000), 'job|striking');
});

test('the strikers of a protest clause meet the company\'s own strike count', () => {
  const a = doc('a.txt', `${LEDE}The union said almost 9,000 people had gone on strike at the height of the protest.`);
  const b = doc('b.txt', `${LEDE}The port operator said 2,500 people were on strike at the height of the dispute.`);
  assert.deepStrictEqual(valuePairs(a, b), ['2500/9000']);
});

test('people who marched in a protest stay a crowd; a strike named further off does not make them strikers', () => {
  assert.strictEqual(keyOf(`${LEDE}Some 9,000 people marched in the protest against the strike ban.`, 9000), 'person|crowd');
});
