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

test('a currency sign glued to a figure is split as wink splits it, each token on its own characters', () => {
  // wink reads a copy with a space after such a sign (its own recursive split of "$2bn" allocated about a kilobyte per
  // character of a price list); the tokens and their offsets are those of the report as written.
  const text = 'Fares: $2bn, US$5 million, €4, £5m, ¥100 and HK$50 (A$1.2bn) — at $3.99/month; the $-5 swing.';
  const { tokens } = engine.tokenize(text);
  for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text, `token ${JSON.stringify(t.text)} at ${t.start}`);
  const words = tokens.map(t => t.text);
  for (const run of [['$', '2', 'bn'], ['US$', '5', 'million'], ['€', '4'], ['£', '5', 'm'], ['¥', '100'], ['HK', '$', '50'], ['A$', '1.2', 'bn'], ['$', '3.99', '/', 'month'], ['$', '-5', 'swing']]) {
    const at = words.findIndex((w, i) => run.every((r, k) => words[i + k] === r));
    assert.ok(at >= 0, `${run.join(' ')} in ${words.join(' ')}`);
  }
  const money = engine.analyzeText('x', 'The deal was worth $2bn, and a further €450m was pledged on Monday.').quantities;
  assert.deepStrictEqual(money.map(q => [q.text, q.unit, q.low]), [['$2bn', 'usd', 2e9], ['€450m', 'eur', 4.5e8]]);
});
