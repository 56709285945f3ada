// Round 31 (dev25fa, issue 10): check-dev25's false alarms, by class. INVENTED sentences; each class test failed on the
// build before its rule (the guards passed before and must still pass).
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a kind of a nation\'s people ("14 Syrian children") is a part of that nation\'s toll, not a rival of it', () => {
  const all = doc('a.txt', 'The health ministry said 60 Syrians were killed in the shelling of Aleppo on Monday.');
  const kids = doc('b.txt', 'A monitoring group said 14 Syrian children were killed in the shelling of Aleppo on Monday.');
  assert.deepStrictEqual(valuePairs(all, kids), []);
  // Later, and a kind: no running total below a count it holds.
  const period = doc('a.txt', 'The health ministry said 1,200 Syrians were killed during the three-week offensive on Aleppo.');
  const police = doc('b.txt', 'A monitoring group said 240 Syrian policemen were killed.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(period, police), []);
});

test('guards: a part above its whole, and one kind against the same kind, still pair', () => {
  const all = doc('a.txt', 'The health ministry said 60 Syrians were killed in the shelling of Aleppo on Monday.');
  const kids = doc('b.txt', 'A monitoring group said 84 Syrian children were killed in the shelling of Aleppo on Monday.');
  assert.deepStrictEqual(valuePairs(all, kids), ['60/84']);
  const kids60 = doc('a.txt', 'The health ministry said 60 Syrian children were killed in the shelling of Aleppo on Monday.');
  assert.deepStrictEqual(valuePairs(kids60, kids), ['60/84']);
});

test('a part "of whom" past a dashed aside ("14 -- about a third -- of whom were children") is a part, of its kind', () => {
  const army = doc('a.txt', 'The army said 40 people were killed in the attack on Kerem, 14 -- about a third -- of whom were children.');
  const police = doc('b.txt', 'Police said 40 people were killed in the attack on Kerem.');
  assert.deepStrictEqual(valuePairs(army, police), []);
  assert.deepStrictEqual(claimOf('Some 40 people died in the attack, 12 \u2014 nearly a third \u2014 of them children.', 12).scope, ['kind:child']);
  // A word describing the kind before it: "of whom were unarmed civilians".
  assert.deepStrictEqual(claimOf('Some 40 people died in the attack, 12 of whom were unarmed civilians.', 12).scope, ['kind:civilian']);
});

test('a part "of the" whole with its own predicate ("did not carry weapons", "were armed fighters") is that part', () => {
  const army = doc('b.txt', 'The army said 480 villagers were killed.');
  const unarmed = doc('a.txt', 'The monitor said 210 of the villagers who were killed did not carry weapons.');
  assert.deepStrictEqual(valuePairs(unarmed, army), []);
  const fighters = doc('a.txt', 'The monitor said 300 of the Syrians killed in the offensive were armed fighters.');
  const all = doc('b.txt', 'The army said 480 Syrians were killed in the offensive.');
  assert.deepStrictEqual(valuePairs(fighters, all), []);
  assert.ok(claimOf('The monitor said 300 of the Syrians killed in the offensive were armed fighters.', 300).scope.includes('kind:fighter'));
});

test('guard: a predicate of the event itself ("300 of the villagers were killed") names no part', () => {
  const some = doc('a.txt', 'The monitor said 300 of the villagers were killed in the offensive.');
  const army = doc('b.txt', 'The army said 480 villagers were killed in the offensive.');
  assert.deepStrictEqual(valuePairs(some, army), ['300/480']);
});

test('"Prices climbed 1.2% in March" after a sentence on annual inflation is the month\'s rise, not the yearly rate', () => {
  const bank = doc('a.txt', 'Annual inflation in Ostravia accelerated to 14.1% in March, the central bank said. Prices climbed 1.2% in March '
    + 'after rising 0.9% in February.');
  const office = doc('b.txt', 'Inflation in Ostravia was 13.2 percent in February, the statistics office said.');
  assert.deepStrictEqual(valuePairs(bank, office), []);
  // Against a year earlier, the rise is the yearly rate still.
  const yearly = doc('a.txt', 'Annual inflation in Ostravia accelerated to 14.1% in March, the central bank said. Prices climbed 9.5% in '
    + 'February from a year earlier.');
  assert.deepStrictEqual(valuePairs(yearly, office), ['9.5/13.2']);
});

test('"X led Y with 52 percent" is the leader\'s share, not the rival\'s', () => {
  const ap = doc('a.txt', 'The returns showed Tomas Eldar with 52 percent of the vote and his rival, Ivan Petrov, with 48 percent.');
  const afp = doc('b.txt', 'The commission said Tomas Eldar led Ivan Petrov with 52 percent of the vote after all ballots were counted.');
  assert.deepStrictEqual(valuePairs(ap, afp), []);
  assert.strictEqual(claimOf('The commission said Tomas Eldar led Ivan Petrov with 52 percent of the vote.', 52).detail.holder, 'holder:eldar');
});

test('police a verb deploys ("had deployed 3,000 police officers ... around the rally site") are no crowd of the rally', () => {
  const police = doc('a.txt', 'The city government had deployed 3,000 police officers to keep order around the rally site in Kerem.');
  const inside = doc('b.txt', 'But 200 protesters remained inside the parliament building in Kerem.');
  assert.deepStrictEqual(valuePairs(police, inside), []);
  assert.strictEqual(claimOf('The city government had deployed 3,000 police officers to keep order around the rally site.', 3000).measure.key,
    'person|~deploy');
  // Supporters an organizer mobilized are the crowd still.
  assert.strictEqual(claimOf('Organizers mobilized 50,000 people for the rally.', 50000).measure.key, 'person|crowd');
});

test('two kinds of one nation\'s people ("14 Syrian children", "22 Syrian women") are two counts', () => {
  const kids = doc('a.txt', 'The monitor said 14 Syrian children were killed in the shelling of Aleppo on Monday.');
  const women = doc('b.txt', 'The ministry said 22 Syrian women were killed in the shelling of Aleppo on Monday.');
  assert.deepStrictEqual(valuePairs(kids, women), []);
});
