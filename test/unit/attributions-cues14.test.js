// Issue 11, round 14: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev by
// totals), one test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief, unsourced } = require('./attributionBrief');

test('a past saying or judgement no frame read is a cue with no named source ("a union that has endorsed", "and reminded")', () => {
  assert.deepStrictEqual(unsourced("A farmers' cooperative that has endorsed the mayor held a picnic on Sunday."),
    ['endorsed|the mayor held a picnic on Sunday']);
  // Round 24: a short subject the left walk reads is the source of the last-resort cue.
  assert.deepStrictEqual(brief('The governor toured the flooded valley and reminded residents of the shelters in town.'),
    ['The governor|reminded|residents of the shelters in town']);
  // An adjective before a noun is no report.
  assert.deepStrictEqual(unsourced("The harbour board's widely criticized plan was shelved."), []);
  assert.deepStrictEqual(unsourced('A recently announced merger lifted the shares.'), []);
});

test('an impersonal passive reports hearsay with no named holder ("it is said", "it was revealed that")', () => {
  assert.deepStrictEqual(unsourced('It was revealed in March that the council had sold the land.'),
    ['was revealed|the council had sold the land']);
  assert.deepStrictEqual(unsourced('The path ran through a tunnel where, it is said, smugglers once hid their goods.'),
    ['is said|smugglers once hid their goods']);
  assert.deepStrictEqual(unsourced('It has long been known that the dam leaks.'), ['has long been known|the dam leaks']);
  // The writer's own aside or doubt is no hearsay.
  assert.deepStrictEqual(unsourced('It should be noted that the dam leaks.'), []);
});

test('the bare form "report" is a noun unless it stands in a verb slot ("the harbour report merits", "they will report")', () => {
  assert.deepStrictEqual(brief('The harbour report merits a second look by the council.'), []);
  // Read as a noun, it no longer takes the saying after it for its own content.
  assert.deepStrictEqual(unsourced('Farmers trust a neighbour more than a news report because they know him, she said.'),
    ['said|Farmers trust a neighbour more than a news report because they know him']);
  assert.deepStrictEqual(brief('The agencies will report the figures on Monday.'), ['The agencies|report|the figures on Monday']);
});

test('a sentence-opening "In a ... poll," may say when the poll was taken ("poll released Monday", "poll last month")', () => {
  assert.deepStrictEqual(brief('In a Harbour Gazette poll released Monday, 50 percent of residents chose Hale.'),
    ['Harbour Gazette|In|50 percent of residents chose Hale']);
  assert.deepStrictEqual(brief('In a Valley Herald survey last month, Ortega had a ten-point lead.'),
    ['Valley Herald|In|Ortega had a ten-point lead']);
  // A time phrase alone opens no report.
  assert.deepStrictEqual(brief('In the last month, prices rose.'), []);
});

test('a passive judgement with its agent that no frame read ("were claimed by", "has been repeatedly criticized by")', () => {
  // Round 23: the agent holds the judgement (PolNeAR's source); with no nameable agent the cue stays unsourced.
  assert.deepStrictEqual(brief('Both fires were claimed by the same group.'), ['the same group|claimed|Both fires']);
  assert.deepStrictEqual(brief('The ferry line, which has been accused by rivals of dumping prices, won again.'),
    ['rivals|accused|The ferry line, which']);
});
