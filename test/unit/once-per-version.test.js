// The server analyzes a big open report on a worker once per version (server/src/lsp/oncePerVersion.ts): checks that
// start while that analysis runs join it instead of queueing copies of it.
const test = require('node:test');
const assert = require('node:assert');

const { loadSource } = require('./tsModule');

const { OncePerVersion } = loadSource('server/src/lsp/oncePerVersion.ts');

/** Work that finishes only when told to, and remembers what was started. */
function gatedWork() {
  const started = [];
  const gates = [];
  const run = (uri, version) => {
    started.push(`${uri}@${version}`);
    return new Promise(resolve => gates.push(resolve));
  };
  return { started, run, finishAll: () => gates.splice(0).forEach(g => g()) };
}

test('five checks during one long analysis of a report start it once, and all of them wait for it', async () => {
  const work = gatedWork();
  const once = new OncePerVersion(work.run);
  const waits = [1, 2, 3, 4, 5].map(() => once.start('file:///big.txt', 1));
  assert.deepStrictEqual(work.started, ['file:///big.txt@1']);
  let settled = 0;
  for (const w of waits) void w.then(() => settled++);
  await new Promise(resolve => setImmediate(resolve));
  assert.strictEqual(settled, 0);
  work.finishAll();
  await Promise.all(waits);
  assert.strictEqual(settled, 5);
});

test('a newer version or another report starts its own run; a finished run is started again when asked', async () => {
  const work = gatedWork();
  const once = new OncePerVersion(work.run);
  const first = once.start('file:///big.txt', 1);
  const newer = once.start('file:///big.txt', 2);
  const other = once.start('file:///other.txt', 1);
  assert.notStrictEqual(first, newer);
  assert.deepStrictEqual(work.started, ['file:///big.txt@1', 'file:///big.txt@2', 'file:///other.txt@1']);
  work.finishAll();
  await Promise.all([first, newer, other]);
  void once.start('file:///big.txt', 2);
  assert.strictEqual(work.started.length, 4);
  work.finishAll();
});

test('a run that fails is not kept: the next ask starts it again', async () => {
  let calls = 0;
  const once = new OncePerVersion(async () => {
    calls++;
    throw new Error('worker died');
  });
  await assert.rejects(once.start('file:///big.txt', 1));
  await once.start('file:///big.txt', 1).catch(() => {});
  assert.strictEqual(calls, 2);
});
