const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

test('tokenizer keeps exact offsets on a seed', () => {
  const text = fs.readFileSync(path.join(__dirname, '../../seeds/003_79037f0ed4309734.txt'), 'utf8');
  const { prepared } = engine.prepare(text);
  assert.ok(prepared.tokens.length > 500);
  for (const t of prepared.tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
  assert.ok(prepared.sentences.length > 20);
});
