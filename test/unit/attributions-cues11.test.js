// Issue 11, round 11: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief, unsourced } = require('./attributionBrief');

const day = s => `The day began.\n\n${s}`;

test('a loose saying no frame reads is an unsourced cue ("which she said had", "Yet another said, ...")', () => {
  assert.deepStrictEqual(unsourced(day('The panel, which she said had met twice, closed the case.')).map(c => c.split('|')[0]),
    ['said']);
  // (Round 23: "Yet" opening the sentence is no part of the subject, so "Yet another said" is "another said", a
  // quantifier source like "Others said".)
  assert.deepStrictEqual(brief(day('One farmer was angry. Yet another said, “The rain came too late for us.”')),
    ['another|said|The rain came too late for us.']);
  // Set phrases, passives, adjectives and first persons stay out.
  assert.deepStrictEqual(unsourced(day('That said, the bridge will open in May.')), []);
  assert.deepStrictEqual(unsourced(day('Closing the port is easier said than done.')), []);
  assert.deepStrictEqual(unsourced(day('The story was well told and the film ran long.')), []);
  assert.deepStrictEqual(brief(day('Closing the port is easier said than done.')), []);
  // Claims and the check see named holders only: the unsourced cue adds no attribution.
  assert.deepStrictEqual(brief(day('The panel, which she said had met twice, closed the case.')), []);
});

test('an issued statement, letter or message with something said after it is a cue ("issued a statement saying")', () => {
  assert.deepStrictEqual(brief(day('The port authority issued a statement saying that the docks would reopen.')),
    ['The port authority|issued a statement saying|the docks would reopen']);
  assert.deepStrictEqual(brief(day('The teachers union released a letter on Monday urging the board to delay the vote.')),
    ['The teachers union|released a letter on Monday urging|the board to delay the vote']);
  assert.deepStrictEqual(brief(day('The coach posted a short message: “We will be back next season.”')),
    ['The coach|posted a short message|We will be back next season.']);
  // Deeds: a speech given somewhere, a video released.
  assert.deepStrictEqual(brief(day('The governor gave a speech in the capital on Monday.')), []);
  assert.deepStrictEqual(brief(day('The police released a video of the arrest.')), []);
});

test('a bare "say" after a noun subject no frame reads is an unsourced cue, also in a contact relative', () => {
  const cueWords = text => unsourced(day(text)).map(c => c.split('|')[0]);
  assert.deepStrictEqual(cueWords('Those over sixty say they feel that way.'), ['say']);
  // Round 24: a short subject right before the last-resort cue is its source, so the cue is no longer unsourced.
  assert.deepStrictEqual(cueWords('It is the kind of job that many economists say is the future of the town.'), []);
  assert.deepStrictEqual(brief(day('It is the kind of job that many economists say is the future of the town.')),
    ['many economists|say|is the future of the town']);
  // After a first or second person, a modal or "to" it reports nothing.
  assert.deepStrictEqual(cueWords('You say the plan is too costly.'), []);
  assert.deepStrictEqual(cueWords('The board wants to say the plan works.'), []);
});

test('a saying participle after a comma whose subject no frame finds is an unsourced cue (", slamming ...", ", saying ...")', () => {
  const cueWords = text => unsourced(day(text)).map(c => c.split('|')[0]);
  assert.deepStrictEqual(cueWords('And she managed it with her usual flair, slamming the greed of the big landlords.'), ['slamming']);
  // ", citing AFP" names a relay, not a cue of its own.
  assert.deepStrictEqual(cueWords('Turnout was high, according to the Daily Star, citing AFP.'), []);
  // A state of mind stays out (", hoping ...").
  assert.deepStrictEqual(cueWords('The seemingly endless queue moved on, hoping for a seat.'), []);
});
