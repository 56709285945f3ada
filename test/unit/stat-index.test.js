// The stat index of the server's warm start: a file whose size and modification time are as recorded is known by
// its recorded text hash without being read; entries read right after a change are checked again before they are
// saved; a corrupt or foreign index is ignored.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadSource } = require('./tsModule');

const { StatIndex, stampOf, textHash } = loadSource('server/src/cache/statIndex.ts');

const HOUR = 3600_000;
function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-stats-'));
  const store = path.join(dir, 'store');
  const file = path.join(dir, 'report.txt');
  fs.writeFileSync(file, 'The river rose by 3 metres.');
  const old = new Date(Date.now() - HOUR);
  fs.utimesSync(file, old, old);
  return { dir, store, file };
}
const reader = file => [() => fs.readFileSync(file, 'utf8'), () => file];

test('an unchanged file is known by its recorded hash after a restart; a changed one is not', async () => {
  const { store, file } = setup();
  const a = new StatIndex(store);
  const hash = textHash(fs.readFileSync(file, 'utf8'));
  a.record('r', stampOf(file), hash);
  a.save(...reader(file));
  await a.flush();
  const b = new StatIndex(store);
  assert.strictEqual(b.hashOf('r', stampOf(file)), hash);
  fs.appendFileSync(file, ' Then it fell.');
  assert.strictEqual(b.hashOf('r', stampOf(file)), undefined);
});

test('a file read right after it changed is not saved while it is too recent to tell', async () => {
  const { store, file } = setup();
  const now = new Date();
  fs.utimesSync(file, now, now);
  const a = new StatIndex(store);
  a.record('r', stampOf(file), textHash(fs.readFileSync(file, 'utf8')));
  a.save(...reader(file));
  await a.flush();
  assert.strictEqual(new StatIndex(store).size, 0);
});

/** Records `file` as read 1 ms after its change, 3 s ago (a racy entry), then runs `meanwhile`, then saves. */
async function racy(meanwhile) {
  const { store, file } = setup();
  const now = Date.now();
  const t = new Date(now - 3000);
  fs.utimesSync(file, t, t);
  const a = new StatIndex(store);
  const realNow = Date.now;
  Date.now = () => now - 2999;
  try {
    a.record('r', stampOf(file), textHash(fs.readFileSync(file, 'utf8')));
  } finally {
    Date.now = realNow;
  }
  meanwhile(file, t);
  a.save(...reader(file));
  await a.flush();
  return new StatIndex(store).size;
}

test('a racy entry whose file still reads the same is kept at save', async () => {
  assert.strictEqual(await racy(() => {}), 1);
});

test('a racy entry whose text changed without its time or size moving (a coarse clock) is dropped at save', async () => {
  const size = await racy((file, t) => {
    fs.writeFileSync(file, 'The river rose by 4 metres.');
    fs.utimesSync(file, t, t);
  });
  assert.strictEqual(size, 0);
});

test('a corrupt, truncated or foreign index is ignored, and the next save rewrites it whole', async () => {
  const { store, file } = setup();
  const a = new StatIndex(store);
  a.record('r', stampOf(file), textHash('x'));
  a.save(...reader(file));
  await a.flush();
  const saved = fs.readFileSync(path.join(store, 'stats.json'), 'utf8');
  for (const bad of ['{"format":', '\u0000 not json', saved.replace('crosscheck-stat-index', 'other-tool'), '{"format":"crosscheck-stat-index/1","entries":[["r","big",1,"h"]]}']) {
    fs.writeFileSync(path.join(store, 'stats.json'), bad);
    const b = new StatIndex(store);
    assert.strictEqual(b.size, 0, bad);
    assert.strictEqual(b.hashOf('r', stampOf(file)), undefined);
  }
  const c = new StatIndex(store);
  c.record('r', stampOf(file), textHash('y'));
  c.save(...reader(file));
  await c.flush();
  assert.strictEqual(new StatIndex(store).size, 1);
});
