// One conflict, one finding, when a third report repeats one side (round 22): a report that states both figures of a
// disagreement (the police's count and the organisers') and another report quoting the same voice's figure again in
// other words ("about 400,000" for the police's 400,000) against it give one finding listing both pairs. An unnamed or
// another voice, a figure that does not round to the other, and a pair of two other reports stay findings of their
// own. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const { report, quoted, pairsOf, describe } = require('./restatedFindings');

/** A report stating both voices' counts of one march, one sentence each. */
const both = report('a', 'The police said 400,000 people marched in Corvale on Sunday.\n\nThe organisers said 1.2 million people marched in Corvale on Sunday.');

test("a third report quoting the same voice's figure in other words against a report stating both: one finding", () => {
  const inputs = [both, report('c', 'The police said about 400,000 people marched in Corvale on Sunday against the new tax.')];
  const result = engine.analyzeCorpus(inputs);
  const found = result.contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 2, JSON.stringify(d));
  // The finding's sides: a's 1.2 million on one side in both pairs, the police's two statements on the other.
  const sides = [found[0], ...found[0].restated].map(p => [quoted(inputs, p.a), quoted(inputs, p.b)].sort().join(' | '));
  assert.ok(sides.every(s => /1\.2 million/.test(s)), JSON.stringify(d));
  // No field is added: the JSON output still validates.
  engine.AnalysisOutputSchema.parse(engine.analysisOutput(result, new Map(inputs.map(r => [r.path, r.text]))));
});

test("both voices in one sentence of a report, and a third report quoting one of them: one finding", () => {
  const inputs = [
    report('a', 'The police said 400,000 people marched in Corvale on Sunday, while the organisers claimed a crowd of 1.2 million.'),
    report('c', 'The police said about 400,000 people marched in Corvale on Sunday against the new tax.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 2, JSON.stringify(d));
});

test('a third report giving the figure with no voice, or in another voice, stays a finding of its own', () => {
  for (const body of [
    'About 400,000 people marched in Corvale on Sunday against the new tax.',
    'The transport union said about 400,000 people marched in Corvale on Sunday against the new tax.',
  ]) {
    const inputs = [both, report('c', body)];
    const found = engine.analyzeCorpus(inputs).contradictions;
    assert.strictEqual(found.length, 2, JSON.stringify(describe(inputs, found)));
  }
});

test("a third report's figure that does not round to the voice's figure is another statement", () => {
  const inputs = [both, report('c', 'The police said 430,000 people marched in Corvale on Sunday against the new tax.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  // a's own pair, the police's 400,000 against its 430,000, and 430,000 against the organisers' 1.2 million.
  assert.strictEqual(found.length, 3, JSON.stringify(d));
  assert.ok(found.every(f => pairsOf(f).length === 1), JSON.stringify(d));
});

test('two other reports repeating both voices in other words: their pairs list under the one finding', () => {
  const inputs = [
    both,
    report('d', 'The police said about 400,000 people marched in Corvale on Sunday against the new tax.'),
    report('e', 'The organisers said some 1.2 million people marched in Corvale on Sunday against the new tax.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 4, JSON.stringify(d));
});

test('two other reports giving both figures with no voice stay a conflict of their own', () => {
  const inputs = [
    both,
    report('d', 'About 400,000 people marched in Corvale on Sunday against the new tax, one count said.'),
    report('e', 'Some 1.2 million people marched in Corvale on Sunday against the new tax.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const de = found.filter(f => pairsOf(f).some(p => /^[de]:\d+-[de]:/.test(p)));
  assert.strictEqual(de.length, 1, JSON.stringify(d));
  assert.ok(!pairsOf(de[0]).some(p => p.startsWith('a:') || p.includes('-a:')), JSON.stringify(d));
});
