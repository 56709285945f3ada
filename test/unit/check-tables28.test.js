// Round 28 (code health): tables written once and derived, long functions split into steps. The refactors keep every
// output byte-identical, so these invented sentences guard the derived tables' behaviour (they pass before and after).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const claims = text => engine.analyzeText('t.txt', text).claims.map(c => [c.quantity.text, c.measure.key, c.value]);

test('the shrink noun and verbs (growthWords.ts) give growth below zero', () => {
  assert.deepStrictEqual(claims('The economy recorded a 0.5% contraction in 2023, the statistics office said.\n'),
    [['0.5%', 'percent|growth', -0.5]]);
  assert.deepStrictEqual(claims('The economy shrank 1.2% in 2023, the statistics office said.\n'),
    [['1.2%', 'percent|growth', -1.2]]);
});

test('an expansion to a sum after the economy grew to one is the economy\'s size (EXPANDING from GROW_FORMS)', () => {
  const got = claims('The economy grew to USD 453 billion in 2012. Estimates for 2013 showed further expansion to USD 510 billion.\n');
  assert.deepStrictEqual(got.map(c => c[1]), ['usd|gdp', 'usd|gdp']);
});

test('month abbreviations are dates, no quantities (exclusions derive from the dates lexicon)', () => {
  assert.deepStrictEqual(engine.analyzeText('t.txt', 'Officials met on Sept. 12 and again on Dec 3.\n').quantities, []);
});

test('a tally noun restates the count before it (tallyUnit split into steps)', () => {
  assert.deepStrictEqual(claims('Police arrested 300 people, officials said. The figure was 250, the organisers said.\n')
    .map(c => c[1]), ['person|arrested', 'person|arrested']);
});

test('a weekday after the cue is a time, the source stays (attribution time words from the dates lexicon)', () => {
  const a = engine.analyzeText('t.txt', 'Police said on Monday that 300 protesters were arrested.\n').attributions;
  assert.deepStrictEqual(a.map(x => x.source && x.source.text), ['Police']);
});
