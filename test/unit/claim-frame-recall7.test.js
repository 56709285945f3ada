// Round 7 recall: two claims about the same thing at the same time from different voices must meet. Invented sentences
// of the shapes real reports use; each test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = found => found.map(f => f.message).join('\n');

test('two voices in one sentence: "police said N, while students, who organized it, put the turnout at M"', () => {
  const found = findings(['a.txt', report('2024-04-07', 'The Lisbon police said the marchers numbered 45,000, while volunteers '
    + "at the city's law school, which co-organized the march, put the turnout at 300,000.")]);
  assert.strictEqual(found.length, 1, messages(found));
  assert.match(found[0].message, /45,000|300,000/);
});

test('a comment after a colon does not make the figure before it a possibility', () => {
  const text = report('2024-04-07', 'According to the ministry, there were about 60,000 people; according to the unions, there '
    + 'were almost half a million: it was perhaps the biggest protest the town has seen.');
  const big = claimsOf(text).find(c => c.quantity.text.includes('half a million'));
  assert.strictEqual(big.modality, 'asserted');
  assert.strictEqual(findings(['a.txt', text]).length, 1);
});

test('"N people, according to the organizers, and M people, according to the police, took part": two voices', () => {
  const found = findings(['a.txt', report('2024-04-07', 'A march crossed the centre of Porto, in which between 800,000 '
    + 'people, according to the organizers, and 150,000 people, according to the municipal police, took part.')]);
  assert.strictEqual(found.length, 1, messages(found));
});

test('a bare figure another voice puts on the count of the sentence before is a rival of it', () => {
  const put = findings(['a.txt', report('2024-04-07', 'According to the Civic Union, which called the rally, more than 1 million '
    + "people took part. Porto's municipal police, the city guard, put the number at 300,000.")]);
  assert.strictEqual(put.length, 1, messages(put));
  const there = findings(['a.txt', report('2024-04-07', 'Rui Costa, the organizers\' spokesman, put attendance at the rally at "800,000 people". '
    + 'The Guarda Municipal, for its part, says there were 200,000.')]);
  assert.strictEqual(there.length, 1, messages(there));
});

test('a crowd a hundred times smaller is another gathering, not a rival count of the march', () => {
  const found = findings(
    ['a.txt', report('2024-04-08', 'Some 400,000 people marched in Porto on Sunday, according to the police.')],
    ['b.txt', report('2024-04-08', 'On Sunday, before the march, hundreds gathered outside the headquarters of the army in Portugal.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('an election result is dated by the vote the report names, not by the day it was declared', () => {
  const found = findings(
    ['a.txt', report('2024-03-06', 'Moreno won Sunday\'s presidential election.\n\nThe commission chairman declared the results '
      + 'on Tuesday, saying Moreno won with 52.3 percent of the votes.')],
    ['b.txt', report('2024-03-04', 'Moreno won 49.1 percent of the votes in Sunday\'s presidential election, the commission said.')]);
  assert.strictEqual(found.length, 1, messages(found));
  assert.strictEqual(found[0].severity, 'clear');
  // A figure of another year in the same report keeps its own date.
  const list = claimsOf(report('2024-03-06', 'Moreno won Sunday\'s presidential election. In 2019 he won with 38 percent of the votes.'));
  assert.strictEqual(list.find(c => c.quantity.text.startsWith('38')).time.from, '2019-01-01');
});

test('in a report about a vote, a percentage a candidate verb takes is that candidate\'s share', () => {
  const found = findings(
    ['a.txt', report('2024-03-04', 'According to the commission, Alvarez scored 48.2% and Moreno won with 50.1% in the election.')],
    ['b.txt', report('2024-03-04', 'Alvarez lost with 45.3 per cent in the election, the commission said.')]);
  assert.strictEqual(found.length, 1, messages(found));
  assert.match(found[0].message, /48\.2|45\.3/);
  // Outside a vote "won" takes no share: a firm's gains are no candidate's.
  const firm = claimsOf(report('2024-03-04', 'The shares of the firm won 4.1% on Monday.'));
  assert.notStrictEqual(firm[0]?.measure.event, 'vote_share');
});

test('"X beat Y by A% to B%" gives neither share to the nearest name: the winner\'s first, the loser\'s second', () => {
  const list = claimsOf(report('2024-03-04', 'Moreno beat his rival Alvarez by 50.1 percent of the votes to 48.2 percent.'));
  assert.deepStrictEqual(list.map(c => c.detail.holder), ['holder:moreno', 'holder:alvarez']);
});

test('"this month" in a statistic released before the month ends is the last full month', () => {
  const text = report('2024-11-04', 'Annual inflation in Peru rose to 61.2% this month, the independent group said.');
  assert.strictEqual(claimsOf(text)[0].time.from, '2024-10-01');
  const found = findings(['a.txt', text],
    ['b.txt', report('2024-11-20', 'Annual inflation in Peru was 58.9% in October, the statistics office said.')]);
  assert.strictEqual(found.length, 1, messages(found));
  // A count is no statistic with a reference period: "this month" stays the month of the report.
  const count = claimsOf(report('2024-11-04', 'Some 1,200 jobs were cut this month, the union said.'));
  assert.strictEqual(count[0].time.from, '2024-11-01');
});

test('"consumer prices rose by N% in October" is the month\'s inflation, a rival of another monthly rate for October', () => {
  const found = findings(
    ['a.txt', report('2024-11-05', 'Consumer prices in Peru rose by 7.2% in October, the independent group said.')],
    ['b.txt', report('2024-11-05', 'Monthly inflation in Peru was 6.1% in October, the independent group said.')]);
  assert.strictEqual(found.length, 1, messages(found));
});

test('the old value of a stated change keeps its own day: another report giving it for the new day is a rival', () => {
  const found = findings(
    ['a.txt', report('2024-11-05', 'The group said annual inflation in Peru grew from 52.1% in September to 55.3% in October.')],
    ['b.txt', report('2024-11-06', 'Annual inflation in Peru was 52.1% in October, the independent group said.')]);
  assert.strictEqual(found.length, 1, messages(found));
  // Given for the day the change gives it, the old value is the change's earlier stage.
  const same = findings(
    ['a.txt', report('2024-11-05', 'The group said annual inflation in Peru grew from 52.1% in September to 55.3% in October.')],
    ['b.txt', report('2024-10-06', 'Annual inflation in Peru was 52.1% in September, the independent group said.')]);
  assert.deepStrictEqual(same.map(f => f.message), []);
});

test('an estimate of a past figure ("may have been N") is a rival of the official figure for the same period', () => {
  const found = findings(
    ['a.txt', report('2019-05-02', 'Annual growth in Chile averaged 6.1% between 2015 and 2018, the statistics office said.')],
    ['b.txt', report('2019-05-03', 'Actual growth in Chile between 2015 and 2018 may have been 3.5%, economist Ana Ruiz said.')]);
  assert.strictEqual(found.length, 1, messages(found));
  // A possibility about what is to come stays one.
  const later = claimsOf(report('2019-05-03', 'Growth in Chile may reach 3.5% in 2020, economist Ana Ruiz said.'));
  assert.strictEqual(later[0].modality, 'possibility');
});

test('"N, not the official estimate of M": a figure set against the official one is another voice', () => {
  const found = findings(['a.txt', report('2019-05-03',
    "In the paper's reading, Chile's average growth between 2015 and 2018 was 3.5 per cent, not the official estimate of 6.1 per cent.")]);
  assert.strictEqual(found.length, 1, messages(found));
});

test('"overstated by about 9-21 per cent" is how far a figure was off, not a level of it', () => {
  const list = claimsOf(report('2019-05-03', 'The level of GDP in Chile was overstated by about 9-21 per cent, the paper said.'));
  assert.match(list[0].measure.event, /\+diff$/);
});

test('"Since then ... at least N" counts as of the report, and "outside mainland China" leaves China out', () => {
  const text = report('2020-01-22', 'On January 17 the official number of cases in Wuhan was still 41. Since then the numbers '
    + 'have jumped, with at least 258 cases in Wuhan.');
  const list = claimsOf(text);
  assert.strictEqual(list.find(c => c.quantity.text.includes('258')).time.from, '2020-01-22');
  const out = claimsOf(report('2020-01-22', 'The number of cases detected outside mainland China rose to seven.'));
  assert.ok(out[0].scope.includes('outside:country:china'), out[0].scope.join(','));
});

test('"their official figure of N killed" counts the dead, a rival of another count of them', () => {
  const list = claimsOf(report('2015-10-05', 'Port officials said their official figure of 412 killed had not changed.'));
  assert.strictEqual(list[0].measure.key, 'person|killed');
});

test('"X has reported the biggest number of deaths at N" is one party\'s part, no rival of the whole toll', () => {
  const found = findings(
    ['a.txt', report('2015-10-05', 'Chile has reported the biggest number of deaths at 96, with Peru coming next with 41.')],
    ['b.txt', report('2015-10-05', 'The ferry disaster killed 412 people, officials said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});
