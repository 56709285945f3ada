// The server keeps open documents in blocks (server/src/lsp/chunkedDocument.ts) so a keystroke in a huge buffer does
// not copy the whole text. Property: after any sequence of edits it says exactly what the editor's own TextDocument
// says (text, line count, offset <-> position, line ranges), with '\n', '\r\n' and lone '\r' line breaks.
const test = require('node:test');
const assert = require('node:assert');

const fc = require('fast-check');
const { loadSource } = require('./tsModule');
const { TextDocument } = require('vscode-languageserver-textdocument');

const { ChunkedDocument, textLength } = loadSource('server/src/lsp/chunkedDocument.ts');

const LINE_PIECES = ['The river rose by 12 cm overnight.', '\n', '\r\n', '\r', 'é', '😀', '', ' ', 'x'.repeat(9000)];
const textArb = fc.array(fc.constantFrom(...LINE_PIECES), { minLength: 0, maxLength: 1200 }).map(xs => xs.join(''));
const editArb = fc.record({ a: fc.nat(), b: fc.nat(), text: fc.array(fc.constantFrom(...LINE_PIECES.slice(0, 8)), { maxLength: 4 }).map(xs => xs.join('')), full: fc.nat(40) });

function agree(chunked, plain) {
  assert.strictEqual(chunked.getText(), plain.getText());
  assert.strictEqual(textLength(chunked), plain.getText().length);
  assert.strictEqual(chunked.lineCount, plain.lineCount);
  const n = plain.getText().length;
  for (const o of [0, 1, n >> 2, n >> 1, n - 2, n - 1, n, n + 5]) assert.deepStrictEqual(chunked.positionAt(o), plain.positionAt(o), `positionAt ${o}`);
  for (const line of [0, 1, plain.lineCount >> 1, plain.lineCount - 1, plain.lineCount, plain.lineCount + 3]) {
    for (const character of [0, 1, 5, 40, 100000]) {
      assert.strictEqual(chunked.offsetAt({ line, character }), plain.offsetAt({ line, character }), `offsetAt ${line}:${character}`);
    }
    if (line < plain.lineCount) {
      assert.deepStrictEqual(chunked.getLineRange(line), plain.getLineRange(line));
      assert.strictEqual(chunked.getEOLCharacters(line), plain.getEOLCharacters(line));
    }
  }
}

test('property: after any edits a chunked document reads like the editor\'s TextDocument', () => {
  fc.assert(fc.property(textArb, fc.array(editArb, { maxLength: 25 }), (text, edits) => { try {
    let plain = TextDocument.create('file:///r.txt', 'plaintext', 1, text);
    const chunked = ChunkedDocument.create('file:///r.txt', 'plaintext', 1, text);
    agree(chunked, plain);
    let version = 1;
    for (const e of edits) {
      const n = plain.getText().length;
      const change = e.full === 0 ? { text: e.text.repeat(50) }
        : { range: { start: plain.positionAt(e.a % (n + 1)), end: plain.positionAt(e.b % (n + 1)) }, text: e.text };
      version++;
      plain = TextDocument.update(plain, [change], version);
      ChunkedDocument.update(chunked, [change], version);
      assert.strictEqual(chunked.version, version);
      const r = { start: plain.positionAt(e.b % (n + 1)), end: plain.positionAt(e.a % (n + 1) + 50) };
      assert.strictEqual(chunked.getText(r), plain.getText(r));
      agree(chunked, plain);
    }
  } catch (e) { if (process.env.FC_SEED) console.log(e.message); throw e; } }), { numRuns: 60, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH, endOnFailure: true } : {}) });
});

test('a keystroke in a 20 MB document replaces one block, and the whole text is joined only when asked for', () => {
  const line = 'The river stayed calm through the night and 12 roads were open again.\n';
  const text = line.repeat(Math.round(20e6 / line.length));
  const doc = ChunkedDocument.create('file:///big.txt', 'plaintext', 1, text);
  const blocks = doc.blocks.length;
  assert.ok(blocks > 1000, `${blocks} blocks`);
  const before = doc.blocks.slice();
  ChunkedDocument.update(doc, [{ range: { start: { line: 1000, character: 4 }, end: { line: 1000, character: 4 } }, text: 'x' }], 2);
  // Every block but the edited one is the very same string.
  const same = doc.blocks.filter((b, i) => b === before[i]).length;
  assert.ok(same >= blocks - 2, `${blocks - same} blocks rewritten`);
  assert.strictEqual(doc.joined, undefined);
  assert.strictEqual(textLength(doc), text.length + 1);
  assert.deepStrictEqual(doc.positionAt(1000 * line.length + 5), { line: 1000, character: 5 });
  assert.strictEqual(doc.getText().slice(1000 * line.length, 1000 * line.length + 6), 'The xr');
});
