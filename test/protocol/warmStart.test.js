// A warm start: the diagnostics a session published are kept in the storage folder, keyed by everything they are
// made from; the next start with the same reports publishes them at once and runs the check behind them. A changed
// report, or a corrupt file, means they are not used (and are rewritten).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const FLOOD = path.join(__dirname, '../fixtures/check/flood');

function floodCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-warm-'));
  for (const f of fs.readdirSync(FLOOD).filter(f => f.endsWith('.txt'))) fs.copyFileSync(path.join(FLOOD, f), path.join(dir, f));
  return dir;
}
const storedFile = storage => fs.readdirSync(storage, { recursive: true }).map(f => path.join(storage, f)).find(f => path.basename(f) === 'diagnostics.json');
const findings = lsp => [...lsp.diagnostics.values()].flat().map(d => d.message).sort();
/** Starts on `root`, waits until the check of this session has ended (not only restored diagnostics). */
async function session(root, storage) {
  const lsp = await LspHarness.start({ root, initializationOptions: { storagePath: storage } });
  await lsp.waitFor(() => lsp.statuses.some(s => s.state === 'idle' && s.lastCheckMs !== null), 'the check of this session', 180000);
  return lsp;
}
const published = lsp => lsp.events.filter(e => e.type === 'diagnostics').flatMap(e => e.messages);

/** Saves a first session's diagnostics, then marks the stored copy so a session that uses it can be told. */
async function firstSession() {
  const root = floodCopy();
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-storage-'));
  const first = await session(root, storage);
  const before = findings(first);
  await first.stop();
  assert.ok(before.length > 0);
  const file = storedFile(storage);
  assert.ok(file, 'the published diagnostics were saved in the storage folder');
  const body = JSON.parse(fs.readFileSync(file, 'utf8'));
  body.lists[0][1][0].message = 'MARKED';
  fs.writeFileSync(file, JSON.stringify(body));
  return { root, storage, before, file };
}

test('a restart with unchanged reports publishes the saved diagnostics first, then what its own check finds', async () => {
  const { root, storage, before } = await firstSession();
  const second = await session(root, storage);
  try {
    assert.ok(published(second).includes('MARKED'), 'the saved diagnostics were published');
    // The check behind them re-sends what differs: the marked one is replaced by the real message.
    assert.deepStrictEqual(findings(second), before);
  } finally {
    await second.stop();
  }
});

test('saved diagnostics are not used once a report changed, and a corrupt file is ignored and rewritten', async () => {
  const { root, storage, file } = await firstSession();
  const report = fs.readdirSync(root)[0];
  fs.appendFileSync(path.join(root, report), '\nNothing else was reported.\n');
  const changed = await session(root, storage);
  assert.ok(!published(changed).includes('MARKED'), 'diagnostics of other texts were not published');
  const expected = findings(changed);
  await changed.stop();
  fs.writeFileSync(file, '{"format":');
  const corrupt = await session(root, storage);
  try {
    assert.deepStrictEqual(findings(corrupt), expected);
  } finally {
    await corrupt.stop();
  }
  assert.doesNotThrow(() => JSON.parse(fs.readFileSync(file, 'utf8')), 'rewritten whole');
});

test('unchanged files (by size and time) get the saved diagnostics before any report is read; the check then corrects them', async () => {
  const root = floodCopy();
  // Files changed long ago: their size and time are trusted at once (recent ones are read again before they are).
  const old = new Date(Date.now() - 3600_000);
  for (const f of fs.readdirSync(root)) fs.utimesSync(path.join(root, f), old, old);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-storage-'));
  const first = await session(root, storage);
  const before = findings(first);
  await first.stop();
  const statsFile = fs.readdirSync(storage, { recursive: true }).map(f => path.join(storage, f)).find(f => path.basename(f) === 'stats.json');
  assert.ok(statsFile, 'the files were stamped in the storage folder');
  // One report's figure changed in place, its size and time kept: only the stat index can say it is unchanged.
  const report = fs.readdirSync(root).map(f => path.join(root, f)).find(f => /\b\d\d\b/.test(fs.readFileSync(f, 'utf8')));
  const text = fs.readFileSync(report, 'utf8');
  const changed = text.replace(/\b(\d)(\d)\b/, (all, a, b) => `${a}${(Number(b) + 5) % 10}`);
  assert.notStrictEqual(changed, text);
  fs.writeFileSync(report, changed);
  fs.utimesSync(report, old, old);
  const second = await session(root, storage);
  try {
    const events = second.events.filter(e => e.type === 'diagnostics');
    const statuses = second.statuses;
    // The first status is the restored one: idle, every report, no check of this session yet.
    assert.strictEqual(statuses[0].state, 'idle');
    assert.strictEqual(statuses[0].lastCheckMs, null);
    assert.strictEqual(statuses[0].reports, fs.readdirSync(root).length);
    assert.ok(events.length > 0);
    // The check of this session read the changed text: what it ends with is a fresh session's findings.
    const fresh = await session(root, fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-storage-')));
    try {
      assert.deepStrictEqual(findings(second), findings(fresh));
    } finally {
      await fresh.stop();
    }
    assert.ok(before.length > 0);
  } finally {
    await second.stop();
  }
});
