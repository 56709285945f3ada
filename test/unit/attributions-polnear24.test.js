// Issue 11, round 24: attribution classes from the PolNeAR training split (measured on train, confirmed on dev).
// Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
// CROSSCHECK_DIST points the file at another build (to see it fail on the build before round 24).
const engine = require(path.resolve(process.env.CROSSCHECK_DIST ?? path.join(__dirname, '../../dist'), 'engine.js'));

/** "source text|source name|cue" of every attribution, the unsourced ones included (their source is empty). */
function who(text) {
  const a = engine.analyzeText('x.txt', `The day began.\n\n${text}`);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => `${x.source.text}|${x.source.name}|${x.cue.text}`);
}

test('a last-resort cue no frame read keeps the short subject written before it', () => {
  // "declared X to be ...", "appeared ... imply": the frames fail on what follows the cue, not on its subject.
  assert.deepStrictEqual(who('Councillor Dana Whitby spoke for an hour. She has declared Mr. Orr to be “the best choice.”'),
    ['She|Dana Whitby|declared']);
  assert.deepStrictEqual(who('Mayor Tom Reyes toured the site. Over lunch, he recalled what it was like to lose.'),
    ['he|Tom Reyes|recalled']);
  // A relative pronoun subject is written as the pronoun, named by its antecedent.
  assert.deepStrictEqual(who('The union backed Ellen Park, who previously denounced the merger as reckless.'),
    ['The union|union|backed', 'who|Ellen Park|denounced']);
});
