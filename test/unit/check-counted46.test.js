// Round 46 (counted46): what is counted. The noun of an event names what befell the people after "of" ("the
// displacement of 9,000 residents" are people displaced, as "the evacuation of" already read). Invented sentences; the
// positive tests fail on the build before the rule, the guard passes on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const FIGHTING = 'Fighting spread across the Tarvo valley on Wednesday.\n\n';

test('"the displacement of N residents" counts people displaced', () => {
  const c = claimOf(`${FIGHTING}The shelling caused the displacement of about 9,000 residents, the mayor said.`, 9000);
  assert.strictEqual(c.measure.key, 'person|displaced');
});

test('the displaced after "the displacement of" keep their event beside another figure\'s lost jobs', () => {
  const c = claimOf(`${FIGHTING}The minister said 300 workers lost their jobs after the displacement of about 9,000 residents.`, 9000);
  assert.strictEqual(c.measure.key, 'person|displaced');
});

test('"the evacuation of N residents" still counts people evacuated (guard)', () => {
  const c = claimOf(`${FIGHTING}The army ordered the evacuation of 9,000 residents on Wednesday.`, 9000);
  assert.strictEqual(c.measure.key, 'person|evacuated');
});
