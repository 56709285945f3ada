// A workspace with special files: the store a link to /dev/zero, a FIFO named like a report and a link to a
// report outside the workspace. The server must be ready quickly, say each is skipped, and never block on them
// (startup scan, watcher events, a closed document).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { LspHarness } = require('./lspHarness');

const A = '---\npublished: 2025-03-03\n---\nRescuers said 14 people were killed in the flood in Dresden on Sunday.\n';
const B = '---\npublished: 2025-03-03\n---\nOfficials said 31 people were killed in the flood in Dresden on Sunday.\n';
const SECRET = '---\npublished: 2025-03-03\n---\nOfficials said 99 people were killed in the flood in Dresden on Sunday.\n';

test('/dev/zero as the store, a FIFO and a link out of the workspace: ready within 10 s, each reported as skipped', {
  skip: process.platform === 'win32' || !fs.existsSync('/dev/zero'),
}, async t => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), SECRET);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-special-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  fs.writeFileSync(path.join(dir, 'b.txt'), B);
  fs.mkdirSync(path.join(dir, '.crosscheck'));
  fs.symlinkSync('/dev/zero', path.join(dir, '.crosscheck', 'annotations.jsonld'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'out.txt'));

  const lsp = await LspHarness.start({ root: dir, capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
  // Timed from the handshake: loading the server bundle itself is no business of the files (and slow on a busy machine).
  const started = Date.now();
  try {
    const idle = await lsp.waitFor(() => lsp.statuses.find(s => s.state === 'idle'), 'idle status', 10_000);
    const readyMs = Date.now() - started;
    assert.ok(readyMs < 10_000, `ready after ${readyMs} ms`);
    t.diagnostic(`ready after ${readyMs} ms`);
    assert.strictEqual(idle.reports, 2, 'only a.txt and b.txt are reports');
    const problems = idle.problems.join('\n');
    assert.match(problems, /annotations\.jsonld: a symbolic link leading outside the workspace \(to \/dev\/zero\); not followed/);
    assert.match(problems, /pipe\.txt: a named pipe \(FIFO\), not a regular file; skipped/);
    assert.match(problems, /out\.txt: a symbolic link leading outside the workspace \(to .*secret\.txt\); not followed/);
    await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri('a.txt'))?.some(d => /14/.test(d.message) && /31/.test(d.message)), 'the 14-vs-31 finding');
    const findings = [lsp.uri('a.txt'), lsp.uri('b.txt')].flatMap(u => lsp.diagnostics.get(u) ?? []);
    assert.ok(!findings.some(d => /\b99\b/.test(d.message)), 'the report outside the workspace was read');
    assert.ok(!lsp.diagnostics.has(lsp.uri('out.txt')));

    // Watcher events on the special files, and a FIFO document closed: the server reads none and keeps answering.
    const n = lsp.statuses.length;
    await lsp.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: ['pipe.txt', 'out.txt', '.crosscheck/annotations.jsonld'].map(f => ({ uri: lsp.uri(f), type: 2 })),
    });
    await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: lsp.uri('pipe.txt'), languageId: 'plaintext', version: 1, text: A } });
    await lsp.conn.sendNotification('textDocument/didClose', { textDocument: { uri: lsp.uri('pipe.txt') } });
    // Open, pipe.txt is a report (the editor's text); closed, it is dropped, not read from disk.
    await lsp.waitFor(() => lsp.statuses.slice(n).find(s => s.state === 'idle' && s.reports === 2), 'the check after the close', 10_000);
    const hover = await lsp.request('textDocument/hover', { textDocument: { uri: lsp.uri('a.txt') }, position: { line: 3, character: 15 } }, 5000);
    assert.ok(hover, 'no hover: the server stopped answering');
    assert.ok(fs.lstatSync(path.join(dir, '.crosscheck', 'annotations.jsonld')).isSymbolicLink(), 'the store link was replaced');
  } finally {
    await lsp.stop();
  }
});

test('a store with 3,000 invalid items: each status carries 20 problem lines, the rest counted; the store file lists all', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-invalid-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  fs.mkdirSync(path.join(dir, '.crosscheck'));
  const items = Array.from({ length: 3000 }, (_, i) => ({ id: `urn:bad:${i}`, type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'no target' } }));
  const store = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', version: 1, items };
  fs.writeFileSync(path.join(dir, '.crosscheck', 'annotations.jsonld'), JSON.stringify(store, null, 2));
  const lsp = await LspHarness.start({ root: dir });
  try {
    const idle = await lsp.idle();
    for (const s of lsp.statuses) assert.ok(s.problems.length <= 20, `a status with ${s.problems.length} problems`);
    assert.strictEqual(idle.problems.length, 20);
    assert.match(idle.problems[0], /urn:bad:0 is not valid/);
    assert.match(idle.problems[19], /^…and 2,981 more problems$/);
    const onStore = await lsp.waitFor(() => lsp.diagnostics.get(lsp.uri('.crosscheck/annotations.jsonld')), 'diagnostics on the store');
    assert.strictEqual(onStore.length, 3000);
  } finally {
    await lsp.stop();
  }
});

test('a message with a wrong Content-Length costs only itself: later requests are answered', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-frames-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  const lsp = await LspHarness.start({ root: dir });
  try {
    await lsp.idle();
    const raw = (message, delta) => {
      const body = Buffer.from(JSON.stringify(message));
      lsp.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length + delta}\r\n\r\n`), body]));
    };
    for (const delta of [+25, -7, +1]) {
      raw({ jsonrpc: '2.0', method: '$/notAMethod', params: { note: 'Content-Length: 12 inside a string is only text' } }, delta);
      const symbols = await lsp.request('workspace/symbol', { query: 'Dresden' }, 10_000);
      assert.ok(Array.isArray(symbols), `no answer after a length off by ${delta}`);
    }
    assert.match(lsp.stderr, /a message declared \d+ bytes but the next one began after \d+/);
  } finally {
    await lsp.stop();
  }
});
