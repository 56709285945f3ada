// Dates, failure classes seen on the TempEval-3 training data (TimeBank/AQUAINT): invented sentences of the same shapes.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

const Q3_2024 = ['2024-07-01', '2024-09-30'];
const Q3_2023 = ['2023-07-01', '2023-09-30'];

test('the quarter a results report is about, and the same quarter a year back', () => {
  const ds = triples('Acme Corp. said net income rose 8% in the third quarter. Sales in the quarter climbed to $4 billion. '
    + 'In the latest quarter, costs fell. Profit was $2 million in the year-ago quarter and $1 million in the year-earlier period. '
    + 'Margins beat the corresponding period last year.', '2024-11-04');
  assert.deepStrictEqual(ds, [
    ['the third quarter', ...Q3_2024], ['the quarter', ...Q3_2024], ['the latest quarter', ...Q3_2024],
    ['the year-ago quarter', ...Q3_2023], ['the year-earlier period', ...Q3_2023], ['the corresponding period last year', ...Q3_2023],
  ]);
});

test('a quarter with a stated or possessive year', () => {
  assert.deepStrictEqual(triples('Profit beat the 2023 third quarter and this year\'s second quarter.', '2024-11-04'), [
    ['the 2023 third quarter', ...Q3_2023], ["this year's second quarter", '2024-04-01', '2024-06-30'],
  ]);
  // Without a quarter named by the report, "the quarter" is the last one over by publication.
  assert.deepStrictEqual(triples('Sales rose in the quarter.', '2025-02-10'), [['the quarter', '2024-10-01', '2024-12-31']]);
  // Not calendar quarters.
  assert.deepStrictEqual(triples('The quarter-point cut helped. A quarter of the town flooded. The period ended.', '2025-02-10'), []);
});

test('"a year ago" and "a year earlier" in a report about a quarter name that quarter a year back', () => {
  assert.deepStrictEqual(triples('Revenue rose in the third quarter to $5 million from $4 million a year earlier. '
    + 'Net was $1 million a year ago.', '2024-11-04'), [['the third quarter', ...Q3_2024], ['a year earlier', ...Q3_2023], ['a year ago', ...Q3_2023]]);
  // Elsewhere "a year ago" is still that day, and "a year earlier" the year before the story's year.
  assert.deepStrictEqual(triples('Cases fell from a year ago. In 2019 the plant opened; a year earlier, the site was sold.', '2024-11-04'), [
    ['a year ago', '2023-11-04', '2023-11-04'], ['2019', '2019-01-01', '2019-12-31'], ['a year earlier', '2018-01-01', '2018-12-31'],
  ]);
});

test('a quarter that has just ended stays this year\'s in a sentence that looks ahead', () => {
  assert.deepStrictEqual(triples('The company will report third-quarter results soon.', '2024-11-04'), [['third-quarter', ...Q3_2024]]);
  assert.deepStrictEqual(triples('The plant will open in the first quarter.', '2024-11-04'), [['the first quarter', '2025-01-01', '2025-03-31']]);
});

test('a month without a year is the coming one when it is much nearer than the last', () => {
  assert.deepStrictEqual(triples('The board approved the merger, which closes in November.', '2024-10-28'), [['November', '2024-11-01', '2024-11-30']]);
  assert.deepStrictEqual(triples('Sales slumped in September.', '2024-10-28'), [['September', '2024-09-01', '2024-09-30']]);
  // Half as far is not enough: "in April" seen from December is the last April.
  assert.deepStrictEqual(triples('Prices peaked in April.', '2024-12-05'), [['April', '2024-04-01', '2024-04-30']]);
});

test('a past verb between a future cue and a weekday keeps the weekday in the past', () => {
  // Published on a Thursday.
  assert.deepStrictEqual(triples('They said they would appeal the ruling, announced Wednesday by the court.', '2024-11-07'),
    [['Wednesday', '2024-11-06', '2024-11-06']]);
  assert.deepStrictEqual(triples('The delays will continue, the ministry predicted Tuesday.', '2024-11-07'), [['Tuesday', '2024-11-05', '2024-11-05']]);
  assert.deepStrictEqual(triples('His relatives could not be reached Monday.', '2024-11-07'), [['Monday', '2024-11-04', '2024-11-04']]);
  assert.deepStrictEqual(triples('The minister will visit the port on Monday.', '2024-11-07'), [['Monday', '2024-11-11', '2024-11-11']]);
});

test('years in a list and after a possessive', () => {
  assert.deepStrictEqual(triples('Output doubled between 2011 and 2014, and again in 2016, 2017 and 2019.', '2024-11-07').map(d => d[0]),
    ['2011', '2014', '2016', '2017', '2019']);
  assert.deepStrictEqual(triples("The firm's 2023 operating profit fell.", '2024-11-07'), [['2023', '2023-01-01', '2023-12-31']]);
  // Counts stay counts.
  assert.deepStrictEqual(triples('Between 1200 and 1500 people came.', '2024-11-07'), []);
});

test('"its fourth quarter", "year-earlier profit" and "this summer" once it is over', () => {
  assert.deepStrictEqual(triples('The chain expects a charge for its fourth quarter.', '2025-01-20'), [['fourth quarter', '2024-10-01', '2024-12-31']]);
  assert.deepStrictEqual(triples('Net fell in the second quarter, compared with year-earlier profit of $3 million.', '2024-08-20'),
    [['the second quarter', '2024-04-01', '2024-06-30'], ['year-earlier', '2023-04-01', '2023-06-30']]);
  assert.deepStrictEqual(triples('Prices rose this summer.', '2024-11-04'), [['this summer', '2024-06-01', '2024-08-31']]);
  assert.deepStrictEqual(triples('Prices may rise this summer.', '2024-03-04'), [['this summer', '2024-06-01', '2024-08-31']]);
});

test('a month or day followed by "this/last/next year" takes that year', () => {
  assert.deepStrictEqual(triples('Talks began in February this year and ended on July 4 last year.', '2024-12-03'), [
    ['February this year', '2024-02-01', '2024-02-29'], ['July 4 last year', '2023-07-04', '2023-07-04'],
  ]);
});

test('a month opening a sentence told in the past is the last such month', () => {
  // Published 27 October: the coming January is nearer, but "In January, ... hired" is told in the past.
  assert.deepStrictEqual(triples('In January, the firm hired a new chief executive.', '2024-10-27'), [['January', '2024-01-01', '2024-01-31']]);
  assert.deepStrictEqual(triples('The firm agreed to buy the plant in January.', '2024-10-27'), [['January', '2025-01-01', '2025-01-31']]);
});

test('decades, with early/mid/late', () => {
  assert.deepStrictEqual(triples("Prices fell in the 1990s, rose in the mid-1980s and the late 1970s, and peaked in the '60s. She is in her 30s.", '2024-12-03'), [
    ['1990s', '1990-01-01', '1999-12-31'], ['mid-1980s', '1983-01-01', '1986-12-31'], ['late 1970s', '1976-01-01', '1979-12-31'],
    ["'60s", '1960-01-01', '1969-12-31'],
  ]);
});

test('"to fall" is the verb, not the season', () => {
  assert.deepStrictEqual(triples('Prices are expected to fall further. The group began to fall apart in mid-2016.', '2024-12-03'),
    [['mid-2016', '2016-05-01', '2016-08-31']]);
  assert.deepStrictEqual(triples('Work runs from spring to fall.', '2024-03-03').map(d => d[0]), ['spring', 'fall']);
});

test('"is to resume Tuesday", "as early as Tuesday", "postponed until Tuesday" look ahead', () => {
  // Published on a Thursday.
  const next = ['Tuesday', '2024-11-12', '2024-11-12'];
  assert.deepStrictEqual(triples('Trading is to resume in Paris Tuesday.', '2024-11-07'), [next]);
  assert.deepStrictEqual(triples('The talks, set to resume Tuesday, were delayed.', '2024-11-07'), [next]);
  assert.deepStrictEqual(triples('His father could arrive as early as Tuesday.', '2024-11-07'), [next]);
  assert.deepStrictEqual(triples('Officials postponed until Tuesday any action on the permit.', '2024-11-07'), [next]);
  assert.deepStrictEqual(triples('They were planning to drive to the airport on Tuesday.', '2024-11-07'), [next]);
  // A plain past sentence still looks back.
  assert.deepStrictEqual(triples('Trading resumed in Paris Tuesday.', '2024-11-07'), [['Tuesday', '2024-11-05', '2024-11-05']]);
});
