// Round 37 (quake37): a quake's magnitude glued to its word by a hyphen ("a magnitude-5.9 quake") is a magnitude, and a
// magnitude written with its word inside a toll's phrase does not take the toll from the bare figure the toll sets.
// Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, keyOf } = require('./claimReports');

test('"magnitude-N" is read as a magnitude, as "magnitude N" and "N-magnitude" are', () => {
  for (const written of ['magnitude-5.9', 'magnitude 5.9', '5.9-magnitude']) {
    const body = `A ${written} earthquake shook the hill town of Sarvel on Thursday, the seismology office said.`;
    assert.strictEqual(keyOf(body, 5.9), 'magnitude|measured', written);
  }
});

test('a hyphen after another word before a figure stays part of the word', () => {
  const body = 'The Tarvo-3 rover covered 14 kilometres on Thursday, the space agency said.';
  assert.strictEqual(claimOf(body, 3), undefined);
});

test('a toll past a magnitude in its phrase still counts the dead', () => {
  for (const written of ['magnitude-6.3', 'magnitude 6.3', '6.3-magnitude', '6.3 magnitude']) {
    const body = `The relief office said on Friday that the death toll from the ${written} earthquake that hit the valley `
      + 'of Orsenna on March 2 has risen to 148.';
    assert.strictEqual(keyOf(body, 148), 'person|killed', written);
    assert.strictEqual(keyOf(body, 6.3), 'magnitude|measured', written);
  }
});
