// Round 44 (conflict44, issue 10): two sides' soldiers of one clash. A state's count of soldiers that names no nation
// ("the Azerbaijani defence ministry said 61 soldiers died") is its own side's; against another nation's soldiers
// ("150 Armenian soldiers") it is neither the whole holding them nor their rival. Read as an unowned whole, it paired
// with the other side's losses as a part larger than its whole. Invented sentences; the first test fails on the build
// before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const ARMENIAN = 'The Armenian government said that more than 150 Armenian soldiers died in the fighting with Azerbaijan last week.';

test('a state\'s own soldiers are no whole of the other side\'s', () => {
  const d = doc('a.txt', `${ARMENIAN} The Azerbaijani defence ministry said 61 soldiers died in the fighting.`);
  assert.deepStrictEqual(valuePairs(d, d), []);
});

test('guards: a voice that is no state, and the same state\'s own count, still pair', () => {
  const monitors = doc('a.txt', `${ARMENIAN} Independent monitors said 61 soldiers died in the fighting.`);
  assert.deepStrictEqual(valuePairs(monitors, monitors), ['61/150']);
  const own = doc('a.txt', `${ARMENIAN} The Armenian defence ministry said 61 soldiers died in the fighting.`);
  assert.deepStrictEqual(valuePairs(own, own), ['61/150']);
});
