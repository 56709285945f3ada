// Round 42 (measure42): what happened to the counted thing. Invented sentences of each class the round fixed; each
// test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

const FLOAT = 'The central bank of Vardania let its currency, the krell, float on Tuesday.\n\n';

test('a percent beside a price against a qualified dollar is the currency move', () => {
  assert.strictEqual(keyOf(`${FLOAT}The krell has slumped by some 14 percent to a record low against the U.S. dollar.`, 14), 'percent|exchange_rate');
  assert.strictEqual(keyOf(`${FLOAT}The krell lost 23% against the US dollar in a week.`, 23), 'percent|exchange_rate');
});

test('a percent beside a rate per dollar is the currency move', () => {
  assert.strictEqual(keyOf(`${FLOAT}The bank set the reference rate 6 percent lower at 4,210 krell per dollar.`, 6), 'percent|exchange_rate');
});

test('a percent with no currency priced keeps its reading (guards)', () => {
  assert.notStrictEqual(keyOf(`${FLOAT}Exports to the U.S. rose 9 percent in the first half.`, 9), 'percent|exchange_rate');
  assert.notStrictEqual(keyOf(`${FLOAT}Imports rose 11 percent to 3 billion per year.`, 11), 'percent|exchange_rate');
});

test('a percent a named currency lost, or of its value, is the currency move', () => {
  assert.strictEqual(keyOf(`${FLOAT}Since the spring the tenge has lost 31% of its value.`, 31), 'percent|exchange_rate');
  assert.strictEqual(keyOf(`${FLOAT}In March the bank shaved 12% off the value of the rand overnight.`, 12), 'percent|exchange_rate');
});

test('a currency after the figure that no value names moves nothing (guard)', () => {
  assert.notStrictEqual(keyOf(`${FLOAT}The bank raised its deposit rate to 17.5% to shore up the rand.`, 17.5), 'percent|exchange_rate');
  assert.notStrictEqual(keyOf(`${FLOAT}Exports to the euro zone rose 4 percent in May.`, 4), 'percent|exchange_rate');
});
