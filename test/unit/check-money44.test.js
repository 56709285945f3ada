// Round 44 (money44): a money figure takes the measure its noun names. Invented sentences; the positive tests fail on
// the build before the loan row (the loan read no measure).
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('a sum named a loan is the loan, before or after its noun', () => {
  assert.strictEqual(keyOf('The lender approved a $4bn loan over five years to shore up the economy.', 4e9), 'usd|loan');
  assert.strictEqual(keyOf('The government expects a loan of $5 billion from the fund.', 5e9), 'usd|loan');
  assert.strictEqual(keyOf('The board has yet to ratify the $5bn loan agreed in May.', 5e9), 'usd|loan');
});

test('a debt, a deficit and a budget keep their own measures, apart from a loan (guards)', () => {
  assert.strictEqual(keyOf('Public debt stood at $45 billion in March.', 45e9), 'usd|debt');
  assert.strictEqual(keyOf('The budget deficit reached 4.1% of GDP last year.', 4.1), 'percent|net_loss');
  assert.strictEqual(keyOf('The budget for the year is $3 billion.', 3e9), 'usd|budget');
});
