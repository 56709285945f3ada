// Round 38 (tempeval38): "today" or "tomorrow" that only qualifies a generic noun ("today's teenagers", "the
// cities of tomorrow") names an era, not a day: TimeML leaves it unmarked. A day's own event ("today's vote") stays a
// date. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('"today\'s" before a generic noun is no date', () => {
  assert.deepStrictEqual(triples('The museum wants to reach today\'s teenagers, its director said.', '2017-03-08'), []);
  assert.deepStrictEqual(triples('By today\'s standards the bridge was cheap.', '2017-03-08'), []);
});

test('an adjective may stand between: "today\'s portable phones"', () => {
  assert.deepStrictEqual(triples('The chip powers most of today\'s portable phones.', '2017-03-08'), []);
});

test('"tomorrow\'s" and "of tomorrow" after a generic noun are no date', () => {
  assert.deepStrictEqual(triples('The school trains tomorrow\'s workforce, the mayor said.', '2017-03-08'), []);
  assert.deepStrictEqual(triples('"We are building the cities of tomorrow," she said.', '2017-03-08'), []);
});

test('a day\'s own event stays that day', () => {
  assert.deepStrictEqual(triples('Today\'s vote was delayed by a storm.', '2017-03-08'),
    [['Today', '2017-03-08', '2017-03-08']]);
  assert.deepStrictEqual(triples('The board meets tomorrow to discuss the sale.', '2017-03-08'),
    [['tomorrow', '2017-03-09', '2017-03-09']]);
  assert.deepStrictEqual(triples('The minister spoke of today\'s attack on the convoy.', '2017-03-08'),
    [['today', '2017-03-08', '2017-03-08']]);
});
