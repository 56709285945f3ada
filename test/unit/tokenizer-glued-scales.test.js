// A figure glued to a scale ("7bn", "0.5M") is given to wink with a space between the two (text/tokenizer.ts,
// spaceGluedScales): wink cuts such a token there anyway, but only at the end of a recursive descent through its
// regular expressions, every time it meets one. The space must change nothing wink gives: the same tokens, parts of
// speech and types, and the same offsets in the report.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

test('a space goes between a figure and a glued scale, only where that is a whole raw token', () => {
  const none = () => false;
  assert.strictEqual(engine.spaceGluedScales('Sales of 7bn and 0.5M units', none), 'Sales of 7 bn and 0.5 M units');
  assert.strictEqual(engine.spaceGluedScales('18k\nfans, 3tn\tmore', none), '18 k\nfans, 3 tn\tmore');
  // Not a scale, not the whole token, or not led by the figure: left as it is.
  for (const s of ['3km away', 'about 7k.', 'x9m', 'the 1990s', '(4m', '2bn,', '9mph', 'B52m']) {
    assert.strictEqual(engine.spaceGluedScales(s, none), s, s);
  }
  // A token wink knows whole stays whole.
  assert.strictEqual(engine.spaceGluedScales('a 6m rise', w => w === '6m'), 'a 6m rise');
});

const TEXTS = [
  'Harbour works worth 7bn were approved; a further 0.5M went to the quays and 18k to signs.',
  'Orvane Ltd raised 12mn\nand later 3tn\u00a0in bonds, while 44B stayed parked and 2.75m was lost.',
  'Donors pledged 9m. Then 9m more came, and 6K people marched.',
];

for (const [k, text] of TEXTS.entries()) {
  test(`wink reads a glued scale and a spaced one alike (text ${k})`, () => {
    const nlp = engine.getNlp();
    const spaced = engine.spaceGluedScales(text, () => false);
    assert.notStrictEqual(spaced, text);
    const a = engine.tokenFields(nlp.readDoc(text), nlp.its);
    const b = engine.tokenFields(nlp.readDoc(spaced), nlp.its);
    assert.strictEqual(b.count, a.count);
    for (let i = 0; i < a.count; i++) {
      assert.deepStrictEqual([b.value(i), b.pos(i), b.type(i)], [a.value(i), a.pos(i), a.type(i)], `token ${i}`);
    }
  });
}

test('tokens of a glued figure and scale keep their offsets in the report', () => {
  const text = 'Exports reached 7bn in May and 0.5M in June.';
  const { tokens } = engine.tokenize(text);
  for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
  const at = tokens.findIndex(t => t.text === '7');
  assert.deepStrictEqual([tokens[at + 1].text, tokens[at + 1].start, tokens[at + 1].type], ['bn', text.indexOf('bn'), 'word']);
});
