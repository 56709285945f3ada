// Round 35 (measure35): gold pairs kept apart by the measure or the counted thing. Invented sentences of each class the
// round fixed; each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const SLIDE = 'A mudslide buried part of the hill village of Orvano on Monday.\n\n';

test('people pulled or found alive are the rescued', () => {
  assert.strictEqual(keyOf(`${SLIDE}Seven people had been pulled alive from the mud by Monday evening.`, 7), 'person|rescued');
  assert.strictEqual(keyOf(`${SLIDE}Firefighters said 11 villagers were pulled out alive from the collapsed houses.`, 11), 'person|rescued');
  assert.strictEqual(keyOf(`${SLIDE}Three children were found alive under a fallen roof on Tuesday.`, 3), 'person|rescued');
});

test('two counts of those pulled alive on one day meet', () => {
  const a = doc('a.txt', `${SLIDE}Seven people had been pulled alive from the mud on Monday and were being treated at a clinic.`);
  const b = doc('b.txt', `${SLIDE}The district chief said on Monday that 12 people had been rescued alive.`);
  assert.deepStrictEqual(valuePairs(a, b), ['7/12']);
});

test('bodies pulled or found stay the dead, and the people pulled out with no word of life are not read as rescued (guards)', () => {
  assert.strictEqual(keyOf(`${SLIDE}Crews pulled 14 bodies from the mud on Monday.`, 14), 'person|killed');
  assert.strictEqual(keyOf(`${SLIDE}By Monday night the bodies of 23 people had been pulled from the mud.`, 23), 'person|killed');
  assert.notStrictEqual(keyOf(`${SLIDE}Crews pulled 30 people from the mud on Monday, most of them dead.`, 30), 'person|rescued');
});
