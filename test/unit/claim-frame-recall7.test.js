// Round 7 recall: two claims about the same thing at the same time from different voices must meet. Invented sentences
// of the shapes real reports use; each test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = found => found.map(f => f.message).join('\n');

test('two voices in one sentence: "police said N, while students, who organized it, put the turnout at M"', () => {
  const found = findings(['a.txt', report('2024-04-07', 'The Lisbon police said the marchers numbered 45,000, while volunteers '
    + "at the city's law school, which co-organized the march, put the turnout at 300,000.")]);
  assert.strictEqual(found.length, 1, messages(found));
  assert.match(found[0].message, /45,000|300,000/);
});

test('a comment after a colon does not make the figure before it a possibility', () => {
  const text = report('2024-04-07', 'According to the ministry, there were about 60,000 people; according to the unions, there '
    + 'were almost half a million: it was perhaps the biggest protest the town has seen.');
  const big = claimsOf(text).find(c => c.quantity.text.includes('half a million'));
  assert.strictEqual(big.modality, 'asserted');
  assert.strictEqual(findings(['a.txt', text]).length, 1);
});

test('"N people, according to the organizers, and M people, according to the police, took part": two voices', () => {
  const found = findings(['a.txt', report('2024-04-07', 'A march crossed the centre of Porto, in which between 800,000 '
    + 'people, according to the organizers, and 150,000 people, according to the municipal police, took part.')]);
  assert.strictEqual(found.length, 1, messages(found));
});

test('a bare figure another voice puts on the count of the sentence before is a rival of it', () => {
  const put = findings(['a.txt', report('2024-04-07', 'According to the Civic Union, which called the rally, more than 1 million '
    + "people took part. Porto's municipal police, the city guard, put the number at 300,000.")]);
  assert.strictEqual(put.length, 1, messages(put));
  const there = findings(['a.txt', report('2024-04-07', 'Rui Costa, the organizers\' spokesman, put attendance at the rally at "800,000 people". '
    + 'The Guarda Municipal, for its part, says there were 200,000.')]);
  assert.strictEqual(there.length, 1, messages(there));
});

test('a crowd a hundred times smaller is another gathering, not a rival count of the march', () => {
  const found = findings(
    ['a.txt', report('2024-04-08', 'Some 400,000 people marched in Porto on Sunday, according to the police.')],
    ['b.txt', report('2024-04-08', 'On Sunday, before the march, hundreds gathered outside the headquarters of the army in Portugal.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});
