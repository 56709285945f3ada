// Round 29 (issue 10, precision): false alarms found by probing unannotated real news of four kinds (elections, company
// results and layoffs, economic statistics, public health). Each test states the class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('the retail price index is another index than the consumer rate', () => {
  const a = doc('a.txt', 'Consumer price inflation in Norland slowed to 3.9 percent in February, the statistics office said.');
  const b = doc('b.txt', 'Retail price index (RPI) inflation, which counts mortgage payments too, eased to 4.6 percent in '
    + 'February, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('an index named by its initials alone holds its own figure ("RPI was 4.6%")', () => {
  const a = doc('a.txt', 'Consumer price inflation in Norland slowed to 3.9 percent in February, the statistics office said.');
  const b = doc('b.txt', 'In February the CPI of Norland was 3.7%, while RPI was 4.6%, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), ['3.7/3.9']);
});

test('"retail inflation" with no index noun stays the consumer rate', () => {
  const a = doc('a.txt', 'Consumer price inflation in Norland slowed to 3.9 percent in February, the statistics office said.');
  const b = doc('b.txt', 'Retail inflation in Norland slowed to 4.6 percent in February, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), ['3.9/4.6']);
});

test('an old value after a comma and "from" is the same part\'s rate ("to 6.1 percent, from 5.8 percent")', () => {
  const c = claimOf('Rural inflation in Norland climbed to 6.1 percent in February, from 5.8 percent in May.', 5.8);
  assert.ok(c.scope.includes('pop:rural'), c.scope.join(','));
});

test('items listed with their figures in brackets are parts, no rivals of the headline rate', () => {
  const a = doc('a.txt', 'Annual inflation in Norland eased to 4.8 percent in February, the statistics office said.');
  const b = doc('b.txt', 'Inflation in Norland eased in February. The steepest drops were in the price of sugar (2.3%), '
    + 'rice (1.1%) and cooking oil (3.4%), the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('each bracketed item is keyed by its own noun, so the same item elsewhere may still be its rival', () => {
  const body = 'In February the largest rises in Norland were in rents (2.3%), tobacco (4.1%) and fares (1.7%).';
  assert.strictEqual(claimOf(body, 2.3).detail.breakdown, 'item rents');
  assert.strictEqual(claimOf(body, 1.7).detail.breakdown, 'item fares');
});

test('one bracketed figure alone is no list', () => {
  const body = 'Inflation in Norland eased to 4.8 percent in February, with food prices (2.3%) rising least.';
  assert.strictEqual(claimOf(body, 2.3).detail.breakdown, undefined);
});

test('"Of the recorded deaths, 31 were infants": a part of a whole named with no figure, no rival of the toll', () => {
  const a = doc('a.txt', 'The cholera outbreak in Norland has killed 33 people, the health ministry said on Monday.');
  const b = doc('b.txt', 'The health ministry said on Monday that the cholera outbreak in Norland had killed 35 people. Of the '
    + 'recorded deaths, 31 were infants.');
  assert.deepStrictEqual(valuePairs(a, b), ['33/35']);
  assert.ok(claimOf('The cholera outbreak has killed 35 people. Of the recorded deaths, 31 were infants.', 31).measure.event
    .endsWith('+part'));
});

test('"..., of that 8,200 were in the north": a relative partitive with "that" is a part of the figure before', () => {
  const c = claimOf('Health workers have vaccinated 11,400 people since Monday, of that 8,200 were vaccinated in the north.',
    8200);
  assert.ok(c.measure.event.endsWith('+part'), c.measure.event);
});

test('"N votes out of about M ballots": the whole after "out of" is no rival of a party\'s votes', () => {
  const a = doc('a.txt', 'In Sunday\'s election the Green League received 2.1 million votes out of about 6.4 million ballots, '
    + 'the election commission said.');
  const b = doc('b.txt', 'The Green League received 2.4 million votes in Sunday\'s election, the election commission said.');
  assert.deepStrictEqual(valuePairs(a, b), ['2100000/2400000']);
  assert.strictEqual(claimOf('The Green League won 900,000 votes out of a total of 3 million.', 3000000).measure.event, 'total');
});
