// The tokenizer places each of wink's tokens in the report by position: past the blanks before it (spaces, tabs,
// no-break spaces, several of them), with its own text and its lower-case form.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

test('every token quotes the characters at its offsets, whatever blanks stand before it', () => {
  const text = 'The  Harbour\u00a0Board said\t\t 14 ferries\u00a0\u00a0 and  3 TUGS were idle;\u202fRiver  Trust put it at 17.\n\n'
    + '  Another   line:\u00a0 "Nine," she   said.';
  const { tokens } = engine.tokenize(text);
  assert.ok(tokens.length > 20, `${tokens.length} tokens`);
  for (const t of tokens) {
    assert.strictEqual(text.slice(t.start, t.end), t.text, `token ${JSON.stringify(t.text)} at ${t.start}`);
    assert.strictEqual(t.lower, t.text.toLowerCase());
  }
  const words = tokens.filter(t => t.type !== 'tabCRLF').map(t => t.text);
  assert.deepStrictEqual(words.slice(0, 6), ['The', 'Harbour', 'Board', 'said', '14', 'ferries']);
  assert.ok(words.includes('TUGS') && words.includes('Trust') && words.includes('Nine'));
});

test('tokens of one word written alike share their lower-case form across reports', () => {
  const a = engine.tokenize('Rivers rose. RIVERS fell.').tokens.filter(t => /rivers/i.test(t.text));
  const b = engine.tokenize('The Rivers board met.').tokens.filter(t => /rivers/i.test(t.text));
  assert.deepStrictEqual([...a, ...b].map(t => t.lower), ['rivers', 'rivers', 'rivers']);
});
