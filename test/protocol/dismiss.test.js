// "Not a contradiction" is kept in the workspace's annotation store: it survives a server restart, and Undo restores it.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { LspHarness, seedsCopy } = require('./lspHarness');

const S003 = '003_79037f0ed4309734.txt';
const isClash = d => d.source === 'crosscheck' && /42/.test(d.message) && /44/.test(d.message);


async function dismissClash(lsp) {
  const diag = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(isClash), 'clash diagnostic');
  const actions = await lsp.request('textDocument/codeAction', {
    textDocument: { uri: lsp.uri(S003) },
    range: diag.range,
    context: { diagnostics: [diag] },
  });
  const dismiss = actions.find(a => a.title === 'Not a contradiction');
  assert.ok(dismiss, 'no "Not a contradiction" action');
  assert.ok(actions.some(a => /Open the other report beside/.test(a.title)));
  const before = lsp.diagnostics.get(lsp.uri(S003));
  await lsp.request('workspace/executeCommand', dismiss.command);
  return before;
}

test('a dismissal survives a restart and is written to .crosscheck/annotations.jsonld', async () => {
  const dir = seedsCopy({}, 'crosscheck-dismiss-');
  let lsp = await LspHarness.start({ root: dir });
  await dismissClash(lsp);
  await lsp.waitFor(() => !(lsp.diagnostics.get(lsp.uri(S003)) ?? []).some(isClash), 'clash diagnostic to go away');
  await lsp.stop();

  const store = JSON.parse(fs.readFileSync(path.join(dir, '.crosscheck', 'annotations.jsonld'), 'utf8'));
  assert.strictEqual(store['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  const rejection = store.items.find(a => a.body.type === 'crosscheck:Rejection' && a.body.what === 'contradiction');
  assert.ok(rejection, 'no dismissal stored');
  assert.ok(rejection.target.selector.some(s => s.type === 'TextQuoteSelector'));

  lsp = await LspHarness.start({ root: dir });
  await lsp.idle();
  const diags = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003)), 'diagnostics after restart');
  assert.ok(!diags.some(isClash), 'the dismissed contradiction came back after a restart');
  // The other findings are still reported.
  assert.ok(diags.some(d => d.source === 'crosscheck'));
  await lsp.stop();
});

test('Undo after "Not a contradiction" restores the diagnostic', async () => {
  const dir = seedsCopy({}, 'crosscheck-dismiss-');
  const lsp = await LspHarness.start({ root: dir });
  lsp.conn.onRequest('window/showMessageRequest', m => (/not a contradiction/.test(m.message) ? { title: 'Undo' } : null));
  await dismissClash(lsp);
  // The command resolves after the Undo answer has been applied.
  const diags = await lsp.waitFor(() => {
    const list = lsp.diagnostics.get(lsp.uri(S003));
    return list?.some(isClash) && list;
  }, 'clash diagnostic back after Undo');
  assert.ok(diags.some(isClash));
  const store = JSON.parse(fs.readFileSync(path.join(dir, '.crosscheck', 'annotations.jsonld'), 'utf8'));
  assert.ok(!store.items.some(a => a.body.type === 'crosscheck:Rejection'));
  await lsp.stop();
});

test('a broken annotation file gets a diagnostic with its line and is never overwritten', async () => {
  const dir = seedsCopy({}, 'crosscheck-dismiss-');
  fs.mkdirSync(path.join(dir, '.crosscheck'));
  const file = path.join(dir, '.crosscheck', 'annotations.jsonld');
  const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "items": [ {,\n';
  fs.writeFileSync(file, broken);
  const lsp = await LspHarness.start({ root: dir });
  const storeUri = require('node:url').pathToFileURL(file).toString();
  const diags = await lsp.waitFor(() => lsp.diagnostics.get(storeUri)?.length && lsp.diagnostics.get(storeUri), 'store diagnostic');
  assert.match(diags[0].message, /not valid JSON/);
  assert.strictEqual(diags[0].range.start.line, 2);
  // Dismissing now must fail clearly and leave the file as it was.
  const diag = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(isClash), 'clash diagnostic');
  const before = lsp.messages.length;
  await lsp.request('workspace/executeCommand', { command: 'crosscheck.dismissContradiction', arguments: [diag.data.contradictionId] });
  const err = await lsp.waitFor(() => lsp.messages.slice(before).find(m => /could not save/.test(m.message)), 'error message');
  assert.match(err.message, /could not save/);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), broken);
  await lsp.stop();
});
