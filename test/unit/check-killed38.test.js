// Wrong findings about people killed (round 38, killed38, issue 10). Invented sentences; each test failed on the build
// before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, keyOf, valuePairs } = require('./claimReports');

test('the irregular side of a fight is its own count: militants killed are no rival of soldiers killed', () => {
  const troops = 'The army said 23 soldiers were killed in three days of fighting near Korvath.';
  const fighters = 'A regional commander said 41 militants were killed in an air strike near Korvath.';
  assert.strictEqual(keyOf(fighters, 41), 'militant|killed');
  assert.strictEqual(keyOf('Officials said 18 insurgents died in the clashes.', 18), 'militant|killed');
  assert.deepStrictEqual(valuePairs(doc('a.txt', troops), doc('b.txt', fighters)), []);
  // Two counts of militants still meet.
  const more = 'Local elders said 65 militants were killed in the air strike near Korvath.';
  assert.strictEqual(valuePairs(doc('a.txt', fighters), doc('b.txt', more)).length, 1);
  // Militants joined to troops count people of both sides.
  assert.strictEqual(keyOf('Around 90 militants and government troops have died near Korvath.', 90), 'person|killed');
});
