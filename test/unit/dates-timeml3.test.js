// Issue 11, fourth round on the TempEval-3 training data: TimeML's granularity for "N units ago", the whole period for
// "earlier/later this month", quarters after modifiers. Invented sentences of the same shapes; each assertion failed
// on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('"N years/months/weeks ago" names the calendar unit holding that day', () => {
  assert.deepStrictEqual(triples('The mill closed three years ago.', '2021-06-15'), [['three years ago', '2018-01-01', '2018-12-31']]);
  assert.deepStrictEqual(triples('The ferry sank four months ago.', '2021-06-15'), [['four months ago', '2021-02-01', '2021-02-28']]);
  assert.deepStrictEqual(triples('The ferry sank a month ago.', '2021-06-15'), [['a month ago', '2021-05-01', '2021-05-31']]);
  // 2021-06-15 is a Tuesday: five weeks before is Tuesday 11 May, in the week of Monday 10 May.
  assert.deepStrictEqual(triples('The strike began five weeks ago.', '2021-06-15'), [['five weeks ago', '2021-05-10', '2021-05-16']]);
});

test('"days ago" and the year-on-year "a year ago" stay a day', () => {
  assert.deepStrictEqual(triples('The bridge shut nine days ago.', '2021-06-15'), [['nine days ago', '2021-06-06', '2021-06-06']]);
  assert.deepStrictEqual(triples('Prices are higher than a year ago.', '2021-06-15'), [['a year ago', '2020-06-15', '2020-06-15']]);
});

test('"earlier/later this week, month, year" is the whole period, as TimeML gives it', () => {
  assert.deepStrictEqual(triples('The council voted earlier this month.', '2022-09-20'), [['earlier this month', '2022-09-01', '2022-09-30']]);
  assert.deepStrictEqual(triples('The plant will reopen later this year.', '2022-09-20'), [['later this year', '2022-01-01', '2022-12-31']]);
  // 2022-09-20 is a Tuesday.
  assert.deepStrictEqual(triples('The court ruled earlier this week.', '2022-09-20'), [['earlier this week', '2022-09-19', '2022-09-25']]);
});

test('an ordinal quarter after a determiner and modifiers is a date; without a determiner it is not', () => {
  assert.deepStrictEqual(triples('The airline lost money in the traditionally quiet first quarter.', '2022-05-10'),
    [['first quarter', '2022-01-01', '2022-03-31']]);
  assert.deepStrictEqual(triples('After a weak second quarter, the chain cut jobs.', '2022-08-10'),
    [['second quarter', '2022-04-01', '2022-06-30']]);
  assert.deepStrictEqual(triples('He scored in the end of third quarter play.', '2022-08-10'), []);
});

test('time granted "until" a month or day reaches ahead even told in the past', () => {
  assert.deepStrictEqual(triples('The regulator gave the lender until mid-December to reply.', '2022-11-25'),
    [['mid-December', '2022-12-11', '2022-12-20']]);
  assert.deepStrictEqual(triples('The judge granted the union until March to file.', '2022-11-25'), [['March', '2023-03-01', '2023-03-31']]);
  // An event that lasted until a month is over.
  assert.deepStrictEqual(triples('The blockade lasted until March.', '2022-11-25'), [['March', '2022-03-01', '2022-03-31']]);
});

test('"the following month", "that day" count from the last day or month the story named', () => {
  assert.deepStrictEqual(triples('In June, the board rejected the bid. It hired advisers. The following month, it sold the unit.', '2022-11-25'),
    [['June', '2022-06-01', '2022-06-30'], ['The following month', '2022-07-01', '2022-07-31']]);
  assert.deepStrictEqual(triples('The vote was held on Monday. Protests began that day.', '2022-11-25'),
    [['Monday', '2022-11-21', '2022-11-21'], ['that day', '2022-11-21', '2022-11-21']]);
});

test('attributive dates: a capitalised "March"/"May" between a determiner and a noun, a year before a title-case name', () => {
  assert.deepStrictEqual(triples('The May referendum will decide it.', '2022-02-10'), [['May', '2022-05-01', '2022-05-31']]);
  assert.deepStrictEqual(triples('The court cited a 1965 Treaty.', '2022-02-10'), [['1965', '1965-01-01', '1965-12-31']]);
  // Not dates: the verb, a unit in capitals after a figure.
  assert.deepStrictEqual(triples('They may march on Sunday.', '2022-02-10'), [['Sunday', '2022-02-13', '2022-02-13']]);
  assert.deepStrictEqual(triples('It is a 1900 MW plant.', '2022-02-10'), []);
});
