// Round 44 (election44, issue 10): election results read as margins. "She carried the vote by 51.8%" said with "by"
// was read as the winner's margin (+diff), so a claimant's share never met the commission's share for the same
// candidate. A margin over half the vote with no rival's share beside it is the winner's share. Invented sentences;
// the first two tests fail on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const eventOf = (text, value) => claimOf(text, value)?.measure.event;

test('a share over half after "won ... by" is the winner\'s share', () => {
  assert.strictEqual(eventOf('Days after the vote in March, Varga claimed he had won the poll by 51.8%.', 51.8), 'vote_share');
});

test('the claimed share meets the commission\'s share for the same candidate', () => {
  const a = doc('a.txt', 'Days after the vote on 2 March, opposition leader Anton Varga claimed he had won the poll by 51.8%.');
  const b = doc('b.txt', 'The electoral commission said Anton Varga won 46.2 percent in the vote on 2 March.');
  assert.deepStrictEqual(valuePairs(a, b), ['46.2/51.8']);
});

test('guards: a margin under half, votes', () => {
  assert.match(eventOf('Varga won the election by 4.6%, the commission said.', 4.6), /\+diff$/);
  assert.match(eventOf('Mr Olu won the vote by just 22,100 votes, the new results showed.', 22100), /\+diff$/);
});

// One party written with and without the "h" of an aspirated final "t" ("-rath", "-rat") had two holder keys, so two
// reports of its seats never met. Fails on the build before this round.
test('a party\'s name with and without a final "h" is one holder', () => {
  const a = doc('a.txt', 'In the preliminary results of the election on 2 March, Seri Pattanarath won 84 seats.');
  const b = doc('b.txt', 'In the preliminary results of the election on 2 March, Seri Pattanarat won 48 seats.');
  assert.deepStrictEqual(valuePairs(a, b), ['48/84']);
});

// "The Unity League President and First Secretary cruised to victory with N votes": a description of titles after "the"
// names no one; the title word was read as the holder ("secretary"), so the count never met the winner's count in
// another report. Like "he", it stands for the person named last. Fails on the build before this round.
test('a description of titles holds its figure as the person named before', () => {
  const a = doc('a.txt', 'President Anton Varga kept the presidency in the vote on 2 March. The Unity League President and First Secretary cruised to victory with 1,874,260 votes.');
  const b = doc('b.txt', 'Anton Varga received 1,874,620 votes in the vote on 2 March, the commission said.');
  assert.deepStrictEqual(valuePairs(a, b), ['1874260/1874620']);
});

test('guard: a party named after "of" keeps its member\'s figure', () => {
  const text = 'Anton Varga won the seat in the vote on 2 March with 52,400 votes, while his rival, Petra Lund of the Northern Supreme Party, got 469 votes.';
  assert.notStrictEqual(claimOf(text, 469)?.detail?.holder, 'holder:varga');
});
