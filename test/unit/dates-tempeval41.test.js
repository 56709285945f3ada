// Round 41 (tempeval41): a year in attributive position before a plural noun that names occasions or a period's
// reported results ("the 2016 elections", "a province's 2011 riots", "its 1994 results") is that year; a year-like
// number before any other plural noun stays a count. Invented sentences of the same shapes; the first test failed on
// the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('a year before a plural of occasions or results, after a determiner or a possessive, is a date', () => {
  assert.deepStrictEqual(triples('Turnout in the 2016 elections fell short of the target.', '2021-05-04'),
    [['2016', '2016-01-01', '2016-12-31']]);
  assert.deepStrictEqual(triples("The province's 2011 riots left the old market in ruins.", '2021-05-04'),
    [['2011', '2011-01-01', '2011-12-31']]);
  assert.deepStrictEqual(triples('The brewer said its 1994 results would be restated.', '1995-11-02'),
    [['1994', '1994-01-01', '1994-12-31']]);
});

test('a year-like number before another plural noun, or with no determiner, stays a count', () => {
  assert.deepStrictEqual(triples('The 2000 volunteers reached the valley on foot.', '2021-05-04'), []);
  assert.deepStrictEqual(triples('In 2024 cases the clinic turned patients away.', '2025-05-04'), []);
});

test('a year read as a date is no count of the noun after it', () => {
  const a = engine.analyzeText('t.txt', '---\npublished: 1995-11-02\n---\nThe brewer said its 1994 results would be restated.');
  assert.deepStrictEqual(a.quantities.map(q => q.text), []);
});
