// False alarms between an event's days that are not one time (round 34, fa34t, issue 10). Invented sentences; each
// test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, eventFindings, valuePairs } = require('./claimReports');

test('a day with no year in an undated report takes its year from nowhere: no event day', () => {
  const a = doc('a.txt', 'The panel set up after the bombing of 9th November said the toll now stands at 310. '
    + 'The militia was driven out of the port city in 2004.', '');
  const b = doc('b.txt', 'Hundreds were hurt in Tuesday\'s bombing in the port city.', '2030-11-11');
  assert.deepStrictEqual(eventFindings(a, b), []);
  // A written year dates the day in any report.
  const c = doc('c.txt', 'The bombing of 8 November 2030 killed 40 people in the port city.', '');
  assert.deepStrictEqual(eventFindings(b, c), ['attack: 8 November 2030 / Tuesday']);
});

test('an event on two days joined by "and" has no one day', () => {
  const a = doc('a.txt', 'The mudslide hit the hill villages twice, on Saturday, June 8 and on Sunday.', '2030-06-12');
  const b = doc('b.txt', 'Forty people died after the mudslide struck the hill villages on Sunday.', '2030-06-12');
  assert.deepStrictEqual(eventFindings(a, b), []);
});

test('a quake five weeks before another report\'s quake is another quake, not a second day of it', () => {
  const a = doc('a.txt', 'More than 9,000 were homeless after Tuesday\'s strong quake flattened the hill towns.', '2030-09-25');
  const b = doc('b.txt', 'Officials believed the count would not climb as high as that of the Aug. 20 quake that killed 3,000 people abroad.', '2030-09-25');
  assert.deepStrictEqual(eventFindings(a, b), []);
  // A day apart is still one quake's two days.
  const c = doc('c.txt', 'The quake on Monday flattened the hill towns.', '2030-09-25');
  assert.deepStrictEqual(eventFindings(a, c), ['quake: Monday / Tuesday']);
});

test('a crowd dated only by a report of March 8 is no count of a march on March 11', () => {
  const a = doc('a.txt', 'According to the union, 700,000 people took part in the march through the capital.', '2030-03-08');
  const b = doc('b.txt', 'The union claimed 450,000 demonstrators in the capital on March 11.', '2030-03-15');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // A march on the report's eve may be the one it tells of: still a possible finding.
  const c = doc('c.txt', 'The union claimed 450,000 demonstrators in the capital on March 7.', '2030-03-15');
  assert.deepStrictEqual(valuePairs(a, c), ['450000/700000']);
});
