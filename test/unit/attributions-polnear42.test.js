// Issue 11, round 42: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

const cues = text => brief(text).map(l => l.split('|').slice(0, 2).join('|'));

test('a post to a social platform is the poster\'s act ("posted ... on Instagram", "shared on Facebook that")', () => {
  assert.deepStrictEqual(cues('Mayor Tilda Brennan posted a photo of the flooded square on Instagram.'),
    ['Tilda Brennan|posted']);
  assert.deepStrictEqual(cues('The orchestra shared on Facebook that its tour would be cut short.'),
    ['The orchestra|shared']);
  assert.deepStrictEqual(cues('Coach Amos Reyna arrived late. Later that night he posted the schedule to his Twitter page.'),
    ['he|posted']);
});

test('a thing posted with no poster, or a post with no platform, stays no cue', () => {
  assert.deepStrictEqual(cues('In a video posted to its Facebook account, the club thanked the fans.').filter(c => c.includes('posted')), []);
  assert.deepStrictEqual(cues('The clip was posted on social media within hours.'), []);
  assert.deepStrictEqual(cues('The bakery posted a record profit in March.'), []);
});
