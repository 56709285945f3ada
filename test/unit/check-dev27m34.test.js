// Measures a reader compares that the frame read wrong or not at all, round 34 (dev27m, issue 10): a quake's
// magnitude beside a word of damage, a poverty rate, patients taken to hospital. Invented sentences; each test fails
// on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('a magnitude beside a word of damage is still the quake\'s magnitude', () => {
  const a = 'A quake struck Varnia on Sunday.\n\nKessa suffered heavy damage from the quake measuring 6.9 on the Richter scale.';
  const b = 'A quake struck Varnia on Sunday.\n\nThe quake, which measured 6.2 on the Richter scale, shook Kessa.';
  assert.strictEqual(keyOf(a, 6.9), 'magnitude|measured');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['6.2/6.9']);
});
