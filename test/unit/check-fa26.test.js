// Whose count, round 26 (issue 10): a figure that names no place nor party, given by a state as its voice counting its
// own side ("the toll on its side", "its first three cases"), is that state's count (compare.ts, voicedElsewhere).
// Invented sentences of the shapes the false alarms of check-dev15 and check-dev19 showed; each finding test fails on
// the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('a state\'s voice counting "its side" is no rival of the other country\'s named dead', () => {
  const body = 'Fighting on the border between Kyrgyzstan and Tajikistan went on for a third day on Sunday.\n\n'
    + 'The foreign ministry of Tajikistan said 52 citizens of Tajikistan have been killed in the clashes.\n\n'
    + 'The Kyrgyz health ministry said on Sunday that the death toll on its side had risen to 71.';
  assert.strictEqual(claimOf(body, 71)?.detail?.ownSide, true);
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a country\'s voice reporting "its first" cases is no rival of a count placed in another country', () => {
  const body = 'The outbreak spread further on Thursday.\n\n'
    + 'A doctor in Ningxia said on Thursday there were 14 cases of the virus in Ningxia.\n\n'
    + 'Australia reported its first five probable cases on Thursday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a state\'s voice without a possessive still rivals the other side: the strikes\' dead are counted abroad', () => {
  const body = 'India launched missile strikes on nine sites in Pakistan on Wednesday.\n\n'
    + 'India reported that 80 militants were killed in the strikes on Wednesday.\n\n'
    + 'Pakistan said that 31 people were killed in Pakistan in the strikes on Wednesday.';
  assert.strictEqual(claimOf(body, 80)?.detail?.ownSide, undefined);
});

test('a crowd counted by a city\'s voice keeps its rivals: a crowd is the gathering\'s, whoever counts it', () => {
  const body = 'Tens of thousands marched through Warsaw on Sunday.\n\n'
    + 'Warsaw city hall said its estimate was 60,000 marchers on Sunday.\n\n'
    + 'The organisers said 200,000 people marched in Warsaw on Sunday.';
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('"at least another N" is an increment even with its hedge before "another", no rival of a level', () => {
  const body = 'The storm left 210 dead and 420 missing in Varnland by Tuesday, officials said.';
  const other = 'The storm struck Varnland on Monday.\n\nAt least another 9,000 are missing in Varnland, officials said on Tuesday.';
  assert.match(claimOf(other, 9000)?.measure.event ?? '', /\+diff$/);
  assert.deepStrictEqual(valuePairs(doc('a.txt', body), doc('b.txt', other)), []);
});
