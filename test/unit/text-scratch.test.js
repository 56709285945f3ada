// The passes that rewrite a report character by character (Markdown blanking, cleaning for the tokenizer) write into
// one scratch array kept from report to report, instead of a new array of twice the text's length per pass.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

test('scratchUnits gives the same array while it is long enough, and grows it once', () => {
  const a = engine.scratchUnits(1000);
  assert.ok(a.length >= 1000);
  assert.strictEqual(engine.scratchUnits(10), a, 'a shorter request reuses it');
  const b = engine.scratchUnits(a.length + 1);
  assert.ok(b.length > a.length);
  assert.strictEqual(engine.scratchUnits(a.length + 1), b, 'the grown array is kept');
});

test('Markdown blanking and cleaning read nothing left over from a longer text before them', () => {
  const long = '# The long heading of a long report\n> *quoted* line\u2000with odd\u00a0blanks \n'.repeat(400);
  engine.blankMarkup(long);
  engine.cleanForTokenizer(long);
  assert.strictEqual(engine.blankMarkup('# Ten boats sank'), '  Ten boats sank');
  const cleaned = engine.cleanForTokenizer('US$5 for\u2000two');
  assert.strictEqual(cleaned.text, 'US$ 5 for two');
  assert.deepStrictEqual([...cleaned.orig], [0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test('analyzing a report again takes no new scratch for its rewritten text', () => {
  const report = '# Storm toll\nAt least 12\u2000people were killed on *Monday*, officials said. Damage reached US$5 million.\n'.repeat(50);
  const first = engine.analyzeText('a.md', report);
  const scratch = engine.scratchUnits(0);
  assert.deepStrictEqual(engine.analyzeText('a.md', report), first);
  assert.strictEqual(engine.scratchUnits(0), scratch);
});
