// Round 39 (place39, issue 10): places read on one side only, or two that a reader sees as one. Invented sentences;
// each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const placesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  ?.scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

test('the town a distance is measured from is no place of another figure: "..., about 600 miles south of Bogota, has killed 40"', () => {
  const a = 'Heavy rain in Arequipa, about 600 miles south of Bogota, has killed 40 people since Monday, officials said.';
  assert.deepStrictEqual(placesOf(a, '40 people'), ['place:arequipa']);
  const b = 'A landslide in Bogota killed 12 people on Monday, officials said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('a town\'s size beside its distance from a city is the town\'s, not the city\'s: "a town of 8,000 about 100 km north of Arequipa"', () => {
  const a = 'Camana, a town of 8,000 people about 100 kilometres north of Arequipa, was cut off by the floods.';
  assert.ok(!placesOf(a, '8,000')?.includes('place:arequipa'));
  const b = 'Arequipa, a city of 1.1 million people, was spared by the floods.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('the distance itself keeps both its ends', () => {
  const a = 'Camana, a town of 8,000 people about 100 kilometres north of Arequipa, was cut off by the floods.';
  assert.deepStrictEqual(placesOf(a, '100 kilometres')?.sort(), ['place:arequipa', 'place:camana']);
});
