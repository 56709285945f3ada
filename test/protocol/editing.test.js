// While the user types, per-document answers follow the text the editor shows, and the check waits for a save.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const SEEDS = path.join(__dirname, '../../seeds');
const S003 = '003_79037f0ed4309734.txt';
const isClash = d => d.source === 'crosscheck' && /42/.test(d.message) && /44/.test(d.message);

function decode(data) {
  const out = [];
  let line = 0, ch = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    ch = data[i] ? data[i + 1] : ch + data[i + 1];
    out.push({ line, ch, len: data[i + 2] });
  }
  return out;
}

test('typing above a figure moves its highlighting and hover at once; the check runs on save', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-edit-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  const lsp = await LspHarness.start({ root: dir });
  const text = fs.readFileSync(path.join(dir, S003), 'utf8');
  await lsp.open(S003, text);
  await lsp.idle();
  await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.some(isClash), 'clash diagnostic');
  const lines = text.split('\n');
  const line42 = lines.findIndex(l => l.includes('42 armed clashes'));
  const col42 = lines[line42].indexOf('42 armed clashes');
  const before = decode((await lsp.request('textDocument/semanticTokens/full', { textDocument: { uri: lsp.uri(S003) } })).data);
  assert.ok(before.some(t => t.line === line42 && t.ch === col42), 'no token on the 42 before the edit');

  const statuses = lsp.statuses.length;
  await lsp.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: lsp.uri(S003), version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'NOTE\nADDED\n' }],
  });
  // No wait: the very next request must already see the two new lines.
  const after = decode((await lsp.request('textDocument/semanticTokens/full', { textDocument: { uri: lsp.uri(S003) } })).data);
  assert.ok(after.some(t => t.line === line42 + 2 && t.ch === col42), 'the 42 token did not move with the edit');
  const h = await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(S003) }, position: { line: line42 + 2, character: col42 + 1 } });
  assert.match(h.contents.value, /42/);
  // With the default run = onSave, no check ran for the unsaved edit: the diagnostic was not republished.
  assert.strictEqual(lsp.statuses.length, statuses);
  assert.ok(lsp.diagnostics.get(lsp.uri(S003)).some(x => isClash(x) && x.range.start.line === line42));

  await lsp.conn.sendNotification('textDocument/didSave', { textDocument: { uri: lsp.uri(S003) } });
  const d = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(x => isClash(x) && x.range.start.line === line42 + 2), 'diagnostic moved after save');
  assert.ok(d);
  await lsp.stop();
});
