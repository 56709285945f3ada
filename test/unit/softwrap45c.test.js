// Round 45 (softwrap45c, issue 10): fallout of reading a hard-wrapped report as its one-line twin. Invented sentences;
// the test fails on the build before this round (the gap was read as a level of the bodies' earnings).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const claims = text => engine.analyzeText('a.txt', `---\npublished: 2025-03-04\n---\n${text}\n`).claims
  .map(c => `${c.quantity.text.replace(/\s+/g, ' ')}|${c.measure.key}`);

test('a gap noun with its "between" as the subject of a link verb makes the figure a difference', () => {
  const got = claims('In 2021, the difference in grain sales between the ministry and the customs office was $7 billion.');
  assert.ok(got.some(c => /^\$7 billion\|.*\+diff$/.test(c)), got.join('\n'));
  const stood = claims('The gap between the two agencies\' timber figures stood at $3 billion last year.');
  assert.ok(stood.some(c => /^\$3 billion\|.*\+diff$/.test(c)), stood.join('\n'));
});

test('a link verb with no gap noun before it keeps the level', () => {
  const got = claims('Timber sales between January and June were $5 billion, the ministry said.');
  assert.ok(got.some(c => /^\$5 billion\|/.test(c) && !c.endsWith('+diff')), got.join('\n'));
  const margin = claims('The margin, the board said, was 4 percent.');
  assert.ok(!margin.some(c => c.endsWith('+diff')), margin.join('\n'));
});

test('people found alive from a list of the missing were traced, not rescued', () => {
  const got = claims('The register had reached 80 names, but it fell after 21 people were found alive, two of them in hospital.');
  assert.ok(got.includes('21 people|person|traced'), got.join('\n'));
  const rubble = claims('Rescuers cheered as 21 people were found alive under the rubble of a school.');
  assert.ok(rubble.includes('21 people|person|rescued'), rubble.join('\n'));
});
