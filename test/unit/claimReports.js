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

module.exports = { report, findings, claimsOf };
