// False alarms across times and holders, round 27 (issue 10, precision). Invented sentences; each test's first case
// failed on the build before the rule it guards, the others guard what stays.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const timeOf = (text, value) => claimsOf(text).find(c => c.value === value)?.detail?.timeBasis;

test('a toll said on a named later day grew from the count its paragraph dates to the event day', () => {
  const early = doc('a.txt', 'A bus plunged into a gorge near Tarvel on Thursday, May 8. Police said 12 passengers died in the '
    + 'crash.', '2031-05-10');
  const later = doc('b.txt', 'The death toll from the bus crash near Tarvel rose to 19, officials said on Friday.', '2031-05-10');
  assert.strictEqual(timeOf(early[1], 12), 'context');
  assert.strictEqual(timeOf(later[1], 19), 'statement');
  assert.deepStrictEqual(valuePairs(early, later), []);
});

test('a later toll below the event day\'s count still stands against it', () => {
  const early = doc('a.txt', 'A bus plunged into a gorge near Tarvel on Thursday, May 8. Police said 24 passengers died in the '
    + 'crash.', '2031-05-10');
  const later = doc('b.txt', 'The death toll from the bus crash near Tarvel stood at 19, officials said on Friday.', '2031-05-10');
  assert.deepStrictEqual(valuePairs(early, later), ['19/24']);
});

test('a higher toll dated only by publication is no growth of the paragraph-dated count', () => {
  const early = doc('a.txt', 'A bus plunged into a gorge near Tarvel on Thursday, May 8. Police said 12 passengers died in the '
    + 'crash.', '2031-05-10');
  const later = doc('b.txt', 'The death toll from the bus crash near Tarvel is 19, according to the regional governor.', '2031-05-10');
  assert.deepStrictEqual(valuePairs(early, later), ['12/19']);
});

test('a running toll since a year long past holds one stated day\'s lower toll', () => {
  const total = doc('a.txt', 'Some 9 000 people have died in the unrest in Varnia since 2024, monitors said on Friday.', '2031-05-10');
  const day = doc('b.txt', 'Police said 17 people were killed in Varnia on Friday, May 9, during the regional vote.', '2031-05-10');
  assert.strictEqual(claimsOf(total[1]).find(c => c.value === 9000)?.detail?.since, '2024-01-01');
  assert.deepStrictEqual(valuePairs(total, day), []);
});

test('a day\'s toll above the running total since its start still stands against it', () => {
  const total = doc('a.txt', 'Some 12 people have died in the unrest in Varnia since May 1, monitors say.', '2031-05-10');
  const day = doc('b.txt', 'Police said 17 people were killed in Varnia on Friday, May 9, during the regional vote.', '2031-05-10');
  assert.notDeepStrictEqual(valuePairs(total, day), []);
});
