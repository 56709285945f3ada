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

test('"in another incident" tells of another event: its dead are no rival of the story\'s', () => {
  const a = 'A fire raced through the Lenmark garment factory in Orvale on Saturday night.\n\n'
    + 'At least 90 people were killed and more than 100 injured in the fire at the factory.\n\n'
    + 'In another incident, a bridge under construction collapsed in Tesh, leaving 11 people dead and over 40 injured.';
  const b = 'A fire raced through the Lenmark garment factory in Orvale on Saturday night.\n\n'
    + 'He said that 14 people who suffered injuries after jumping from the building also died in hospital.';
  assert.strictEqual(claimOf(a, 40)?.detail?.yardstick, true);
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)).filter(p => p.includes('40')), []);
});

test('an "unrelated" quake\'s magnitude is no rival of the story\'s quake', () => {
  const a = 'The president toured devastated parts of central and southern Varnia on March 4, five days after the 8.1-magnitude '
    + 'earthquake.';
  const b = 'The death toll from the earthquake in Varnia rose again.\n\nOn Thursday afternoon, however, an apparently unrelated '
    + 'quake with a preliminary magnitude of 6.2 jolted northern Varnia.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b, '')), []);
});

test('"another attack" of the story\'s own still counts: one incident, not another event', () => {
  const a = 'Two bombs hit Kessa on Friday.\n\nIn another attack on the market, 12 people were killed, the police said.';
  assert.notStrictEqual(claimOf(a, 12)?.detail?.yardstick, true);
});
