// The editor and the CLI share one workspace model: after any edit the server shows what the CLI finds on the same
// texts, even when the edit changes nothing but what the check reads besides figures (quotes, places named).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const engine = require('../../dist/engine.js');
const { LspHarness } = require('./lspHarness');

const FLOOD = path.join(__dirname, '../fixtures/check/flood');
const QUOTE = '"We will not leave the city until every family has been moved to safety and the water has gone down,"';
const OTHER = '"The bridge on the northern road stays closed until engineers have inspected every pillar of it,"';
const front = '---\npublished: 2025-03-03\n---\n';

function workspace(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ws-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Opens, edits and saves one report, then waits for the check that save runs. */
async function editAndSave(lsp, file, before, after) {
  const uri = lsp.uri(file);
  await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: before } });
  await lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
  const seen = lsp.statuses.length;
  await lsp.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  await lsp.waitFor(() => lsp.statuses.slice(seen).some(s => s.state === 'idle'), 'the check after save');
}

const codes = (lsp, file, code) => (lsp.diagnostics.get(lsp.uri(file)) ?? []).filter(d => d.code === code);
const cliFindings = files => engine.analyzeCorpus(Object.entries(files).map(([p, text]) => ({ path: p, text }))).contradictions;

test('quoting other words, no figure changed, clears the misattribution finding, as the CLI does', async () => {
  const files = { 'a.txt': `${front}${QUOTE} Mayor Anna Keller said on Sunday.\n`, 'b.txt': `${front}${QUOTE} fire chief Tomas Berg said on Sunday.\n` };
  const lsp = await LspHarness.start({ root: workspace(files) });
  try {
    await lsp.idle();
    await lsp.waitFor(() => codes(lsp, 'a.txt', 'conflicting-attribution').length === 1, 'the misattribution finding');
    const edited = `${front}${OTHER} fire chief Tomas Berg said on Sunday.\n`;
    await editAndSave(lsp, 'b.txt', files['b.txt'], edited);
    assert.strictEqual(cliFindings({ ...files, 'b.txt': edited }).length, 0);
    assert.deepStrictEqual(codes(lsp, 'a.txt', 'conflicting-attribution'), []);
    assert.deepStrictEqual(codes(lsp, 'b.txt', 'conflicting-attribution'), []);
  } finally {
    await lsp.stop();
  }
});

test('quoting the same words, no figure changed, shows the new misattribution finding', async () => {
  const files = { 'a.txt': `${front}${QUOTE} Mayor Anna Keller said on Sunday.\n`, 'b.txt': `${front}${OTHER} fire chief Tomas Berg said on Sunday.\n` };
  const lsp = await LspHarness.start({ root: workspace(files) });
  try {
    await lsp.idle();
    assert.deepStrictEqual(codes(lsp, 'a.txt', 'conflicting-attribution'), []);
    const edited = `${front}${QUOTE} fire chief Tomas Berg said on Sunday.\n`;
    await editAndSave(lsp, 'b.txt', files['b.txt'], edited);
    assert.strictEqual(cliFindings({ ...files, 'b.txt': edited }).length, 1);
    assert.strictEqual(codes(lsp, 'a.txt', 'conflicting-attribution').length, 1);
    assert.strictEqual(codes(lsp, 'b.txt', 'conflicting-attribution').length, 1);
  } finally {
    await lsp.stop();
  }
});

test('naming the same country as the other report, no figure changed, shows the contradiction the CLI finds', async () => {
  const files = {};
  for (const f of fs.readdirSync(FLOOD).filter(f => f.endsWith('.txt'))) files[f] = fs.readFileSync(path.join(FLOOD, f), 'utf8');
  files['coimbra-gazette.txt'] += '\nSpain sent rescuers.\n';
  files['coastal-wire.txt'] += '\nItaly sent rescuers.\n';
  const clash = d => /\b23\b/.test(d.message) && /\b27\b/.test(d.message);
  assert.ok(!cliFindings(files).some(clash), 'the two reports are set in different countries');
  const lsp = await LspHarness.start({ root: workspace(files) });
  try {
    await lsp.idle();
    assert.ok(!codes(lsp, 'coastal-wire.txt', 'conflicting-figures').some(clash));
    const edited = files['coastal-wire.txt'].replace('Italy sent', 'Spain sent');
    await editAndSave(lsp, 'coastal-wire.txt', files['coastal-wire.txt'], edited);
    assert.ok(cliFindings({ ...files, 'coastal-wire.txt': edited }).some(c => c.severity === 'clear' && clash(c)));
    assert.ok(codes(lsp, 'coastal-wire.txt', 'conflicting-figures').some(clash), 'the editor misses the 23-vs-27 contradiction');
  } finally {
    await lsp.stop();
  }
});

test('a restart takes unchanged reports from the cache in the storage folder, never from the reports\' folder', async () => {
  const files = {};
  for (const f of fs.readdirSync(FLOOD).filter(f => f.endsWith('.txt'))) files[f] = fs.readFileSync(path.join(FLOOD, f), 'utf8');
  const root = workspace(files);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-storage-'));
  const findings = lsp => [...lsp.diagnostics.values()].flat().map(d => d.message).sort();
  const first = await LspHarness.start({ root, initializationOptions: { storagePath: storage } });
  await first.idle();
  const before = findings(first);
  await first.stop();
  // One analysis per report; the saved diagnostics and the stat index sit beside them.
  const cached = fs.readdirSync(storage, { recursive: true }).filter(f => f.endsWith('.json') && !['diagnostics.json', 'stats.json'].includes(path.basename(f)));
  assert.strictEqual(cached.length, 3);
  // A garbled entry is ignored: that report is analyzed again.
  fs.writeFileSync(path.join(storage, cached[0]), '{"format":');
  const second = await LspHarness.start({ root, initializationOptions: { storagePath: storage } });
  await second.idle();
  assert.ok(before.length > 0);
  assert.deepStrictEqual(findings(second), before);
  await second.stop();
  // A storage path inside the workspace is refused: nothing is written among the reports.
  const inside = await LspHarness.start({ root, initializationOptions: { storagePath: path.join(root, 'store') } });
  await inside.idle();
  await inside.stop();
  assert.deepStrictEqual(fs.readdirSync(root).sort(), Object.keys(files).sort());
});
