// The worker pool of the CLI and the server: jobs beyond what the workers hold in flight wait in the pool and go to
// whichever worker frees up first; a worker that dies leaves its jobs, sent and waiting, to this thread.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadSource } = require('./tsModule');

const { AnalysisPool } = loadSource('server/src/workers/analysisPool.ts');

function workerScript(body) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pool-')), 'worker.js');
  fs.writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return file;
}

test('jobs beyond two per worker wait in the pool, then all are answered in order', async () => {
  const script = workerScript("parentPort.on('message', j => parentPort.postMessage({ id: j.id, json: JSON.stringify({ path: j.path, echoed: true }) }));");
  const pool = new AnalysisPool(script, 1);
  try {
    const jobs = ['a', 'b', 'c', 'd', 'e'].map(p => pool.analyze(p, `Report ${p}.`));
    assert.strictEqual(pool.backlog, 3);
    const done = await Promise.all(jobs);
    assert.deepStrictEqual(done.map(a => a.path), ['a', 'b', 'c', 'd', 'e']);
    assert.ok(done.every(a => a.echoed));
    assert.strictEqual(pool.backlog, 0);
  } finally {
    pool.dispose();
  }
});

test('when the only worker dies, the jobs it held and the ones waiting are analyzed on this thread', async () => {
  const pool = new AnalysisPool(workerScript("parentPort.on('message', () => process.exit(1));"), 1);
  // Workers do not keep the process alive (unref'd): in this test nothing else would, until the worker's exit is seen.
  const alive = setInterval(() => {}, 1 << 30);
  try {
    const done = await Promise.all(['x', 'y', 'z', 'w'].map(p => pool.analyze(p, 'The river rose by 3 metres on Monday.')));
    assert.deepStrictEqual(done.map(a => a.path), ['x', 'y', 'z', 'w']);
    assert.ok(done.every(a => !a.echoed && Array.isArray(a.quantities)));
  } finally {
    clearInterval(alive);
    pool.dispose();
  }
});

test('analyses to keep are written to the cache by the workers when the pool is flushed, the same as made here', async () => {
  const { AnalysisCache } = loadSource('server/src/cache/analysisCache.ts');
  const { analyzeText } = loadSource('server/src/engine/index.ts');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pool-cache-'));
  const cache = new AnalysisCache(root, 'build-a');
  // The server bundle: its workers run serveAnalyses(), given the cache's folder and build.
  const pool = new AnalysisPool(path.join(__dirname, '../../dist/server.js'), 2, cache);
  const texts = {
    'file:///r/a.txt': 'Officials said 42 people died in the floods in Coimbra on Monday.',
    'file:///r/b.txt': 'The river rose by 3 metres on Tuesday, the mayor said.',
    'file:///r/c.txt': 'No figures here.',
  };
  try {
    const made = await Promise.all(Object.entries(texts).map(([p, t]) => pool.analyze(p, t, p !== 'file:///r/c.txt')));
    // What a worker sends back is what this thread would have made.
    for (const [i, [p, t]] of Object.entries(texts).entries()) assert.deepStrictEqual(made[i], JSON.parse(JSON.stringify(analyzeText(p, t))));
    await pool.flush();
    assert.deepStrictEqual(cache.get('file:///r/a.txt', texts['file:///r/a.txt']), made[0]);
    assert.deepStrictEqual(cache.get('file:///r/b.txt', texts['file:///r/b.txt']), made[1]);
    assert.strictEqual(cache.get('file:///r/c.txt', texts['file:///r/c.txt']), undefined, 'not asked to be kept');
  } finally {
    pool.dispose();
  }
});

test('a flush with no worker, or after the workers died, resolves', async () => {
  const none = new AnalysisPool(null);
  await none.flush();
  const pool = new AnalysisPool(workerScript("parentPort.on('message', () => process.exit(1));"), 1);
  const alive = setInterval(() => {}, 1 << 30);
  try {
    await pool.analyze('x', 'The river rose by 3 metres on Monday.');
    await pool.flush();
  } finally {
    clearInterval(alive);
    pool.dispose();
  }
});
