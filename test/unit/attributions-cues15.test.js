// Issue 11, round 15: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev by
// totals), one test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief, unsourced } = require('./attributionBrief');

/** "source|cue <- relay source|relay cue; ..." of every attribution that has written relays. */
function relays(text) {
  const a = engine.analyzeText('x.txt', text);
  return a.attributions.filter(x => x.relays)
    .map(x => `${x.source.text}|${x.cue.text} <- ${x.relays.map(r => `${r.source.text}|${r.cue.text}`).join('; ')}`);
}

test('a relayed report keeps the relay\'s own cue ("X said, according to Y"; "X said ..., the paper reported"; ", citing Y")', () => {
  assert.deepStrictEqual(relays('The harbour master said the pier would close, according to the Valley Herald.'),
    ['The harbour master|said <- Valley Herald|according to']);
  assert.deepStrictEqual(relays('"We will rebuild the pier," Mayor Dana Hale said, the Valley Herald reported.'),
    ['Dana Hale|said <- Valley Herald|reported']);
  assert.deepStrictEqual(relays('The Valley Herald said the ferry would stop, citing the harbour board.'),
    ['the harbour board|said <- Valley Herald|citing']);
  // A direct report has no relays (the field is absent).
  assert.deepStrictEqual(relays('The harbour master said the pier would close.'), []);
  assert.deepStrictEqual(brief('The harbour master said the pier would close.'),
    ['The harbour master|said|the pier would close']);
});

test('a possessive determiner opens the speaker after the content ("..., his nephew added.")', () => {
  assert.deepStrictEqual(brief('The harbour was lovely, his nephew added.'), ['his nephew|added|The harbour was lovely']);
  assert.deepStrictEqual(brief('He was excited to see the harbour, her cousin said.'),
    ['her cousin|said|He was excited to see the harbour']);
});

test('a speech cue opening the sentence with its speaker and a quotation after it ("Said X, \\"...\\"")', () => {
  assert.deepStrictEqual(brief('Said Mayor Dana Hale, "We will rebuild the pier."'), ['Dana Hale|Said|We will rebuild the pier.']);
  assert.deepStrictEqual(brief('Added Ruiz, who runs the ferry: "It will take a year."'), ['Ruiz|Added|It will take a year.']);
  // No quotation, no report: a participle phrase opening the sentence.
  assert.deepStrictEqual(brief('Said differently, the plan is bad.'), []);
});

test('an interjected speaker may name whom they told ("The answer, the banker told them, was simple.")', () => {
  assert.deepStrictEqual(brief('The answer, the banker told them, was simple.'),
    ['the banker|told|The answer, the banker told them, was simple']);
  assert.deepStrictEqual(brief('Sooner or later, the governor told reporters, the tide will turn.'),
    ['the governor|told|Sooner or later, the governor told reporters, the tide will turn']);
});
