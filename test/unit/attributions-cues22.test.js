// Issue 11, round 22: attribution cue classes from the PolNeAR training split that are cues in only part of their uses,
// told apart by context (outside a quotation, next to a quotation, after "be"). Invented sentences of the same shapes.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "source|cue" of every attribution, the unsourced ones included (their source is empty). */
function pairs(text) {
  const a = engine.analyzeText('x.txt', `The day began.\n\n${text}`);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => `${x.source.text}|${x.cue.text}`);
}

test('"seems like" is an impression with no named holder outside quotations, the speaker\'s own inside one', () => {
  assert.deepStrictEqual(pairs('After the vote the mayor seemed like a tired man with few allies left.'), ['|seemed like']);
  assert.deepStrictEqual(pairs('A toll on the new bridge seems like a fair way to pay for it.'), ['|seems like']);
  assert.deepStrictEqual(pairs('“The toll seems like a fair idea,” Ana Ruiz said.'), ['Ana Ruiz|said']);
});

test('"is eager to" / "was quick to" voice a wish or readiness of the subject; with no "be" before them they do not', () => {
  assert.deepStrictEqual(pairs('The union is eager to settle the dispute before the summer.'), ['The union|is eager']);
  assert.deepStrictEqual(pairs('The governor was more eager to discuss the budget than the strike.'),
    ['The governor|was more eager']);
  assert.deepStrictEqual(pairs('Young, broke and eager to travel, she took the night train to Lyon.'), []);
  // A readiness: "was quick to point out", with no "be" before it a manner of doing.
  assert.deepStrictEqual(pairs('The mayor was quick to blame the drought for the empty reservoirs.'), ['The mayor|was quick']);
  assert.deepStrictEqual(pairs('Quick to anger and slow to forgive, the coach left the club in May.'), []);
});

test('"talking about" a topic reports it outside quotations; "what he is talking about" and quoted talk do not', () => {
  assert.deepStrictEqual(pairs('The mayor spent the evening talking about the flooded rail depot.'), ['|talking about']);
  assert.deepStrictEqual(pairs('The senator began by speaking about her father’s farm in Ohio.'), ['|speaking about']);
  assert.deepStrictEqual(pairs('Critics said the minister did not know what he was talking about.'), ['Critics|said']);
  assert.deepStrictEqual(pairs('“Everybody is talking about the new stadium,” Ana Ruiz said.'), ['Ana Ruiz|said']);
});

test('"read" reports the words of a sign, letter or headline next to its quotation, not a reading', () => {
  assert.deepStrictEqual(pairs('The board sent a letter. “We will not close the clinic before the vote,” it read.'),
    ['it|read']);
  assert.deepStrictEqual(pairs('The headline reads: “Mayor quits after the vote.”'), ['The headline|reads']);
  assert.deepStrictEqual(pairs('The mayor read the report on the train to Lyon.'), []);
});

test('"sounded" gives an impression of its subject with no named holder outside quotations', () => {
  assert.deepStrictEqual(pairs('In his short speech on Monday the senator sounded subdued and tired.'), ['|sounded']);
  assert.deepStrictEqual(pairs('The governor sounded a cautious note about the harbor budget.'), ['|sounded']);
  assert.deepStrictEqual(pairs('“The engine sounded awful,” Ana Ruiz said.'), ['Ana Ruiz|said']);
});

test('a person who "appears to be" or "seemed" so strikes someone unnamed; a thing, or an appearance in person, does not', () => {
  // Round 23: a named person holds the impression (PolNeAR's source); "she" with no antecedent stays unnamed.
  assert.deepStrictEqual(pairs('By Friday night Okafor appeared to be losing ground in the northern suburbs.'), ['Okafor|appeared']);
  assert.deepStrictEqual(pairs('At the second hearing she seemed irritated by the questions about the budget.'), ['|seemed']);
  assert.deepStrictEqual(pairs('The harbor bill appeared to be moving quickly through the council.'), []);
  assert.deepStrictEqual(pairs('The mayor and her deputy appeared together at the market on Sunday.'), []);
});
