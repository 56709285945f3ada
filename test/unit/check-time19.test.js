// Reference time, round 19 (issue 10): classes of gold pairs kept apart, or false alarms made, by the time a claim
// speaks of. Invented sentences of the shapes found by `eval-check.mjs --why-items` and `--fa-why-items`; each test
// fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');
const engine = require('../../dist/engine.js');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

test('a date a figure is compared with frames no figure of its sentence', () => {
  // "higher than in 2027", "compared with 2028", "than last year's": the yardstick's time, not the figure's.
  assert.notStrictEqual(timeOf('Turnout in Norvania reached 61 percent, higher than in 2027.', 61, '2031-05-10')?.from, '2027-01-01');
  assert.notStrictEqual(timeOf('Turnout in Norvania reached 61 percent, compared with 2028.', 61, '2031-05-10')?.from, '2028-01-01');
  // A date of the figure's own stays: a hedge's "than" is no comparison with a time.
  assert.strictEqual(timeOf('More than 140 people died in Kelby on March 3, officials said.', 140, '2031-03-09')?.from, '2031-03-03');
  assert.strictEqual(timeOf('Over the whole of 2030, inflation in Norvania reached 12 percent.', 12, '2031-05-10')?.from, '2030-01-01');
});

test('a date a figure is compared with frames no later sentence of its paragraph', () => {
  // "above the levels of March 2": the day of an earlier march the crowd is measured against.
  const levels = 'Turnout was strong across Norvania, with figures close to or even above the levels of March 2 in many towns. '
    + 'According to the police, 81,000 people marched in Kelby.';
  assert.notStrictEqual(timeOf(levels, 81000, '2031-03-09')?.from, '2031-03-02');
  // "far from reaching the figures of 2027 and 2028", "less impressive than last year's".
  const figures = 'The attendance was less impressive than last year\'s and far from reaching the figures of 2027 and 2028. '
    + 'According to the police, 350,000 people marched in Kelby.';
  const t = timeOf(figures, 350000, '2031-09-12');
  assert.ok(t && t.from !== '2027-01-01' && t.from !== '2030-01-01', JSON.stringify(t));
  // A date the sentence before states for its own figure still frames the next one.
  const own = 'On March 2, 60,000 people marched in Kelby. According to the organisers, 90,000 people took part.';
  assert.strictEqual(timeOf(own, 90000, '2031-03-09')?.from, '2031-03-02');
});

test('a crowd read under a yardstick\'s day is no count of that day: two reports of one march pair', () => {
  const a = ['a.txt', report('2031-03-09', 'Turnout was strong across Norvania, with figures above the levels of March 2 in many towns. '
    + 'According to the police, 81,000 people marched in Kelby.')];
  const b = ['b.txt', report('2031-03-09', 'Organisers said 300,000 people marched in Kelby.')];
  assert.strictEqual(messages(a, b).length, 1, messages(a, b).join('\n'));
});

test('a day a coming event is "looming" on lies ahead, and frames no figure of the report', () => {
  // Published on a Tuesday: "looming on Wednesday" is the next day, not the Wednesday before.
  const lede = 'With another day of strikes looming on Wednesday in several sectors, turnout was strong across Norvania. '
    + 'According to the unions, 900,000 people marched in Kelby.';
  assert.strictEqual(timeOf(lede, 900000, '2031-03-04')?.from, '2031-03-04');
  const dates = engine.analyzeText('a.txt', report('2031-03-04', lede)).dates;
  assert.strictEqual(dates.find(d => d.text === 'Wednesday')?.from, '2031-03-05');
  // A past day of the same shape stays past.
  const past = engine.analyzeText('a.txt', report('2031-03-04', 'The strike held on Wednesday drew 900,000 people.')).dates;
  assert.strictEqual(past.find(d => d.text === 'Wednesday')?.from, '2031-02-26');
});

test('a result an undated report dates only by its election\'s year may be of a vote day of that year', () => {
  const year = ['a.txt', report('', 'The 2031 parliamentary election campaign in Norvania ended in defeat for every party. '
    + 'Observers from the Norvanian Greens say the real turnout was around 35 per cent.')];
  const day = ['b.txt', report('2031-09-22', 'Turnout in Sunday\'s parliamentary election in Norvania was 70.4 percent, the election '
    + 'commission said.')];
  const found = findings(year, day);
  assert.strictEqual(found.length, 1, messages(year, day).join('\n'));
  assert.strictEqual(found[0].severity, 'possible');
  // A count under way at an hour of polling day is no result of the vote.
  const hour = ['c.txt', report('2031-09-21', 'Turnout in the parliamentary election in Norvania was 55.2 percent by 6 p.m. on Sunday, '
    + 'the election commission said.')];
  assert.deepStrictEqual(messages(year, hour), []);
  // A dated report's year stays a year: the publication frames its results.
  const dated = ['d.txt', report('2031-12-02', 'The 2031 parliamentary election campaign in Norvania ended in defeat for every party. '
    + 'Observers from the Norvanian Greens say the real turnout was around 35 per cent.')];
  assert.deepStrictEqual(messages(dated, day), []);
});

test('a figure the comparison itself gives keeps the yardstick\'s date', () => {
  // "(700,000)" is the record day's own figure, a claim of March 2.
  const body = 'The unions claimed 450,000 marchers in Kelby, fewer than on the record day of March 2 (700,000).';
  assert.strictEqual(timeOf(body, 700000, '2031-03-09')?.from, '2031-03-02');
  const than = 'The unions claimed 450,000 marchers in Kelby, fewer than on March 2 (700,000).';
  assert.strictEqual(timeOf(than, 700000, '2031-03-09')?.from, '2031-03-02');
  assert.notStrictEqual(timeOf(than, 450000, '2031-03-09')?.from, '2031-03-02');
});
