// Issue 11, round 9: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
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
const cues = text => brief(text).map(s => s.split('|')[1]);
const day = s => `The day began.\n\n${s}`;

test('a cue inside a quotation whose source is a pronoun or a description belongs to the quoted speaker', () => {
  assert.deepStrictEqual(cues(day('“They told us the plant would close by spring,” the union leader said.')), ['said']);
  assert.deepStrictEqual(cues(day('“She promised us a new roof and he backed the plan,” Ana Ruiz said.')), ['said']);
  assert.deepStrictEqual(cues(day('“The neighbors complained that the road was never fixed,” the mayor said.')), ['said']);
  // A named source inside the quotation is still read ("Lopez demands a recount", quoted from a post).
  assert.deepStrictEqual(cues(day('“Lopez demands a recount in the northern district,” Ana Ruiz wrote on Monday.')),
    ['demands', 'wrote']);
});

test('a stance may take a person pronoun as its object ("accused him of ...", "defended herself")', () => {
  assert.deepStrictEqual(brief(day('The senator called the mayor careless and accused him of hiding the audit.')),
    ['The senator|called|the mayor careless and accused him of hiding the audit', 'The senator|accused|him of hiding the audit']);
  assert.deepStrictEqual(brief(day('Commissioner Ortiz defended herself against the charges on Friday.')),
    ['Commissioner Ortiz|defended|herself against the charges on Friday']);
  assert.deepStrictEqual(cues(day('The farmers union praised them for the new water rules.')), ['praised']);
  // A saying with a pronoun after it reports no object.
  assert.deepStrictEqual(cues(day('The clerk added them to the list.')), []);
});

test('a question opens the object of a stance ("questioned why ...", "talked about how ...")', () => {
  assert.deepStrictEqual(brief(day('The auditor questioned why the fund had been closed so quickly.')),
    ['The auditor|questioned|why the fund had been closed so quickly']);
  assert.deepStrictEqual(brief(day('Mayor Ruiz frequently talks about how the flood changed her town.')),
    ['Ruiz|talks about|how the flood changed her town']);
  assert.deepStrictEqual(brief(day('The council criticized what it called a rushed plan.')),
    ['The council|criticized|what it called a rushed plan']);
});

test('a voiced stance after a subordinator keeps its object ("won the seat by denouncing the tax")', () => {
  assert.deepStrictEqual(brief(day('The mayor won the district by denouncing the new tax on water.')),
    ['The mayor|denouncing|the new tax on water']);
  assert.deepStrictEqual(brief(day('Ruiz opened the session before criticizing the budget office.')),
    ['Ruiz|criticizing|the budget office']);
  // Support after a subordinator is as often a deed.
  assert.deepStrictEqual(cues(day('The firm grew by supporting small farms.')), []);
});

test('a progressive saying or voiced stance is a cue ("is suggesting", "have been urging")', () => {
  assert.deepStrictEqual(brief(day('Senator Ortiz is suggesting that the vote be delayed until May.')),
    ['Ortiz|suggesting|the vote be delayed until May']);
  assert.deepStrictEqual(brief(day('Several advisers have been urging the governor to veto the bill.')),
    ['Several advisers|urging|the governor to veto the bill']);
  assert.deepStrictEqual(cues(day('The campaign is now questioning whether the count was fair.')), ['questioning']);
});

test('an agentless passive of a voiced stance is a cue with no named source ("was widely criticized as ...")', () => {
  assert.deepStrictEqual(allCues(day('The new stadium deal was widely criticized as a gift to the owners.')), ['was widely criticized as']);
  assert.deepStrictEqual(allCues(day('The former treasurer is accused of moving funds to a private account.')), ['is accused of']);
  // Not a deed with an object, and "by X" names the source as before.
  assert.deepStrictEqual(allCues(day('The budget was criticized by three council members for its cuts.')), ['criticized by']);
});

test('"reportedly" is hearsay with no named source', () => {
  assert.deepStrictEqual(allCues(day('The governor reportedly met the donors at a hotel in May.')), ['reportedly']);
  assert.deepStrictEqual(brief(day('The governor reportedly met the donors at a hotel in May.')), []);
});
