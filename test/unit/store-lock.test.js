// Concurrent writers of the annotation store: the lock is never broken under a live writer, a write refused
// for the lock is kept and retried, and with a 100k-annotation store every write of two processes lands.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync, execFile } = require('node:child_process');
const A = require('../../dist/annotations.js');

const LIB = path.join(__dirname, '../../dist/annotations.js');
const TEXT = 'Officials said about 4,000 soldiers were deployed near Kursk on Sunday.';
const tmpRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-lock-'));
const fileOf = root => path.join(root, '.crosscheck', 'annotations.jsonld');
const note = (value, start = 15, end = 35) => A.createAnnotation({ source: 'a.txt', text: TEXT, start, end, body: { type: 'TextualBody', value } });
const values = root => new A.AnnotationStore(root).items.map(i => i.body.value);

/** Resolves when `test()` holds, checked after each short wait; rejects after `ms`. */
async function until(test, what, ms = 20000) {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 25));
  }
}

test('a writer paused mid-write keeps its lock; the other write waits, is kept, and lands after it', { skip: process.platform === 'win32' }, async () => {
  const root = tmpRoot();
  // Writer A stops itself (like a window paused in a debugger) between writing its temp file and renaming it.
  const script = `
    const fs = require('node:fs');
    const rename = fs.renameSync;
    let paused = false;
    fs.renameSync = (from, to) => {
      if (!paused && String(from).endsWith('.tmp')) {
        paused = true;
        fs.writeSync(1, 'paused\\n');
        process.kill(process.pid, 'SIGSTOP');
      }
      return rename(from, to);
    };
    const A = require(${JSON.stringify(LIB)});
    const s = new A.AnnotationStore(process.argv[1], { staleLockMs: 300 });
    s.put(A.createAnnotation({ source: 'a.txt', text: 'x'.repeat(40), start: 0, end: 5, body: { type: 'TextualBody', value: 'from A' } }))
      .then(() => process.exit(0), e => { console.error(e); process.exit(1); });`;
  const writerA = spawn(process.execPath, ['-e', script, root], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise(resolve => writerA.once('exit', code => resolve(code)));
  await new Promise((resolve, reject) => {
    writerA.stdout.on('data', d => String(d).includes('paused') && resolve());
    writerA.once('exit', () => reject(new Error('writer A ended before pausing')));
  });
  try {
    const lockFile = fileOf(root) + '.lock';
    const b = new A.AnnotationStore(root, { staleLockMs: 300, lockTimeoutMs: 1000 });
    // A's lock is not refreshed while it is stopped, but A is alive: B must not take it over.
    await assert.rejects(b.put(note('from B')), /held by another writer.*your change is kept/);
    assert.strictEqual(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid, writerA.pid, 'the live writer\'s lock was broken');
    assert.ok(b.get([...b.items].find(i => i.body.value === 'from B').id), 'the refused change is not kept');
    assert.ok(b.unsaved);
    process.kill(writerA.pid, 'SIGCONT');
    assert.strictEqual(await exited, 0);
    await until(() => !b.unsaved, 'the retried write');
    b.dispose();
    assert.deepStrictEqual(values(root).sort(), ['from A', 'from B']);
  } finally {
    if (writerA.exitCode === null) process.kill(writerA.pid, 'SIGKILL');
  }
});

test('a lock left by a writer that is no longer running is taken at once', async () => {
  const root = tmpRoot();
  fs.mkdirSync(path.join(root, '.crosscheck'));
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const lock = { pid: Number(gone.stdout), host: os.hostname(), token: 'crashed', since: new Date().toISOString() };
  fs.writeFileSync(fileOf(root) + '.lock', JSON.stringify(lock));
  const s = new A.AnnotationStore(root, { lockTimeoutMs: 2000 });
  const t = Date.now();
  await s.put(note('after a crash'));
  assert.ok(Date.now() - t < 2000, 'waited on a dead writer');
  assert.deepStrictEqual(values(root), ['after a crash']);
  assert.ok(!fs.existsSync(fileOf(root) + '.lock'));
});

/** A store file of `n` valid annotations, written as the store writes it. */
function bigStore(root, n) {
  const base = note('base');
  const items = new Map();
  const t0 = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const stamp = new Date(t0 + i * 1000).toISOString();
    const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    items.set(id, { ...base, id, created: stamp, modified: stamp, body: { type: 'TextualBody', value: `n${i}` } });
  }
  fs.mkdirSync(path.join(root, '.crosscheck'), { recursive: true });
  fs.writeFileSync(fileOf(root), A.serializeState({ items, tombstones: new Map(), invalid: [], extra: {} }));
}

test('a 100k-annotation store: writes from two processes at once all land (each write takes seconds)', async () => {
  const root = tmpRoot();
  const N = 100_000;
  bigStore(root, N);
  const WRITES = 3;
  const script = `
    const WRITES = ${WRITES};
    const A = require(${JSON.stringify(LIB)});
    const s = new A.AnnotationStore(process.argv[1]);
    (async () => {
      for (let i = 0; i < WRITES; i++) {
        await s.put(A.createAnnotation({ source: 'a.txt', text: 'x'.repeat(40), start: i, end: i + 5, body: { type: 'TextualBody', value: process.argv[2] + i } }));
      }
    })().catch(e => { console.error(e.message); process.exit(1); });`;
  const run = tag =>
    new Promise((resolve, reject) =>
      execFile(process.execPath, ['-e', script, root, tag], { timeout: 600_000 }, (err, _o, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve())),
    );
  await Promise.all([run('p'), run('q')]);
  const all = values(root);
  assert.strictEqual(all.length, N + 2 * WRITES);
  for (const tag of ['p', 'q']) for (let i = 0; i < WRITES; i++) assert.ok(all.includes(tag + i), `${tag}${i} was lost`);
});
