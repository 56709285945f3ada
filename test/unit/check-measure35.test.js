// Round 35 (measure35): gold pairs kept apart by the measure or the counted thing. Invented sentences of each class the
// round fixed; each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const FALL = 'The roof of a school in the hill town of Orvano collapsed on Monday.\n\n';

test('people pulled or found alive are the rescued', () => {
  assert.strictEqual(keyOf(`${FALL}Seven people had been pulled alive from the collapsed school by Monday evening.`, 7), 'person|rescued');
  assert.strictEqual(keyOf(`${FALL}Firefighters said 11 pupils were pulled out alive from the classrooms.`, 11), 'person|rescued');
  assert.strictEqual(keyOf(`${FALL}Three children were found alive under a fallen beam on Tuesday.`, 3), 'person|rescued');
});

test('two counts of those pulled alive on one day meet', () => {
  const a = doc('a.txt', `${FALL}Seven people had been pulled alive from the school on Monday and were being treated at a clinic.`);
  const b = doc('b.txt', `${FALL}The town's mayor said on Monday that 12 people had been rescued alive.`);
  assert.deepStrictEqual(valuePairs(a, b), ['7/12']);
});

test('bodies pulled or found stay the dead; people pulled out with no word of life are not read as rescued (guards)', () => {
  assert.strictEqual(keyOf(`${FALL}Crews pulled nine bodies from the rubble on Monday.`, 9), 'person|killed');
  assert.strictEqual(keyOf(`${FALL}By Monday night the bodies of 23 people had been pulled from the rubble.`, 23), 'person|killed');
  assert.notStrictEqual(keyOf(`${FALL}Crews pulled 30 people from the rubble on Monday, most of them dead.`, 30), 'person|rescued');
});
