// Reports created, changed and deleted on disk (the editor's file watcher) keep the index and the findings current.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const A = '---\npublished: 2025-03-03\n---\nRescuers said 14 people were killed in the flood in Dresden on Sunday.\n';
const B = '---\npublished: 2025-03-03\n---\nOfficials said 31 people were killed in the flood in Dresden on Sunday.\n';

test('a report created on disk joins the check; deleting it clears its finding', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-watch-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  const lsp = await LspHarness.start({ root: dir, capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
  const first = await lsp.idle();
  assert.strictEqual(first.reports, 1);

  fs.writeFileSync(path.join(dir, 'b.txt'), B);
  let n = lsp.statuses.length;
  await lsp.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('b.txt'), type: 1 }] });
  const withB = await lsp.waitFor(() => lsp.statuses.slice(n).find(s => s.state === 'idle' && s.reports === 2), 'two reports');
  assert.ok(withB.contradictions >= 1, 'the planted 14-vs-31 contradiction was not found');
  assert.ok(lsp.diagnostics.get(lsp.uri('a.txt')).some(d => /14/.test(d.message) && /31/.test(d.message)));

  fs.rmSync(path.join(dir, 'b.txt'));
  n = lsp.statuses.length;
  await lsp.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lsp.uri('b.txt'), type: 3 }] });
  const without = await lsp.waitFor(() => lsp.statuses.slice(n).find(s => s.state === 'idle' && s.reports === 1), 'one report');
  assert.strictEqual(without.contradictions, 0);
  await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri('a.txt'))?.length === 0, 'finding cleared on a.txt');
  await lsp.stop();
});
