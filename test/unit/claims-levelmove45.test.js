// Round 45 (partwhole45, issue 10): a verb or noun of change on the level whose move is the measure. "the CPI increased by
// 7.5 percent year on year" and "consumer prices rose by 5.2%" state the inflation rate, "a pay increase of 5.2 percent"
// beside pay growth states that growth: the figure is the measure, no "+change" of it. A rate named as what moved
// ("inflation rose by 0.5%", "the growth rate fell by 1%") stays a step. INVENTED sentences; the first three tests failed on
// the build before the rule (the last is a guard).
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const eventOf = body => claimsOf(report('2025-03-06', body)).find(c => c.measure.unit === 'percent')?.measure.event;

test('the consumer price index moved by N% is the inflation rate', () => {
  assert.strictEqual(eventOf('The statistics bureau said the CPI increased by 7.5 percent against a year earlier in October.'), 'inflation');
  assert.strictEqual(eventOf('The bureau said the consumer price index posted a jump of 2.8% on a monthly basis in June.'),
    'inflation@monthly');
});

test('consumer prices risen by N% year over year are the inflation rate', () => {
  assert.strictEqual(eventOf('Consumer prices in the northern provinces increased by 31.6 per cent year over year in May.'),
    'inflation');
});

test('a pay increase of N% told beside pay growth is that growth', () => {
  assert.strictEqual(eventOf('Pay growth stayed firm in June, and staff who kept their posts saw a pay increase of 5.2 percent over the year.'),
    'growth');
});

test('a rate named as what moved stays a change of it', () => {
  assert.strictEqual(eventOf('Inflation rose by 0.5% in May, the bureau said.'), 'inflation+change');
  assert.strictEqual(eventOf('The growth rate of the economy fell by 1% in the spring.'), 'growth+change');
});
