// Issue 11, round 41: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(l => l.split('|').slice(0, 2).join('|'));

test('a source who shows no sign of yielding holds a stance ("showed no sign of ...", "little sign that ...")', () => {
  assert.deepStrictEqual(cues('Dana Lyle showed no sign of softening his stance on the toll road.'),
    ['Dana Lyle|showed no sign of']);
  assert.deepStrictEqual(cues('Her campaign showed no immediate signs of slowing its push in the north.'),
    ['Her campaign|showed no immediate signs of']);
  assert.deepStrictEqual(cues('The striking nurses are showing no signs of returning to work.'),
    ['The striking nurses|showing no signs of']);
  assert.deepStrictEqual(cues('Senator Ortiz has shown little sign that she will back the budget.'),
    ['Ortiz|shown little sign']);
});

test('signs shown by data or with no negation stay what they were', () => {
  assert.deepStrictEqual(cues('The patient showed signs of recovery on Friday.'), []);
  assert.deepStrictEqual(cues('The old bridge showed a sign of wear near the pier.'), []);
});
