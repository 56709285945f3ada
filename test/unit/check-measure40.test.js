// Round 40 (measure40): gold pairs kept apart by the measure. Invented sentences of each class the round fixed; each
// test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

const STORM = 'A storm hit the coast of Brevania on Sunday.\n\n';

test('people a storm or a failure affects are the people affected', () => {
  assert.strictEqual(keyOf(`${STORM}Ferries were cancelled, affecting some 7,400 travellers.`, 7400), 'person|affected');
  assert.strictEqual(keyOf(`${STORM}Officials said the outages could affect up to 260,000 people.`, 260000), 'person|affected');
  assert.strictEqual(keyOf(`${STORM}The flooding affects about 31,000 residents of the delta.`, 31000), 'person|affected');
});

test('jobs a cut affects stay jobs cut; people affected keep their reading (guards)', () => {
  assert.strictEqual(keyOf(`${STORM}The layoffs will affect about 1,300 employees of the port.`, 1300), 'job|cut');
  assert.strictEqual(keyOf(`${STORM}Officials said 48,000 people were affected by the flooding.`, 48000), 'person|affected');
});

test('jobs themselves are never people affected', () => {
  assert.notStrictEqual(keyOf(`${STORM}The port's closure could affect some 2,700 jobs at hauliers.`, 2700), 'person|affected');
  assert.notStrictEqual(keyOf(`${STORM}About 640 positions were affected by the shutdown of the terminal.`, 640), 'person|affected');
});
