// Issue 11, round 43: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief, unsourced } = require('./attributionBrief');

const cues = text => brief(text).map(l => l.split('|').slice(0, 2).join('|'));
const loose = text => unsourced(text).map(l => l.split('|')[0]);

test('"X quoted Y as saying": the quoting is the cue, its subject the source', () => {
  assert.deepStrictEqual(cues('The Harbor Gazette quoted a ferry captain as saying the crossing would resume on Friday.'),
    ['Harbor Gazette|quoted']);
  assert.deepStrictEqual(cues('Radio Norte quoted Ines Calvo, a local grocer, as saying that prices had doubled.'),
    ['Radio Norte|quoted']);
});

test('a look-back reads every form of a two-word cue ("as X pointed out", "as X points out")', () => {
  assert.deepStrictEqual(cues('As the transit chief pointed out, raising the fares would hurt commuters.'),
    ['the transit chief|pointed out']);
  assert.deepStrictEqual(cues('And that, as the treasurer points out, is a large share of the budget.'),
    ['the treasurer|points out']);
  // A look-back that closes the sentence looks back even when what precedes it reads as an opening phrase.
  assert.deepStrictEqual(cues('Raising the fares would hurt commuters, as the transit chief pointed out.'),
    ['the transit chief|pointed out']);
});

test('a voiced noun before its link word ("complaints that", "praise for")', () => {
  assert.deepStrictEqual(loose('Despite complaints that the pier was unsafe, the festival went ahead.'), ['complaints']);
  assert.deepStrictEqual(cues("The governor's warm praise for the firefighters drew applause."), ['The governor|praise']);
  assert.deepStrictEqual(loose('Mayor Ruth Okafor had nothing but praise for the volunteers.'), ['praise']);
  // Without its link word, or with another link, the noun is no cue.
  assert.deepStrictEqual(loose('The road has been closed since the complaint.'), []);
  assert.deepStrictEqual(loose('Her praise from critics was muted.'), []);
  assert.deepStrictEqual(loose('Fans greeted the striker with chants of “One more goal!” at the gate.'), []);
});

test('an accusation ("charged that")', () => {
  assert.deepStrictEqual(cues('The union also charged that the board ignored the safety report.'), ['The union|charged']);
  // A price charged is no accusation, and a plea in court stays a deed (round 8).
  assert.deepStrictEqual(cues('The bakery charged a fee for late orders.'), []);
  assert.deepStrictEqual(cues('The clerk pleaded guilty to forging the permits.'), []);
});

test('a participle right after a speech says what the speech did ("a speech denouncing the tax")', () => {
  const all = text => [...cues(text), ...loose(text).map(c => `|${c}`)];
  assert.deepStrictEqual(all('Lee followed the mayor’s Tuesday speech denouncing the tax with one of her own.'),
    ['the mayor|denouncing']);
  assert.deepStrictEqual(all('Mrs. Vance devoted much of her stump speech to warmly praising the nurses.')
    .filter(c => c.endsWith('|praising')).length, 1);
  // After another noun the participle still describes it and keeps no object.
  assert.deepStrictEqual(all('The drivers praising the new lanes were few.'), []);
});
