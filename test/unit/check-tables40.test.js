// Round 40 (tables40): the words of the dead are the measure table's (claims/measure.ts DEATH_WORDS, DEATH_NOUNS,
// CASUALTY_NOUNS), not lists of each reader's own. No output changes; these invented sentences guard the readers that
// now derive their words: a tally noun after a noun of the dead, a cause named after a word of harm or before a death noun.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('a tally noun after a noun of the dead counts the dead, not the next figure\'s noun', () => {
  assert.strictEqual(keyOf('The death tally in Vorland climbed to 85 with 30 still missing.', 85), 'person|killed');
});

test('a cause noun before a plural noun of the dead still counts the dead', () => {
  assert.strictEqual(keyOf('The fever fatalities in Vorland rose to 85 on Monday.', 85), 'person|killed');
});
