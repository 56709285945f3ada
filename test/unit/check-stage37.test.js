// A crowd's stage, round 37 (stage37, issue 10, precision): counts of one march at different stated stages (its start,
// its peak, its end, the evening) are counts of different moments, no rivals; a count with no stage still meets any, and
// a count at the start is an early stage of the day's crowd (below it, no rival; above it, a rival).
// Invented sentences; each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const START = 'Police said 12,000 people had gathered at the start of the climate march in Brackenford on Sunday.';
const PEAK = 'At its peak, the climate march in Brackenford on Sunday drew 45,000 people, organizers said.';
const PLAIN = 'Police said 20,000 people joined the climate march in Brackenford on Sunday.';

test('a crowd count reads the stage of the gathering its clause names', () => {
  assert.strictEqual(claimOf(START, 12000)?.detail?.stage, 'start');
  assert.strictEqual(claimOf(PEAK, 45000)?.detail?.stage, 'peak');
  assert.strictEqual(claimOf('At the height of the protest in Brackenford on Sunday, 30,000 people filled the square.', 30000)?.detail?.stage, 'peak');
  assert.strictEqual(claimOf('Some 9,000 people were still in the square at the end of the rally in Brackenford on Sunday.', 9000)?.detail?.stage, 'end');
  // A stage right after a bare count whose clause ends before it, each figure with its own.
  const both = 'Transit officials counted 7,000 people at the beginning and some 26,000 at the height of the parade in Brackenford.';
  assert.strictEqual(claimOf(both, 7000)?.detail?.stage, 'start');
  assert.strictEqual(claimOf(both, 26000)?.detail?.stage, 'peak');
  assert.strictEqual(claimOf(PLAIN, 20000)?.detail?.stage, undefined);
  // The start of a year is no stage of a gathering.
  assert.strictEqual(claimOf('Police said 20,000 people joined the climate march in Brackenford at the start of the year.', 20000)?.detail?.stage, undefined);
});

test('two counts of one crowd at different stated stages are no rivals', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', START), doc('b.txt', PEAK)), []);
  const evening = 'By the evening, 28,000 people had taken part in the climate march in Brackenford on Sunday, organizers said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', evening), doc('b.txt', PEAK)), []);
  const end = 'Some 9,000 people were still in the square at the end of the climate march in Brackenford on Sunday, police said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', end), doc('b.txt', PEAK)), []);
});

test('counts at the same stage, and a count with no stage, still meet', () => {
  const peak2 = 'Police said the climate march in Brackenford on Sunday drew 15,000 people at its peak.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', peak2), doc('b.txt', PEAK)), ['15000/45000']);
  assert.deepStrictEqual(valuePairs(doc('a.txt', PLAIN), doc('b.txt', PEAK)), ['20000/45000']);
});

test('a count at the start is an early stage of the day\'s crowd: below it no rival, above it a rival', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', START), doc('b.txt', PLAIN)), []);
  const bigStart = 'Police said 60,000 people had gathered at the start of the climate march in Brackenford on Sunday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', bigStart), doc('b.txt', PLAIN)), ['20000/60000']);
});
