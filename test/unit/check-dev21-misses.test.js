// Development 21's misses, round 27 (issue 10, recall): classes of failure read on the newest stories and fixed with
// general rules or word tables. Invented sentences; each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { keyOf, claimOf, doc, valuePairs } = require('./claimReports');

test('"N percent of registered voters had cast their vote" is the turnout', () => {
  assert.strictEqual(keyOf('By the time the polls closed, more than 71 percent of Lanvia\'s 300,000 registered voters '
    + 'had cast their vote.', 71), 'percent|turnout');
  assert.strictEqual(keyOf('Some 64 percent of the electorate cast a ballot on Sunday.', 64), 'percent|turnout');
});

test('"after the fall of communism" is no autumn: it dates no figure of a later paragraph', () => {
  const body = 'Lanvia sided with its neighbour in the wars that broke out after the fall of communism.\n\n'
    + 'Now Lanvia wants to join the bloc.\n\nBy the time the polls closed, more than 71 percent of its registered '
    + 'voters had cast their ballots.';
  const dates = engine.analyzeText('a.txt', `---\npublished: 2031-05-21\n---\n${body}\n`).dates;
  assert.ok(!dates.some(d => /fall/.test(d.text)), JSON.stringify(dates));
  assert.deepStrictEqual(claimOf(body, 71, '2031-05-21')?.time, { from: '2031-05-21', to: '2031-05-21' });
});

test('"the fall of that year" is still a season', () => {
  const dates = engine.analyzeText('a.txt', 'The plant closed in the fall of that year.').dates;
  assert.ok(dates.some(d => /fall/.test(d.text)), JSON.stringify(dates));
});

test('two outlets\' turnouts of one referendum, one cast as votes, are compared', () => {
  const a = doc('a.txt', 'By the time the polls closed on Sunday, more than 71 percent of Lanvia\'s registered voters '
    + 'had cast their vote.', '2031-05-21');
  const b = doc('b.txt', 'Turnout in Sunday\'s referendum was 64.2%, the commission said.', '2031-05-22');
  assert.deepStrictEqual(valuePairs(a, b), ['64.2/71']);
});

test('a contraction is growth below zero: "contracted 0.5%", "the 0.5% contraction", "a contraction of 0.5%"', () => {
  for (const body of ['Lanvia\'s economy contracted 0.5% last year.', 'This compares with the 0.5% contraction seen last year.',
    'The fund put the economy\'s contraction of 0.5% last year down to floods.']) {
    const c = claimOf(body, -0.5, '2031-10-10');
    assert.strictEqual(c?.measure.key, 'percent|growth', body);
  }
  // Growth stays above zero, and a contract is no contraction.
  assert.strictEqual(claimOf('Lanvia\'s economy grew 0.5% last year.', 0.5, '2031-10-10')?.measure.key, 'percent|growth');
  assert.ok(!claimOf('He signed a contract worth 5% of the budget.', -5, '2031-10-10'));
});

test('growth of 0.5% against a 0.5% contraction of the same year is a contradiction', () => {
  const a = doc('a.txt', 'Lanvia\'s economy grew 0.5% last year, the government said.', '2031-10-10');
  const b = doc('b.txt', 'The fund said Lanvia\'s economy saw a 0.5% contraction last year.', '2031-10-11');
  assert.deepStrictEqual(valuePairs(a, b), ['-0.5/0.5']);
});

test('a bare figure before "came out" counts a crowd, as before "turned out"', () => {
  assert.strictEqual(keyOf('Organizers said that more than 90,000 came out to march on Thursday.', 90000), 'person|crowd');
  assert.strictEqual(keyOf('Organizers said 90,000 came out in the capital.', 90000), 'person|crowd');
});

test('"it should be recalled that" frames the telling: the figure after it is asserted', () => {
  const modality = body => claimOf(body, 60000)?.modality;
  assert.strictEqual(modality('It should be recalled that police counted 60,000 marchers on Thursday.'), 'asserted');
  assert.strictEqual(modality('It must be noted that 60,000 people marched on Thursday.'), 'asserted');
  // A modal of the figure's own clause still weakens it.
  assert.strictEqual(modality('It should be noted that 60,000 people will march on Thursday.'), 'forecast');
  assert.strictEqual(modality('Police said 60,000 people should march on Thursday.'), 'forecast');
});
