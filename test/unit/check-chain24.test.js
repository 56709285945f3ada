// Findings that bridge a pair (round 24): three or four reports giving rising tolls of one event, with no voice named
// on both sides, are flagged value against value where a figure between them does not already tie the two into
// findings; "4,310 vs 4,455" adds nothing once "4,310 vs 4,349" and "4,349 vs 4,455" are shown. Two named voices
// against each other, or one report contrasting two figures, stay findings. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const { report, quoted, describe } = require('./restatedFindings');

const figuresOf = (inputs, f) => [quoted(inputs, f.a), quoted(inputs, f.b)].map(q => q.replace(/[^0-9,]/g, '')).sort().join(' vs ');

test('three reports with rising tolls: the pair of the lowest and highest, bridged by the middle one, is not shown again', () => {
  const inputs = [
    report('a', '1,210 people were killed in Marvosa by the earthquake on Tuesday.'),
    report('b', '1,480 people were killed in Marvosa by the earthquake on Tuesday.'),
    report('c', '1,950 people were killed in Marvosa by the earthquake on Tuesday.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const pairs = found.map(f => figuresOf(inputs, f));
  assert.ok(found.length >= 1 && found.length < 3, JSON.stringify(d));
  assert.ok(!pairs.some(p => /1,210/.test(p) && /1,950/.test(p)), JSON.stringify(d));
});

test('four reports with rising tolls: fewer findings than every two of them', () => {
  const inputs = [
    report('a', '310 people were killed in Tessaly by the floods on Friday.'),
    report('b', '349 people were killed in Tessaly by the floods on Friday.'),
    report('c', '455 people were killed in Tessaly by the floods on Friday.'),
    report('d', '700 people were killed in Tessaly by the floods on Friday.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  assert.ok(found.length >= 1 && found.length < 6, JSON.stringify(describe(inputs, found)));
});

test("two named voices' counts stay a finding whatever lies between them", () => {
  const inputs = [
    report('a', 'The police said 90,000 people marched in Corvale on Sunday.'),
    report('b', 'The organisers said 600,000 people marched in Corvale on Sunday.'),
    report('c', 'About 250,000 people marched in Corvale on Sunday.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.ok(found.some(f => /90,000/.test(figuresOf(inputs, f)) && /600,000/.test(figuresOf(inputs, f))), JSON.stringify(d));
});
