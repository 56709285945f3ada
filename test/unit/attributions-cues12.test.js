// Issue 11, round 12: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

const sources = text => brief(text).map(b => b.split('|').slice(0, 2).join('|'));

test('a time phrase between a relative pronoun and its cue keeps the antecedent as source ("who on Tuesday endorsed")', () => {
  // Round 23: the source's span is the relative pronoun, its name the antecedent's (as "he" is written "he").
  const named = text => engine.analyzeText('x.txt', text).attributions.map(a => `${a.source.text}|${a.source.name}|${a.cue.text}`);
  assert.deepStrictEqual(named('Maria Alvarez spoke. The governor, who on Tuesday endorsed Alvarez, toured the port later.'),
    ['who|governor|endorsed']);
  assert.deepStrictEqual(named('The farmers union, which last week backed the levy, met again.'),
    ['which|farmers union|backed']);
  // Without the time phrase nothing changes.
  assert.deepStrictEqual(named('Maria Alvarez spoke. The governor, who endorsed Alvarez, toured the port later.'),
    ['who|governor|endorsed']);
});
