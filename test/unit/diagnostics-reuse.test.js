// A check that recomputes a measure key makes its findings again as new objects: the diagnostics of those made again
// equal are the very objects sent before (the server then compares lists by identity and re-sends none), and a
// finding that changed, or whose report's text changed, gets a new one.
const test = require('node:test');
const assert = require('node:assert');
const { loadSource } = require('./tsModule');

const { computeDiagnostics } = loadSource('server/src/lsp/features/diagnostics.ts');
const { TextDocument } = require('vscode-languageserver-textdocument');

const settings = { severity: { clear: 'warning', possible: 'information' } };
const report = (uri, text) => ({ uri, doc: TextDocument.create(uri, 'plaintext', 0, text) });
const ref = (path, start) => ({ path, start, end: start + 2, claim: `${path}#${start}` });
const finding = message => ({ id: 'contradiction:1', kind: 'value', severity: 'clear', message, a: ref('a', 0), b: ref('b', 4) });

function indexOf(reports) {
  const byUri = new Map(reports.map(r => [r.uri, r]));
  return { all: () => byUri.values(), get: uri => byUri.get(uri), claim: () => undefined };
}

test('a finding made again equal keeps its diagnostics; a changed one or a changed text gets new ones', () => {
  const a = report('a', '42 people');
  const b = report('b', 'and 44 people');
  const index = indexOf([a, b]);
  const first = computeDiagnostics(index, [finding('42 vs 44')], settings, () => false);
  const again = computeDiagnostics(index, [finding('42 vs 44')], settings, () => false);
  assert.strictEqual(again.get('a')[0], first.get('a')[0]);
  assert.strictEqual(again.get('b')[0], first.get('b')[0]);
  const changed = computeDiagnostics(index, [finding('42 vs 45')], settings, () => false);
  assert.notStrictEqual(changed.get('a')[0], first.get('a')[0]);
  assert.match(changed.get('a')[0].message, /42 vs 45/);
  const edited = computeDiagnostics(indexOf([report('a', '42 people'), b]), [finding('42 vs 45')], settings, () => false);
  assert.notStrictEqual(edited.get('a')[0], changed.get('a')[0]);
  assert.deepStrictEqual(edited.get('a')[0], changed.get('a')[0]);
});
