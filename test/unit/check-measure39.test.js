// Round 39 (measure39): gold pairs kept apart by the measure. Invented sentences of each class the round fixed; each
// test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const CRASH = 'A commuter jet crashed on landing at Vellar airport on Tuesday.\n\n';

test('passengers and crew on board are those aboard, past the crew figure', () => {
  assert.strictEqual(keyOf(`${CRASH}The operator said 134 passengers and five crew members were on board. At least 17 people were killed, police said.`, 134), 'person|aboard');
  assert.strictEqual(keyOf(`${CRASH}The jet went down near the town of Ostra with 57 passengers and four crew on board, officials said, adding that 21 survivors had been rescued.`, 57), 'person|aboard');
});

test('passengers and crew with a fate of their own keep it (guards)', () => {
  assert.strictEqual(keyOf(`${CRASH}The operator said 134 passengers and five crew members were killed.`, 134), 'person|killed');
  assert.strictEqual(keyOf(`${CRASH}Rescuers said 41 passengers and three crew members had been rescued.`, 41), 'person|rescued');
  assert.strictEqual(keyOf(`${CRASH}The jet had 88 passengers on board when it crashed.`, 88), 'person|aboard');
});

test('passengers beside a crew count written in words are a part of everyone aboard', () => {
  const a = doc('a.txt', `${CRASH}The operator said on Tuesday that 134 passengers and five crew members were on board.`);
  const agrees = doc('b.txt', `${CRASH}Officials said on Tuesday that 139 people were on board.`);
  const differs = doc('c.txt', `${CRASH}Officials said on Tuesday that 151 people were on board.`);
  assert.deepStrictEqual(valuePairs(a, agrees), []);
  assert.deepStrictEqual(valuePairs(a, differs), ['139/151']);
});
