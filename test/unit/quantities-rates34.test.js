// A rate per a unit the recognizer converts (miles to km, acres to hectares) keeps that unit as written: the figure is
// per mile or per acre, and reading it per km or per hectare without dividing it gave a wrong value (round 34).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const figures = text => engine.analyzeText('r.txt', `---\npublished: 2030-05-01\n---\n${text}`).quantities
  .map(q => `${q.text} = ${q.low} ${q.unit}`);

test('a price or yield per converted unit keeps the unit it was written in', () => {
  assert.deepStrictEqual(figures('The ride costs $4 per mile.'), ['$4 per mile = 4 usd/mile']);
  assert.deepStrictEqual(figures('Farmers harvested 52 bushels per acre.'), ['52 bushels per acre = 52 bushel/acre']);
  assert.deepStrictEqual(figures('Plots sold for £900 per square mile.'), ['£900 per square mile = 900 gbp/mile2']);
});

test('a rate per a metric unit and a converted quantity are read as before', () => {
  assert.deepStrictEqual(figures('Copper traded at $9,100 per tonne.'), ['$9,100 per tonne = 9100 usd/tonne']);
  assert.deepStrictEqual(figures('The storm covered 100 miles.'), ['100 miles = 160.9 km']);
});
