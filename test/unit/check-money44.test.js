// Round 44 (money44): a money figure takes the measure its noun names. Invented sentences; the positive tests fail on
// the build before the loan row (the loan read no measure).
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, claimOf } = require('./claimReports');

test('a sum named a loan is the loan, before or after its noun', () => {
  assert.strictEqual(keyOf('The lender approved a $4bn loan over five years to shore up the economy.', 4e9), 'usd|loan');
  assert.strictEqual(keyOf('The government expects a loan of $5 billion from the fund.', 5e9), 'usd|loan');
  assert.strictEqual(keyOf('Lenders still have to sign off on the $5bn loan agreed in May.', 5e9), 'usd|loan');
});

test('a debt, a deficit and a budget keep their own measures, apart from a loan (guards)', () => {
  assert.strictEqual(keyOf('Public debt stood at $45 billion in March.', 45e9), 'usd|debt');
  assert.strictEqual(keyOf('The budget deficit reached 4.1% of GDP last year.', 4.1), 'percent|net_loss');
  assert.strictEqual(keyOf('The budget for the year is $3 billion.', 3e9), 'usd|budget');
});

test('a sum priced against another currency named before it is an exchange rate', () => {
  assert.strictEqual(keyOf('On the street market the dollar fetched a record 18 pounds this week.', 18), 'gbp|exchange_rate');
  assert.strictEqual(keyOf('The dollar traded at 1,200 naira on the parallel market.', 1200), 'ngn|exchange_rate');
  // The sign's currency is the recognizer's reading; the measure is this rule's.
  assert.strictEqual(claimOf('The currency slid to lows of $1=E£17.40 on Tuesday.', 17.4)?.measure.event, 'exchange_rate');
});

test('a scaled sum, a sum in the named currency and a rate\'s denominator price nothing (guards)', () => {
  assert.strictEqual(keyOf('The dollar rose after the fund approved a 5 billion pound package.', 5e9), 'gbp|unspecified');
  assert.strictEqual(keyOf('The euro fell as the central bank lent 10 billion euros.', 10e9), 'eur|unspecified');
  assert.strictEqual(keyOf('In May the krell traded at 155/$1 on the exchange.', 1), 'usd|unspecified');
});
