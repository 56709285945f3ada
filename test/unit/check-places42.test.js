// Round 42 (place42, issue 10): a small town the gazetteer places in another country, named in a report about one
// country that never names the other: a reader takes it for a town of the report's country. Invented sentences; the
// first test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

test('a small town the data places abroad, in a report about one country, is a part of that country: "52 in X" vs "40 in Peru"', () => {
  const a = 'Floods killed 40 people in Peru on Monday, the civil defence institute said.';
  const b = 'Floods killed 52 people in La Quinta on Monday, officials in Peru said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['40/52']);
});

test('the town stays abroad when its report names its country too', () => {
  const a = 'Floods killed 40 people in Peru on Monday, the civil defence institute said.';
  const b = 'Floods killed 52 people in La Quinta on Monday, officials in Peru said, as the United States sent aid.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('a world region is never the town of its name: "900 across Asia" vs "300 in the Philippines" is no part above its whole', () => {
  const a = 'Heavy floods across Asia have killed 900 people since June, aid agencies said on Friday.';
  const b = 'Heavy floods have killed 300 people in the Philippines since June, officials said on Friday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});
