// Round 36 (tempeval36): in a results report, a year-back comparison after "the nine months" in its sentence is the
// nine months a year back, valued as that calendar year (TimeML's value), not the report's quarter a year back.
// Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

const QUARTER = 'Third-quarter profit at the toy maker rose to $12 million from $9 million a year earlier. ';

test('"a year earlier" after "the nine months" is the year before the report\'s quarter\'s year', () => {
  const got = triples(QUARTER + 'For the nine months, profit slid to $30 million from $41 million a year earlier.', '2015-11-03');
  assert.deepStrictEqual(got.map(t => t[0]), ['Third-quarter', 'a year earlier', 'a year earlier']);
  assert.deepStrictEqual(got[1].slice(1), ['2014-07-01', '2014-09-30'], 'the quarter\'s own comparison stays the quarter');
  assert.deepStrictEqual(got[2].slice(1), ['2014-01-01', '2014-12-31']);
});

test('"year-earlier" and "a year ago" after "the first nine months" take the year too', () => {
  const a = triples(QUARTER + 'In the first nine months, the group lost $4 million, against year-earlier profit of $6 million.', '2015-11-03');
  assert.deepStrictEqual(a[2], ['year-earlier', '2014-01-01', '2014-12-31']);
  const b = triples(QUARTER + 'Sales for the first 9 months were $80 million, up from $70 million a year ago.', '2015-11-03');
  assert.deepStrictEqual(b[2], ['a year ago', '2014-01-01', '2014-12-31']);
});

test('a quarter named after the nine months gives the comparison back to the quarter', () => {
  const got = triples(QUARTER + 'Over nine months sales grew 4%, and in the quarter they rose 7% from a year earlier.', '2015-11-03');
  assert.deepStrictEqual(got[got.length - 1], ['a year earlier', '2014-07-01', '2014-09-30']);
});

test('without a quarter the report is about, "a year earlier" after nine months is read as before', () => {
  const got = triples('For the nine months, profit slid to $30 million from $41 million a year earlier.', '2015-11-03');
  assert.deepStrictEqual(got, [['a year earlier', '2014-01-01', '2014-12-31']]);
});

test('"the <year> period" after "the nine months" is that year; after the quarter it stays the quarter', () => {
  const got = triples(QUARTER + 'In the first nine months, net was $30 million, against a loss of $5 million in the 2014 period.', '2015-11-03');
  assert.deepStrictEqual(got[got.length - 1], ['the 2014 period', '2014-01-01', '2014-12-31']);
  const q = triples(QUARTER + 'Sales rose 4% from $20 million in the 2014 period.', '2015-11-03');
  assert.deepStrictEqual(q[q.length - 1], ['the 2014 period', '2014-07-01', '2014-09-30']);
});
