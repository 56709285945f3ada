// Round 34 (holder34, issue 10): holders and places a figure does not have, read from a neighbouring clause, a source
// or an aside. Invented sentences; each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const placesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  ?.scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

test('a distance is of the place named before its comma, even inside the source: "Residents of Chartres, ... 50 miles"', () => {
  const text = 'Residents of Chartres, a town of 40,000 about 50 miles southwest of Paris, said they had no water.';
  assert.deepStrictEqual(placesOf(text, '50 miles')?.sort(), ['place:chartres', 'place:paris']);
  const aside = 'Villagers in Chartres, about 50 miles southwest of Paris, said they had no water.';
  assert.deepStrictEqual(placesOf(aside, '50 miles')?.sort(), ['place:chartres', 'place:paris']);
});

test('a distance is of the place its sentence places: "Chartres is 60 miles" names where, not a party', () => {
  const a = 'Officials said the flooding hit Chartres, about 50 miles southwest of Paris, on Monday.';
  const b = 'Chartres is 60 miles southwest of Paris, officials said on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['80.45/96.54']);
});

test('the country holding both ends is no third end: "60 miles southwest of France\'s capital, Paris"', () => {
  const a = 'Rescuers said the storm struck Chartres, 50 miles southwest of Paris, on Monday.';
  const b = 'Chartres is 60 miles southwest of France\'s capital, Paris, officials said on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['80.45/96.54']);
});

test('trap: two towns at two distances from one city stay apart', () => {
  const a = 'Officials said the flooding hit Chartres, about 50 miles southwest of Paris, on Monday.';
  const b = 'Officials said the flooding hit Orleans, about 80 miles south of Paris, on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('trap: "the epicentre was 40 km from Paris" names no origin; another verb before the figure ends the search', () => {
  assert.deepStrictEqual(placesOf('The epicentre was 40 km from Paris, officials said on Monday.', '40 km'), ['place:paris']);
  const text = 'Rescuers reached Chartres, and the convoy drove 50 miles south of Paris on Monday.';
  assert.deepStrictEqual(placesOf(text, '50 miles'), ['place:paris']);
});
