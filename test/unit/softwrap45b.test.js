// Round 45 (softwrap45b, issue 10): fallout of reading a hard-wrapped report as its one-line twin. Invented sentences;
// the test fails on the build before this round (the bare whole had no claim at all).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const claims = text => engine.analyzeText('a.txt', `---\npublished: 2025-03-04\n---\n${text}\n`).claims
  .map(c => `${c.quantity.text.replace(/\s+/g, ' ')}|${c.measure.key}`).sort();

test('a bare whole with an "including" aside and no comma before it counts what its verb says', () => {
  const got = claims('The provincial governor said that 312 including four civilians, were killed, while noting that several ' +
    'herders were unaccounted for.');
  assert.ok(got.includes('312|person|killed'), got.join('\n'));
  assert.ok(got.includes('four civilians|person|killed'), got.join('\n'));
});

test('"including" with no closing comma opens no aside', () => {
  const got = claims('The river rose 3 including the spring floods over the season and nothing more was said.');
  assert.ok(!got.some(c => c.startsWith('3|person')), got.join('\n'));
});

const voices = text => engine.analyzeText('a.txt', `---\npublished: 2025-03-04\n---\n${text}\n`).claims
  .map(c => `${c.quantity.text.replace(/\s+/g, ' ')}|${c.source?.id ?? '-'}`);

test('"X reports N …, Y declares M": the figure a verb declares is its subject\'s', () => {
  const got = voices('While Norland reports 40 dead soldiers, Sudria declares 65 since the start of the fighting.');
  assert.ok(got.includes('65|person:sudria') || got.some(c => /^65\|.*sudria/.test(c)), got.join('\n'));
  assert.ok(got.some(c => /^40 dead soldiers\|.*norland/.test(c)), got.join('\n'));
});
