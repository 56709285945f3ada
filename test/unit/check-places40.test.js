// Round 40 (place40, issue 10): a place the gazetteer does not place (a district, regency or camp it lacks), named in a
// report about one country, lies inside that country: part and whole, never two places apart. Invented sentences; the
// first test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, findings, valuePairs } = require('./claimReports');

const country = 'Peru: the landslide killed 45 people in Peru on Monday, the Peruvian government said.';
const district = (n) => `Peru: a landslide in the Quispe Province killed ${n} people on Monday, Peruvian officials said.`;

test('an unplaced district\'s toll a little above its country\'s is a possible finding: part above its whole', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', district(60)), doc('b.txt', country)), ['45/60']);
  const [f] = findings(doc('a.txt', district(60)), doc('b.txt', country));
  assert.strictEqual(f.severity, 'possible');
});

test('the district\'s toll below its country\'s: the whole holds the part', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', district(30)), doc('b.txt', country)), []);
});

test('a toll twice the country\'s or more is a wider area\'s or another count, not a part above its whole', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', district(400)), doc('b.txt', country)), []);
});

test('a place of no one country (a mountain range) stays apart from the country', () => {
  const a = 'Peru: storms killed 60 people across the Andes on Monday, Peruvian officials said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', country)), []);
});
