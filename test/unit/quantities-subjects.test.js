// Figures whose counted thing is the clause's subject or stands apart from the figure (issue 10): "the marchers
// numbered 95,000", "deaths since March 3 have reached 41,000". Invented sentences; each fails on the build before
// these rules.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimsOf } = require('./claimReports');

/** "text|unit" for every quantity in the text. */
function units(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.unit}`);
}

/** "figure|measure key" for every claim of the text. */
function measures(text) {
  return claimsOf(`---\npublished: 2025-03-10\n---\n${text}\n`).map(c => `${c.quantity.text}|${c.measure.key}`);
}

test('a linking verb after a verb of saying, "that" or an opening comma takes its subject from that clause', () => {
  assert.deepStrictEqual(units('The city police said the marchers numbered 95,000 on Friday.'), ['95,000|marcher']);
  assert.deepStrictEqual(units('According to the ministry, deaths since May 3 have reached 41,000.'), ['41,000|death']);
  assert.deepStrictEqual(units('Analysts say that infections have climbed to 2.2 million.'), ['2.2 million|infection']);
  // A verb that is no linking verb keeps the subject of the sentence: its subject is the agent, not the counted thing.
  assert.deepStrictEqual(units('In Tartu, officials counted 400.'), []);
});

test('a plural noun before a measure noun standing right before the figure names what it counts', () => {
  assert.deepStrictEqual(units('Cases rose sharply and infections total 2.2 million.'), ['2.2 million|infection']);
});

test('the marchers who numbered a figure are a crowd; a dated "March" is no march', () => {
  assert.deepStrictEqual(measures('Police in Osijek said the marchers numbered 95,000.'), ['95,000|person|crowd']);
  assert.deepStrictEqual(measures('Deaths since March 3 have reached 41,000, the ministry said.'), ['41,000|person|killed']);
});
