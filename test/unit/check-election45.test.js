// Round 45 (election45, issue 10): whose share a candidate's figure is when a relative clause naming the party stands
// between the candidate and the verb. "Lund, who heads the Unity Progress League (UPL), won 38.5%" was keyed to the
// party's initials, so it never met another report's share for the same candidate. Invented sentences; all three
// tests fail on the build before this round (the old walk also gave a body's figure to the person its clause names).
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const holderOf = (text, value) => claimOf(text, value)?.detail.holder;

test('a name inside a relative clause before the verb describes the subject, whose share it is', () => {
  assert.strictEqual(holderOf('The commission said Ivo Mutarek, who heads the ruling Unity Progress League (UPL), won 38.5% of the vote.', 38.5),
    'holder:mutarek');
});

test('the candidate\'s share meets another report\'s share for the same candidate', () => {
  const a = doc('a.txt', 'On 2 March the commission said Ivo Mutarek, who heads the ruling Unity Progress League (UPL), won 38.5% of the vote.');
  const b = doc('b.txt', 'On 2 March the commission declared Ivo Mutarek the winner with 38.7% of the vote.');
  assert.deepStrictEqual(valuePairs(a, b), ['38.5/38.7']);
});

test('guards: a body before the clause keeps it; a figure inside the clause stays the subject\'s earlier count', () => {
  assert.strictEqual(holderOf('The Unity Progress League, which Ivo Mutarek leads, won 41 seats in the vote.', 41),
    holderOf('The Unity Progress League won 41 seats in the vote.', 41));
  assert.strictEqual(holderOf('The Green League, which had 29 seats before, raised its tally to 47 seats.', 47),
    holderOf('The Green League raised its tally to 47 seats.', 47));
});
