// Round 36 (measure36): gold pairs kept apart by the measure. Invented sentences of the class the round fixed; each test
// but the guard fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

const POLL = 'Voters in Freedonia elected a new assembly on Sunday.\n\n';

test('people eligible or entitled to vote are the electorate', () => {
  assert.strictEqual(keyOf(`${POLL}The election went ahead with over 30 million people eligible to vote.`, 30e6), 'voter|electorate');
  assert.strictEqual(keyOf(`${POLL}Some 4.1 million people were entitled to vote in the first round.`, 4.1e6), 'voter|electorate');
});

test('a share of those entitled to vote who turned out is the turnout, not a share of the vote', () => {
  assert.strictEqual(keyOf(`${POLL}Only 9.5% of those entitled to vote turned out at the polls in the first round.`, 9.5), 'percent|turnout');
  assert.strictEqual(keyOf(`${POLL}About 41% of those eligible to vote took part, the commission said.`, 41), 'percent|turnout');
  assert.strictEqual(keyOf(`${POLL}Just 27 percent of registered voters turned out on Sunday.`, 27), 'percent|turnout');
});

test('two turnouts of one round meet however the electorate is named', () => {
  const a = doc('a.txt', `${POLL}Only 9.5% of those entitled to vote turned out at the polls on Sunday, the commission said.`);
  const b = doc('b.txt', `${POLL}Turnout in Sunday's first round was 14.2 percent, the commission said.`);
  assert.deepStrictEqual(valuePairs(a, b), ['9.5/14.2']);
});

test('a share voting for a choice stays a vote share; the electorate stays apart from those who voted (guards)', () => {
  assert.strictEqual(keyOf(`${POLL}Some 56% of those who voted backed the new charter.`, 56), 'percent|vote_share');
  assert.strictEqual(keyOf(`${POLL}The results turned out to give 56 percent of the vote to the ruling party.`, 56), 'percent|vote_share');
  assert.notStrictEqual(keyOf(`${POLL}The budget gap, first put at 3%, turned out far wider.`, 3), 'percent|turnout');
  const a = doc('a.txt', `${POLL}The election went ahead with over 30 million people eligible to vote.`);
  const b = doc('b.txt', `${POLL}Some 21.4 million people voted on Sunday, the commission said.`);
  assert.deepStrictEqual(valuePairs(a, b), []);
});
