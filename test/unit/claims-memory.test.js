// A report listing thousands of figures makes thousands of claims: the parts many claims hold alike (a measure, an
// empty list) are made once and shared, frozen, and the "does a figure start here?" look-up is one flag per token.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { loadSource } = require('./tsModule');

test('claims of one measure share one frozen measure object', () => {
  const text = 'About 30 houses burned in the north on Tuesday, and 45 houses burned in the south.\n'
    + 'Later 60 houses burned in the west, the fire service said.\n';
  const { claims } = engine.analyzeText('r.txt', text);
  const burned = claims.filter(c => c.quantity.text.includes('houses'));
  assert.ok(burned.length >= 2, `${burned.length} claims about houses`);
  const [a, b] = burned.filter(c => c.measure.key === burned[0].measure.key);
  assert.ok(b, 'two claims of the same measure');
  assert.strictEqual(a.measure, b.measure);
  assert.ok(Object.isFrozen(a.measure));
  assert.throws(() => { 'use strict'; a.measure.event = 'other'; }, TypeError);
});

test('claims with no via, scope, roles or time hold shared empty values, which nothing can fill', () => {
  const { claims } = engine.analyzeText('r.txt', 'EUR 12 million $4bn £7 US$ 30 '.repeat(3));
  const bare = claims.filter(c => c.via.length === 0 && c.scope.length === 0);
  assert.ok(bare.length >= 2, `${bare.length} bare claims`);
  assert.strictEqual(bare[0].via, bare[1].via);
  assert.strictEqual(bare[0].via, bare[1].scope);
  assert.strictEqual(bare[0].detail.roles, bare[1].via);
  assert.throws(() => { 'use strict'; bare[0].via.push('x'); }, TypeError);
  // No date: the one shared, frozen time of claims that state none.
  assert.deepStrictEqual(bare[0].time, { from: null, to: null });
  assert.strictEqual(bare[0].time, bare[1].time);
  assert.ok(Object.isFrozen(bare[0].time));
  // JSON output is the same as from fresh lists.
  assert.strictEqual(JSON.stringify(bare[0].via), '[]');
});

test('a set of token indexes answers like a Set within its size and false outside it', () => {
  const { IndexSet } = loadSource('server/src/engine/text/indexSet.ts');
  const marks = new IndexSet(10);
  for (const i of [0, 3, 9, 10, -1]) marks.add(i);
  const expected = new Set([0, 3, 9]);
  for (let i = -2; i <= 12; i++) assert.strictEqual(marks.has(i), expected.has(i), `index ${i}`);
});
