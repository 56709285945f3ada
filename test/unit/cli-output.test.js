// The CLI's long outputs: the JSON layout is byte for byte JSON.stringify(whole, null, 2) however it is pieced
// together, and the chunked writers give the very bytes of the joined text.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { loadSource, ROOT } = require('./tsModule');

const CLI = path.join(ROOT, 'dist/cli.js');

/** A source module compiled on the fly (the bin exports nothing). */

test('check --format json is laid out exactly as JSON.stringify(output, null, 2), in any script', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-json-'));
  const head = d => `---\noutlet: Harbour Gazette\npublished: 2024-05-0${d}\n---\n`;
  fs.writeFileSync(path.join(dir, 'a.txt'), `${head(2)}Officials in Tromsø said 41 houses were flooded on Tuesday, « a record » 🌊.\n`);
  fs.writeFileSync(path.join(dir, 'b.txt'), `${head(3)}Officials in Tromsø said 47 houses were flooded on Tuesday. Зеленський spoke.\n`);
  fs.writeFileSync(path.join(dir, 'c.txt'), `${head(3)}Nothing here.\n`);
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'none', dir], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const parsed = JSON.parse(r.stdout);
  assert.strictEqual(parsed.documents.length, 3);
  assert.strictEqual(r.stdout, `${JSON.stringify(parsed, null, 2)}\n`);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-json-'));
  const none = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'none', empty], { encoding: 'utf8' });
  assert.strictEqual(none.stdout, `${JSON.stringify({ documents: [], contradictions: [] }, null, 2)}\n`);
});

test('prettyItem: an item as it reads at the depth of an array in a field', () => {
  const { prettyItem } = loadSource('server/src/cli/jsonOut.ts');
  for (const item of [{ a: 1, b: [1, { c: 'x\ny' }], d: {} , e: [] }, 'plain', 3, null, [], { s: '\u2028 é 🌊' }]) {
    assert.strictEqual(prettyItem(item), JSON.stringify(item, null, 2).replace(/\n/g, '\n    '));
  }
});

test('utf8Chunks and joinedChunks give the bytes of the joined text, in fresh buffers of about the size asked', () => {
  const { utf8Chunks, joinedChunks } = loadSource('server/src/cli/chunks.ts');
  const pieces = [];
  for (let i = 0; i < 500; i++) pieces.push(i % 7 === 0 ? `é🌊${'x'.repeat(i % 40)}` : `{"n": ${i}}`, ',\n');
  pieces.push('z'.repeat(300)); // longer than a chunk on its own
  const whole = pieces.join('');
  // All chunks are kept before they are compared: a buffer written again after it was handed out would show.
  const chunks = [...utf8Chunks(pieces, 64)];
  assert.ok(chunks.length > 10);
  assert.ok(Buffer.concat(chunks).equals(Buffer.from(whole)));
  const strings = [...joinedChunks(pieces, 64)];
  assert.strictEqual(strings.join(''), whole);
  assert.ok(strings.slice(0, -1).every(s => s.length >= 64));
  assert.deepStrictEqual([...utf8Chunks([])], []);
});
