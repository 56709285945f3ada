// Issue 11, dates: failure classes seen on news outside the seed domains, one test per class.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published = '2025-03-10') {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('attributive years and year ranges', () => {
  assert.deepStrictEqual(triples('Officers took part in a 2010 raid.'), [['2010', '2010-01-01', '2010-12-31']]);
  assert.deepStrictEqual(triples('The 2009-2010 pandemic killed many.'), [['2009-2010', '2009-01-01', '2010-12-31']]);
  assert.deepStrictEqual(triples('The 2009–10 season was long.'), [['2009–10', '2009-01-01', '2010-12-31']]);
  // A count after "a" is no year: "a 1500 strong" has no singular noun after it.
  assert.deepStrictEqual(triples('They sent a 1500-strong force.'), []);
});

test('"now" and "currently" are marked, too vague to place; "now that" is not', () => {
  assert.deepStrictEqual(triples('Prices are high now.'), [['now', null, null]]);
  assert.deepStrictEqual(triples('The plant is currently closed.'), [['currently', null, null]]);
  assert.deepStrictEqual(triples('Now that it is over, we rest.'), []);
});

test('"this fiscal year", "fiscal 2024", "the end of the year", ordinal quarters', () => {
  assert.deepStrictEqual(triples('Profits rose this fiscal year.'), [['this fiscal year', '2025-01-01', '2025-12-31']]);
  assert.deepStrictEqual(triples('In fiscal 2024 sales rose.'), [['fiscal 2024', '2024-01-01', '2024-12-31']]);
  assert.deepStrictEqual(triples('The deal closes by the end of the year.'), [['the end of the year', '2025-09-01', '2025-12-31']]);
  assert.deepStrictEqual(triples('Third-quarter profit fell.'), [['Third-quarter', '2024-07-01', '2024-09-30']]);
});

test('an end point in a sentence not told in the past lies ahead: "to run through June"', () => {
  assert.deepStrictEqual(triples('The exhibition is to run through June.'), [['June', '2025-06-01', '2025-06-30']]);
  assert.deepStrictEqual(triples('The exhibition ran through June.'), [['June', '2024-06-01', '2024-06-30']]);
});
