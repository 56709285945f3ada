// Reports too big to re-analyze on every keystroke: their diagnostics never point into an older text, and their
// analysis runs beside the server, which keeps answering hovers in other reports meanwhile.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LspHarness } = require('./lspHarness');

const SEEDS = path.join(__dirname, '../../seeds');
const S003 = '003_79037f0ed4309734.txt';
const S004 = '004_adff6eb275203194.txt';
const isClash = d => /42/.test(d.message) && /44/.test(d.message);
const FILLER = '\nThe river stayed calm through the night and the roads were open again in the morning.\n';

function seedsDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-big-'));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  return dir;
}

test('saving another report never republishes a big report\'s diagnostics computed on its older text', async () => {
  const dir = seedsDir();
  // Seed 003 with filler after it: over 300,000 characters, re-analyzed on save or check only.
  const big = fs.readFileSync(path.join(dir, S003), 'utf8') + FILLER.repeat(3600);
  assert.ok(big.length > 300_000);
  fs.writeFileSync(path.join(dir, S003), big);
  const lsp = await LspHarness.start({ root: dir });
  try {
    const uri = lsp.uri(S003);
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
    await lsp.idle();
    const line = big.split('\n').findIndex(l => l.includes('42 armed clashes'));
    await lsp.waitFor(() => lsp.diagnostics.get(uri)?.find(d => isClash(d) && d.range.start.line === line), 'the clash on the 42', 300000);
    // Five lines typed above the figure, not saved; then another report is edited and saved, which runs the check.
    await lsp.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'a\nb\nc\nd\ne\n' }],
    });
    const other = lsp.uri(S004);
    const text4 = fs.readFileSync(path.join(dir, S004), 'utf8');
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'plaintext', version: 1, text: text4 } });
    const seen = lsp.statuses.length;
    await lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri: other, version: 2 }, contentChanges: [{ text: `${text4}\nEdited.\n` }] });
    await lsp.conn.sendNotification('textDocument/didSave', { textDocument: { uri: other } });
    await lsp.waitFor(() => lsp.statuses.slice(seen).some(s => s.state === 'idle'), 'the check after save', 300000);
    const clash = lsp.diagnostics.get(uri).find(isClash);
    assert.strictEqual(clash.range.start.line, line + 5, 'the diagnostic points into the text before the edit');
  } finally {
    await lsp.stop();
  }
});

/** Opens report 004 and returns the position of its first figure (past the front matter), where a hover has a claim. */
async function openAtFirstFigure(lsp, dir) {
  const text4 = fs.readFileSync(path.join(dir, S004), 'utf8');
  const lines = text4.split('\n');
  const line = lines.findIndex(l => /\d/.test(l) && !l.startsWith('published'));
  await lsp.open(S004, text4);
  return { line, character: lines[line].search(/\d/) };
}

test('a hover in another report is answered while a big report is analyzed', async () => {
  const dir = seedsDir();
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.idle();
    const position = await openAtFirstFigure(lsp, dir);
    // About 1.2 MB: seconds of analysis. Its check (a status) comes after it; the hover must not wait for it.
    const big = fs.readFileSync(path.join(dir, S003), 'utf8') + FILLER.repeat(14000);
    const seen = lsp.statuses.length;
    const order = [];
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: lsp.uri('big.txt'), languageId: 'plaintext', version: 1, text: big } });
    const hover = lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(S004) }, position }).then(h => order.push('hover') && h);
    const checked = lsp.waitFor(() => lsp.statuses.slice(seen).some(s => s.state === 'idle' && s.reports === 6), 'the check with the big report', 300000)
      .then(() => order.push('check'));
    const h = await hover;
    await checked;
    assert.ok(h && /\d/.test(h.contents.value));
    assert.deepStrictEqual(order, ['hover', 'check']);
  } finally {
    await lsp.stop();
  }
});

test('the Claims request over many reports gives way: a hover sent after it is answered first', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-claims-'));
  const seeds = fs.readdirSync(SEEDS);
  for (let i = 0; i < 40; i++) for (const f of seeds) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, `${i}-${f}`));
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.waitFor(() => lsp.statuses.find(s => s.state === 'idle' && s.reports === 200), 'indexing', 300000);
    const file = `0-${S004}`;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex(l => /\d/.test(l) && !l.startsWith('published'));
    const order = [];
    const claims = lsp.request('crosscheck/claims', { onlyContradictions: false }, 300000).then(r => (order.push('claims'), r));
    const hover = lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(file) }, position: { line, character: lines[line].search(/\d/) } })
      .then(h => (order.push('hover'), h));
    const [list, h] = await Promise.all([claims, hover]);
    assert.ok(list.claims.length > 1000);
    assert.ok(h && /\d/.test(h.contents.value));
    assert.deepStrictEqual(order, ['hover', 'claims']);
  } finally {
    await lsp.stop();
  }
});

// This test was marked todo: on a loaded machine it failed about one run in three. Seen: the server answered
// `initialize` after the harness's 30 s (its workers, spawned before that answer, loaded the bundle and the model
// beside it), and the server left running kept the test process from ever ending; and the big report's check not
// within 300 s when the suite ran at low priority among a dozen busy processes (a few seconds of CPU, spread over
// minutes). Workers now start after `initialize` is answered, a server that never answers is stopped, a check started
// during a long analysis joins it instead of queueing a copy, and the waits below are only ceilings.
test('typing in a huge open buffer does not hold up a hover in another report while a big report is analyzed', async () => {
  const dir = seedsDir();
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.idle();
    const position = await openAtFirstFigure(lsp, dir);
    // A 20 MB buffer that is not a report (a log): the server only keeps its text, so each keystroke must cost
    // little. Applying an edit used to copy the whole text (about a second per keystroke on a busy machine).
    const log = lsp.uri('session.log');
    const logText = 'The river stayed calm through the night and 12 roads were open again in the morning.\n'.repeat(235000);
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: log, languageId: 'log', version: 1, text: logText } });
    await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(S004) }, position }, 120000);
    // About 1.5 MB: seconds of analysis on a worker, then a check publishes the diagnostics and its status (a sixth
    // report). A report may have no diagnostics of its own (a copy of another relays the same source), so the status
    // that follows the publishing marks the end.
    const bigUri = lsp.uri('big.txt');
    const order = [];
    let bigSeen = false;
    const seen = lsp.statuses.length;
    const bigDiagnostics = lsp.waitFor(() => lsp.statuses.slice(seen).some(s => s.state === 'idle' && s.reports === 6), 'the check with the big report', 600000).then(() => {
      bigSeen = true;
      order.push('big report diagnostics');
    });
    const big = fs.readFileSync(path.join(dir, S003), 'utf8') + FILLER.repeat(17000);
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'plaintext', version: 1, text: big } });
    for (let i = 0; i < 40; i++) {
      await lsp.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: log, version: i + 2 },
        contentChanges: [{ range: { start: { line: 1000 + i, character: 3 }, end: { line: 1000 + i, character: 3 } }, text: 'x' }],
      });
    }
    const h = await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri(S004) }, position }, 600000);
    if (!bigSeen) order.push('hover');
    await bigDiagnostics;
    assert.ok(h && /\d/.test(h.contents.value));
    assert.deepStrictEqual(order, ['hover', 'big report diagnostics']);
  } finally {
    await lsp.stop();
  }
});
