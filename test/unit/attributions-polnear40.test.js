// Issue 11, round 40: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(l => l.split('|').slice(0, 2).join('|'));

test('data in an absolute phrase after a preposition reports what its participle shows', () => {
  assert.deepStrictEqual(cues('The mayor toured the valley on Monday, with recent surveys showing a close race against the sheriff.'),
    ['recent surveys|showing']);
  assert.deepStrictEqual(cues('Despite polls showing the sheriff ahead, the mayor toured the valley.'),
    ['polls|showing']);
  assert.deepStrictEqual(cues('The council met on Tuesday, in the wake of a new study finding that most tenants pay late.'),
    ['a new study|finding']);
  assert.deepStrictEqual(cues('The race stays open, with some polls indicating that the sheriff holds a narrow lead.'),
    ['some polls|indicating']);
});

test('a data participle with no preposition before its phrase, or no data in it, stays no cue', () => {
  assert.deepStrictEqual(cues('The polls showing the sheriff ahead were printed on Monday.'), []);
  assert.deepStrictEqual(cues('The mayor arrived with her aides showing the way.'), []);
  assert.deepStrictEqual(cues('With the sun showing through the clouds, the fair opened.'), []);
});
