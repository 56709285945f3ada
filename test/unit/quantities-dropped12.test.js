// Figures the quantity recognizer dropped (issue 12): decimal commas, figures after a label and a colon, bare figures
// whose counted noun stands after a copula or in the sentence before, and subjects that do the counting. Invented
// sentences; each fails on the build before these rules.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "text|unit|value" for every quantity in the text. */
function figures(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.unit}|${q.value}`);
}

test('a decimal comma before a unit, a scale word or after a currency sign is one value', () => {
  assert.deepStrictEqual(figures('Participation reached 71,46% in the capital.'), ['71,46%|percent|71.46']);
  assert.deepStrictEqual(figures('The governing front took 39,8 % of the ballots.'), ['39,8 %|percent|39.8']);
  assert.deepStrictEqual(figures('The mill reported a loss of 2,7 million pesos.'), ['2,7 million pesos|mxn|2700000']);
  assert.deepStrictEqual(figures('A coffee now costs €3,20 in the old town.'), ['€3,20|eur|3.2']);
  assert.deepStrictEqual(figures('The queue stretched 1,5 km along the quay.'), ['1,5 km|km|1.5']);
});

test('a comma before three digits stays a thousands separator, and a list without spaces stays no figure', () => {
  assert.deepStrictEqual(figures('The flood left 3,000 people homeless.'), ['3,000 people|person|3000']);
  assert.deepStrictEqual(figures('The jurors gave 16,17 and 18 points respectively.'), ['18 points|point|18']);
});
