// Round 44 (fa44, issue 10): wrong findings whose two figures hold at different times. Invented sentences; each test
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const hourOf = (body, value) => claimOf(body, value)?.detail?.hour;

test('"up to" a clock time is the hour a running count holds at, as "by" and "as of" are', () => {
  assert.strictEqual(hourOf('The commission said turnout stood at 31 percent up to 2:00pm.', 31), 14);
  assert.strictEqual(hourOf('Up to 11 a.m., 64 deaths had been confirmed by the fire service.', 64), 11);
  // "by" was read before the round, and still is.
  assert.strictEqual(hourOf('The commission said turnout stood at 31 percent by 2:00pm.', 31), 14);
  // "up to" before a figure is a bound, no hour.
  assert.strictEqual(hourOf('Up to 3 million people marched across the country.', 3000000), undefined);
});

test('a toll confirmed up to the morning is a stage of the same day\'s later toll, no rival', () => {
  const pairs = valuePairs(
    doc('a.txt', 'Up to this morning, 64 deaths had been confirmed in the floods, the fire service said.'),
    doc('b.txt', 'By the end of the night, the fire service had raised the toll of the floods to 80 deaths.'));
  assert.ok(!pairs.includes('64/80'), pairs.join(' '));
});

test('a polling day\'s turnout by an hour is a stage of the final turnout the next day\'s report gives', () => {
  const hourly = doc('a.txt', 'The election commission said voter turnout stood at 24 percent up to 2:00pm on Sunday.',
    '2025-03-09');
  const final = doc('b.txt', 'The election commission said on Monday that the final voter turnout was 39 percent.', '2025-03-10');
  assert.ok(!valuePairs(hourly, final).includes('24/39'), valuePairs(hourly, final).join(' '));
  // Counted "by 2 p.m." it was read at its hour before the round, yet the next day's final figure still paired it.
  const byHour = doc('a.txt', 'The election commission said voter turnout stood at 24 percent by 2 p.m. on Sunday.',
    '2025-03-09');
  assert.ok(!valuePairs(byHour, final).includes('24/39'), valuePairs(byHour, final).join(' '));
  // A next-day figure below the hour's count still pairs.
  const lower = doc('b.txt', 'The election commission said on Monday that the final voter turnout was 19 percent.', '2025-03-10');
  assert.ok(valuePairs(byHour, lower).includes('19/24'), valuePairs(byHour, lower).join(' '));
});

test('a count of the valid ballots is a part of all votes cast, no rival of another report\'s total', () => {
  const keyOf = (body, value) => claimOf(body, value).measure.key;
  assert.strictEqual(keyOf('Valid votes cast were 3 215 400, and 61 200 votes were rejected.', 3215400), 'vote|cast+part');
  assert.strictEqual(keyOf('In all, 3,215,400 valid votes were cast in the vote.', 3215400), 'vote|cast+part');
  // The total with the rejected in it stays the votes cast.
  assert.strictEqual(keyOf('In all, the ballots cast numbered 3 276 600 and of these, 61 200 were spoiled.', 3276600), 'vote|cast');
  const pairs = valuePairs(doc('a.txt', 'Valid votes cast were 3 215 400, and 61 200 votes were rejected.'),
    doc('b.txt', 'In all, the ballots cast numbered 3 276 600 and of these, 61 200 were spoiled.'));
  assert.ok(!pairs.includes('3215400/3276600'), pairs.join(' '));
});

test('a count of cases "including N deaths" counts the cases; the deaths are the included part\'s', () => {
  const keyOf = (body, value) => claimOf(body, value).measure.key;
  assert.strictEqual(keyOf('From 1 March to 20 April, 4,120 measles cases including 88 deaths were reported by the ministry.', 4120),
    'case|recorded');
  assert.strictEqual(keyOf('From 1 March to 20 April, 4,120 measles cases including 88 deaths were reported by the ministry.', 88),
    'person|killed');
  // The included figure's word still leaves the whole its own verb.
  assert.strictEqual(keyOf('In all 200 people, including 170 of the 180 on board, were killed in the crash.', 200), 'person|killed');
});
