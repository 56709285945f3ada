// Small report builders for the claim and check tests, so each test file states only its sentences. Not a test file:
// it defines no tests.
const engine = require('../../dist/engine.js');

/** A report with a publication date in front matter (none when `published` is empty). */
const report = (published, body) => (published ? `---\npublished: ${published}\n---\n${body}\n` : `${body}\n`);

/** Value findings across the given reports: [path, text] pairs. */
function findings(...docs) {
  return engine.analyzeCorpus(docs.map(([path, text]) => ({ path, text }))).contradictions.filter(c => c.kind === 'value');
}

/** The claims of one report. */
const claimsOf = (text, path = 'a.txt') => engine.analyzeText(path, text).claims;

/** The claim of `value` in a report of `body` (published 2025-03-04 unless told), and its measure key. */
const claimOf = (body, value, published = '2025-03-04') => claimsOf(report(published, body)).find(c => c.value === value);
const keyOf = (body, value, published) => claimOf(body, value, published)?.measure.key;

/** A [path, text] pair for `findings` (published 2025-03-04 unless told). */
const doc = (path, body, published = '2025-03-04') => [path, report(published, body)];

/** The value pairs of the findings across the given reports, each as "low/high". */
function valuePairs(...docs) {
  const value = new Map(docs.flatMap(([path, text]) => claimsOf(text, path).map(c => [c.id, c.value])));
  return findings(...docs).map(f => [value.get(f.a.claim), value.get(f.b.claim)].sort((x, y) => x - y).join('/'));
}

/** The event-time findings across reports, each as "event: time a / time b" (sorted). */
function eventFindings(...docs) {
  const result = engine.analyzeCorpus(docs.map(([path, text]) => ({ path, text })));
  const claims = new Map(result.documents.flatMap(d => d.claims).map(c => [c.id, c]));
  return result.contradictions.filter(f => f.kind === 'value').map(f => [claims.get(f.a.claim), claims.get(f.b.claim)])
    .filter(([a]) => a.measure.unit.startsWith('event-'))
    .map(([a, b]) => `${a.measure.event}: ${[a.quantity.text, b.quantity.text].sort().join(' / ')}`);
}

module.exports = { report, findings, claimsOf, claimOf, keyOf, doc, valuePairs, eventFindings };
