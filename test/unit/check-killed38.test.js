// Wrong findings about people killed (round 38, killed38, issue 10). Invented sentences; each test failed on the build
// before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, claimOf, keyOf, valuePairs } = require('./claimReports');

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

test('one blow\'s toll is among the dead of a running total since the fighting began', () => {
  const total = 'Officials said 812 people had been killed since fighting broke out between the two armies on January 9.';
  const blow = 'The health ministry said it had confirmed 64 deaths in the attack, and it stood by the figure.';
  assert.strictEqual(claimOf(total, 812).detail.since, '2025-01-09');
  assert.strictEqual(claimOf(blow, 64).detail.oneBlow, true);
  assert.deepStrictEqual(valuePairs(doc('a.txt', total), doc('b.txt', blow)), []);
  // A blow's toll above the running total still pairs; so do two tolls of the blow.
  const bigger = 'The health ministry said it had confirmed 950 deaths in the attack, and it stood by the figure.';
  assert.strictEqual(valuePairs(doc('a.txt', total), doc('b.txt', bigger)).length, 1);
  const other = 'Village elders said 90 people died in the attack.';
  assert.strictEqual(valuePairs(doc('a.txt', blow), doc('b.txt', other)).length, 1);
  // A toll of the fighting with no start is no running total: it still meets the blow's.
  const fighting = 'Officials said 812 people had been killed in the fighting.';
  assert.strictEqual(valuePairs(doc('a.txt', fighting), doc('b.txt', blow)).length, 1);
});
