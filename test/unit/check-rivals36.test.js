// Round 36 (partwhole36): one report's placed count and another named voice's unplaced count of the same toll, which
// the report sets side by side with a contrasting word, are rival counts, not a wider total over a part
// (check/parts.ts, rivalVoicesInOneReport). Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const LEAD = 'Unrest spread after the disputed vote.\n\n';

test('another voice\'s unplaced count set against a placed one by "however" is a rival count', () => {
  const body = 'Police said 38 people were killed in Mombasa on Tuesday. The Kenya Human Rights Commission, however, said 95 people were killed.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), ['38/95']);
});

test('a "but" in the placed count\'s own sentence sets it against a later voice\'s count', () => {
  const body = `${LEAD}The interior ministry said 41 people were killed in Mombasa on Friday, but the opposition says the real toll is far higher.\n\n`
    + 'The Kenya Human Rights Commission said 120 people were killed.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), ['41/120']);
});

test('with no contrasting word, the unplaced count may still be a wider total', () => {
  const body = 'Police said 38 people were killed in Mombasa on Tuesday. The Kenya Human Rights Commission said 95 people were killed.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a count many times the placed one stays a wider total', () => {
  const body = 'Police said 38 people were killed in Mombasa on Tuesday. The Kenya Human Rights Commission, however, said 950 people were killed.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a count its words mark as a total stays the whole', () => {
  const body = 'Police said 38 people were killed in Mombasa on Tuesday. The Kenya Human Rights Commission, however, said 95 people were killed nationwide.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});
