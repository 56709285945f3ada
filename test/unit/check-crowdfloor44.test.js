// Round 44 (partwhole44, issue 10): a named voice's floor on a crowd, set in one report beside another voice's point
// figure far above it ("police said at least 300,000" against "organizers said 900,000"), is read as the size it names,
// up to twice its figure: the two voices tell different sizes of one gathering. Tolls' floors, voiceless floors, verbs
// of passing a mark and floors across reports stay open. INVENTED sentences; the first test failed on the build before
// the rule (the guards passed before and must still pass).
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc } = require('./claimReports');

test('a voice\'s crowd floor and another voice\'s count far above it, in one report, are rivals', () => {
  const one = doc('a.txt', 'Police said at least 300,000 people joined the march in Varnel on Saturday, while the organizers '
    + 'said 900,000 people took part in the march in Varnel.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(one), ['300000/900000']);
});

test('a crowd floor near the other count stays compatible', () => {
  const one = doc('a.txt', 'Police said at least 300,000 people joined the march in Varnel on Saturday, while the organizers '
    + 'said 450,000 people took part in the march in Varnel.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(one), []);
});

test('a toll\'s floor stays open: a toll grows', () => {
  const one = doc('a.txt', 'Police said at least 30 people were killed in the flood in Varnel on Saturday, while the Red Cross '
    + 'said 90 people were killed in the flood in Varnel.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(one), []);
});

test('a verb of passing a mark is no estimate\'s floor', () => {
  const one = doc('a.txt', 'Police said the crowd at the march in Varnel on Saturday exceeded 300,000 people, while the '
    + 'organizers said 900,000 people took part in the march in Varnel.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(one), []);
});
