// The claim frame's counted thing, measure and holder, in invented sentences: a rate is no count, a difference is no
// level, a superseded value is no rival, a share needs what it is a share of, a held count needs its own holder, the
// world's count is no country's, and a part of a forecast is forecast. Each fails on the build before the frame's rules.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, findings, claimsOf } = require('./claimReports');


test('a rate per head is its own measure: "21 deaths per million" is no rival of "4,000 deaths"', () => {
  const found = findings(
    ['a.txt', report('2022-05-06', 'The virus killed 4,000 people in Peru in 2021, the health ministry said.')],
    ['b.txt', report('2022-05-06', 'Peru recorded 21 deaths per million people in 2021, the agency said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
  const list = claimsOf(report('2022-05-06', 'Countries that fared worse included Chile (24.5 deaths per million), Bolivia (22.1) and Ecuador (20.3).'));
  assert.ok(list.length >= 3);
  // Rates over a number of people are read per 100,000 (claim-frame-recall.test.js): 24.5 per million is 2.45.
  for (const c of list) assert.match(c.measure.unit, /\/per-100000$/, c.quantity.text);
  assert.deepStrictEqual(list.map(c => c.value), [2.45, 2.21, 2.03]);
  // The denominator of "for every 100,000 people" is no count of people.
  const per = claimsOf(report('2022-05-06', 'Peru had 171 excess deaths for every 100,000 people over the two years.'));
  assert.deepStrictEqual(per.map(c => c.quantity.text).filter(t => t.includes('100,000')), []);
});

test('a difference between two counts is no level: "3 million more deaths than reported"', () => {
  const found = findings(
    ['a.txt', report('2022-05-06', 'The agency estimated 3 million more deaths than those officially reported in Peru in 2021.')],
    ['b.txt', report('2022-05-06', 'Peru recorded 200,000 deaths in 2021, the ministry said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('a value the report says was replaced is no rival: "an earlier toll of 52", "up from 3.7%"', () => {
  const found = findings(
    ['a.txt', report('2024-03-02', 'Police lowered the death toll to 45 on Saturday, from an earlier estimated toll of 52 given by the fire service.')],
    ['b.txt', report('2024-03-02', 'Officials said 45 people were killed in the fire on Saturday.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
  const rate = claimsOf(report('2023-07-07', 'The jobless rate fell to 3.6% in June, down from 3.9%, the bureau said.'));
  const earlier = rate.find(c => c.quantity.text.startsWith('3.9'));
  assert.ok(earlier && engine.detailOf(earlier).superseded);
  // An earlier value with its own date is a claim about that date.
  const dated = claimsOf(report('2022-11-03', 'The annual rate grew from 85.3% in September to 86.3% this month, the institute said.'));
  assert.ok(!engine.detailOf(dated.find(c => c.quantity.text.startsWith('85.3'))).superseded);
});

test('whose figure: a vote share belongs to the candidate it is "for", not to every candidate in the sentence', () => {
  const found = findings(
    ['a.txt', report('2024-07-29', 'The council declared Nicolas Maduro the winner with 51 percent of the votes, against 44 percent for Edmundo Gonzalez.')],
    ['b.txt', report('2024-07-29', 'The opposition said Edmundo Gonzalez had obtained 67% of the votes.')]);
  assert.strictEqual(found.length, 1);
  assert.match(found[0].message, /^44 percent here vs 67% in b/);
});

test('a strike rate needs the group it is a share of; a count\'s progress is no share at all', () => {
  const found = findings(
    ['a.txt', report('2023-01-19', 'Nearly a third of civil servants joined the strike. According to the ministry, 28% were on strike at midday.')],
    ['b.txt', report('2023-01-19', 'The union said 65% of primary teachers were on strike on Thursday. The ministry said 35% of primary teachers were on strike.')]);
  assert.deepStrictEqual(found.map(f => f.message), ['65% here (union) vs 35% (ministry) in the same report, same day']);
  const progress = findings(
    ['a.txt', report('2024-07-29', 'The council reported the trend with 80 percent of polling stations counted, and turnout of 59 percent.')],
    ['b.txt', report('2024-07-29', 'Turnout was 62 percent, the council said.')]);
  assert.ok(progress.every(f => !f.message.startsWith('80 percent')), progress.map(f => f.message).join('; '));
});

test('a month\'s inflation is no rival of the year\'s', () => {
  const found = findings(
    ['a.txt', report('2013-01-10', 'Prices rose sharply: the agencies measured inflation of 2.1% in the month, they said.')],
    ['b.txt', report('2013-01-10', 'Official inflation was 10.8%, the institute said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('places: the world\'s count is no country\'s, and an unplaced crowd twice a city\'s is the wider total', () => {
  const found = findings(
    ['a.txt', report('2022-05-06', 'The WHO said 4.7 million people died in India in 2020 and 2021, and it put the toll at about 15 million deaths worldwide.')],
    ['b.txt', report('2022-05-06', 'India recorded 481,000 deaths in 2020 and 2021, the ministry said.')]);
  assert.ok(found.every(f => !/15 million/.test(`${f.message} ${f.messageB}`)), found.map(f => f.message).join('; '));
  const crowd = findings(
    ['a.txt', report('2023-01-20', 'The union said 400,000 people marched in Paris on Thursday, January 19, 2023.')],
    ['b.txt', report('2023-01-20', 'More than a million people marched on Thursday, January 19, 2023, the government said.')]);
  assert.deepStrictEqual(crowd.map(f => f.message), []);
});

test('a part of a forecast is forecast: "expected 500,000, including 50,000 in Paris"', () => {
  const c = claimsOf(report('2023-01-19', 'The authorities were expecting 500,000 demonstrators, including 50,000 in Paris.'));
  assert.deepStrictEqual(c.map(x => x.modality), ['forecast', 'forecast']);
});

test('a figure and the same figure rounded agree; a town\'s population is its own measure', () => {
  const same = findings(
    ['a.txt', report('2024-07-29', 'Nicolas Maduro obtained 5,150,092 votes, the council said.')],
    ['b.txt', report('2024-07-29', 'The council said Nicolas Maduro won 5.15 million votes.')]);
  assert.deepStrictEqual(same.map(f => f.message), []);
  const pop = findings(
    ['a.txt', report('2023-09-14', 'Derna, home to about 100,000 people, was hit by the flood.')],
    ['b.txt', report('2023-09-14', 'Derna has a population of at least 120,000, officials said.')]);
  assert.strictEqual(pop.length, 1);
});

test('two voices in one report: "the police counted 80,000 and the union counted 300,000" is a finding', () => {
  const found = findings(['a.txt', report('2023-03-08',
    'On Tuesday, March 7, 2023, the police counted 80,000 demonstrators across Spain and the union counted 300,000.')]);
  assert.strictEqual(found.length, 1);
  assert.match(found[0].message, /^80,000 demonstrators here \(police\) vs 300,000 \(union\) in the same report/);
});

test('a modal in a relative clause after the figure does not make it a forecast', () => {
  const c = claimsOf(report('2019-06-09', 'More than 500,000 protesters marched on Sunday, organizers said, to oppose a bill that would allow extraditions.'));
  assert.strictEqual(c[0].modality, 'asserted');
});

test('measures named around the figure: a city\'s size, people employed, a list after a colon', () => {
  const pop = findings(
    ['a.txt', report('2013-11-10', 'Ormoc, a city of 190,000 people, was flattened.')],
    ['b.txt', report('2013-11-10', 'Ormoc has a population of 210,000, officials said.')]);
  assert.strictEqual(pop.length, 1);
  const jobs = claimsOf(report('2004-09-17', 'The plant, opened in 1950, employs 3,000 people.'));
  assert.strictEqual(jobs.find(x => x.quantity.text.startsWith('3,000')).measure.key, 'job|employed');
  const list = claimsOf(report('2023-01-19', 'Local papers point to a large mobilisation: 21,000 people in Nantes, 17,000 in Rennes.'));
  assert.deepStrictEqual(list.map(x => x.measure.key), ['person|crowd', 'person|crowd']);
});

test('when a figure holds: a present perfect counts up to the statement, not to the event named earlier', () => {
  const c = claimsOf(report('2013-11-13', 'The storm made landfall last Friday, November 8.\nAt least 500,000 people have been displaced, the United Nations said on Tuesday, November 12.'));
  const displaced = c.find(x => x.quantity.text.includes('500,000'));
  assert.deepStrictEqual(displaced.time, { from: '2013-11-12', to: '2013-11-12' });
  // A document "seen by" an agency on a day dates the statement, not the count.
  const seen = claimsOf(report('2023-10-20', 'Officials said 200 people were killed on Tuesday, October 17. Intelligence estimated that probably 100 to 150 people were killed, according to a document seen by AFP on Thursday, October 19.'));
  assert.deepStrictEqual(seen.find(x => x.quantity.text.includes('150')).time, { from: '2023-10-17', to: '2023-10-17' });
});

test('counted thing: children killed are a part of the people killed; passengers a bus was carrying are one count', () => {
  const found = findings(
    ['a.txt', report('2024-03-02', 'Twelve children were killed in the fire in Lagos on Saturday, officials said.')],
    ['b.txt', report('2024-03-02', 'Forty people were killed in the fire in Lagos on Saturday, police said.')],
    ['c.txt', report('2024-03-02', 'The bus was carrying 40 passengers when it crashed in Kano on Saturday, police said.')],
    ['d.txt', report('2024-03-02', 'The bus was carrying 52 passengers when it crashed in Kano on Saturday, officials said.')]);
  assert.deepStrictEqual(found.map(f => f.message), ['40 passengers here vs 52 in d (officials), same day, police vs officials']);
});

test('measures of other kinds of news: a quake\'s magnitude, how long an outage lasted, what it cost, customers without power', () => {
  const found = findings(
    ['a.txt', report('2023-02-06', 'A magnitude 7.8 earthquake struck southern Turkey on Monday, the geological survey said. A magnitude 6.7 aftershock followed. The outage lasted about five hours on Monday. The blackout cost the utility $40 million, analysts said. About 3,000 customers were without power on Monday.')],
    ['b.txt', report('2023-02-06', 'The quake in southern Turkey measured 7.4 on Monday, the geological survey said. The outage lasted nine hours on Monday. The blackout cost the utility $90 million, the company said. Some 12,000 customers were without power on Monday.')]);
  const messages = found.map(f => f.message).sort();
  assert.strictEqual(messages.length, 4, messages.join('; '));
  assert.ok(messages.some(m => m.startsWith('magnitude 7.8 here vs 7.4')), messages.join('; '));
  assert.ok(messages.every(m => !m.includes('6.7')), messages.join('; '));
});

test('sums: "300 killed and 2,700 wounded" are 3,000 casualties, worked out, against a stated 4,000', () => {
  const found = findings(
    ['a.txt', report('2024-03-02', 'The attack on Saturday left 300 people killed and 2,700 wounded in Kharkiv, officials said.')],
    ['b.txt', report('2024-03-02', 'The attack on Saturday caused 4,000 casualties in Kharkiv, the mayor said.')]);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
  assert.match(found[0].message, /^3,000 people here vs 4,000 in b/);
  assert.match(found[0].why, /worked out from "300 people \+ 2,700 wounded"/);
});

test('whose figure: "software, which lost 30,000 jobs" is the software sector\'s count, no rival of manufacturers\' 8,000', () => {
  const found = findings(
    ['a.txt', report('2023-07-07', 'Job losses in June were led by software, which lost 30,000 jobs, the survey said.')],
    ['b.txt', report('2023-07-07', 'In June, manufacturers lost 8,000 jobs, the survey said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('the defining case in one sentence: police count 80,000 in a city, organizers put the crowd at 400,000', () => {
  const found = findings(['a.txt', report('2025-03-09', 'Police said 80,000 people marched in Madrid on Saturday, while organizers put the crowd at 400,000.')]);
  assert.deepStrictEqual(found.map(f => f.message), ['80,000 people here (Police) vs 400,000 (organizers) in the same report, same day']);
});

test('modality and measure read from the right clause: "which employs 12,000" is asserted; "cancelled or delayed" is its own count', () => {
  const c = claimsOf(report('2025-03-09', 'Acme, which employs 12,000 people, said on Sunday it would cut 1,500 jobs.'));
  assert.deepStrictEqual(c.map(x => [x.measure.key, x.modality]), [['job|employed', 'asserted'], ['job|cut', 'forecast']]);
  const found = findings(
    ['a.txt', report('2019-08-07', 'Almost 300 flights were cancelled or delayed at Heathrow on Wednesday, the airport said.')],
    ['b.txt', report('2019-08-07', 'Some 117 flights were cancelled at Heathrow on Wednesday, the airline said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});
