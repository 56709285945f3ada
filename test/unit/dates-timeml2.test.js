// Dates, the third round of TempEval-3 training-data classes (TimeBank/AQUAINT): holidays, spelled-out years, centuries,
// halves, year-end, the results year, "that year", hedged "ago", "since"/"ended" dates. Invented sentences of the same
// shapes; each assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('holidays: the nearest one, "last"/"next", a stated year; a name before a noun is no date', () => {
  assert.deepStrictEqual(triples('The ferry sank on Thanksgiving Day.', '2023-01-09'), [['Thanksgiving Day', '2022-11-24', '2022-11-24']]);
  assert.deepStrictEqual(triples('Shops reopened after Easter Monday.', '2024-04-10'), [['Easter Monday', '2024-04-01', '2024-04-01']]);
  assert.deepStrictEqual(triples('She has not called since last Christmas.', '2024-03-01'), [['last Christmas', '2023-12-25', '2023-12-25']]);
  assert.deepStrictEqual(triples('The strike ended on Christmas Eve 2019.', '2024-03-01'), [['Christmas Eve 2019', '2019-12-24', '2019-12-24']]);
  assert.deepStrictEqual(triples('Crowds bought a Christmas tree near Easter Island.', '2024-03-01'), []);
});

test('years spelled out in transcripts, "the year two thousand", centuries', () => {
  assert.deepStrictEqual(triples('In nineteen eighty-four the mill closed.', '1998-02-01'), [['nineteen eighty-four', '1984-01-01', '1984-12-31']]);
  assert.deepStrictEqual(triples('March nineteen ninety-two. Floods again.', '1998-02-01'), [['March nineteen ninety-two', '1992-03-01', '1992-03-31']]);
  assert.deepStrictEqual(triples('Debts were due by the year two thousand.', '1998-02-01'), [['the year two thousand', '2000-01-01', '2000-12-31']]);
  assert.deepStrictEqual(triples('A 12th-century abbey and the 19th century.', '1998-02-01'),
    [['12th-century', '1100-01-01', '1199-12-31'], ['19th century', '1800-01-01', '1899-12-31']]);
  // A count in words stays a count.
  assert.deepStrictEqual(triples('Some nineteen ninety thousand fans came.', '1998-02-01'), []);
});

test('halves of a year with their year; year-end; the year of a results report', () => {
  assert.deepStrictEqual(triples('Orders slowed in the second half of 2022 and the first two quarters of 2023.', '2023-10-01'), [
    ['the second half of 2022', '2022-07-01', '2022-12-31'], ['the first two quarters of 2023', '2023-01-01', '2023-06-30'],
  ]);
  // A match's "first half" has no year: no date.
  assert.deepStrictEqual(triples('He scored in the first half.', '2023-10-01'), []);
  assert.deepStrictEqual(triples('The merger should close by year-end.', '2023-10-01'), [['year-end', '2023-12-01', '2023-12-31']]);
  assert.deepStrictEqual(triples('The index is up 9% since year-end.', '2023-10-01'), [['year-end', '2022-12-01', '2022-12-31']]);
  assert.deepStrictEqual(triples('The firm raised its forecast for the full year. Sales for the year rose.', '2023-10-01'), [
    ['the full year', '2023-01-01', '2023-12-31'], ['the year', '2023-01-01', '2023-12-31'],
  ]);
  assert.deepStrictEqual(triples('Prices rose since the start of the year and for the year before.', '2023-10-01'), []);
});

test('"that year", "later that year", "earlier that day" refer to the date stated before; alone they are not placed', () => {
  assert.deepStrictEqual(triples('The mayor resigned on May 4, 2011. Earlier that day, protesters gathered.', '2015-01-01'), [
    ['May 4, 2011', '2011-05-04', '2011-05-04'], ['Earlier that day', '2011-05-04', '2011-05-04'],
  ]);
  assert.deepStrictEqual(triples('She left in March 2009 and came back later that year.', '2015-01-01')[1], ['later that year', '2009-01-01', '2009-12-31']);
  assert.deepStrictEqual(triples('Sales that year were weak.', '2015-01-01'), [['that year', null, null]]);
});

test('a hedged "ago" names the calendar unit, as an exact one does (TimeML granularity)', () => {
  assert.deepStrictEqual(triples('The dam failed nearly six years ago.', '2020-05-10'), [['six years ago', '2014-01-01', '2014-12-31']]);
  assert.deepStrictEqual(triples('The dam failed six years ago.', '2020-05-10'), [['six years ago', '2014-01-01', '2014-12-31']]);
  assert.deepStrictEqual(triples('A month or so ago the talks stalled.', '2020-05-10'), [['A month or so ago', '2020-04-01', '2020-04-30']]);
});

test('a date after "since" or "ended" is past; a sentence-opening month takes the tense of a long sentence', () => {
  assert.deepStrictEqual(triples('In the fiscal year ended March 31, revenue fell.', '2023-01-15')[1], ['March 31', '2022-03-31', '2022-03-31']);
  assert.deepStrictEqual(triples('Shares have gained 4% since November.', '2023-10-20'), [['November', '2022-11-01', '2022-11-30']]);
  assert.deepStrictEqual(triples('In March, two weeks after the vote on the new budget for the northern provinces, a storm destroyed the dam.',
    '2023-11-20'), [['March', '2023-03-01', '2023-03-31']]);
});

test('"until" before a clock time still sets an end point ahead; "the week of" a day is that week', () => {
  assert.deepStrictEqual(triples('The agency has given the family until 10 a.m. EST Thursday to reply.', '2021-06-07'),
    [['Thursday', '2021-06-10', '2021-06-10']]);
  assert.deepStrictEqual(triples('A ruling may come the week of July 14.', '2021-06-07'), [['the week of July 14', '2021-07-12', '2021-07-18']]);
});

test('attributive years after an adjective, "due" and "both"', () => {
  assert.deepStrictEqual(triples('She recalled her failed 2008 bid and the notes due 2031.', '2021-06-07').map(d => d[0]), ['2008', '2031']);
  assert.deepStrictEqual(triples('Margins will shrink in both 2022 and 2023.', '2021-06-07').map(d => d[0]), ['2022', '2023']);
  // A plural after a bare number stays a count.
  assert.deepStrictEqual(triples('Its loyal 2000 members voted.', '2021-06-07'), []);
});

test('"earlier in the year" is the story\'s year; "the nineties" a decade in words', () => {
  assert.deepStrictEqual(triples('Planting was delayed earlier in the year by floods.', '2021-09-07'),
    [['the year', '2021-01-01', '2021-12-31']]);
  assert.deepStrictEqual(triples('Crime fell through the nineties; both are in their eighties.', '2021-09-07'),
    [['the nineties', '1990-01-01', '1999-12-31']]);
});
