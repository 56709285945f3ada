// Issue 11, round 12: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const sources = text => brief(text).map(b => b.split('|').slice(0, 2).join('|'));

test('a time phrase between a relative pronoun and its cue keeps the antecedent as source ("who on Tuesday endorsed")', () => {
  assert.deepStrictEqual(sources('The governor, who on Tuesday endorsed Alvarez, toured the port later.'),
    ['The governor|endorsed']);
  assert.deepStrictEqual(sources('The farmers union, which last week backed the levy, met again.'),
    ['The farmers union|backed']);
  // Without the time phrase nothing changes.
  assert.deepStrictEqual(sources('The governor, who endorsed Alvarez, toured the port later.'), ['The governor|endorsed']);
});
