// What a reader sees over LSP: dismissed contradictions leave hovers and lenses too, one labelled lens per line,
// quick fixes that fit, related information without the file name twice, hovers a client can render, and exports
// never read as reports.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { LspHarness, seedsCopy, positionOf } = require('./lspHarness');

const S003 = '003_79037f0ed4309734.txt';
const S004 = '004_adff6eb275203194.txt';
const isClash = d => d.source === 'crosscheck' && /42/.test(d.message) && /44/.test(d.message);



async function hoverOn42(lsp, dir) {
  const h = await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(S003) }, position: positionOf(dir, S003, '42 armed clashes', 1) });
  return h.contents.value;
}

/** The hover line about 004's "44 conflicts" in the hover on 003's 42. */
async function hoverLineFor44(lsp, dir) {
  return (await hoverOn42(lsp, dir)).split('\n').find(l => /44 conflicts/.test(l));
}

async function lensOn42(lsp, dir) {
  const lenses = await lsp.request('textDocument/codeLens', { textDocument: { uri: lsp.uri(S003) } });
  const line = positionOf(dir, S003, '42 armed clashes').line;
  return lenses.find(l => l.range.start.line === line);
}

test('A hover lists ten matches at most, open contradictions first, and counts the rest', async () => {
  // Twelve copies of 004 under other names: 003's 42 then matches far more claims than a hover should list.
  const s004 = fs.readFileSync(path.join(__dirname, '../../seeds', S004), 'utf8');
  const copies = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`copy-${String(i).padStart(2, '0')}.txt`, s004]));
  const dir = seedsCopy(copies, 'crosscheck-reader-');
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(isClash), 'clash diagnostic');
    const refs = await lsp.request('textDocument/references', { textDocument: { uri: lsp.uri(S003) }, position: positionOf(dir, S003, '42 armed clashes', 1), context: { includeDeclaration: false } });
    assert.ok(refs.length > 10, `references list every match (${refs.length})`);
    const value = await hoverOn42(lsp, dir);
    const listed = value.split('\n').filter(l => l.startsWith('- '));
    assert.strictEqual(listed.length, 10);
    // Open contradictions come first: no agreeing line above a contradicting one.
    const firstAgree = listed.findIndex(l => !/⚠ contradicts/.test(l));
    assert.ok(firstAgree === -1 || !listed.slice(firstAgree).some(l => /⚠ contradicts/.test(l)));
    const more = /…and (\d+) more matches/.exec(value);
    assert.ok(more, value.slice(-300));
    assert.strictEqual(10 + Number(more[1]), refs.length);
  } finally {
    await lsp.stop();
  }
});

test('"Not a contradiction" also leaves the hover and the code lens', async () => {
  const dir = seedsCopy({}, 'crosscheck-reader-');
  const lsp = await LspHarness.start({ root: dir });
  try {
    const diag = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(isClash), 'clash diagnostic');
    assert.match(await hoverLineFor44(lsp, dir), /⚠ contradicts/);
    const contradicting = (await hoverOn42(lsp, dir)).match(/⚠ contradicts/g).length;
    assert.match((await lensOn42(lsp, dir)).command.title, new RegExp(`^42 armed clashes: ${contradicting} contradicts?\\b`));
    const actions = await lsp.request('textDocument/codeAction', { textDocument: { uri: lsp.uri(S003) }, range: diag.range, context: { diagnostics: [diag] } });
    await lsp.request('workspace/executeCommand', actions.find(a => a.title === 'Not a contradiction').command);
    await lsp.waitFor(() => !(lsp.diagnostics.get(lsp.uri(S003)) ?? []).some(isClash), 'clash diagnostic to go away');
    const line = await hoverLineFor44(lsp, dir);
    assert.doesNotMatch(line, /⚠ contradicts/);
    assert.match(line, /not a contradiction \(you dismissed it\)/);
    // Check Workspace Now counts as the status bar does: without the dismissed one.
    const now = await lsp.request('crosscheck/checkNow', {});
    const status = lsp.statuses[lsp.statuses.length - 1];
    assert.strictEqual(now.contradictions, status.contradictions);
    // The dismissed finding's figures fewer in the hover and in the lens count: every statement of the other side it
    // stood for (its diagnostic's related information).
    const left = ((await hoverOn42(lsp, dir)).match(/⚠ contradicts/g) ?? []).length;
    assert.strictEqual(left, contradicting - diag.relatedInformation.length);
    const lens = (await lensOn42(lsp, dir)).command.title;
    assert.match(lens, left ? new RegExp(`^42 armed clashes: ${left} contradicts?\\b`) : /^42 armed clashes: (no contradiction left|\d+ agrees?)/);

  } finally {
    await lsp.stop();
  }
});

test('one lens per line, each claim on it named by its figure', async () => {
  const dir = seedsCopy({}, 'crosscheck-reader-');
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.idle();
    for (const file of [S003, S004]) {
      const lenses = await lsp.request('textDocument/codeLens', { textDocument: { uri: lsp.uri(file) } });
      assert.ok(lenses.length > 0);
      const lines = lenses.map(l => l.range.start.line);
      assert.strictEqual(new Set(lines).size, lines.length, `${file}: two lenses on one line`);
      for (const l of lenses) {
        // "figure: verdict" for each claim, joined by " · ".
        for (const part of l.command.title.split(' · ')) assert.match(part, /^\S.*: (\d+ contradicts?|\d+ agrees?)/, l.command.title);
      }
    }
    const lens = await lensOn42(lsp, dir);
    assert.match(lens.command.title, /^42 armed clashes: .* · 12: /, 'both claims of the line, in order');
  } finally {
    await lsp.stop();
  }
});

test('quick fixes: no "Open the other report beside" when both sides are in this report', async () => {
  const dir = seedsCopy({}, 'crosscheck-reader-');
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.idle();
    const uri = lsp.uri(S003);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } };
    const diag = (otherUri) => ({ range, message: 'x', source: 'crosscheck', data: { contradictionId: 'c1', otherUri, otherStart: 10, otherEnd: 12 } });
    const titles = async d => (await lsp.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [d] } })).map(a => a.title);
    assert.deepStrictEqual(await titles(diag(uri)), ['Not a contradiction']);
    assert.ok((await titles(diag(lsp.uri(S004)))).some(t => /Open the other report beside/.test(t)));
  } finally {
    await lsp.stop();
  }
});

test('related information does not repeat the file name the editor already prints', async () => {
  const dir = seedsCopy({}, 'crosscheck-reader-');
  const lsp = await LspHarness.start({ root: dir });
  try {
    const d = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri(S003))?.find(isClash), 'clash diagnostic');
    const info = d.relatedInformation[0];
    assert.strictEqual(info.location.uri, lsp.uri(S004));
    assert.doesNotMatch(info.message, /004_adff6eb275203194|\.txt/);
    assert.match(info.message, /^44 conflicts/);
  } finally {
    await lsp.stop();
  }
});

test('hovers: links only for clients with a Markdown parser, plain text for clients without Markdown', async () => {
  const dir = seedsCopy({}, 'crosscheck-reader-');
  const cases = [
    { name: 'VS Code', caps: { general: { markdown: { parser: 'marked', version: '1.1.0' } }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } }, kind: 'markdown', links: true },
    { name: 'Neovim 0.7', caps: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } }, kind: 'markdown', links: false },
    { name: 'plain text only', caps: { textDocument: { hover: { contentFormat: ['plaintext'] } } }, kind: 'plaintext', links: false },
  ];
  for (const c of cases) {
    const lsp = await LspHarness.start({ root: dir, capabilities: c.caps });
    try {
      await lsp.idle();
      const h = await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(S003) }, position: positionOf(dir, S003, '42 armed clashes', 1) });
      assert.strictEqual(h.contents.kind, c.kind, c.name);
      assert.strictEqual(/\]\(file:/.test(h.contents.value), c.links, `${c.name}: ${h.contents.value}`);
      assert.match(h.contents.value, /44 conflicts/, c.name);
      assert.match(h.contents.value, c.links ? /004_adff6eb275203194/ : /004_adff6eb275203194\.txt`? line \d+/, c.name);
      if (c.kind === 'plaintext') assert.doesNotMatch(h.contents.value, /\*\*|`|\\[[\]_*]/, `${c.name}: Markdown marks left`);
    } finally {
      await lsp.stop();
    }
  }
});

test('a Crosscheck export saved among the reports is never read as a report', async () => {
  const { exportMarkdown } = require('../../dist/annotations.js');
  const dir = seedsCopy({}, 'crosscheck-reader-');
  const lsp0 = await LspHarness.start({ root: dir });
  await lsp0.idle();
  const before = lsp0.statuses.filter(s => s.state === 'idle').pop();
  await lsp0.stop();
  fs.writeFileSync(path.join(dir, 'crosscheck-contradictions.md'), exportMarkdown([], [], new Map()));
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.idle();
    const after = lsp.statuses.filter(s => s.state === 'idle').pop();
    assert.strictEqual(after.reports, before.reports, 'the export became a report');
    assert.strictEqual(after.contradictions, before.contradictions);
    // Opened in the editor, it is not analyzed either.
    const text = fs.readFileSync(path.join(dir, 'crosscheck-contradictions.md'), 'utf8');
    await lsp.open('crosscheck-contradictions.md', text);
    const h = await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri('crosscheck-contradictions.md') }, position: { line: 2, character: 3 } });
    assert.strictEqual(h, null);
  } finally {
    await lsp.stop();
  }
});
