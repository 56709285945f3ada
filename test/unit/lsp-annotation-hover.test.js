// The user's notes in hovers (server/src/lsp/features/annotationHover.ts, taken out of the server's hover handler):
// after what the engine says, alone where it says nothing, and as plain text for clients without markdown.
const test = require('node:test');
const assert = require('node:assert');
const { TextDocument } = require('vscode-languageserver-textdocument');

const { loadSource } = require('./tsModule');

const { withUserNotes, plainIfNeeded } = loadSource('server/src/lsp/features/annotationHover.ts');

const URI = 'file:///w/harbour.txt';
const TEXT = 'The ferry carried 212 passengers when it ran aground near the harbour.';
const index = { get: uri => (uri === URI ? { uri, doc: TextDocument.create(uri, 'plaintext', 1, TEXT) } : undefined) };
const note = { id: 'n1', body: { type: 'TextualBody', value: 'count from the port authority' } };
const state = { corrections: [], orphaned: [], placed: [{ annotation: note, path: URI, start: 18, end: 21 }] };

test('a note on a figure follows the engine hover, after a rule', () => {
  const engine = { contents: { kind: 'markdown', value: '**212** passengers' }, range: { start: { line: 0, character: 18 }, end: { line: 0, character: 21 } } };
  const h = withUserNotes(index, state, URI, 19, engine);
  assert.strictEqual(h.contents.value, '**212** passengers\n\n---\n\n✎ _Your annotation_: note: count from the port authority');
  assert.deepStrictEqual(h.range, engine.range);
});

test('a note where the engine has nothing gets a hover of its own over the annotated text', () => {
  const h = withUserNotes(index, state, URI, 21, null);
  assert.strictEqual(h.contents.value, '✎ _Your annotation_: note: count from the port authority');
  assert.deepStrictEqual(h.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 21 } });
});

test('away from any note, or in another report, the engine hover is given as it is', () => {
  const engine = { contents: { kind: 'markdown', value: 'harbour' } };
  assert.strictEqual(withUserNotes(index, state, URI, 60, engine), engine);
  assert.strictEqual(withUserNotes(index, state, 'file:///w/other.txt', 19, null), null);
});

test('plain text only for clients that asked for it', () => {
  const md = { contents: { kind: 'markdown', value: '**212** passengers' } };
  assert.strictEqual(plainIfNeeded(md, 'markdown'), md);
  assert.strictEqual(plainIfNeeded(null, 'plaintext'), null);
  const plain = plainIfNeeded(md, 'plaintext');
  assert.strictEqual(plain.contents.kind, 'plaintext');
  assert.ok(!plain.contents.value.includes('**'));
});
