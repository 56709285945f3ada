// False alarms on the freshest development sets, round 30 (issue 10): classes a careful reader keeps apart, with
// invented sentences of each class. Each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('"Among them were N who died on ..." is a part of the toll before it, no rival of another report\'s toll', () => {
  const a = 'A storm hit Varnia on Sunday.\n\nThe death toll from the storm in Varnia has climbed to six, officials said.';
  const b = 'A storm hit Varnia on Sunday.\n\nThe death toll from the storm now stands at 21, the public broadcaster says.\n\n'
    + 'Among them were three people who died on the main island and a 97-year-old who drowned.';
  assert.strictEqual(claimOf(b, 3)?.measure.event, 'killed+part');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('"Among them, N ... were killed" after a count of losses is a part of those losses', () => {
  const a = 'A war broke out in Varnia.\n\nOn Monday the Varnian side reported its losses: the country lost 215 people in the '
    + 'fighting, and 1469 more were wounded. Among them, 13 employees of the interior ministry were killed and over 200 were wounded.';
  const b = 'A war broke out in Varnia.\n\nThe authorities now list 133 civilians as dead in Varnia.';
  assert.strictEqual(claimOf(a, 13)?.measure.event, 'killed+part');
  assert.strictEqual(claimOf(a, 200)?.measure.event, 'wounded+part');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('a fronted "among them" before a figure of another measure leaves it whole: those on board, then the dead', () => {
  const a = 'A bus fell into a river near Kessa on Monday.\n\nThe bus was carrying 52 passengers. Among them, 12 were killed, the police said.';
  assert.strictEqual(claimOf(a, 12)?.measure.event.endsWith('+part'), false);
});

test('a nation\'s own wounded are no part of another nation\'s wounded: "95 Peruvian nationals" against the Ecuadorian "some 20"', () => {
  const body = 'Armed clashes on the border claimed the lives of 12 Ecuadorian nationals and left some 20 injured, the foreign ministry '
    + 'of Ecuador said on Friday.\n\nThe Peruvian health ministry said on Friday that the death toll on its side had risen '
    + 'to 18, with another 95 Peruvian nationals injured.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a nationality counted against a toll no nation holds still nests: a part larger than its whole', () => {
  const a = 'A bus crashed near Luxor on Monday.\n\nEleven people were killed in the crash, officials said.';
  const b = 'A bus crashed near Luxor on Monday.\n\nFourteen Britons were killed in the crash, the Foreign Office said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['11/14']);
});

test('"at least 12 people have been killed, at least 78 have been shot": the shot are no count of the dead', () => {
  const a = 'Protests over fuel prices broke out in Varnia on Monday.\n\nA coalition of rights groups says at least 12 people have '
    + 'been killed, at least 78 have been shot and more than 240 have faced assault in the crackdown.';
  const b = 'Protests over fuel prices broke out in Varnia on Monday.\n\nAmnesty International said eight people were killed when '
    + 'the police fired on crowds.';
  assert.strictEqual(claimOf(a, 78)?.measure.event, 'unspecified');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['8/12']);
});

test('"of these, 39 were police officers and 11 were civilians": a kind after "were" still counts the dead', () => {
  const a = 'Election violence spread across Varnia.\n\nFifty people were killed. Of these, 39 were police officers and 11 were civilians.';
  assert.strictEqual(claimOf(a, 11)?.measure.event.startsWith('killed'), true);
});
