// Figures wrongly read as a part of another's whole, or as a change, round 33 (part33, issue 10): invented sentences of
// each class. Each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('"Another nearly 300 are injured" after a sentence of dead counts the injured, no increment', () => {
  const a = 'A bomb hit a market in Kessa on Saturday. At least 120 people were killed.\n\nMourners gathered at the mosque.'
    + '\n\nAnother nearly 300 people are injured, most of them traders.';
  assert.strictEqual(keyOf(a, 300), 'person|wounded');
  const b = 'A bomb hit a market in Kessa on Saturday.\n\nThe health ministry said 180 people were injured in Kessa.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['180/300']);
});

test('"Another 2,400 are missing" after a count of the stranded is the missing count', () => {
  const a = 'Floods swept the hills of Varnia.\n\nSome 800 villagers are stranded in the valley of Kessa. Another 2,400 are missing, officials said.';
  assert.strictEqual(keyOf(a, 2400), 'person|missing');
});

test('"Another 30 were killed" after a count of the killed stays an increment, and so does a verb\'s object', () => {
  const a = 'A bomb hit a market in Kessa on Saturday. At least 120 people were killed.\n\nAnother 30 people were killed on Sunday.';
  assert.strictEqual(keyOf(a, 30), 'person|killed+diff');
  const b = 'The receiver found buyers for 400 stores.\n\n"We have kept another 60 posts," the receiver said.';
  assert.match(keyOf(b, 60) ?? '', /\+diff$/);
});
