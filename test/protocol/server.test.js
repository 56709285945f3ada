// Protocol tests: the bundled server over stdio, on a copy of seeds/.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { LspHarness, seedsCopy, positionOf } = require('./lspHarness');

const S003 = '003_79037f0ed4309734.txt';
const S004 = '004_adff6eb275203194.txt';



const clashDiagnostic = list => list?.find(d => d.source === 'crosscheck' && /42/.test(d.message) && /44/.test(d.message));

test('the server over stdio', async t => {
  const dir = seedsCopy({ 'README.md': '# not a report\nIt says 42 armed clashes and 7 tanks.\n', 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
  const lsp = await LspHarness.start({ root: dir });
  t.after(() => lsp.stop());

  await t.test('advertises the standard features it serves', () => {
    const caps = lsp.initResult.capabilities;
    for (const k of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeLensProvider', 'codeActionProvider']) {
      assert.ok(caps[k], `${k} missing`);
    }
    assert.ok(caps.semanticTokensProvider.legend.tokenTypes.includes('number'));
  });

  await t.test('indexes every report of the folder, leaving out README and binary files', async () => {
    const idle = await lsp.idle();
    assert.strictEqual(idle.reports, 5);
  });

  await t.test('publishes the 42-vs-44 contradiction on both reports, each pointing at the other', async () => {
    const [d3, d4] = await lsp.waitFor(() => {
      const a = clashDiagnostic(lsp.diagnostics.get(lsp.uri(S003)));
      const b = clashDiagnostic(lsp.diagnostics.get(lsp.uri(S004)));
      return a && b && [a, b];
    }, '42-vs-44 diagnostics');
    assert.strictEqual(d3.relatedInformation[0].location.uri, lsp.uri(S004));
    assert.strictEqual(d4.relatedInformation[0].location.uri, lsp.uri(S003));
    assert.strictEqual(d3.severity, 2, 'clear contradictions are warnings by default');
    assert.ok(d3.code);
    // The related range points at the other report's figure.
    const text4 = fs.readFileSync(path.join(dir, S004), 'utf8').split('\n');
    const r = d3.relatedInformation[0].location.range;
    assert.match(text4[r.start.line].slice(r.start.character, r.end.character), /44/);
  });

  await t.test('hover on "42" names the other report\'s 44', async () => {
    const h = await lsp.request('textDocument/hover', {
      textDocument: { uri: lsp.uri(S003) },
      position: positionOf(dir, S003, '42 armed clashes', 1),
    });
    assert.ok(h, 'no hover');
    assert.match(h.contents.value, /44/);
    assert.match(h.contents.value, /004_adff6eb275203194/);
  });

  await t.test('references from "42 armed clashes" reach 004', async () => {
    const refs = await lsp.request('textDocument/references', {
      textDocument: { uri: lsp.uri(S003) },
      position: positionOf(dir, S003, '42 armed clashes', 1),
      context: { includeDeclaration: false },
    });
    assert.ok(refs.some(l => l.uri === lsp.uri(S004)));
  });

  await t.test('semantic tokens color entities, figures and dates', async () => {
    const tokens = await lsp.request('textDocument/semanticTokens/full', { textDocument: { uri: lsp.uri(S003) } });
    assert.ok(tokens.data.length >= 5 * 20, 'expected at least 20 tokens');
    const legend = lsp.initResult.capabilities.semanticTokensProvider.legend.tokenTypes;
    const types = new Set();
    for (let i = 3; i < tokens.data.length; i += 5) types.add(legend[tokens.data[i]]);
    for (const want of ['number', 'string', 'enumMember']) assert.ok(types.has(want), `no ${want} token`);
  });

  await t.test('code lens above the 42 counts sources and the contradiction', async () => {
    const lenses = await lsp.request('textDocument/codeLens', { textDocument: { uri: lsp.uri(S003) } });
    const line = positionOf(dir, S003, '42 armed clashes').line;
    const lens = lenses.find(l => l.range.start.line === line);
    assert.ok(lens, 'no lens on the 42 line');
    assert.match(lens.command.title, /42 armed clashes: \d+ contradicts?/);
  });

  await t.test('document symbols list the report\'s claims and entities', async () => {
    const symbols = await lsp.request('textDocument/documentSymbol', { textDocument: { uri: lsp.uri(S003) } });
    const names = symbols.map(s => s.name);
    assert.ok(names.includes('Claims') && names.includes('Entities'));
  });

  await t.test('the Claims request lists the clash topic with a contradiction', async () => {
    const { claims } = await lsp.request('crosscheck/claims', { onlyContradictions: true });
    assert.ok(claims.length >= 2);
    assert.ok(claims.every(c => c.contradictions > 0));
    // Both sides of a contradiction share one topic, so the tree shows them together.
    const c42 = claims.find(c => /^42\b/.test(c.text));
    const c44 = claims.find(c => /^44 conflicts/.test(c.text));
    assert.ok(c42 && c44, 'the 42 and 44 claims are listed');
    assert.strictEqual(c42.topicKey, c44.topicKey);
    const c60 = claims.find(c => /60,000/.test(c.text));
    const c50 = claims.find(c => /50,000/.test(c.text));
    assert.strictEqual(c60.topicKey, c50.topicKey);
    // Every claim that contradicts the 42 joins its topic, a restated "44 known combat clashes" too; and every
    // claim of a topic carries the same label, so the tree shows one group, not one per wording.
    for (const c of claims.filter(x => /^44\b/.test(x.text))) assert.strictEqual(c.topicKey, c42.topicKey, c.text);
    const labels = new Map();
    for (const c of claims) {
      if (labels.has(c.topicKey)) assert.strictEqual(c.topicLabel, labels.get(c.topicKey), c.text);
      labels.set(c.topicKey, c.topicLabel);
    }
  });
});

test('invalid settings give one clear message and fall back to defaults', async t => {
  const dir = seedsCopy({}, 'crosscheck-lsp-');
  const lsp = await LspHarness.start({ root: dir, settings: { run: 'sometimes', severity: { clear: 'loud' } } });
  t.after(() => lsp.stop());
  const msg = await lsp.waitFor(() => lsp.messages.find(m => /crosscheck\.run/.test(m.message)), 'settings message');
  assert.match(msg.message, /crosscheck\.severity\.clear/);
  const d = await lsp.waitFor(() => clashDiagnostic(lsp.diagnostics.get(lsp.uri(S003))), 'diagnostic with default severity');
  assert.strictEqual(d.severity, 2);
});
