// The W3C export and the annotation file are linked data: expanded by a JSON-LD processor (against a local copy of
// the W3C context, no network), every field of every Crosscheck body keeps its value, and `source`, `via` and `scope`
// in claims and attributions stay Crosscheck's literals instead of becoming W3C links.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const jsonld = require('jsonld');

const ROOT = path.join(__dirname, '../..');
const A = require(path.join(ROOT, 'dist/annotations.js'));
const { analyzeCorpus } = require(path.join(ROOT, 'dist/engine.js'));

const W3C = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/jsonld/anno.jsonld'), 'utf8'));
const documentLoader = async url => {
  if (url === A.W3C_ANNOTATION_CONTEXT) return { contextUrl: null, documentUrl: url, document: W3C };
  throw new Error(`no network in tests: ${url}`);
};
const VOCAB = 'urn:crosscheck:vocab:';
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';

/** The plain values of an expanded property: literals, ids, and list members in order. */
function valuesOf(expanded) {
  return expanded.flatMap(v => ('@list' in v ? [v['@list'].map(x => x['@value'] ?? x['@id'])] : [v['@value'] ?? v['@id']]));
}

function userAnnotations(text, source) {
  const bodies = [
    { type: 'crosscheck:Entity', kind: 'person', canonicalName: 'Ben Hodges', entityId: 'person:ben-hodges' },
    { type: 'crosscheck:Claim', claimId: 'c1', unit: 'clash', event: 'recorded', low: 42, high: 42 },
    { type: 'crosscheck:Attribution', source: 'Estonian Ministry of Defence', sourceId: 'org:emod', via: ['ERR', 'Censor.NET'] },
    { type: 'crosscheck:Link', relation: 'contradicts', other: 'urn:uuid:0000' },
    { type: 'crosscheck:Rejection', what: 'contradiction', contradictionId: 'x1', quotes: ['42', '44'], sources: ['a.txt', 'b.txt'] },
    { type: 'crosscheck:CanonicalName', canonicalName: 'Kyiv', kind: 'place', spelling: true },
    { type: 'crosscheck:Interval', low: 10, high: 20, unit: 'person' },
  ];
  return bodies.map((body, i) => A.createAnnotation({ source, text, start: i, end: i + 5, body, now: new Date('2025-01-01T00:00:00Z') }));
}

test('every field of every Crosscheck body survives JSON-LD expansion of the W3C export', async () => {
  const seeds = path.join(ROOT, 'seeds');
  const inputs = fs.readdirSync(seeds).map(f => ({ path: `seeds/${f}`, text: fs.readFileSync(path.join(seeds, f), 'utf8') }));
  const corpus = analyzeCorpus(inputs);
  const texts = new Map(inputs.map(i => [i.path, i.text]));
  const doc = JSON.parse(A.exportW3c(corpus.documents, texts, userAnnotations(inputs[0].text, inputs[0].path)));
  assert.strictEqual(doc.version, 2);
  const expanded = await jsonld.expand(doc, { documentLoader, base: 'file:///workspace/' });
  const items = expanded[0]['https://www.w3.org/ns/activitystreams#items'] ?? expanded[0]['http://www.w3.org/ns/activitystreams#items'];
  const list = items[0]['@list'];
  assert.strictEqual(list.length, doc.items.length, 'an annotation was lost');
  let checked = 0;
  const kinds = new Set();
  doc.items.forEach((item, i) => {
    const body = list[i]['http://www.w3.org/ns/oa#hasBody'][0];
    kinds.add(item.body.type);
    assert.deepStrictEqual(body['@type'], [`${VOCAB}${item.body.type.slice('crosscheck:'.length)}`]);
    for (const [k, v] of Object.entries(item.body)) {
      if (k === 'type' || v === null) continue; // null is "no value" in JSON and in JSON-LD alike
      const iri = k === 'value' ? RDF_VALUE : `${VOCAB}${k}`;
      assert.ok(body[iri], `${item.body.type}.${k} dropped by expansion`);
      const got = valuesOf(body[iri]);
      assert.deepStrictEqual(got.length === 1 ? got[0] : got, v, `${item.body.type}.${k}`);
      checked++;
    }
  });
  for (const k of ['crosscheck:Entity', 'crosscheck:Quantity', 'crosscheck:Date', 'crosscheck:Attribution', 'crosscheck:Claim', 'crosscheck:Link', 'crosscheck:Rejection', 'crosscheck:CanonicalName', 'crosscheck:Interval']) {
    assert.ok(kinds.has(k), `no ${k} body in the export`);
  }
  assert.ok(checked > 1000, `only ${checked} fields checked`);
});

test('a source is a name, not a link; the report a target points at still is', async () => {
  const text = 'The Estonian Ministry of Defence said 12 people were hurt.';
  const [, , attribution] = userAnnotations(text, 'reports/a.txt');
  const doc = { '@context': A.ANNOTATION_CONTEXT, ...attribution };
  const [e] = await jsonld.expand(doc, { documentLoader, base: 'file:///workspace/' });
  const body = e['http://www.w3.org/ns/oa#hasBody'][0];
  assert.deepStrictEqual(body[`${VOCAB}source`], [{ '@value': 'Estonian Ministry of Defence' }]);
  assert.strictEqual(body['http://www.w3.org/ns/oa#hasSource'], undefined);
  const target = e['http://www.w3.org/ns/oa#hasTarget'][0];
  assert.deepStrictEqual(target['http://www.w3.org/ns/oa#hasSource'], [{ '@id': 'file:///workspace/reports/a.txt' }]);
});

test('the annotation file format: version 2 with the context is written, version 1 files are still read', () => {
  const frame = { type: 'AnnotationCollection', items: [] };
  assert.ok(A.AnnotationFileSchema.safeParse({ ...frame, '@context': A.ANNOTATION_CONTEXT, version: 2 }).success);
  assert.ok(A.AnnotationFileSchema.safeParse({ ...frame, '@context': A.W3C_ANNOTATION_CONTEXT, version: 1 }).success);
  assert.ok(!A.AnnotationFileSchema.safeParse({ ...frame, '@context': A.W3C_ANNOTATION_CONTEXT, version: 3 }).success);
});
