// One conflict, one finding, across reports (round 18): several reports repeating one voice's figure against several
// repeating another's give one finding that lists every pair, whichever reports they come from; the group is as strong
// as its strongest pair; another day or another place is another finding; dismissing the finding dismisses every pair.
// Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { loadSource } = require('./tsModule');

function report(name, body, published = '2024-05-14') {
  return { path: `r/${name}.txt`, text: `---\ntitle: Valdoria floods\noutlet: Outlet ${name}\npublished: ${published}\n---\n${body}\n` };
}
const base = p => p.slice(p.lastIndexOf('/') + 1, -4);
const figureAt = (inputs, ref) => inputs.find(i => i.path === ref.path).text.slice(ref.start, ref.end).match(/\d+/)[0];
/** Each pair a finding stands for, as "a:38-b:52". */
const pairsOf = (inputs, f) => [f, ...(f.restated ?? [])].map(p => `${base(p.a.path)}:${figureAt(inputs, p.a)}-${base(p.b.path)}:${figureAt(inputs, p.b)}`);
const describe = (inputs, found) => found.map(f => `${f.severity} ${pairsOf(inputs, f).join(' ')}`);
const withValues = (inputs, found, x, y) => found.filter(f => {
  const v = [figureAt(inputs, f.a), figureAt(inputs, f.b)].sort();
  return v[0] === [x, y].sort()[0] && v[1] === [x, y].sort()[1];
});

const MINISTRY = 'The interior ministry said 38 people were killed in Valdoria by the floods on Monday.';
const RED_CROSS = 'The Red Cross said 52 people were killed in Valdoria by the floods on Monday.';

test('two reports of each voice: one finding for the four pairs of reports, every pair listed', () => {
  const inputs = [report('a', MINISTRY), report('b', RED_CROSS),
    report('c', 'Floods killed 38 people in Valdoria on Monday, the interior ministry said.'),
    report('d', 'Rescuers from the Red Cross said on Tuesday that 52 people were killed in Valdoria on Monday.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const group = withValues(inputs, found, '38', '52');
  assert.strictEqual(group.length, 1, JSON.stringify(d));
  const pairs = pairsOf(inputs, group[0]);
  for (const p of ['a:38-b:52', 'a:38-d:52', 'c:38-b:52', 'c:38-d:52']) assert.ok(pairs.includes(p), `${p} in ${JSON.stringify(d)}`);
  // Every pair is turned the finding's way: the a side states 38, the b side 52.
  for (const p of [group[0], ...group[0].restated]) assert.deepStrictEqual([figureAt(inputs, p.a), figureAt(inputs, p.b)], ['38', '52']);
  // The JSON output still validates.
  const out = engine.analysisOutput({ documents: engine.analyzeCorpus(inputs).documents, contradictions: found }, new Map(inputs.map(r => [r.path, r.text])));
  engine.AnalysisOutputSchema.parse(out);
});

test('a pair of another day, or of another place, stays a finding of its own', () => {
  const inputs = [report('a', MINISTRY), report('b', RED_CROSS),
    report('c', 'The interior ministry said 38 people were killed in Valdoria by the floods on Tuesday.', '2024-05-15'),
    report('d', 'The Red Cross said 52 people were killed in Valdoria by the floods on Tuesday.', '2024-05-15'),
    report('e', 'The interior ministry said 38 people were killed in Merrow by the floods on Monday.'),
    report('f', 'The Red Cross said 52 people were killed in Merrow by the floods on Monday.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const group = withValues(inputs, found, '38', '52');
  const of = (x, y) => group.filter(f => { const p = pairsOf(inputs, f); return p.includes(`${x}:38-${y}:52`); });
  assert.strictEqual(of('a', 'b').length, 1, JSON.stringify(d));
  assert.strictEqual(of('c', 'd').length, 1, JSON.stringify(d));
  assert.strictEqual(of('e', 'f').length, 1, JSON.stringify(d));
  // Monday's, Tuesday's and Merrow's conflicts are three findings, none listing another's pair.
  assert.notStrictEqual(of('a', 'b')[0], of('c', 'd')[0]);
  assert.notStrictEqual(of('a', 'b')[0], of('e', 'f')[0]);
  assert.notStrictEqual(of('c', 'd')[0], of('e', 'f')[0]);
});

test('other values are another finding, even between the same reports', () => {
  const inputs = [report('a', MINISTRY), report('b', RED_CROSS),
    report('c', 'The interior ministry said 38 people were killed in Valdoria by the floods on Monday.'),
    report('d', 'Local officials said 45 people were killed in Valdoria by the floods on Monday.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(withValues(inputs, found, '38', '52').length, 1, JSON.stringify(d));
  const g45 = withValues(inputs, found, '38', '45');
  assert.strictEqual(g45.length, 1, JSON.stringify(d));
  assert.ok(pairsOf(inputs, g45[0]).every(p => p.includes(':45')), JSON.stringify(d));
});

test('the group is as strong as its strongest pair: a clear pair leads the possible one it restates', () => {
  // b states 52 with no date of its own (its publication day, Monday): against a's dated 38 only possible; d's dated
  // 52 makes the same conflict clear.
  const inputs = [report('a', MINISTRY), report('b', 'The Red Cross said 52 people were killed in Valdoria by the floods.', '2024-05-13'),
    report('d', RED_CROSS)];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const group = withValues(inputs, found, '38', '52');
  assert.strictEqual(group.length, 1, JSON.stringify(d));
  assert.strictEqual(group[0].severity, 'clear', JSON.stringify(d));
  const pairs = pairsOf(inputs, group[0]);
  assert.strictEqual(pairs[0], 'a:38-d:52', 'the clear pair leads');
  assert.ok(pairs.includes('a:38-b:52'), JSON.stringify(d));
  assert.doesNotMatch(group[0].why, /Possible, not clear/);
});

test('dismissing a pair a finding now restates dismisses the finding', () => {
  const { dismissedBy } = loadSource('server/src/annotations/corrections.ts');
  const { pairId } = engine;
  const ref = (p, start) => ({ path: p, start, end: start + 2, claim: `${p}#${start}` });
  const finding = { id: pairId(ref('a', 0), ref('d', 0)), kind: 'value', severity: 'clear', message: '38 vs 52', a: ref('a', 0), b: ref('d', 0),
    restated: [{ a: ref('a', 0), b: ref('b', 0) }] };
  const rejection = id => ({ body: { type: 'crosscheck:Rejection', what: 'contradiction', contradictionId: id } });
  const texts = new Map([['a', '38 dead'], ['b', '52 dead'], ['d', '52 dead']]);
  // Dismissed when it was the a-b finding (possible, before d came): still dismissed, by that pair's id.
  assert.ok(dismissedBy([rejection(pairId(ref('b', 0), ref('a', 0)))], texts)(finding));
  assert.ok(dismissedBy([rejection(finding.id)], texts)(finding));
  assert.ok(!dismissedBy([rejection(pairId(ref('a', 0), ref('c', 0)))], new Map())(finding));
});

test('each statement points at the statements it was paired with, in their own reports', () => {
  const { computeDiagnostics } = loadSource('server/src/lsp/features/diagnostics.ts');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const doc = (uri, text) => ({ uri, doc: TextDocument.create(uri, 'plaintext', 0, text) });
  const reports = [doc('a', '38 dead.'), doc('b', 'so 52 dead'), doc('c', 'Later: 38 dead.'), doc('d', 'and then 52 dead')];
  const byUri = new Map(reports.map(r => [r.uri, r]));
  const index = { all: () => byUri.values(), get: uri => byUri.get(uri), claim: () => undefined };
  const ref = (p, start) => ({ path: p, start, end: start + 2, claim: `${p}#${start}` });
  const finding = { id: 'contradiction:1', kind: 'value', severity: 'clear', message: '38 vs 52', messageB: '52 vs 38', a: ref('a', 0), b: ref('b', 3),
    restated: [{ a: ref('a', 0), b: ref('d', 9) }, { a: ref('c', 7), b: ref('b', 3) }] };
  const out = computeDiagnostics(index, [finding], { severity: { clear: 'warning', possible: 'information' } }, () => false);
  // a's 38 was paired in b and in d: one diagnostic per report, each pointing into that report at the 52.
  const onA = out.get('a');
  assert.strictEqual(onA.length, 2);
  assert.deepStrictEqual(onA.map(x => [x.relatedInformation[0].location.uri, x.relatedInformation[0].location.range.start.character]).sort(), [['b', 3], ['d', 9]]);
  assert.strictEqual(out.get('c').length, 1);
  assert.strictEqual(out.get('c')[0].relatedInformation[0].location.uri, 'b');
  assert.strictEqual(out.get('d')[0].relatedInformation[0].location.uri, 'a');
  assert.strictEqual(out.get('b').length, 2, 'b\'s 52 points at a\'s 38 and at c\'s');
});
