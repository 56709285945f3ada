// A long verbless run of figures on one line (a table, a price list pasted as text) is no sentence of claims: its
// figures stay quantities, and the claim steps are skipped. Shorter lists and lines with a verb keep their claims.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const prices = (n, from = 3) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(' ');
const counts = text => {
  const r = engine.analyzeText('t.txt', text);
  return { quantities: r.quantities.length, claims: r.claims.length };
};

test('a verbless line of fifty prices keeps its quantities and gives no claims', () => {
  assert.deepStrictEqual(counts(`Fares: ${prices(50)}`), { quantities: 50, claims: 0 });
  assert.deepStrictEqual(counts(`Tariff sheet\nRates ${'£4 EUR 6 ¥9 '.repeat(20)}\n`), { quantities: 60, claims: 0 });
});

test('the same figures with a verb on their line are claims', () => {
  assert.deepStrictEqual(counts(`Fares rose to ${prices(50)}`), { quantities: 50, claims: 50 });
});

test('a short verbless list of figures keeps its claims', () => {
  assert.deepStrictEqual(counts(`Fares: ${prices(12)}`), { quantities: 12, claims: 12 });
});

test('a table line does not take claims from the prose lines around it', () => {
  const prose = 'About 40 people were killed on Monday, officials said.';
  const alone = engine.analyzeText('t.txt', prose).claims.map(c => c.measure.key);
  const mixed = engine.analyzeText('t.txt', `${prose}\n${prices(50)}\n${prose}`).claims.map(c => c.measure.key);
  assert.deepStrictEqual(mixed, [...alone, ...alone]);
});
