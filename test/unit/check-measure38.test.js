// Round 38 (measure38): gold pairs kept apart by the measure or the counted thing. Invented sentences of each class the
// round fixed; each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

const FLOOD = 'Floods swept through the valley of Orsena last week.\n\n';

test('people released or cut off are no jobs cut', () => {
  assert.notStrictEqual(keyOf(`${FLOOD}About 640 people were treated in hospital, and 510 of them had been released by Friday.`, 510), 'job|cut');
  assert.notStrictEqual(keyOf(`${FLOOD}The survey, released on Monday, said that 12,400 people have been given shelter.`, 12400), 'job|cut');
  assert.notStrictEqual(keyOf(`${FLOOD}Rescuers tried to reach the 3,000 residents of hamlets that had been cut off by the water.`, 3000), 'job|cut');
});

test('people laid off or cut keep their reading as jobs (guards)', () => {
  assert.strictEqual(keyOf(`${FLOOD}The mill laid off 240 people after the water reached its turbines.`, 240), 'job|cut');
  assert.strictEqual(keyOf(`${FLOOD}The cannery said it would cut 90 people from its payroll.`, 90), 'job|cut');
  assert.strictEqual(keyOf(`${FLOOD}The insurer released 150 staff after the claims office closed.`, 150), 'job|cut');
});
