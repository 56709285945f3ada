// Round 36 (counted36): gold pairs kept apart by the counted thing. Invented sentences of each class the round fixed;
// each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const POLL = 'Voters in the republic of Varnesia chose a new parliament on Sunday.\n\n';

test('constituencies won are seats won', () => {
  assert.strictEqual(keyOf(`${POLL}The Unity Front has won in at least 148 constituencies, the commission said.`, 148), 'seat|won');
  assert.strictEqual(keyOf(`${POLL}Its candidates won 61 constituencies across the north.`, 61), 'seat|won');
});

test('the seats a vote is for are all the seats, none yet won', () => {
  assert.strictEqual(keyOf(`${POLL}More than 900 candidates were vying for 210 seats.`, 210), 'seat|total');
  assert.strictEqual(keyOf(`${POLL}A total of 640 candidates are running for 186 seats.`, 186), 'seat|total');
});

test("one party's seats told as constituencies and as seats meet", () => {
  const a = doc('a.txt', `${POLL}The Unity Front has won in at least 148 constituencies, the commission said on Monday.`);
  const b = doc('b.txt', `${POLL}The Unity Front has won 141 seats, the chief commissioner said on Monday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['141/148']);
});

test("constituencies where voting was held are no seats held, a country's constituencies stay their own total, seats still contested are no total (guards)", () => {
  assert.notStrictEqual(keyOf(`${POLL}Voting was held in 95 constituencies across the country.`, 95), 'seat|held');
  assert.strictEqual(keyOf(`${POLL}Results came in from 118 of 120 constituencies by midnight.`, 120), 'constituency|total');
  assert.notStrictEqual(keyOf(`${POLL}The Unity Front won 52 seats, while four are still being contested.`, 4), 'seat|total');
});
