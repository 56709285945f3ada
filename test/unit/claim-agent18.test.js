// The agent of a counting participle right after a figure is its voice ("12,000 people counted by the police"), and a
// bare "by X" after a later figure of the sentence, the participle left out, is that figure's ("and 40,000 by the
// unions"). Round 18; every sentence here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

function claimsOf(body) {
  const text = `---\ntitle: Merrow march\noutlet: Merrow Post\npublished: 2024-03-08\n---\n${body}\n`;
  const r = engine.analyzeCorpus([{ path: 'r/a.txt', text }]);
  return { claims: r.documents[0].claims, found: r.contradictions };
}
const sourceOf = (claims, figure) => claims.find(c => c.quantity.text.startsWith(figure))?.source?.name ?? null;

test('a counting participle\'s agent after the figure, and a gapped "by X" after the next one, are their voices', () => {
  const { claims, found } = claimsOf('On Thursday the march in Merrow drew 12,000 people counted by the police, and 40,000 by the unions.');
  assert.strictEqual(sourceOf(claims, '12,000'), 'police');
  assert.strictEqual(sourceOf(claims, '40,000'), 'unions');
  // Two voices in one report: the two counts of one march are a finding.
  assert.strictEqual(found.length, 1, JSON.stringify(found.map(f => f.message)));
});

test('a figure in parentheses with its own agent is that agent\'s, not the sentence\'s attribution', () => {
  const { claims } = claimsOf('In Merrow, according to the unions, the march drew 45,000 people (9,000 counted by the prefecture).');
  assert.strictEqual(sourceOf(claims, '45,000'), 'unions');
  assert.strictEqual(sourceOf(claims, '9,000'), 'prefecture');
});

test('"by" after a figure with no counting participle before it names no voice', () => {
  const { claims } = claimsOf('The floods destroyed 300 homes by Friday, and 120 bridges by Sunday.');
  assert.ok(!claims.some(c => /friday|sunday/i.test(c.source?.name ?? '')), JSON.stringify(claims.map(c => c.source)));
});
