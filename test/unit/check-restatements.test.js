// One conflict, one finding: a report that states its figure again (a lead and a later paragraph) against another
// report's figure gives one finding that lists every statement, not one finding per pair of sentences; other values
// are other findings. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const engine = require('../../dist/engine.js');
const { loadSource, ROOT } = require('./tsModule');

function report(name, outlet, body) {
  return { path: `r/${name}.txt`, text: `---\ntitle: Valdoria floods\noutlet: ${outlet}\npublished: 2024-05-14\n---\n${body}\n` };
}
const base = p => p.slice(p.lastIndexOf('/') + 1);
const figureAt = (inputs, ref) => {
  const text = inputs.find(i => i.path === ref.path).text;
  return text.slice(ref.start, ref.end).match(/\d+/)[0];
};
/** Each finding as "a-report figure … vs b-report figure …" with every pair it stands for. */
function describe(inputs, found) {
  return found.map(f => [f, ...(f.restated ?? [])].map(p => `${base(p.a.path)}:${figureAt(inputs, p.a)}@${p.a.start}`
    + ` vs ${base(p.b.path)}:${figureAt(inputs, p.b)}@${p.b.start}`));
}

const LEAD = 'Floods killed 38 people in Valdoria on Monday, the interior ministry said.';
const LATER = "The interior ministry said on Tuesday that 38 people were killed in Valdoria by Monday's floods.";
const RED_CROSS = report('b', 'Mountain Wire', 'The Red Cross said 52 people were killed in Valdoria by the floods on Monday.');

test('a report repeating its figure against another report: one finding, every statement listed', () => {
  const inputs = [
    report('a', 'Valdoria Herald', `${LEAD}\n\nRescue teams worked through the night in the flooded villages of the valley.\n\n${LATER}`),
    RED_CROSS,
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  assert.strictEqual(found.length, 1);
  const [f] = found;
  assert.deepStrictEqual([figureAt(inputs, f.a), figureAt(inputs, f.b)], ['38', '52']);
  // The later paragraph's 38 is listed on the finding's a side, against the same 52.
  assert.strictEqual(f.restated?.length, 1);
  assert.strictEqual(f.restated[0].a.path, 'r/a.txt');
  assert.ok(f.restated[0].a.start > f.a.start);
  assert.strictEqual(figureAt(inputs, f.restated[0].a), '38');
  assert.deepStrictEqual(f.restated[0].b, f.b);
  // The JSON output carries the statements and still validates.
  const out = engine.analysisOutput({ documents: engine.analyzeCorpus(inputs).documents, contradictions: found }, new Map(inputs.map(r => [r.path, r.text])));
  engine.AnalysisOutputSchema.parse(out);
  assert.deepStrictEqual(out.contradictions[0].restated, f.restated);
});

test('two different values against one figure: two findings, each listing only its own restatements', () => {
  const inputs = [
    report('a', 'Valdoria Herald', `${LEAD}\n\nLocal officials said 45 people were killed in Valdoria by the floods on Monday.\n\n${LATER}`),
    RED_CROSS,
  ];
  const d = describe(inputs, engine.analyzeCorpus(inputs).contradictions);
  const lead = d.filter(x => x[0].startsWith('a.txt:38') && x[0].includes('b.txt:52'));
  const other = d.filter(x => x[0].startsWith('a.txt:45') && x[0].includes('b.txt:52'));
  assert.strictEqual(lead.length, 1, JSON.stringify(d));
  assert.strictEqual(lead[0].length, 2, 'the 38 of the later paragraph is listed on the 38 finding');
  assert.strictEqual(other.length, 1, JSON.stringify(d));
  assert.strictEqual(other[0].length, 1, 'the 45 finding lists no 38');
  // Within report a, the ministry's 38 (stated twice) against the officials' 45 is one finding, whichever comes first.
  const inside = d.filter(x => x[0].includes('a.txt:45') && !x[0].includes('b.txt'));
  assert.strictEqual(inside.length, 1, JSON.stringify(d));
  assert.strictEqual(inside[0].length, 2);
});

test('two voices in one report, each repeating its figure in either order: one finding for the four pairs', () => {
  const inputs = [report('a', 'Valdoria Herald', [
    'The interior ministry said 38 people were killed in Valdoria by the floods on Monday.',
    'The Red Cross said 52 people were killed in Valdoria by the floods on Monday.',
    "The Red Cross said on Tuesday that 52 people were killed in Valdoria by Monday's floods.",
    "The interior ministry said on Tuesday that 38 people were killed in Valdoria by Monday's floods.",
  ].join('\n\n'))];
  const found = engine.analyzeCorpus(inputs).contradictions;
  assert.strictEqual(found.length, 1, JSON.stringify(describe(inputs, found)));
  // Every side turned the finding's way: 38 on a, 52 on b.
  for (const p of [found[0], ...found[0].restated]) assert.deepStrictEqual([figureAt(inputs, p.a), figureAt(inputs, p.b)], ['38', '52']);
  assert.strictEqual(found[0].restated.length, 3);
});

test('every statement of a grouped finding gets its diagnostic, pointing at the other side', () => {
  const { computeDiagnostics } = loadSource('server/src/lsp/features/diagnostics.ts');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const doc = (uri, text) => ({ uri, doc: TextDocument.create(uri, 'plaintext', 0, text) });
  const reports = [doc('a', '38 dead. Later: 38 dead.'), doc('b', 'and 52 dead')];
  const byUri = new Map(reports.map(r => [r.uri, r]));
  const index = { all: () => byUri.values(), get: uri => byUri.get(uri), claim: () => undefined };
  const ref = (p, start) => ({ path: p, start, end: start + 2, claim: `${p}#${start}` });
  const finding = { id: 'contradiction:1', kind: 'value', severity: 'clear', message: '38 vs 52', messageB: '52 vs 38', a: ref('a', 0), b: ref('b', 4), restated: [{ a: ref('a', 16), b: ref('b', 4) }] };
  const out = computeDiagnostics(index, [finding], { severity: { clear: 'warning', possible: 'information' } }, () => false);
  const onA = out.get('a');
  assert.deepStrictEqual(onA.map(d => d.range.start.character), [0, 16]);
  assert.ok(onA.every(d => d.message.endsWith('38 vs 52') && d.relatedInformation.length === 1));
  // The one 52 points at both statements of 38.
  const onB = out.get('b');
  assert.strictEqual(onB.length, 1);
  assert.match(onB[0].message, /52 vs 38/);
  assert.deepStrictEqual(onB[0].relatedInformation.map(r => r.location.range.start.character), [0, 16]);
});

test('the CLI names the other statements of a finding', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-restated-'));
  const inputs = [
    report('a', 'Valdoria Herald', `${LEAD}\n\nRescue teams worked through the night in the flooded villages of the valley.\n\n${LATER}`),
    RED_CROSS,
  ];
  for (const r of inputs) fs.writeFileSync(path.join(dir, base(r.path)), r.text);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--fail-on', 'none', dir], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.match(r.stdout, /stated again: .*a\.txt:10:\d+ "38 people"/);
  assert.match(r.stdout, /^1 contradiction /m);
});

test('a frame part read on one side only is the same frame; read on both sides and different, another', () => {
  const { sameFrame } = loadSource('server/src/engine/check/restatements.ts');
  const scopes = (places, holder) => ({ where: new Set(places), who: new Set(), group: new Set(), places: new Set(places), shares: new Set(),
    roles: new Set(), population: null, ...(holder === undefined ? {} : { holder }) });
  const side = (places, from, holder) => ({ claim: { time: { from, to: from } }, scopes: scopes(places, holder) });
  assert.ok(sameFrame(side(['place:valdoria'], '2024-05-13'), side([], '2024-05-13')));
  assert.ok(sameFrame(side(['place:valdoria'], '2024-05-13'), side(['place:valdoria'], null)));
  assert.ok(!sameFrame(side(['place:valdoria'], '2024-05-13'), side(['place:merrow'], '2024-05-13')));
  assert.ok(!sameFrame(side(['place:valdoria'], '2024-05-13'), side(['place:valdoria'], '2024-05-12')));
  assert.ok(!sameFrame(side([], null, 'party:a'), side([], null, 'party:b')));
});
