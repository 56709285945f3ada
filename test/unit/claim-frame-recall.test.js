// Claim-frame recall: figures the check used to miss because the frame lost their year, their measure, their time or
// their voice. Invented sentences of the shapes found in real reports; each test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, findings, claimsOf } = require('./claimReports');

const claim = (list, figure) => {
  const c = list.find(x => x.quantity.text.includes(figure));
  assert.ok(c, `no claim for ${figure}: ${list.map(x => x.quantity.text).join(', ')}`);
  return c;
};

test('an undated report takes its year from its address, not from a weekday fitting a year it names in passing', () => {
  const text = '---\nurl: https://news.example.org/2023/03/rail-strike\n---\n'
    + 'Rail workers walked out on Tuesday, March 7, and at least 9,000 people marched in Rennes. '
    + 'The turnout was lower than in 2019.\n';
  const ds = engine.analyzeText('a.txt', text).dates;
  const d = ds.find(x => x.text.includes('March 7'));
  assert.deepStrictEqual([d.from, d.to], ['2023-03-07', '2023-03-07']);
  // With no address, a weekday that fits none of the years the report states (or the year after or before one) leaves
  // the year open instead of the nearest year it fits (2017).
  const open = engine.analyzeText('b.txt', 'Rail workers walked out on Tuesday, March 7. The turnout was lower than in 2019.\n').dates;
  const o = open.find(x => x.text.includes('March 7'));
  assert.deepStrictEqual([o.from, o.to], [null, null]);
});

test('a date inside a "since" clause is a yardstick: it neither dates its sentence\'s figures nor frames the next sentence', () => {
  const text = report('2021-04-11', 'More than 50,000 farmers rallied in the capital on Sunday, organizers said.\n\n'
    + 'It was the largest rally since the republic was founded in 1991. The union said 52,000 people marched.\n\n'
    + 'The police estimated the crowd at about 20,000.');
  const list = claimsOf(text);
  assert.deepStrictEqual(claim(list, '52,000').time, { from: '2021-04-11', to: '2021-04-11' });
  const found = findings(['a.txt', text]);
  assert.ok(found.some(f => /52,000/.test(f.message + f.messageB) && /20,000/.test(f.message + f.messageB)),
    found.map(f => f.message).join('\n'));
});

test('the verb after an aside between commas says what the figure counts: "N people, one in ten of ..., attended"', () => {
  const a = report('2021-04-11', 'Organizers said that about 80,000 people, roughly one in ten of the town\'s residents, attended the vigil on Sunday.');
  const b = report('2021-04-11', 'Police said 30,000 people attended the vigil on Sunday.');
  assert.strictEqual(claim(claimsOf(a), '80,000').measure.event, 'crowd');
  const found = findings(['a.txt', a], ['b.txt', b]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
});

test('a tally noun ("the organisers\' figure was N") counts what the figures a few sentences before it counted', () => {
  const text = report('2021-04-11', 'About 2,000 people marched through the port on Sunday, the union said.\n\n'
    + 'Such numbers are rare here. In May 2015, the organisers\' figure was 9,000 and the authorities\' figure 4,000.');
  const list = claimsOf(text);
  assert.strictEqual(claim(list, '9,000').measure.key, 'person|crowd');
  assert.strictEqual(claim(list, '4,000').measure.key, 'person|crowd');
  const found = findings(['a.txt', text]);
  assert.ok(found.some(f => /9,000/.test(f.message + f.messageB) && /4,000/.test(f.message + f.messageB)),
    found.map(f => f.message).join('\n'));
});

test('a bare percentage takes the metric its previous sentence names, and "according to X" after it is its own voice', () => {
  const text = report('2014-02-03', 'The ministry is accused of understating unemployment data. For 2013, the ministry '
    + 'acknowledged about 7.5%, against 11.2% according to the private institutes.');
  const list = claimsOf(text);
  assert.strictEqual(claim(list, '7.5%').measure.event, 'unemployment');
  assert.strictEqual(claim(list, '11.2%').measure.event, 'unemployment');
  assert.strictEqual(claim(list, '11.2%').source?.id, 'source:private-institutes');
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  // A share of a named group is no such metric: "40% of households" keeps its own measure.
  const other = claimsOf(report('2014-02-03', 'Unemployment rose again in 2013. About 40% of households cut spending.'));
  assert.notStrictEqual(claim(other, '40%').measure.event, 'unemployment');
});

test('power figures have a measure: a cut in megawatts stated by two voices is one reduction counted twice', () => {
  const text = report('2014-02-03', 'Early on Thursday, strikers at the state power firm said they had cut electricity output '
    + 'by 3,000 megawatts, while the grid operator put the cut at 1,800 MW.');
  const list = claimsOf(text);
  assert.strictEqual(claim(list, '3,000').measure.key, 'mw|cut');
  assert.strictEqual(claim(list, '1,800').measure.key, 'mw|cut');
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
});

test('rates over a number of people are read on one base: "17 deaths per million" is no "170 per 100,000"', () => {
  const a = report('2022-05-06', 'Chile recorded 17 excess deaths per million people over 2020 and 2021, the agency said.');
  const b = report('2022-05-06', 'Chile recorded 170 excess deaths for every 100,000 people over 2020 and 2021, researchers said.');
  const c = report('2022-05-06', 'Chile recorded 1.7 excess deaths per 100,000 people over 2020 and 2021, the institute said.');
  const ca = claim(claimsOf(a), '17');
  assert.strictEqual(ca.measure.unit, claim(claimsOf(b, 'b.txt'), '170').measure.unit);
  assert.strictEqual(ca.value, 1.7);
  const found = findings(['a.txt', a], ['b.txt', b], ['c.txt', c]);
  // a and c state one rate on two bases; b is a hundred times larger than both: one conflict, one finding (round 18)
  // standing for the two pairs.
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  assert.strictEqual(engine.locationPairs(found[0]).length, 2);
  assert.ok(found.every(f => /170/.test(f.message + f.messageB)), found.map(f => f.message).join('\n'));
  assert.ok(found.some(f => /17 excess deaths/.test(f.message + f.messageB)), found.map(f => f.message).join('\n'));
});

test('a figure in parentheses after a country, or in a "with" clause, holds where that country is', () => {
  const list = claimsOf(report('2022-05-06', 'Countries that fared worse included Chile (24.5 deaths per million), '
    + 'Bolivia (22.1) and Ecuador (20.3). Peru was first, with 61 deaths per million people.'));
  assert.deepStrictEqual(claim(list, '24.5').scope, ['country:chile']);
  assert.deepStrictEqual(claim(list, '22.1').scope, ['country:bolivia']);
  assert.deepStrictEqual(claim(list, '61').scope, ['country:peru']);
  // Chile's rate is no rival of Peru's in another report.
  const found = findings(['a.txt', report('2022-05-06', 'Countries that fared worse included Chile (24.5 deaths per million) in 2021.')],
    ['b.txt', report('2022-05-06', 'Peru was first in 2021, with 61 deaths per million people.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('per-clause voices: "N marched, organizers said, while police put the figure closer to M" gives M to the police', () => {
  const text = report('2014-02-03', 'About 90,000 people marched on Sunday, organizers said, while police put the figure closer to 30,000.');
  const list = claimsOf(text);
  assert.strictEqual(claim(list, '30,000').source?.id, 'source:police');
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
});

test('years in power are a figure: "ruled for 31 years" and "ran the country for 33 years" disagree', () => {
  const a = report('2016-08-31', 'Before his election in 2009, the island had been ruled for 31 years by his uncle.');
  const b = report('2016-08-31', 'He was first elected in 2009 after the death of his uncle, who ran the island for 33 years.');
  assert.strictEqual(claim(claimsOf(a), '31 years').measure.key, 'year|ruled');
  const found = findings(['a.txt', a], ['b.txt', b]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  // A sentence of years that says nothing of power stays no figure.
  assert.deepStrictEqual(claimsOf(report('2016-08-31', 'The bridge is 31 years old.')).map(c => c.quantity.text), []);
});

test('"consumer prices rose 1.0% over the previous month in May" is May\'s monthly inflation, the month before only its baseline', () => {
  const a = report('2014-06-14', 'Inflation climbed in 2013. By April 2014 it was rising. According to official figures, consumer '
    + 'prices in the capital rose 0.8% over the previous month in May, slightly up from the 0.6% rise recorded in April.');
  const b = report('2014-06-15', 'The latest private release, for May, shows inflation of 2.6% in the month.');
  const list = claimsOf(a);
  const may = claim(list, '0.8%');
  assert.strictEqual(may.measure.event, 'inflation@monthly');
  assert.deepStrictEqual(may.time, { from: '2014-05-01', to: '2014-05-31' });
  // A rate is no count over an area: the nationwide 2.6% is a rival of the capital's 0.8%, not its whole.
  const found = findings(['a.txt', a], ['b.txt', b]);
  assert.ok(found.some(f => /0\.8%/.test(f.message + f.messageB) && /2\.6%/.test(f.message + f.messageB)),
    found.map(f => f.message).join('\n'));
  // "rose to 4.5% in May, from 4.1%": the earlier value of the change the report describes is superseded.
  const change = claimsOf(report('2014-06-14', 'Annual inflation rose to 4.5% in May, from 4.1% the month before, the institute said.'));
  assert.ok(claim(change, '4.1%').detail.superseded);
});
