// One disagreement, one finding (round 27): a statement folded into a finding for stating a side's value exactly ("about
// a million" and another report's "around a million") joins that side, so the other report's "more than a million"
// against the same count folds in too; and a finding whose pair a later finding's sides restate (it led only because
// its pair was judged first) is listed under that finding. Another figure ("more than 1.5 million") stays a finding
// of its own. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { loadSource } = require('./tsModule');
const { report, quoted, pairsOf, describe } = require('./restatedFindings');

/** A report giving the police's count and the organisers' of one march. */
const both = report('a', 'The police said 350,000 people marched in Corvale on Sunday.\n\nAbout a million people marched in Corvale on Sunday, the organisers said.');

/** The four statements of the two reports, by their figures. */
const FIGURES = ['350,000 people', 'About a million people', 'More than a million people', 'around a million people'];
/** The sentences of every statement a finding lists, each once. */
const statements = (inputs, f) => [...new Set([f, ...(f.restated ?? [])].flatMap(p => [quoted(inputs, p.a), quoted(inputs, p.b)]))].sort();

test("a report's figure within rounding of a statement folded in by equal values: one finding", () => {
  // b's "around a million" states a's "about a million" exactly (folded, round 18); its "more than a million" restates it.
  const inputs = [both, report('b', 'The organisers said around a million people marched in Corvale on Sunday.\n\nMore than a million people marched in Corvale on Sunday.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 3, JSON.stringify(d));
});

test('a pair judged before the statement it restates joined the other finding: listed under it', () => {
  // b's "more than a million" comes first, so its pair with a's 350,000 is judged before "around a million" folds in.
  const inputs = [both, report('b', 'More than a million people marched in Corvale on Sunday.\n\nThe organisers said around a million people marched in Corvale on Sunday.')];
  const result = engine.analyzeCorpus(inputs);
  const found = result.contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 3, JSON.stringify(d));
  // Every statement is still listed: each sentence keeps its diagnostic, the JSON output still validates.
  const listed = statements(inputs, found[0]);
  assert.strictEqual(listed.length, 4, JSON.stringify(listed));
  for (const figure of FIGURES) assert.ok(listed.some(s => s.includes(figure)), `${figure} not listed: ${JSON.stringify(listed)}`);
  engine.AnalysisOutputSchema.parse(engine.analysisOutput(result, new Map(inputs.map(r => [r.path, r.text]))));
});

test('every folded statement gets a diagnostic pointing at the other side', () => {
  const inputs = [both, report('b', 'More than a million people marched in Corvale on Sunday.\n\nThe organisers said around a million people marched in Corvale on Sunday.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const { computeDiagnostics } = loadSource('server/src/lsp/features/diagnostics.ts');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const byUri = new Map(inputs.map(r => [r.path, { uri: r.path, doc: TextDocument.create(r.path, 'plaintext', 0, r.text) }]));
  const index = { all: () => byUri.values(), get: uri => byUri.get(uri), claim: () => undefined };
  const out = computeDiagnostics(index, found, { severity: { clear: 'warning', possible: 'information' } }, () => false);
  const text = uri => byUri.get(uri).doc.getText();
  const marked = [...out.entries()].flatMap(([uri, list]) => list.map(x => text(uri).split('\n')[x.range.start.line].slice(x.range.start.character, x.range.end.character)));
  for (const figure of FIGURES) assert.ok(marked.some(s => s.includes(figure)), `${figure} not marked: ${JSON.stringify(marked)}`);
});

test('another figure against the same count stays a finding of its own', () => {
  for (const body of [
    'The organisers said around a million people marched in Corvale on Sunday.\n\nMore than 1.5 million people marched in Corvale on Sunday.',
    'More than 1.5 million people marched in Corvale on Sunday.\n\nThe organisers said around a million people marched in Corvale on Sunday.',
  ]) {
    const inputs = [both, report('b', body)];
    const found = engine.analyzeCorpus(inputs).contradictions;
    assert.strictEqual(found.length, 2, JSON.stringify(describe(inputs, found)));
  }
});
