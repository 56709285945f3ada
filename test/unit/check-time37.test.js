// Round 37 (time37): a toll a report dates by one day in its own words, against a toll of its key over a stated period
// (a week, a month) that holds that day. The period's dead include the day's, so a period's count below the day's is a
// day above its whole period (check/order.ts), though the day's toll is no running total. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { doc, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('a day\'s toll above the toll of a stated period holding that day is a finding', () => {
  const day = doc('a.txt', 'Security forces killed 14 protesters in Corvena on March 10, a rights group said.', '2025-03-14');
  const period = doc('b.txt', 'Between March 9 and March 13, five protesters were killed in Corvena, the interior ministry said.',
    '2025-03-14');
  const found = messages(day, period);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /a day above its whole period/);
});

test('a day\'s toll the period\'s toll can hold, or a day outside the period, is silent', () => {
  const period = doc('b.txt', 'Between March 9 and March 13, 25 protesters were killed in Corvena, the interior ministry said.',
    '2025-03-14');
  const held = doc('a.txt', 'Security forces killed 14 protesters in Corvena on March 10, a rights group said.', '2025-03-14');
  assert.deepStrictEqual(messages(held, period), []);
  const small = doc('b.txt', 'Between March 9 and March 13, five protesters were killed in Corvena, the interior ministry said.',
    '2025-03-20');
  const outside = doc('a.txt', 'Security forces killed 14 protesters in Corvena on March 16, a rights group said.', '2025-03-20');
  assert.deepStrictEqual(messages(outside, small), []);
});

test('a tally given on a day is no day\'s toll a period holds', () => {
  const period = doc('b.txt', 'Between March 9 and March 13, five protesters were killed in Corvena, the interior ministry said.',
    '2025-03-14');
  const tally = doc('a.txt', 'On March 10 the toll of protesters in Corvena stood at 14, a rights group said.', '2025-03-14');
  assert.deepStrictEqual(messages(tally, period), []);
});
