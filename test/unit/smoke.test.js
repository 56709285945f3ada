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

test('front matter: outlet from outlet/source/publisher/site/blog keys, dates normalized, broken YAML reported', () => {
  const read = t => engine.readFrontMatter(t);
  assert.strictEqual(read('---\ntitle: A\nblog: The Field Notes\npublished: 2024-05-14\n---\nBody').data.outlet, 'The Field Notes');
  assert.strictEqual(read('---\nsite: Example Post\n---\nBody').data.outlet, 'Example Post');
  const r = read('---\ntitle: "x\n---\nBody');
  assert.match(r.error, /not valid YAML/);
  assert.strictEqual(r.bodyStart, '---\ntitle: "x\n---\n'.length);
  assert.strictEqual(read('no front matter').bodyStart, 0);
});
