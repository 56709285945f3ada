// Round 34 (probe34b, issue 10): false alarms found probing fresh real news (a poisoning, a landslide, a stampede, a
// currency's float). Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

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

test('a community or a hamlet "of N people" is its population, and two reports\' populations pair', () => {
  const a = 'The landslide buried Vento, a farming community of 900 people, on Monday.';
  assert.strictEqual(claimOf(a, 900)?.measure.key, 'person|population');
  assert.strictEqual(claimOf('Rescuers reached the hamlet of some 300 people by noon.', 300)?.measure.key, 'person|population');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', 'Vento, a village of 1,400 people, was buried on Monday.')), ['900/1400']);
  // A group called a community, of those who are not its dwellers, is no population.
  assert.notStrictEqual(claimOf('The community of 40 volunteers cleared the road.', 40)?.measure.key, 'person|population');
});
