// Round 31 (issue 10, misses first): pairs a reader found in unannotated real news of protests, elections and public
// health that the check missed. Each test states the class with INVENTED sentences; each failed on the build before
// its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('the audience a rally drew is its crowd ("drew an audience of 40,000 people")', () => {
  const c = claimOf('The act on Harbour Avenue drew an audience of about 40,000 people, the daily estimated.', 40000);
  assert.strictEqual(c.measure.event, 'crowd');
});

test('an audience estimate meets a rival crowd count of the same rally', () => {
  const a = doc('a.txt', 'The act on Harbour Avenue in Norport drew an audience of about 40,000 people, the daily estimated.');
  const b = doc('b.txt', 'Police said 15,000 people gathered on Harbour Avenue in Norport for the act.');
  assert.deepStrictEqual(valuePairs(a, b), ['15000/40000']);
});

test('a turnout set against a crowd in the sentence\'s later clause is that crowd\'s rival count', () => {
  // The story's earlier word of an election used to make the turnout a vote.
  const c = claimOf('Thousands marched for free elections. The organisers put the turnout at 80,000, while police said 21,000 '
    + 'started the march.', 80000);
  assert.strictEqual(c.measure.event, 'crowd');
});

test('organisers\' turnout and the police\'s marchers of one sentence are flagged', () => {
  const a = doc('a.txt', 'Thousands marched for free elections. The organisers put the turnout at 80,000, while police said '
    + '21,000 started the march.');
  assert.deepStrictEqual(valuePairs(a), ['21000/80000']);
});

// A guard (it passed before too): the rule leaves a share alone.
test('a voter turnout in percent stays a vote even beside a march', () => {
  const c = claimOf('Turnout was 61 percent, while thousands marched in Norport.', 61);
  assert.notStrictEqual(c.measure.event, 'crowd');
});

test('a share in parentheses after a candidate\'s votes holds for that candidate', () => {
  const c = claimOf('John Ferris won 41,200 votes, while Maria Oduya took 30,115 votes (36.1 percent) and Peter Lind 9,870 '
    + 'votes (11.2 percent), the commission said.', 36.1);
  assert.ok(c.scope.some((s) => /oduya/.test(s)), c.scope.join(','));
});

test('the same candidate\'s share given two ways is flagged across reports', () => {
  const a = doc('a.txt', 'John Ferris won 41,200 votes, while Maria Oduya took 30,115 votes (36.1 percent) and Peter Lind '
    + '9,870 votes (11.2 percent), the commission said.');
  const b = doc('b.txt', 'The commission said Maria Oduya won 39.4 percent of the vote.');
  assert.deepStrictEqual(valuePairs(a, b), ['36.1/39.4']);
});

test('"won with N votes (P%)": the share in parentheses is the winner\'s (a class round 30 left)', () => {
  const c = claimOf('Peter Mwale won with 1,240,300 votes (38.57%), the commission said.', 38.57);
  assert.strictEqual(c.detail.holder, 'holder:mwale');
});
