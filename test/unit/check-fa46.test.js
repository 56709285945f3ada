// Round 46 (fa46, issue 10): wrong findings. Invented sentences; each test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimOf, doc, valuePairs } = require('./claimReports');

const sourceOf = (body) => engine.analyzeText('a.txt', `---\npublished: 2025-03-04\n---\n${body}\n`).attributions.map(a => a.source?.id);

test('a capital of four letters that speaks is its place, not a person', () => {
  assert.deepStrictEqual(sourceOf('Baku said 12 troops were killed in the night.'), ['place:baku']);
  assert.deepStrictEqual(sourceOf('Kyiv said on Friday that nine soldiers had died.'), ['place:kyiv']);
  // Guard: a longer capital read the same way before.
  assert.deepStrictEqual(sourceOf('Moscow said 12 troops were killed in the night.'), ['place:moscow']);
  // Guard: a nationality alone names no source.
  assert.ok(!sourceOf('Afghan officials said 12 people were killed.').includes('nationality:afghan'));
});

test('a state\'s capital counting its own troops meets no count of the other nation\'s soldiers', () => {
  const theirs = doc('a.txt', 'Twenty Armenian servicemen have been killed in two days of fighting, a spokesman said on Monday.');
  const ours = doc('b.txt', 'Up to now Baku has acknowledged just 15 dead troops, the agency said on Monday.');
  assert.ok(!valuePairs(theirs, ours).includes('15/20'), valuePairs(theirs, ours).join(' '));
  assert.strictEqual(claimOf('Up to now Baku has acknowledged just 15 dead troops.', 15).source.id, 'place:baku');
});
