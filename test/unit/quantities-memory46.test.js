// A report writing the same figure many times keeps one string of that figure's text, not one per figure: figures
// live to the end of the analysis, and a price list's strings were a fifth of the bytes they held.
const test = require('node:test');
const assert = require('node:assert');
const v8 = require('node:v8');
const vm = require('node:vm');
const engine = require('../../dist/engine.js');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

test('figures of one text share its string: a price list holds at most 118 bytes a figure', () => {
  const text = 'CHF 7 million A$3m ¥9 €12 £40 '.repeat(20000);
  const { prepared } = engine.prepare(text);
  const dates = engine.recognizeDates(prepared, null);
  engine.recognizeQuantities(prepared, dates);
  gc();
  const before = process.memoryUsage().heapUsed;
  const quantities = engine.recognizeQuantities(prepared, dates);
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  assert.ok(quantities.length >= 90000, `${quantities.length} figures`);
  assert.ok(bytes / quantities.length <= 118, `${(bytes / quantities.length).toFixed(0)} bytes a figure`);
});

test('shared texts read as before: each figure and noun text is its own span of the report', () => {
  const text = 'About 40 goats died on Monday and 40 goats died on Tuesday; the farm lost $3m and $3m.';
  const { quantities } = engine.analyzeText('r.txt', text);
  assert.ok(quantities.length >= 4, `${quantities.length} figures`);
  for (const q of quantities) {
    assert.strictEqual(q.text, text.slice(q.start, q.end));
    if (q.noun) assert.strictEqual(q.noun.text, text.slice(q.noun.start, q.noun.end));
  }
});
