// Round 44 (disaster44): disasters and accidents. Invented sentences; the first test fails on the build before the
// round, the guard passes on both.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('a carrier fronted before "were" makes its people those aboard, not a later sentence\'s rescued', () => {
  assert.strictEqual(keyOf('On the plane were 54 passengers and six crew. Four people had been rescued alive.', 54), 'person|aboard');
  assert.strictEqual(keyOf('Aboard the two buses were 90 pupils. Ten were injured.', 90), 'person|aboard');
});

test('a fronted place that carries nobody stays no presence aboard (guard)', () => {
  assert.notStrictEqual(keyOf('In the hall were 300 guests. Ten were injured.', 300), 'guest|aboard');
  assert.notStrictEqual(keyOf('In the hall were 300 guests. Ten were injured.', 300), 'person|aboard');
});
