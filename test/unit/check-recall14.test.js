// Missed contradictions, round 14: what a figure counts when names or quote marks stand inside its noun phrase, people
// who took part, a finer figure halfway between two coarse ones, and a figure called the true count.
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const keys = text => claimsOf(report('2025-03-12', text)).map(c => c.measure.key);
const found = (a, b, pa = '2025-03-12', pb = '2025-03-12') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a name inside the counted phrase is no counted noun, even a word the tagger takes for a verb', () => {
  // "Thomas" looks like a plural name and "Cook" like a verb: the phrase goes on to its noun.
  assert.deepStrictEqual(keys('The agency is working to rescue the 180,000 Thomas Cook holidaymakers stranded abroad.'), ['person|stranded']);
  assert.deepStrictEqual(keys('The agency is working to rescue the 180,000 Ravel Air holidaymakers stranded abroad.'), ['person|stranded']);
  assert.strictEqual(found('The agency said 180,000 Ravel Air holidaymakers were stranded abroad on Monday.',
    'An estimated 150,000 tourists were stranded abroad on Monday, the agency said.').length, 1);
});

test('quote marks around a word of the counted phrase do not end it', () => {
  assert.deepStrictEqual(keys('The agency said there were 4.7 million "excess" flu deaths in Norvania in 2024.'), ['person|killed']);
  assert.deepStrictEqual(keys('Researchers found 1,210 “excess” deaths in Norvania in 2024.'), ['person|killed']);
});

test('people taking part in a gathering are its crowd, with or without a noun', () => {
  assert.deepStrictEqual(keys('Police said at least 750,000 were taking part, although organisers put the figure closer to two million.'),
    ['person|crowd', 'person|crowd']);
  assert.deepStrictEqual(keys('Police said the march was peaceful, with at least 750,000 taking part.'), ['person|crowd']);
  assert.deepStrictEqual(keys('More than 300,000 people took part in the march in Velmar, organisers said.'), ['person|crowd']);
  assert.strictEqual(found('More than 300,000 people took part in the march in Velmar on Sunday, organisers said.',
    'Police said 90,000 took part in the march in Velmar on Sunday.').length, 1);
});

test('a finer figure halfway between two coarse ones is either of them rounded', () => {
  assert.strictEqual(found('In the election, Ada Velm beat Ion Brask by 50.49% to 48.85 percent.',
    'In the election, Ion Brask garnered 48.8%.', '2025-03-12', '2025-03-14').length, 0);
  assert.strictEqual(found('In the election, Ada Velm beat Ion Brask by 50.49% to 48.85 percent.',
    'In the election, Ion Brask garnered 48.9%.', '2025-03-12', '2025-03-14').length, 0);
  assert.strictEqual(found('In the election, Ada Velm beat Ion Brask by 50.49% to 48.85 percent.',
    'In the election, Ion Brask garnered 48.7%.', '2025-03-12', '2025-03-14').length, 1);
});

test('a figure called the true count disputes the count it is set against; it is no total over a wider area', () => {
  const official = 'Officials said 169 people died in Tarvel on Monday.';
  assert.strictEqual(found(official, 'A military source said on Monday that the true death toll is more than 500.').length, 1);
  assert.strictEqual(found(official, 'Rights groups said on Monday the real number of deaths exceeded 600.').length, 1);
  // Without such words a figure far above a town's is the wider area's total.
  assert.strictEqual(found(official, 'A military source said on Monday that more than 500 people died.').length, 0);
});

test('"it added" after a figure tags what was said: no jobs were added', () => {
  assert.deepStrictEqual(keys('Two people died and 140 were hurt, nine of them seriously, it added.'),
    ['person|killed', 'person|losses', 'person|wounded', 'person|wounded+part']);
  assert.deepStrictEqual(keys('The economy added 209,000 jobs in June.'), ['job|hired']);
});

test('a bare figure before a degree of harm counts some of the injured', () => {
  assert.ok(keys('Police said 140 people were injured – nine seriously – and 52 detained.').includes('person|wounded+part'));
  assert.strictEqual(found('Police said on Saturday that 140 people were injured – nine seriously – and 52 detained.',
    'The ministry said one person died and 140 were hurt on Saturday, six of them seriously, it added.').length, 1);
});

test('a date right before a verb that states a figure dates the statement, not what it counts', () => {
  const basis = text => claimsOf(report('2025-07-01', text)).map(c => c.detail.timeBasis);
  assert.deepStrictEqual(basis('Home Minister Ravi Tandon on Saturday pegged the death toll in Varna at 900.'), ['statement']);
  assert.deepStrictEqual(basis('The ministry on Monday put the number of injured at 140.'), ['statement']);
  // A date after the verb, or before an event verb, is the figure's own.
  assert.deepStrictEqual(basis('Floods on Saturday killed 900 people in Varna.'), ['explicit']);
});

test('in a report about a vote, a percentage a put verb gives a candidate\'s total is a share of the vote', () => {
  assert.deepStrictEqual(keys('In the presidential election, the opposition\'s own tallies put Ada Velm\'s total at 50.3 percent.'),
    ['percent|vote_share']);
  assert.strictEqual(found('In the presidential election, the opposition\'s own tallies put Ada Velm\'s total at 50.3 percent.',
    'The electoral commission said Ada Velm won 47.9 percent in the presidential election.').length, 1);
  // No vote, no share of it.
  assert.notDeepStrictEqual(keys('Analysts put the bank\'s total at 50.3 percent of assets.'), ['percent|vote_share']);
});
