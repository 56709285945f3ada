// Renaming or moving a report keeps its annotations attached: a dismissed contradiction stays dismissed.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const SEEDS = path.join(__dirname, '../../seeds');
const S003 = '003_79037f0ed4309734.txt';
const isClash = d => d.source === 'crosscheck' && /42/.test(d.message) && /44/.test(d.message);

test('a report moved into a folder keeps its dismissal (workspace/didRenameFiles)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-rename-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  const lsp = await LspHarness.start({ root: dir });
  try {
    assert.ok(lsp.initResult.capabilities.workspace.fileOperations.didRename);
    await lsp.idle();
    const diag = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(isClash), 'clash diagnostic');
    const actions = await lsp.request('textDocument/codeAction', { textDocument: { uri: lsp.uri(S003) }, range: diag.range, context: { diagnostics: [diag] } });
    await lsp.request('workspace/executeCommand', actions.find(a => a.title === 'Not a contradiction').command);
    await lsp.waitFor(() => !lsp.diagnostics.get(lsp.uri(S003)).some(isClash), 'the clash dismissed');

    fs.mkdirSync(path.join(dir, 'moved'));
    fs.renameSync(path.join(dir, S003), path.join(dir, 'moved', S003));
    const seen = lsp.statuses.length;
    await lsp.conn.sendNotification('workspace/didRenameFiles', { files: [{ oldUri: lsp.uri(S003), newUri: lsp.uri(`moved/${S003}`) }] });
    await lsp.waitFor(() => lsp.statuses.slice(seen).some(s => s.state === 'idle'), 'the check after the move');
    const moved = lsp.diagnostics.get(lsp.uri(`moved/${S003}`)) ?? [];
    assert.ok(moved.some(d => d.source === 'crosscheck'), 'the moved report is checked');
    assert.ok(!moved.some(isClash), 'the dismissed contradiction came back after the move');
    assert.deepStrictEqual(lsp.diagnostics.get(lsp.uri(S003)), []);
    const store = JSON.parse(fs.readFileSync(path.join(dir, '.crosscheck', 'annotations.jsonld'), 'utf8'));
    assert.ok(store.items.some(a => a.target.source === `moved/${S003}`));
  } finally {
    await lsp.stop();
  }
});
