// Round 45 (election45b, issue 10): whose figure an election result is when the candidate is told by a description.
// "the opposition Harbor Party candidate with 54 percent" was keyed to the party, and "led the field of six
// candidates with N" stopped the holder walk at the field's size, so neither met another report's figure for the same
// candidate. Invented sentences; the first four tests fail on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const holderOf = (text, value) => claimOf(text, value)?.detail.holder;

const NAMED = 'President Tomas Velikan won the vote on Sunday, officials said. ';

test('a party\'s name before "candidate" stands for the person named last', () => {
  assert.strictEqual(holderOf(`${NAMED}Early results showed the opposition Harbor Party candidate with 54 percent of the vote.`, 54),
    'holder:velikan');
});

test('the nominee\'s share meets another report\'s share for the same person', () => {
  const a = doc('a.txt', `On 2 March the board said: ${NAMED}Early results showed the opposition Harbor Party candidate with 54 percent of the vote.`);
  const b = doc('b.txt', 'On 2 March the board said Tomas Velikan had 51 percent of the vote.');
  assert.deepStrictEqual(valuePairs(a, b), ['51/54']);
});

const FIELD = 'the candidate of the ruling Harbor Party (HP), Marta Velin, topped the field of six presidential candidates with 1,204,331 valid votes, representing 46.2 % of the ballots.';

test('the size of the field a winner led is no holder: the share restating the winner\'s count is the winner\'s', () => {
  assert.strictEqual(holderOf(`No one won outright, although ${FIELD}`, 46.2), 'holder:velin');
});

test('the winner\'s count meets another report\'s count for the same person', () => {
  const a = doc('a.txt', `On 9 May the board said ${FIELD}`);
  const b = doc('b.txt', 'On 9 May the board said Marta Velin won 46.9 percent of the vote.');
  assert.deepStrictEqual(valuePairs(a, b), ['46.2/46.9']);
});

test('guards: a party with no nominee noun keeps its share; a count of candidates not after "of" still stops the walk', () => {
  assert.strictEqual(holderOf(`${NAMED}Early results showed the opposition Harbor Party with 54 percent of the vote.`, 54), 'holder:harbor');
  assert.strictEqual(holderOf('Velin said six candidates shared 12 percent of the vote.', 12), null);
});
