// Figures wrongly read as a part of another's whole, or as a change, round 33 (part33, issue 10): invented sentences of
// each class. Each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('"Another 300 were injured" after a sentence of dead counts the injured, no increment', () => {
  const a = 'A bomb hit a market in Kessa on Saturday. At least 120 people were killed.\n\nThe government expects the toll to rise.'
    + '\n\nAnother nearly 300 people are injured, many of them badly burned.';
  assert.strictEqual(keyOf(a, 300), 'person|wounded');
  const b = 'A bomb hit a market in Kessa on Saturday.\n\nThe health ministry said 180 people were injured in Kessa.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['180/300']);
});

test('"Another 3,000 are missing" after a count of the stranded is the missing count', () => {
  const a = 'Floods swept the hills of Varnia.\n\nOver 500 still remain stranded in the town of Kessa. Another 3,000 are reported to be missing.';
  assert.strictEqual(keyOf(a, 3000), 'person|missing');
});

test('"Another 30 were killed" after a count of the killed stays an increment, and so does a verb\'s object', () => {
  const a = 'A bomb hit a market in Kessa on Saturday. At least 120 people were killed.\n\nAnother 30 people were killed on Sunday.';
  assert.strictEqual(keyOf(a, 30), 'person|killed+diff');
  const b = 'The receiver found buyers for 400 stores.\n\n"We have saved another 100 jobs," the receiver said.';
  assert.match(keyOf(b, 100) ?? '', /\+diff$/);
});
