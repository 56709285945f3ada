// LSP 3.17 pull diagnostics: a client that pulls gets result ids, and 'unchanged' for every report a check left alone.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const SEEDS = path.join(__dirname, '../../seeds');
const S003 = '003_79037f0ed4309734.txt';
const S004 = '004_adff6eb275203194.txt';
const PULL = {
  workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
  textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false }, publishDiagnostics: { relatedInformation: true } },
};

test('a pulling client gets each report once, then unchanged, and only what an edit changed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pull-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  const lsp = await LspHarness.start({ root: dir, capabilities: PULL });
  try {
    assert.ok(lsp.initResult.capabilities.diagnosticProvider?.workspaceDiagnostics);
    await lsp.idle();
    assert.strictEqual(lsp.diagnostics.size, 0, 'nothing is pushed to a pulling client');
    const first = await lsp.request('workspace/diagnostic', { previousResultIds: [] });
    const of = (r, file) => r.items.find(i => i.uri === lsp.uri(file));
    assert.ok(of(first, S003).items.some(d => /42/.test(d.message) && /44/.test(d.message)));
    const ids = first.items.map(i => ({ uri: i.uri, value: i.resultId }));
    const again = await lsp.request('workspace/diagnostic', { previousResultIds: ids });
    assert.ok(again.items.every(i => i.kind === 'unchanged'));
    const doc = await lsp.request('textDocument/diagnostic', { textDocument: { uri: lsp.uri(S003) }, previousResultId: of(first, S003).resultId });
    assert.strictEqual(doc.kind, 'unchanged');

    // An edit that drops 004's "44 conflicts" changes 003's and 004's findings, nothing else.
    const uri = lsp.uri(S004);
    const text = fs.readFileSync(path.join(dir, S004), 'utf8');
    assert.match(text, /44 conflicts/);
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const refreshes = lsp.diagnosticRefreshes;
    await lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace(/44 conflicts/g, 'conflicts') }] });
    await lsp.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await lsp.waitFor(() => lsp.diagnosticRefreshes > refreshes, 'a diagnostic refresh');
    const after = await lsp.request('workspace/diagnostic', { previousResultIds: ids });
    const full = after.items.filter(i => i.kind === 'full').map(i => path.basename(i.uri)).sort();
    assert.ok(full.includes(S003) && full.includes(S004), full.join());
    assert.ok(after.items.filter(i => i.kind === 'unchanged').length >= 1);
    assert.ok(!of(after, S003).items.some(d => /44 conflicts/.test(d.message)));
  } finally {
    await lsp.stop();
  }
});
