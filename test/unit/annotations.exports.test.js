// Exports: W3C JSON-LD, claims CSV (RFC 4180), SARIF 2.1.0 (validated against the vendored schema), Markdown.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const A = require('../../dist/annotations.js');
const E = require('../../dist/engine.js');

const seedDir = path.join(__dirname, '../../seeds');
const inputs = fs.readdirSync(seedDir).map(f => ({ path: `seeds/${f}`, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
const corpus = E.analyzeCorpus(inputs);
const texts = new Map(inputs.map(i => [i.path, i.text]));

// A small hand-made corpus in another domain, with awkward characters in quotes and paths.
const floodA = 'River report\n\nThe agency said "at least 1,200 homes, mostly near the dam," were flooded on Monday.\nMore rain is due.';
const floodB = 'Officials, citing the mayor, said\n800 homes were flooded on Monday.';
const claim = (id, p, text, quote, low, high) => {
  const start = text.indexOf(quote);
  return {
    id, path: p, start, end: start + quote.length, quantity: { start, end: start + 5, text: text.slice(start, start + 5) },
    low, high, value: low, hedge: 'at_least', measure: { unit: 'home', event: 'flooded', key: 'home/flooded' },
    scope: ['place:dam', 'other:x'], time: { from: '2025-03-03', to: '2025-03-03' }, modality: 'asserted',
    source: { id: 'org:agency', name: 'the agency, "official"' }, via: ['person:mayor'], derived: false,
  };
};
const doc = (p, text, claims) => ({ path: p, published: '2025-03-04', outlet: 'Daily *News*', title: null, entities: [], quantities: [], dates: [], attributions: [], claims, warnings: [] });
const fA = 'floods/a report.txt';
const fB = 'floods/b[1].txt';
const floodDocs = [
  doc(fA, floodA, [claim('claim:a', fA, floodA, 'at least 1,200 homes, mostly near the dam,"', 1200, null)]),
  doc(fB, floodB, [claim('claim:b', fB, floodB, '800 homes were flooded', 800, 800)]),
];
const floodTexts = new Map([[fA, floodA], [fB, floodB]]);
const floodContradictions = [{
  id: 'contradiction:1', severity: 'clear', kind: 'value', message: 'at least 1,200 homes vs 800 homes',
  a: { path: fA, start: floodDocs[0].claims[0].start, end: floodDocs[0].claims[0].end, claim: 'claim:a' },
  b: { path: fB, start: floodDocs[1].claims[0].start, end: floodDocs[1].claims[0].end, claim: 'claim:b' },
}];

/** A strict RFC 4180 reader, to check the writer. */
function parseCsv(s) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && s[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  assert.strictEqual(field, '');
  assert.strictEqual(row.length, 0, 'ends with CRLF');
  return rows;
}

test('claims CSV: RFC 4180 quoting, the fifteen columns, one row per claim', () => {
  const rows = parseCsv(A.exportClaimsCsv(floodDocs, floodTexts));
  assert.deepStrictEqual(rows[0], ['id', 'path', 'line', 'quote', 'value', 'low', 'high', 'unit', 'event', 'scope', 'time_from', 'time_to', 'source', 'via', 'modality']);
  assert.strictEqual(rows.length, 3);
  for (const r of rows) assert.strictEqual(r.length, 15);
  assert.deepStrictEqual(rows[1], ['claim:a', fA, '3', 'at least 1,200 homes, mostly near the dam,"', '1200', '1200', '', 'home', 'flooded', 'place:dam;other:x', '2025-03-03', '2025-03-03', 'the agency, "official"', 'person:mayor', 'asserted']);
  assert.strictEqual(rows[2][2], '2');
  assert.strictEqual(A.csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.strictEqual(A.csvField(-5, false), '-5');
  const seedRows = parseCsv(A.exportClaimsCsv(corpus.documents, texts));
  assert.strictEqual(seedRows.length - 1, corpus.documents.reduce((n, d) => n + d.claims.length, 0));
});

test('SARIF 2.1.0: valid against the schema, one result per contradiction, related location, stable fingerprints', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/sarif-2.1.0.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  for (const [cs, tx] of [[floodContradictions, floodTexts], [corpus.contradictions, texts], [[], texts]]) {
    const log = JSON.parse(A.exportSarif(cs, tx, { toolVersion: '1.2.3' }));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.strictEqual(log.runs[0].results.length, cs.length);
  }
  const log = JSON.parse(A.exportSarif(floodContradictions, floodTexts));
  const [r] = log.runs[0].results;
  assert.strictEqual(r.ruleId, 'value-contradiction');
  assert.strictEqual(r.level, 'warning');
  assert.strictEqual(log.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
  assert.strictEqual(r.locations[0].physicalLocation.artifactLocation.uri, 'floods/a%20report.txt');
  assert.deepStrictEqual(
    { ...r.locations[0].physicalLocation.region, snippet: undefined },
    { startLine: 3, startColumn: 18, endLine: 3, endColumn: 61, charOffset: floodA.indexOf('at least'), charLength: 43, snippet: undefined },
  );
  assert.strictEqual(r.relatedLocations[0].id, 1);
  assert.strictEqual(r.relatedLocations[0].physicalLocation.region.startLine, 2);
  assert.match(r.message.text, /\(1\)/);
  // The fingerprint depends on the quotes, not on offsets: shift report a and it stays.
  const shifted = 'Preface line.\n' + floodA;
  const moved = [{ ...floodContradictions[0], a: { ...floodContradictions[0].a, start: floodContradictions[0].a.start + 14, end: floodContradictions[0].a.end + 14 } }];
  const again = JSON.parse(A.exportSarif(moved, new Map([[fA, shifted], [fB, floodB]]))).runs[0].results[0];
  assert.deepStrictEqual(again.partialFingerprints, r.partialFingerprints);
  assert.notStrictEqual(again.locations[0].physicalLocation.region.startLine, 3);
});

test('Markdown report quotes the sentence of each side', () => {
  const md = A.exportMarkdown(floodDocs, floodContradictions, floodTexts);
  assert.match(md, /^<!-- Generated by Crosscheck[^\n]*-->\n\n# Crosscheck/);
  assert.match(md, /1 contradiction \(1 clear, 0 possible\) across 2 reports/);
  assert.ok(md.includes('> The agency said "**at least 1,200 homes, mostly near the dam,"** were flooded on Monday.'), md);
  assert.ok(md.includes('**floods/b\\[1\\].txt:2** (Daily \\*News\\*)'), md);
  assert.ok(md.includes('> Officials, citing the mayor, said **800 homes were flooded** on Monday.'), md);
  assert.ok(!md.includes('More rain'), 'only the sentence');
  const seedMd = A.exportMarkdown(corpus.documents, corpus.contradictions, texts);
  assert.strictEqual((seedMd.match(/^## /gm) ?? []).length, corpus.contradictions.length);
});

test('W3C export: the engine’s annotations and the user’s, selectors matching the text', () => {
  const user = A.createAnnotation({ source: inputs[0].path, text: inputs[0].text, start: 0, end: 10, body: { type: 'TextualBody', value: 'check the headline' } });
  const out = JSON.parse(A.exportW3c(corpus.documents, texts, [user], { generated: new Date('2025-01-01T00:00:00Z') }));
  assert.strictEqual(out['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.strictEqual(out.type, 'AnnotationCollection');
  assert.strictEqual(out.total, out.items.length);
  const count = corpus.documents.reduce((n, d) => n + d.entities.length + d.quantities.length + d.dates.length + d.attributions.length + d.claims.length, 0);
  assert.strictEqual(out.items.length, count + 1);
  const ids = new Set();
  for (const item of out.items) {
    assert.strictEqual(item.type, 'Annotation');
    assert.ok(['tagging', 'describing', 'commenting'].includes(item.motivation));
    const [q, p] = item.target.selector;
    assert.strictEqual(texts.get(item.target.source).slice(p.start, p.end), q.exact);
    assert.strictEqual(A.anchor(item, texts.get(item.target.source)).start, p.start);
    ids.add(item.id);
  }
  assert.strictEqual(ids.size, out.items.length, 'ids are unique');
  const again = JSON.parse(A.exportW3c(corpus.documents, texts, [user], { generated: new Date('2025-01-01T00:00:00Z') }));
  assert.deepStrictEqual(again, out, 'stable between runs');
  assert.ok(out.items.some(i => i.body.type === 'crosscheck:Entity' && i.motivation === 'tagging'));
});

test('dismissals survive re-analysis: matched by id or by both quotes', () => {
  const c = floodContradictions[0];
  const d = A.createDismissal(c, floodTexts);
  assert.ok(A.AnnotationSchema.safeParse(d).success);
  const quotes = A.contradictionQuotes(c, floodTexts);
  assert.ok(A.isDismissed([d], c.id, quotes));
  assert.ok(A.isDismissed([d], 'contradiction:renumbered', [quotes[1], quotes[0]]));
  assert.ok(!A.isDismissed([d], 'contradiction:other', ['x', 'y']));
});

test('the schema accepts every kind of user annotation and refuses malformed ones', () => {
  const text = 'General Godges said about 4,000 soldiers.';
  const bodies = [
    { type: 'crosscheck:Entity', kind: 'person', canonicalName: 'Ben Hodges' },
    { type: 'crosscheck:CanonicalName', canonicalName: 'Ben Hodges', kind: 'person', spelling: true },
    { type: 'crosscheck:Claim', unit: 'soldier', low: 3600, high: 4400 },
    { type: 'crosscheck:Attribution', source: 'Ben Hodges', via: ['ERR'] },
    { type: 'TextualBody', value: 'check this' },
    { type: 'crosscheck:Link', relation: 'contradicts', other: 'urn:uuid:1' },
    { type: 'crosscheck:Rejection', what: 'entity' },
    { type: 'crosscheck:Interval', low: 3000, high: 5000, unit: 'soldier' },
  ];
  for (const body of bodies) {
    const a = A.createAnnotation({ source: 'a.txt', text, start: 8, end: 14, body });
    assert.ok(A.AnnotationSchema.safeParse(a).success, body.type);
  }
  const a = A.createAnnotation({ source: 'a.txt', text, start: 8, end: 14, body: bodies[0] });
  assert.ok(!A.AnnotationSchema.safeParse({ ...a, body: { type: 'crosscheck:Entity', kind: 'alien', canonicalName: 'x' } }).success);
  assert.ok(!A.AnnotationSchema.safeParse({ ...a, body: { type: 'crosscheck:Nonsense' } }).success);
  assert.ok(A.AnnotationSchema.safeParse({ ...a, body: { type: 'SpecificResource', source: 'http://example.org/x' } }).success, 'foreign bodies kept');
  assert.ok(!A.AnnotationSchema.safeParse({ ...a, target: { source: 'a.txt', selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } }).success);
  assert.throws(() => A.createAnnotation({ source: 'a.txt', text, start: 5, end: 5, body: bodies[4] }), RangeError);
});
