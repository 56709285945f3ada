// Round 46 (place46, issue 10): a figure in a list of places, each with its own figure, is one place's part of the
// whole the list breaks down. Invented sentences; each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const LIST = 'By noon turnout was 25 per cent in Dorvik, 29 per cent in Kessa, 33 per cent in Brenn and 22 per cent in Varno.';

test('each member of a list of places with its own figure is marked a listed part', () => {
  for (const v of [25, 29, 33, 22]) assert.strictEqual(claimOf(LIST, v).detail.placeListed, true, String(v));
  // Two places are a comparison, not a breakdown.
  const two = 'By noon turnout was 25 per cent in Dorvik and 29 per cent in Kessa.';
  assert.ok(!claimOf(two, 25).detail.placeListed);
});

test('a listed place\'s rate meets no unplaced rate of the whole', () => {
  const whole = doc('a.txt', 'The commission said turnout stood at 26.4 per cent by noon.');
  const parts = doc('b.txt', LIST);
  const pairs = valuePairs(whole, parts);
  for (const p of ['25/26.4', '26.4/29', '26.4/33', '22/26.4']) assert.ok(!pairs.includes(p), pairs.join(' '));
});

test('a listed place\'s count still meets the same place\'s count elsewhere', () => {
  const parts = doc('a.txt', 'The storm killed 40 people in Dorvik, 12 in Kessa and nine in Brenn, officials said.');
  const other = doc('b.txt', 'Officials said 55 people were killed in Dorvik.');
  assert.ok(valuePairs(parts, other).includes('40/55'), valuePairs(parts, other).join(' '));
});
