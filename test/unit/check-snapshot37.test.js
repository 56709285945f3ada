// Round 37 (snapshot37, issue 10): rival snapshots of a rising toll. An earlier report's count told as the event's toll
// ("the toll rose to", "put the death toll at") is the toll as it stood that day; a later report's higher exact count,
// dated only by its publication, is that toll grown since, no rival. Invented sentences; the first test fails on the
// build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const EARLY_TOLL = 'A ferry capsized on the Orlan river late on Friday. The coast guard put the death toll at 41 after divers searched the hull.';
const LATER_COUNT = 'So far 48 people have been killed, the coast guard said, and rescuers fear the number will rise.';

test('a later report\'s higher count against an earlier report\'s toll is the toll grown since', () => {
  assert.deepStrictEqual(valuePairs(doc('a.txt', EARLY_TOLL, '2025-06-07'), doc('b.txt', LATER_COUNT, '2025-06-08')), []);
  const risen = 'The death toll from the capsized ferry rose to 36 on the Orlan river, the coast guard said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', risen, '2025-06-07'), doc('b.txt', LATER_COUNT, '2025-06-08')), []);
});

test('a toll grown since is read only across days, only upwards, and only from a count told as the toll', () => {
  // The same two counts in reports of one day are still rivals.
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', EARLY_TOLL, '2025-06-08'), doc('b.txt', LATER_COUNT, '2025-06-08')), []);
  // A later report's lower count is left to the comparison.
  const lower = LATER_COUNT.replace('48', '33');
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', EARLY_TOLL, '2025-06-07'), doc('b.txt', lower, '2025-06-08')), []);
  // An earlier count not told as the toll may be the same day's rival count restated (the annotators' gold pairs).
  const plain = 'A ferry capsized on the Orlan river late on Friday. About 41 people were killed, the coast guard said.';
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', plain, '2025-06-07'), doc('b.txt', LATER_COUNT, '2025-06-08')), []);
});
