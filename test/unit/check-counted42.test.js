// Round 42 (counted42): what is counted. A soldier named by the Indian word for one ("jawans") is a soldier, and an
// aircraft, a jet or a plane is one kind of thing counted. Invented sentences; the positive tests fail on the build
// before the rules.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const AMBUSH = 'Gunmen ambushed a paramilitary convoy near Delvara on Tuesday.\n\n';

test('jawans are soldiers, and read what befell them', () => {
  const c = claimOf(`${AMBUSH}Officials said 23 jawans of the border force were killed in the ambush.`, 23);
  assert.strictEqual(c.measure.key, 'soldier|killed');
  const one = claimOf(`${AMBUSH}Officials said one jawan was killed and four others were hurt.`, 1);
  assert.strictEqual(one.measure.key, 'soldier|killed');
});

test('jawans killed meet troopers killed in the same ambush', () => {
  const a = doc('a.txt', `${AMBUSH}The minister said 23 jawans were killed in the ambush on Tuesday.`);
  const b = doc('b.txt', `${AMBUSH}The minister said 27 troopers were killed in the ambush on Tuesday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['23/27']);
});

const SORTIE = 'Air force planes struck targets near Ostrava Ridge on Friday.\n\n';

test('jets, planes, warplanes and aircraft count one kind of thing', () => {
  const units = ['jets', 'planes', 'warplanes', 'aircraft'].map(noun =>
    claimOf(`${SORTIE}The army said 14 ${noun} were shot down over the ridge.`, 14)?.measure.unit);
  assert.deepStrictEqual(units, ['aircraft', 'aircraft', 'aircraft', 'aircraft']);
});

test('jets shot down meet aircraft shot down in the same raid', () => {
  const a = doc('a.txt', `${SORTIE}The army said it had shot down 14 jets over the ridge on Friday.`);
  const b = doc('b.txt', `${SORTIE}The army said it had shot down six aircraft over the ridge on Friday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['6/14']);
});

test('jawans and aircraft stay apart from other people and other vehicles (guard)', () => {
  const c = claimOf(`${AMBUSH}Officials said 23 villagers were killed in the ambush.`, 23);
  assert.strictEqual(c.measure.key, 'person|killed');
  const cars = claimOf(`${SORTIE}The army said 14 cars were destroyed near the ridge.`, 14);
  assert.strictEqual(cars.measure.unit, 'vehicle');
});
