// Round 28 (issue 10, precision): false alarms found by probing unannotated real news of several kinds (elections,
// economic statistics, layoffs, health, protests). Each test states the class with INVENTED sentences; each failed on
// the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('two parties whose names end in the same generic head ("Movement") are two holders', () => {
  const a = doc('a.txt', 'In the parliamentary election held on March 2, the Civic Renewal Movement won 41.3 percent of the '
    + 'vote, the electoral commission said.');
  const b = doc('b.txt', 'The electoral commission said the Farmers Solidarity Movement won 9.2 percent of the vote in the '
    + 'March 2 parliamentary election.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('the same party named with and without its head word stays one holder', () => {
  const a = doc('a.txt', 'In the parliamentary election held on March 2, the Civic Renewal Movement won 41.3 percent of the '
    + 'vote, the electoral commission said.');
  const b = doc('b.txt', 'The electoral commission said the Civic Renewal Movement won 44.9 percent of the vote in the '
    + 'March 2 parliamentary election.');
  assert.deepStrictEqual(valuePairs(a, b), ['41.3/44.9']);
});

test('"ticking up to 3.8 percent" reaches 3.8: the "up" is the verb\'s particle, no ceiling', () => {
  const c = claimOf('Annual inflation in Norland rose to 4.2 percent in May, after ticking up to 3.8 percent in April, the '
    + 'statistics office said.', 3.8);
  assert.strictEqual(c.hedge, 'exact');
  assert.strictEqual(c.low, 3.8);
});

test('"could rise up to 9 percent" reads the same way as "rose up to"', () => {
  const c = claimOf('Unemployment in Norland is rising up to 9 percent this year, the ministry said.', 9);
  assert.strictEqual(c.low, 9);
});

test('"the consumer price index increased 0.4 percent in March" is the month\'s step, no rival of the yearly rate', () => {
  const a = doc('a.txt', 'Annual inflation in Norland eased to 5.6 percent in March, the statistics office said.');
  const b = doc('b.txt', 'The consumer price index increased 0.4 percent in March, after rising 0.7 percent in February, the '
    + 'statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a change "from month-ago levels" or "compared to the previous month" is monthly', () => {
  assert.strictEqual(claimOf('Consumer prices in Norland climbed 0.6% in March from month-ago levels.', 0.6).measure.event,
    'inflation@monthly');
  assert.strictEqual(claimOf('Inflation in Norland was 0.6% in March compared to the previous month.', 0.6).measure.event,
    'inflation@monthly');
});

test('"rose to 5.6 percent in March" is still the level of the yearly rate', () => {
  assert.strictEqual(claimOf('Consumer price inflation in Norland rose to 5.6 percent in March.', 5.6).measure.event, 'inflation');
});

test('a rate set against expectations or analysts\' estimates is the forecast, no rival of the measured rate', () => {
  const body = 'Annual inflation in Norland rose to 5.6 percent in March, above expectations of 5.1 percent, and core '
    + 'inflation came in higher than estimates of 4.4%.';
  assert.strictEqual(claimOf(body, 5.1).modality, 'forecast');
  assert.strictEqual(claimOf(body, 4.4).modality, 'forecast');
  assert.strictEqual(claimOf(body, 5.6).modality, 'asserted');
});

test('an estimate of a count set against another stays a claim of that count', () => {
  const body = 'The organizers counted 80,000 marchers, fewer than the first estimates of 120,000 people given on Sunday.';
  assert.strictEqual(claimOf(body, 120000).modality, 'asserted');
});
