// "The same words given to different sources": verbatim quotes only, never reports that merely read alike.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const quote = '"We will not leave the city until every family has been moved to safety and the water has gone down,"';

test('one quote given to two different speakers in two reports is a possible attribution conflict', () => {
  const { contradictions } = engine.analyzeCorpus([
    { path: 'a.txt', text: `---\npublished: 2025-03-03\n---\n${quote} Mayor Anna Keller said on Sunday.\n` },
    { path: 'b.txt', text: `---\npublished: 2025-03-03\n---\n${quote} fire chief Tomas Berg said on Sunday.\n` },
  ]);
  const found = contradictions.filter(c => c.kind === 'attribution');
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
  assert.match(found[0].message, /Anna Keller/);
  assert.match(found[0].message, /Tomas Berg/);
});

test('the same quote from the same speaker, or paraphrases worded alike, are no conflict', () => {
  const same = engine.analyzeCorpus([
    { path: 'a.txt', text: `${quote} Mayor Anna Keller said.\n` },
    { path: 'b.txt', text: `${quote} said Mayor Anna Keller on Sunday.\n` },
  ]);
  assert.strictEqual(same.contradictions.filter(c => c.kind === 'attribution').length, 0);
  const alike = engine.analyzeCorpus([
    { path: 'a.txt', text: 'Rescuers said 14 people were killed in the flood in Dresden on Sunday and dozens were hurt.\n' },
    { path: 'b.txt', text: 'Officials said 31 people were killed in the flood in Dresden on Sunday and dozens were hurt.\n' },
  ]);
  assert.strictEqual(alike.contradictions.filter(c => c.kind === 'attribution').length, 0);
});
