// Reference time, round 19 second pass (issue 10): classes of gold pairs kept apart by the time a claim speaks of.
// Invented sentences of the shapes found by `eval-check.mjs --why-items`; each test fails on the build before this pass.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

test('a date of the report joined to the figure by a participle is the figure\'s own date', () => {
  // "from N reported in <month> to M for <quarter>": the first figure is as of its report, not of the second's quarter.
  const drop = 'The office said jobless numbers in Norvania fell from 21.4 per cent reported in June 2029 to 6.2 per cent for the second quarter of 2031.';
  const t = timeOf(drop, 21.4, '2031-09-01');
  assert.strictEqual(t?.from, '2029-06-01', JSON.stringify(t));
  // The later figure keeps its own quarter.
  assert.strictEqual(timeOf(drop, 6.2, '2031-09-01')?.from, '2031-04-01');
  // "cases recorded on Monday": the noun may stand between the figure and its participle.
  const cases = 'The 340 cases recorded on Monday in Kelby were more than the figure for the whole of 2030.';
  assert.strictEqual(timeOf(cases, 340, '2031-03-12')?.from, '2031-03-10');
  // A date that only says when something was said, not joined to the figure, still comes last.
  const said = 'In 2030, 420 people were injured in Kelby, the office said on Monday.';
  assert.strictEqual(timeOf(said, 420, '2031-03-12')?.from, '2030-01-01');
});

test('a rate as of its report pairs with another report\'s rate of that month', () => {
  const a = ['a.txt', report('2031-09-01', 'The office said jobless numbers in Norvania fell from 21.4 per cent reported in June 2029 to 6.2 per cent for the second quarter of 2031.')];
  const b = ['b.txt', report('2031-09-02', 'In June 2029, the unemployment rate in Norvania rose to 23.9 per cent, the office said.')];
  const m = messages(a, b);
  assert.ok(m.some(x => /21\.4/.test(x) && /23\.9/.test(x)), m.join('\n'));
});

test('a year a figure is measured against gives no year to an undated report\'s yearless day', () => {
  // No publication date: "on 14 July" takes the story's year (2031), not the yardstick years of the next sentence.
  const body = 'Thousands of people marched through Kelby on 14 July for the annual Harvest Day rally. '
    + 'The turnout was weaker than last year\'s and far from reaching the figures of 2027 and 2028. '
    + 'According to the police, 40,000 people took part. This 2031 rally was quieter than earlier editions.';
  const t = timeOf(body, 40000, '');
  assert.strictEqual(t?.from, '2031-07-14', JSON.stringify(t));
  // "higher than in 2026" likewise.
  const than = 'Some 12,000 people marched in Kelby on 14 July, more than in 2026. The 2031 rally ended peacefully.';
  assert.strictEqual(timeOf(than, 12000, '')?.from, '2031-07-14');
  // A year the story states for itself still dates the day.
  const own = 'Some 12,000 people marched in Kelby on 14 July. The 2029 rally ended peacefully.';
  assert.strictEqual(timeOf(own, 12000, '')?.from, '2029-07-14');
});

test('a year a plan is to be met by gives no year to an undated report\'s yearless day', () => {
  // "by 2034" is a bound after the story, as "since 2020" is one before it: "14 July" takes the story's 2031.
  const body = 'The government aims to raise the retirement age to 65 by 2034. On 14 July, some 5,000 people marched in Kelby '
    + 'against the plan, the largest march in Kelby in 2031.';
  assert.strictEqual(timeOf(body, 5000, '')?.from, '2031-07-14');
});
