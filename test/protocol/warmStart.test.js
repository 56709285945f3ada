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
