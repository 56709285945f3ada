// Issue 11, round 20: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

/** The cue words of every attribution, the unsourced ones included. */
function allCues(text) {
  const a = engine.analyzeText('x.txt', text);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => x.cue.text);
}
const day = s => `The day began.\n\n${s}`;

test('a stance held as an adjective after "be" is the subject\'s ("was critical of ...", "is adamant that ...")', () => {
  assert.deepStrictEqual(brief(day('Councilwoman Ayala was sharply critical of the new parking fees.')),
    ['Councilwoman Ayala|was sharply critical of|the new parking fees']);
  assert.deepStrictEqual(allCues(day('The farm lobby has been supportive of the water deal since spring.')),
    ['been supportive of']);
  assert.deepStrictEqual(allCues(day('Many teachers are skeptical of the testing plan.')), ['are skeptical of']);
  assert.deepStrictEqual(allCues(day('The coach is adamant that the stadium will open on time.')), ['is adamant']);
  // No form of "be" before it, "being", or no "of"/"that" after it: a description, no stance reported.
  assert.deepStrictEqual(allCues(day('The critical part of the plan is the dam.')), []);
  assert.deepStrictEqual(allCues(day('Being critical of the plan was easy for the board.')), []);
  assert.deepStrictEqual(allCues(day('The repairs were critical to the harbor.')), []);
});

test('a plan laid out and a side taken are the source\'s ("laid out a plan", "sided with ...")', () => {
  assert.deepStrictEqual(brief(day('Governor Pell laid out a plan to rebuild the northern bridges.')),
    ['Pell|laid out|a plan to rebuild the northern bridges']);
  assert.deepStrictEqual(allCues(day('The new report lays out the options for the port.')), ['lays out']);
  assert.deepStrictEqual(allCues(day('Senator Okafor sided with the nurses in the wage dispute.')), ['sided with']);
  // The participles describe rather than report.
  assert.deepStrictEqual(allCues(day('Laying out the chairs took the volunteers an hour.')), []);
});

test('idioms of attack and dissent with "take" report a stance ("took aim at ...", "takes issue with ...")', () => {
  assert.deepStrictEqual(brief(day('Mayor Vance took aim at the transit board over the fare increase.')),
    ['Vance|took aim at|the transit board over the fare increase']);
  assert.deepStrictEqual(allCues(day('The union takes issue with the new shift rules.')), ['takes issue with']);
  // Other nouns after "took" are deeds.
  assert.deepStrictEqual(allCues(day('The hunter took a rifle to the ridge.')), []);
});

test('an impression with "it" as its subject is held by people the text does not name ("it appears that ...")', () => {
  assert.deepStrictEqual(allCues(day('It appears that the council will delay the vote on the bridge.')), ['It appears']);
  assert.deepStrictEqual(allCues(day('By now it seems increasingly likely the mayor will run again.')), ['it seems']);
  assert.deepStrictEqual(allCues(day('It would seem as if the board has given up on the harbor.')), ['It would seem']);
  // A parenthetical, a comparison, a place, an object "it" and a quotation's own hedge are no report of an impression.
  assert.deepStrictEqual(allCues(day('The harbor plan, it seems, has stalled again.')), []);
  assert.deepStrictEqual(allCues(day('The repair bill is higher than it appears.')), []);
  assert.deepStrictEqual(allCues(day('It appeared on the evening news twice.')), []);
  assert.deepStrictEqual(allCues(day('The delay makes it seem unfair to the tenants.')), []);
  assert.deepStrictEqual(allCues(day('"It seems certain the ferry will stop," Ortiz said.')), ['said']);
});
