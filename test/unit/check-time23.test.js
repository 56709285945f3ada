// Reference time, round 23 (issue 10): classes of gold pairs kept apart by the time a claim speaks of.
// Invented sentences of the shapes found by `eval-check.mjs --why-items`; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

// An official count released five weeks after the vote, the vote's day named only further down.
const LATE = 'NORVASTAD, May 6 -- Dana Vell won more votes than President Oren Kast in Norvania\'s presidential election, '
  + 'according to official results released Tuesday after a delay of five weeks.\n\n'
  + 'The electoral commission said Vell won 46.2 percent, compared with 44.8 percent for Kast.\n\n'
  + 'The delay in releasing the results from the March 31 vote drew criticism abroad.';

test('an election result declared weeks after the vote holds of the vote the report names, not of its dateline', () => {
  assert.deepStrictEqual(timeOf(LATE, 46.2, '2029-05-06'), { from: '2029-03-31', to: '2029-03-31' });
  // A day of the result's own sentence far from the vote is still that day's (a later count, a runoff).
  const own = 'The March 31 vote went to a count. On May 6 the commission said Vell won 46.2 percent.';
  assert.deepStrictEqual(timeOf(own, 46.2, '2029-05-06'), { from: '2029-05-06', to: '2029-05-06' });
  // Beyond the window the vote day lends nothing: a result of August is no result of a vote in March.
  const far = LATE.replace('May 6', 'August 6');
  assert.deepStrictEqual(timeOf(far, 46.2, '2029-08-06'), { from: '2029-08-06', to: '2029-08-06' });
});

test('a party\'s own tally of the first days meets the official result declared weeks later', () => {
  const a = ['a.txt', report('2029-05-06', LATE)];
  const b = ['b.txt', report('2029-04-03', 'Dana Vell\'s party said she had won 50.6% of the vote in the presidential '
    + 'election, according to its own tally from polling stations.')];
  const m = messages(a, b);
  assert.ok(m.some(x => /46\.2/.test(x) && /50\.6/.test(x)), m.join('\n'));
});

test('"the elections took place March 31" names the vote\'s day', () => {
  const body = 'The Norvanian elections took place March 31, and only today has the commission issued the official '
    + 'results. Vell got 46.2% of the votes.';
  assert.deepStrictEqual(timeOf(body, 46.2, '2029-05-06'), { from: '2029-03-31', to: '2029-03-31' });
  // "was held on" too, and for a gathering as for a vote.
  const march = 'The march was held on Sunday in Kelby. About 3,000 people took part, police said.';
  assert.deepStrictEqual(timeOf(march, 3000, '2029-05-08'), { from: '2029-05-06', to: '2029-05-06' });
});

test('a whole percentage a share with decimals lies within one point above is that share cut short, no rival', () => {
  const a = ['a.txt', report('2029-05-06', 'The electoral commission said Vell won 46.8 percent in the presidential election.')];
  const b = ['b.txt', report('2029-05-06', 'Vell won 46 per cent in the presidential election, government sources said.')];
  const m = messages(a, b);
  assert.ok(!m.some(x => /46\.8/.test(x)), m.join('\n'));
  // A point or more apart still pairs.
  const c = ['c.txt', report('2029-05-06', 'Vell won 45 per cent in the presidential election, government sources said.')];
  const far = messages(a, c);
  assert.ok(far.some(x => /46\.8/.test(x) && /45/.test(x)), far.join('\n'));
});

test('a decision looks ahead: "decided to ... and to suspend its dividend from the fourth quarter" is the coming quarter', () => {
  const engine = require('../../dist/engine.js');
  const body = 'Norvia Corp has decided to reduce its workforce by over 15 per cent and to suspend its dividend from the '
    + 'fourth quarter, as part of a restructuring.';
  const dates = engine.analyzeText('a.txt', report('2029-08-02', body)).dates;
  const quarter = dates.find(d => /fourth quarter/.test(d.text));
  assert.deepStrictEqual([quarter?.from, quarter?.to], ['2029-10-01', '2029-12-31']);
});

test('a date of a second infinitive after the figure dates that other action, not the figure', () => {
  const body = 'Norvia Corp has decided to reduce its workforce by over 15 per cent and to suspend its dividend from the '
    + 'fourth quarter, as part of a restructuring.';
  assert.deepStrictEqual(timeOf(body, 15, '2029-08-02'), { from: '2029-08-02', to: '2029-08-02' });
  // The figure's own date still dates it.
  const own = 'Norvia Corp said it cut its workforce by 15 per cent in the second quarter and plans to hire again.';
  assert.deepStrictEqual(timeOf(own, 15, '2029-08-02'), { from: '2029-04-01', to: '2029-06-30' });
});
