// False alarms on the tuning sets, round 29 (issue 10): classes a careful reader keeps apart, with invented sentences
// of each class. Each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('the attackers killed are a kind of the dead, no rival of everyone killed', () => {
  const a = 'Gunmen stormed the Korlan mall in Varnia on Saturday.\n\nThe president said that four attackers were killed by the security forces.';
  const b = 'Gunmen stormed the Korlan mall in Varnia on Saturday.\n\nThe Red Cross said 61 people were killed in the attack on the mall.';
  assert.strictEqual(claimOf(a, 4)?.scope.includes('kind:attacker'), true);
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('lawmakers detained are a kind of those detained, no rival of the protesters detained', () => {
  const body = 'Two other lawmakers were detained along with more than 150 demonstrators after ten days of mass rallies against '
    + 'an alleged power grab by President Aram Dorvanian.\n\nPolice said they detained 164 protesters by 5 p.m. local time.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a kind of person named on both sides still pairs: gunmen against gunmen', () => {
  const a = 'Gunmen stormed the Korlan mall in Varnia on Saturday.\n\nThe president said that four gunmen were killed by the security forces.';
  const b = 'Gunmen stormed the Korlan mall in Varnia on Saturday.\n\nThe army said nine gunmen were killed by the security forces in the mall.';
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});
