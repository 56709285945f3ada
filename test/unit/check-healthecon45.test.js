// Round 45 (healthecon45, issue 10): a currency's rate and its losses. Invented sentences; each test failed on the build
// before the round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('the bare rial is a currency, so its rate against the dollar is an exchange rate', () => {
  const body = 'Traders said the rial weakened to 41,300 to the dollar on Monday, after trading at 39,900 rials per dollar.';
  assert.strictEqual(claimOf(body, 41300)?.measure.key, 'irr/usd|exchange_rate');
  assert.strictEqual(claimOf(body, 39900)?.measure.key, 'irr/usd|exchange_rate');
  // The Gulf's riyal keeps its own currency.
  assert.strictEqual(claimOf('The bank sold 900 million riyals of bonds.', 900e6)?.measure.unit, 'sar');
});

test('a currency\'s loss since a named start is no rival of a loss told without one', () => {
  const week = doc('a.txt', 'The tenge has lost a fifth of its value since the start of last week, dealers said.');
  const day = doc('b.txt', 'The tenge fell 18 percent against the dollar on Monday, the exchange said.', '2025-03-04');
  assert.deepStrictEqual(valuePairs(week, day), []);
  // Two losses told without a start still meet.
  const other = doc('c.txt', 'The tenge fell 12 percent against the dollar on Monday, the central bank said.');
  assert.deepStrictEqual(valuePairs(day, other), ['12/18']);
});
