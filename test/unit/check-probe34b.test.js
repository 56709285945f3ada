// Round 34 (probe34b, issue 10): false alarms found probing fresh real news (a poisoning, a landslide, a stampede, a
// currency's float). Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

test('"N such people" counts a group the sentence points back to, no rival of a total of its noun', () => {
  const first = 'More than 30 people were in hospital on Sunday after drinking tainted liquor in the district, police said.';
  const such = 'Police checked every home in the district on Sunday. "We found nine such people and admitted them to hospital," a police official said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', first, '2025-03-03'), doc('b.txt', such, '2025-03-03')), []);
  // Without "such" the same words still pair: the rule reads the word, not the story.
  const plain = such.replace(' such', '');
  assert.deepStrictEqual(valuePairs(doc('a.txt', first, '2025-03-03'), doc('b.txt', plain, '2025-03-03')), ['9/30']);
});

test('a later report\'s floor above an earlier report\'s toll is the toll grown since', () => {
  const monday = 'A mudslide buried the hamlet of Vento on Monday. The official death toll stood at 30 after rescuers stopped work at dusk.';
  const tuesday = 'At least 35 bodies have been recovered from the mud in Vento, officials said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', monday, '2025-03-03'), doc('b.txt', tuesday, '2025-03-04')), []);
  // The same floor in a report of the same day is still a rival of the stated toll.
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', monday, '2025-03-04'), doc('b.txt', tuesday, '2025-03-04')), []);
});
