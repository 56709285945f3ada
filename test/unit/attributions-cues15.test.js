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
