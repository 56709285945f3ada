// Same-source and touching-bound pairs, round 25 (issue 10): two figures that cannot both hold are a finding. Invented
// sentences of the shapes found by `eval-check.mjs --why-items` (causes "compatible (values overlap)" and "same source");
// each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const pairs = (a, b) => valuePairs(doc('a.txt', a), doc('b.txt', b));

test('"up to N" against "more than N" of one thing and day: bounds meeting only at N, one leaving it out', () => {
  assert.deepStrictEqual(pairs('Up to 6,000 people died in the floods in Varnland on Monday, officials said.',
    'More than 6,000 people died in the floods in Varnland on Monday, the Red Cross said.'), ['6000/6000']);
});

test('"almost N" against "more than N" of one march', () => {
  assert.deepStrictEqual(pairs('Almost 800,000 people marched in Oldport on Saturday, police said.',
    'More than 800,000 people marched in Oldport on Saturday, organisers said.'), ['800000/800000']);
});

test('"more than N" against a range ending at N', () => {
  assert.deepStrictEqual(pairs('More than 1.4 million people marched in Oldport on Saturday, organisers said.',
    'Between 1.2 million and 1.4 million people marched in Oldport on Saturday, police said.'), ['/1400000']); // a range has no one value
});

test('bounds meeting at N that both take it in stay compatible: "at least N" and "up to N"', () => {
  assert.deepStrictEqual(pairs('At least 6,000 people died in the floods in Varnland on Monday, officials said.',
    'Up to 6,000 people died in the floods in Varnland on Monday, the Red Cross said.'), []);
});

test('a point figure or "about N" meeting a bound at N stays compatible (a rounded figure)', () => {
  assert.deepStrictEqual(pairs('6,000 people died in the floods in Varnland on Monday, officials said.',
    'More than 6,000 people died in the floods in Varnland on Monday, the Red Cross said.'), []);
  assert.deepStrictEqual(pairs('About 6,000 people died in the floods in Varnland on Monday, officials said.',
    'Nearly 6,000 people died in the floods in Varnland on Monday, the Red Cross said.'), []);
});

test('overlapping hedged figures stay compatible ("about 30" vs "some 35")', () => {
  assert.deepStrictEqual(pairs('About 30 people died in the floods in Varnland on Monday, officials said.',
    'Some 35 people died in the floods in Varnland on Monday, the Red Cross said.'), []);
});

test('bounds meeting at N on days that may differ are a count passing N, no finding', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', 'Nearly 6,000 people were displaced by the floods in Varnland.', '2031-03-02'),
    doc('b.txt', 'More than 6,000 people have been displaced by the floods in Varnland, the agency said on Tuesday.', '2031-03-05')), []);
});
