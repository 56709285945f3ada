// The annotation store: broken files are never overwritten, writes are atomic, concurrent writers merge.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const A = require('../../dist/annotations.js');

const TEXT = 'Officials said about 4,000 soldiers were deployed near Kursk on Sunday, according to the ministry.';
const tmpRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-store-'));
const note = (value, start = 15, end = 35) =>
  A.createAnnotation({ source: 'reports/a.txt', text: TEXT, start, end, body: { type: 'TextualBody', value } });
const fileOf = root => path.join(root, '.crosscheck', 'annotations.jsonld');
const writeFile = (root, text) => {
  fs.mkdirSync(path.join(root, '.crosscheck'), { recursive: true });
  fs.writeFileSync(fileOf(root), text);
};

test('a new store writes a valid collection and reads it back', async () => {
  const root = tmpRoot();
  const s = new A.AnnotationStore(root);
  assert.deepStrictEqual(s.items, []);
  const a = await s.put(note('first'));
  const parsed = A.AnnotationFileSchema.parse(JSON.parse(fs.readFileSync(fileOf(root), 'utf8')));
  assert.strictEqual(parsed['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.strictEqual(parsed.type, 'AnnotationCollection');
  assert.strictEqual(parsed.version, 2);
  assert.deepStrictEqual(parsed.items.map(i => i.id), [a.id]);
  assert.deepStrictEqual(new A.AnnotationStore(root).items.map(i => i.body.value), ['first']);
  assert.deepStrictEqual(fs.readdirSync(path.dirname(fileOf(root))).sort(), ['annotations.jsonld']);
});

test('a file that does not parse: problem with its line, file untouched byte for byte, writes refused', async () => {
  const root = tmpRoot();
  const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "type": "AnnotationCollection",\n  "version": 1,\n  "items": [\n    { "id": "x", }\n  ]\n}\n';
  writeFile(root, broken);
  const before = fs.readFileSync(fileOf(root));
  const s = new A.AnnotationStore(root);
  const [p] = s.problems();
  assert.strictEqual(p.line, 6);
  assert.match(p.message, /annotations\.jsonld:6:\d+: not valid JSON/);
  assert.strictEqual(s.writable, false);
  await assert.rejects(s.put(note('lost?')), A.AnnotationStoreError);
  await assert.rejects(s.remove('x'), /not valid JSON/);
  assert.ok(fs.readFileSync(fileOf(root)).equals(before), 'file unchanged');
  assert.ok(!fs.existsSync(fileOf(root) + '.lock'), 'lock released');
  // Once fixed by hand, writes work again.
  fs.writeFileSync(fileOf(root), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', version: 1, items: [] }));
  await s.put(note('after fix'));
  assert.strictEqual(new A.AnnotationStore(root).items.length, 1);
});

test('an invalid item is reported with its line, the others load, and saving keeps it verbatim', async () => {
  const root = tmpRoot();
  const good = note('good');
  const bad = { id: 'urn:bad', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'no target' } };
  const file = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', version: 1, label: 'mine', items: [good, bad] };
  writeFile(root, JSON.stringify(file, null, 2));
  const s = new A.AnnotationStore(root);
  assert.deepStrictEqual(s.items.map(i => i.id), [good.id]);
  const [p] = s.problems();
  const expectedLine = JSON.stringify(file, null, 2).split('\n').findIndex(l => l.includes('"urn:bad"'));
  assert.strictEqual(p.line, expectedLine); // the line of the item's opening brace, just above its id
  assert.match(p.message, /urn:bad/);
  await s.put(note('another'));
  const saved = JSON.parse(fs.readFileSync(fileOf(root), 'utf8'));
  assert.strictEqual(saved.items.length, 3);
  assert.deepStrictEqual(saved.items.find(i => i.id === 'urn:bad'), bad);
  assert.strictEqual(saved.label, 'mine');
});

test('not an annotation collection: refused like a broken file', async () => {
  const root = tmpRoot();
  writeFile(root, '[1, 2, 3]\n');
  const s = new A.AnnotationStore(root);
  assert.strictEqual(s.writable, false);
  await assert.rejects(s.put(note('x')));
  assert.strictEqual(fs.readFileSync(fileOf(root), 'utf8'), '[1, 2, 3]\n');
});

test('an interrupted write: the temp file left behind is ignored and cleaned, the real file intact', async () => {
  const root = tmpRoot();
  const s = new A.AnnotationStore(root);
  const a = await s.put(note('kept'));
  const real = fs.readFileSync(fileOf(root), 'utf8');
  // A writer died mid-write: half a temp file, and its lock (old enough to be stale).
  const tmp = fileOf(root) + '.99999.abc.tmp';
  fs.writeFileSync(tmp, real.slice(0, real.length / 2));
  fs.writeFileSync(fileOf(root) + '.lock', '99999');
  const old = new Date(Date.now() - 60_000);
  fs.utimesSync(fileOf(root) + '.lock', old, old);
  const s2 = new A.AnnotationStore(root);
  assert.deepStrictEqual(s2.items.map(i => i.id), [a.id]);
  assert.deepStrictEqual(s2.problems(), []);
  assert.strictEqual(fs.readFileSync(fileOf(root), 'utf8'), real);
  await s2.put(note('next'));
  assert.ok(!fs.existsSync(tmp), 'temp file cleaned');
  assert.ok(!fs.existsSync(fileOf(root) + '.lock'), 'stale lock replaced and released');
  assert.strictEqual(new A.AnnotationStore(root).items.length, 2);
});

test('a fresh lock held by another writer makes a write wait, then fail clearly', async () => {
  const root = tmpRoot();
  writeFile(root, '');
  fs.writeFileSync(fileOf(root) + '.lock', 'other');
  const s = new A.AnnotationStore(root, { lockTimeoutMs: 150 });
  await assert.rejects(s.put(note('x')), /held by another writer/);
  assert.strictEqual(fs.readFileSync(fileOf(root), 'utf8'), '');
});

test('two stores on one folder interleaving adds and deletes: nothing is lost', async () => {
  const root = tmpRoot();
  const s1 = new A.AnnotationStore(root);
  const s2 = new A.AnnotationStore(root);
  const ops = [];
  for (let i = 0; i < 15; i++) {
    ops.push(s1.put(note(`one-${i}`)));
    ops.push(s2.put(note(`two-${i}`)));
  }
  const added = await Promise.all(ops);
  const ids = new Set(new A.AnnotationStore(root).items.map(i => i.id));
  assert.strictEqual(ids.size, 30);
  for (const a of added) assert.ok(ids.has(a.id));
  // s1 deletes one that s2 also holds; s2's next write must not bring it back.
  await s1.remove(added[1].id);
  await s2.put(note('three'));
  const after = new A.AnnotationStore(root).items.map(i => i.id);
  assert.ok(!after.includes(added[1].id));
  assert.strictEqual(after.length, 30);
  // An edit made later than the other window's copy wins.
  const edited = { ...s2.get(added[0].id), body: { type: 'TextualBody', value: 'edited in window 2' } };
  await s2.put(edited);
  await s1.save();
  assert.strictEqual(new A.AnnotationStore(root).get(added[0].id).body.value, 'edited in window 2');
});

test('two processes writing at once: both sets survive', async () => {
  const root = tmpRoot();
  const lib = path.join(__dirname, '../../dist/annotations.js');
  const script = `
    const A = require(${JSON.stringify(lib)});
    const s = new A.AnnotationStore(process.argv[1]);
    const text = 'x'.repeat(100);
    (async () => {
      for (let i = 0; i < 12; i++) {
        await s.put(A.createAnnotation({ source: 'a.txt', text, start: i, end: i + 5, body: { type: 'TextualBody', value: process.argv[2] + i } }));
      }
    })().catch(e => { console.error(e); process.exit(1); });`;
  const run = tag =>
    new Promise((resolve, reject) =>
      execFile(process.execPath, ['-e', script, root, tag], (err, _o, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve())),
    );
  await Promise.all([run('p'), run('q'), run('r')]);
  const values = new A.AnnotationStore(root).items.map(i => i.body.value).sort();
  assert.strictEqual(values.length, 36);
  assert.ok(values.includes('p0') && values.includes('q11') && values.includes('r5'));
});

test('a change on disk by another window fires the change event', async () => {
  const root = tmpRoot();
  const watcher = new A.AnnotationStore(root, { watchIntervalMs: 20 });
  const other = new A.AnnotationStore(root);
  const changed = new Promise(resolve => watcher.onDidChange(resolve));
  const a = await other.put(note('from elsewhere'));
  await Promise.race([changed, new Promise((_, rej) => setTimeout(() => rej(new Error('no change event')), 3000))]);
  assert.ok(watcher.get(a.id));
  watcher.dispose();
});

test('merge rules: later modified wins, tombstones delete older copies only', () => {
  const a = note('a');
  const older = { ...a, modified: '2025-01-01T00:00:00.000Z' };
  const newer = { ...a, modified: '2025-02-01T00:00:00.000Z', body: { type: 'TextualBody', value: 'new' } };
  const st = (items, tomb = []) => ({ items: new Map(items.map(i => [i.id, i])), tombstones: new Map(tomb), invalid: [], extra: {} });
  assert.strictEqual(A.mergeStates(st([older]), st([newer])).items.get(a.id).body.value, 'new');
  assert.strictEqual(A.mergeStates(st([newer]), st([older])).items.get(a.id).body.value, 'new');
  const now = new Date('2025-03-01T00:00:00Z');
  assert.ok(!A.mergeStates(st([older]), st([], [[a.id, '2025-01-15T00:00:00.000Z']]), now).items.has(a.id));
  assert.ok(A.mergeStates(st([newer]), st([], [[a.id, '2025-01-15T00:00:00.000Z']]), now).items.has(a.id));
});

// Round 40: an invalid item's line comes from a second reading of the store that only notes where items start; it
// builds no tree, and must note the same offsets the full reader does, or none where that reader fails.
test('item offsets read without building the store match the full reader', () => {
  const item = (id, extra = '') => `{\n    "id": "urn:x:${id}",\n    "type": "Annotation"${extra}\n  }`;
  const texts = [
    `{\n  "type": "AnnotationCollection",\n  "items": [\n  ${item('a')},\n  ${item('b', ',\n    "pad": [1, 2.5e3, -4, true, null, "q\\u0041"]')}\n  ]\n}`,
    `\ufeff{"items": [${item('c')}, ${item('d')}], "label": "twice", "items": [${item('e')}]}`,
    `{"nested": {"items": [1, 2]}, "items": []}`,
    `[{"items": [1]}]`,
    `{"items": [${item('f')}, ]}`,
    `{"items": [${item('g')}] } trailing`,
    `{"it\\u0065ms": [${item('h')}, {"__proto__": {"x": 1}}]}`,
  ];
  for (const text of texts) {
    const full = A.readJson(text);
    assert.deepStrictEqual(A.itemOffsetsOf(text), full.ok ? full.itemOffsets : [], text);
  }
  assert.deepStrictEqual(A.itemOffsetsOf(texts[1]).length, 3);
});
