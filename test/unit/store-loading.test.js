// Loading the annotation store: linear in the number of (invalid) items, "__proto__" keys kept as data, and
// changes by others noticed through file-system events rather than a stat every second.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const A = require('../../dist/annotations.js');

const LIB = path.join(__dirname, '../../dist/annotations.js');
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const tmpRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-store-'));
const fileOf = root => path.join(root, '.crosscheck', 'annotations.jsonld');
const TEXT = 'Officials said about 4,000 soldiers were deployed near Kursk on Sunday.';
const note = (value, start = 15, end = 35) => A.createAnnotation({ source: 'a.txt', text: TEXT, start, end, body: { type: 'TextualBody', value } });

/** A store file of `n` invalid items (no target), each some 40 lines long as the store pretty-prints it. */
function invalidStore(n) {
  const pad = Array.from({ length: 32 }, (_, k) => k);
  const items = Array.from({ length: n }, (_, i) => ({ id: `urn:bad:${i}`, type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: `v${i}` }, pad }));
  return JSON.stringify({ '@context': CONTEXT, type: 'AnnotationCollection', version: 1, items }, null, 2);
}


test('invalid items: each named at its line', () => {
  const small = invalidStore(2000);
  const big = invalidStore(8000);
  const parsed = A.parseAnnotationFile(big);
  assert.strictEqual(parsed.problems.length, 8000);
  const lines = big.split('\n');
  for (const i of [0, 4321, 7999]) {
    const line = lines.findIndex(l => l.includes(`"urn:bad:${i}"`)); // 0-based: the line above, the item's brace
    assert.strictEqual(parsed.problems[i].line, line, `item ${i}`);
    assert.match(parsed.problems[i].message, new RegExp(`:${line}:5: annotation urn:bad:${i} is not valid`));
  }
});

// Speed is measured by npm run bench; the timeout is a watchdog: 40,000 invalid items took 473 s when each item's line
// was counted from the file's start, and take a few seconds when line starts are computed once.
test('a store of 40,000 invalid items loads, each problem at its line', { timeout: 120_000 }, () => {
  const text = invalidStore(40_000);
  const parsed = A.parseAnnotationFile(text);
  assert.strictEqual(parsed.problems.length, 40_000);
  const last = text.split('\n').findIndex(l => l.includes('"urn:bad:39999"'));
  assert.strictEqual(parsed.problems[39_999].line, last);
});

test('"__proto__" keys are kept when the store is rewritten, as data, at the top and in items', async () => {
  const root = tmpRoot();
  fs.mkdirSync(path.join(root, '.crosscheck'));
  const a = note('first');
  const item = JSON.stringify(a).replace('{', '{"__proto__":{"tool":"x"},');
  fs.writeFileSync(fileOf(root), `{"@context":"${CONTEXT}","type":"AnnotationCollection","version":1,"__proto__":{"label":"mine"},"items":[${item}]}`);
  const s = new A.AnnotationStore(root);
  assert.deepStrictEqual(s.problems(), []);
  await s.put(note('second', 0, 9));
  const saved = fs.readFileSync(fileOf(root), 'utf8');
  const back = JSON.parse(saved);
  assert.ok(Object.hasOwn(back, '__proto__'), 'the top-level "__proto__" was dropped');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(back, '__proto__').value, { label: 'mine' });
  const first = back.items.find(i => i.id === a.id);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(first, '__proto__')?.value, { tool: 'x' }, 'the item\'s "__proto__" was dropped');
  assert.strictEqual(Object.getPrototypeOf(s.get(a.id)), Object.prototype, 'a key became a prototype');
});

test('a deeply nested item is refused with a message, not a stack overflow', () => {
  const deep = `{"@context":"${CONTEXT}","type":"AnnotationCollection","version":1,"items":[${'['.repeat(100000)}${']'.repeat(100000)}]}`;
  const r = A.parseAnnotationFile(deep);
  assert.strictEqual(r.ok, false);
  assert.match(r.problem.message, /nested too deeply/);
});

test('the store is not polled: another process\'s write is noticed through file-system events', () => {
  const root = tmpRoot();
  const script = `
    const fs = require('node:fs');
    let polls = 0;
    const watchFile = fs.watchFile;
    fs.watchFile = (...args) => { polls++; return watchFile(...args); };
    const A = require(${JSON.stringify(LIB)});
    const root = process.argv[1];
    const watcher = new A.AnnotationStore(root, { watchIntervalMs: 1000 });
    const other = new A.AnnotationStore(root);
    const a = A.createAnnotation({ source: 'a.txt', text: 'x'.repeat(40), start: 0, end: 5, body: { type: 'TextualBody', value: 'v' } });
    const timer = setTimeout(() => { console.log(JSON.stringify({ noticed: false, polls })); process.exit(0); }, 10000);
    watcher.onDidChange(() => {
      clearTimeout(timer);
      console.log(JSON.stringify({ noticed: !!watcher.get(a.id), polls }));
      watcher.dispose();
    });
    other.put(a);`;
  const r = spawnSync(process.execPath, ['-e', script, root], { encoding: 'utf8', timeout: 20000 });
  assert.deepStrictEqual(JSON.parse(r.stdout), { noticed: true, polls: 0 }, r.stderr);
});
