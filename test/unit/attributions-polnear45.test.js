// Issue 11, round 45: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(l => l.split('|').slice(0, 2).join('|'));

test('an answer beside its quotation is a cue; an answered question is a deed', () => {
  assert.deepStrictEqual(cues('“Boston,” the coach answered. The team flew home that night.'), ['the coach|answered']);
  assert.deepStrictEqual(cues('“We will see,” Hale answers.'), ['Hale|answers']);
  assert.deepStrictEqual(cues('The host pressed Okafor on the budget. Okafor answered, “I have no plans to cut it.”'),
    ['Okafor|answered']);
  assert.deepStrictEqual(cues('Okafor answered every question about the budget.'), []);
});

test('"fired back" is a retort like "shot back"; gunfire back is no saying', () => {
  assert.deepStrictEqual(cues('The mayor fired back: “The senator has the numbers wrong.”'), ['The mayor|fired back']);
  assert.deepStrictEqual(cues('The treasurer fired back that the audit was years late.'), ['The treasurer|fired back']);
  assert.deepStrictEqual(cues('The guards fired back at the gunmen.'), []);
});
