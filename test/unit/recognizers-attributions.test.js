// Issue 11, attributions: failure classes seen on political news (PolNeAR dev), one test per class.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "source|cue|content" of every attribution. */
function brief(text) {
  const a = engine.analyzeText('x.txt', text);
  return a.attributions.map(x => `${x.source.text}|${x.cue.text}|${text.slice(x.content.start, x.content.end)}`);
}

test("quotations between doubled apostrophes ('') are quotations", () => {
  assert.deepStrictEqual(brief("Douglas Holtz-Eakin spoke first. ''It is a start,'' he said."),
    ["he|said|It is a start"]);
  assert.deepStrictEqual(brief("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist."),
    ["Douglas Holtz-Eakin|said|This isn't tax reform"]);
});

test('a speaker set off by commas inside the sentence reports the whole sentence', () => {
  assert.deepStrictEqual(brief('Acts of protest, Mr. Obama said, are acts of patriotism.'),
    ['Mr. Obama|said|Acts of protest, Mr. Obama said, are acts of patriotism']);
});

test('a name and a colon before what is said: headlines and transcript turns', () => {
  assert.deepStrictEqual(brief("Pence: Flowers Won't Be at Debate\n\nUpdate: Storm Moves North Overnight\n"),
    ["Pence|:|Flowers Won't Be at Debate"]);
  assert.deepStrictEqual(brief('Mike Pence was interviewed.\n\nPENCE: Well, look, the question should be asked of her.\n'),
    ['PENCE|:|Well, look, the question should be asked of her.']);
});

test('cues beyond speech verbs: backs, demands, declined to, asked ... to, called for, told without "that", polls show', () => {
  assert.deepStrictEqual(brief('Senator Smith backs the plan to cut taxes.'), ['Smith|backs|the plan to cut taxes']);
  assert.deepStrictEqual(brief('The union demands a raise of 5 percent.'), ['The union|demands|a raise of 5 percent']);
  assert.deepStrictEqual(brief('The minister declined to comment on the report.'), ['The minister|declined|to comment on the report']);
  assert.deepStrictEqual(brief('The senator called for an investigation into the deal.'),
    ['The senator|called for|an investigation into the deal']);
  assert.deepStrictEqual(brief('Trump told reporters the wall would be built.'), ['Trump|told|the wall would be built']);
  assert.deepStrictEqual(brief('Polls show the race is tightening.'), ['Polls|show|the race is tightening']);
  // A stance cue reports only what follows it, never the sentence before it.
  assert.deepStrictEqual(brief('According to Politico, citing two diplomats, he asked for more air defence.').map(s => s.split('|')[1]),
    ['According to']);
});
