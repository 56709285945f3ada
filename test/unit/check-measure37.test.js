// Round 37 (measure37): gold pairs kept apart by the measure or the counted thing. Invented sentences of each class the
// round fixed; each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const POLL = 'Voters in the republic of Varnesia chose a new parliament on Sunday.\n\n';

test('a negated win is no win: seats and constituencies nobody won, or a party failed to win', () => {
  assert.notStrictEqual(keyOf(`${POLL}In the runoff, nobody won in 37 constituencies, the commission said.`, 37), 'seat|won');
  assert.notStrictEqual(keyOf(`${POLL}No candidate won a majority in 37 constituencies, so a second round will follow.`, 37), 'seat|won');
  assert.notStrictEqual(keyOf(`${POLL}The Green League failed to win 20 seats, its leader conceded.`, 20), 'seat|won');
  assert.notStrictEqual(keyOf(`${POLL}The Green League did not win 20 seats, its leader conceded.`, 20), 'seat|won');
});

test('a share a candidate failed to win is no share of the vote', () => {
  assert.notStrictEqual(keyOf(`${POLL}Mr Orlan failed to win the 50% needed to avoid a runoff.`, 50), 'percent|vote_share');
  assert.notStrictEqual(keyOf(`${POLL}No candidate secured the 50% needed to avoid a runoff.`, 50), 'percent|vote_share');
});

test("constituencies nobody won do not meet a party's seats won", () => {
  const a = doc('a.txt', `${POLL}The Unity Front has won 141 seats, the chief commissioner said on Monday.`);
  const b = doc('b.txt', `${POLL}Nobody won in 148 constituencies, the chief commissioner said on Monday.`);
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a win stays a win, and a negation of another clause lends it nothing (guards)', () => {
  assert.strictEqual(keyOf(`${POLL}The Green League won 20 seats, its leader said.`, 20), 'seat|won');
  assert.strictEqual(keyOf(`${POLL}Although nobody expected it, the Green League won 20 seats.`, 20), 'seat|won');
  assert.strictEqual(keyOf(`${POLL}Mr Orlan won 52% of the vote, not enough to avoid a runoff.`, 52), 'percent|vote_share');
});

test("a chamber's size told as an N-seat compound is the seats' total, not seats won", () => {
  assert.strictEqual(keyOf(`${POLL}The Unity Front won 70 seats in the 120-seat parliament.`, 120), 'seat|total');
  assert.strictEqual(keyOf(`${POLL}The 240-seat Lower House will sit in May.`, 240), 'seat|total');
});

test('seats won beside a chamber stay won (guard)', () => {
  assert.strictEqual(keyOf(`${POLL}The Unity Front won 70 seats in the 120-seat parliament.`, 70), 'seat|won');
});
