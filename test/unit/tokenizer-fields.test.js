// The tokenizer reads each of wink's tokens' value, part of speech and type off the document's raw data in one pass
// (text/tokenizer.ts, tokenFields), not as three arrays from wink's public `out`: both must give the same strings for
// every token, and the one-pass reading must be the one in use with the wink this build ships.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const TEXTS = [
  `"We'll rebuild," the mayor said. "It won't be quick."`,
  'Rescuers pulled 14 people from the rubble in Velmora on Tuesday; 3 more were missing.',
  'Shares of Quillon Corp. fell 7.25% to $41.10 (£33) after the Q3 report, e-mail alerts said.',
  'The zorbleflax-gr8 plan cost 1,250,000 dinars #budget @council https://example.org/x?y=1 :-)',
  'Line one\n\nLine two\twith a tab\r\n   and 2nd, 3rd and 21st places ... — done!',
  'Ünïcödé names like Zoë Çelik and 東京 met at 10:30 a.m. on 5/6/2024.',
];

for (const [k, text] of TEXTS.entries()) {
  test(`one-pass token fields equal wink's three arrays (text ${k})`, () => {
    const nlp = engine.getNlp();
    const doc = nlp.readDoc(text);
    const direct = engine.tokenFields(doc, nlp.its);
    const arrays = engine.tokenFields(doc, nlp.its, false);
    assert.strictEqual(direct.direct, true);
    assert.strictEqual(arrays.direct, false);
    assert.strictEqual(direct.count, arrays.count);
    for (let i = 0; i < arrays.count; i++) {
      assert.deepStrictEqual([direct.value(i), direct.pos(i), direct.type(i)], [arrays.value(i), arrays.pos(i), arrays.type(i)], `token ${i}`);
    }
  });
}

test('an empty document has no token fields', () => {
  const nlp = engine.getNlp();
  assert.strictEqual(engine.tokenFields(nlp.readDoc(''), nlp.its).count, 0);
});
