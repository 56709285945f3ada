// Round 46 (measure46): what happened to the counted thing. Invented sentences; the positive tests fail on the build
// before the round's rules, the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report, doc, valuePairs } = require('./claimReports');

const percents = body => claimsOf(report('2025-03-04', body)).filter(c => c.measure.unit === 'percent')
  .map(c => `${c.measure.key} ${c.low}..${c.high}`);

test('a share of abstention is read as the turnout it completes, its bounds mirrored', () => {
  assert.deepStrictEqual(percents('Abstention reached 62% in the Sunday vote in Norvania.'), ['percent|turnout 38..38']);
  assert.deepStrictEqual(percents('Observers put the abstention rate at more than 70 percent.'), ['percent|turnout null..30']);
});

test('turnout and abstention of one vote that cannot both hold make a finding; ones that agree make none', () => {
  const turnout = doc('a.txt', 'Turnout in the Sunday presidential election in Norvania was 64 percent, the electoral council said.');
  assert.deepStrictEqual(valuePairs(turnout,
    doc('b.txt', 'An observer group said abstention in the Sunday presidential election in Norvania was 80 percent.')), ['20/64']);
  assert.deepStrictEqual(valuePairs(turnout,
    doc('b.txt', 'An observer group said abstention in the Sunday presidential election in Norvania was 36 percent.')), []);
});

test('a range whose first end is labelled its minimum is one range, told directly or by its complement', () => {
  assert.deepStrictEqual(percents('Abstention could have been between 70% as a minimum and 75% as a maximum.'), ['percent|turnout 25..30']);
  assert.deepStrictEqual(percents('Participation ranged between 25% as a minimum, and 30% as a maximum.'), ['percent|turnout 25..30']);
});

test('a change of abstention and a figure with no mirrored hedge keep their measure (guards)', () => {
  assert.deepStrictEqual(percents('Abstention stood at nearly 60% in Norvania.'), ['percent|abstention 54..60']);
  assert.deepStrictEqual(percents('Abstention rose by 5% from the last vote.').map(k => k.split(' ')[0]), ['percent|abstention+change']);
  assert.deepStrictEqual(percents('Turnout was 55% in the Sunday vote.'), ['percent|turnout 55..55']);
});
