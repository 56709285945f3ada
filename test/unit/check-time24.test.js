// Reference time, round 24 (issue 10): classes of figures dated by the wrong date of their sentence or of the story.
// Invented sentences of the shapes found by `eval-check.mjs --why-items` / `--fa-why-items`; each test fails on the build
// before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;
const day = d => ({ from: d, to: d });

test('a founding year set off from the figure describes its noun, not when the figure holds', () => {
  assert.deepStrictEqual(timeOf('The Kelmar Savings Bank, founded in 1987, employs 4,300 people across Norvia.', 4300,
    '2031-06-12'), day('2031-06-12'));
  assert.deepStrictEqual(timeOf('The Green Harbour party, which was formed in 2019, filed 28 complaints after the vote.',
    28, '2031-06-12'), day('2031-06-12'));
  // The figure after it with no break between is of that year: "founded in 1987 with 14 staff".
  assert.deepStrictEqual(timeOf('The bank was founded in 1987 with 14 staff in a single branch.', 14, '2031-06-12'),
    { from: '1987-01-01', to: '1987-12-31' });
});

test('a day before the figure across "while"/"but" yields to a day of the figure\'s own clause', () => {
  assert.deepStrictEqual(timeOf('Shelling resumed on June 3 while 37 civilians were killed the following day, the '
    + 'governor said.', 37, '2031-06-12'), day('2031-06-04'));
  assert.deepStrictEqual(timeOf('The strike began on Monday, but 260 more workers joined it on Wednesday.', 260,
    '2031-06-12'), day('2031-06-11'));
  // Alone in its sentence, the day across the clause still dates the figure.
  assert.deepStrictEqual(timeOf('The storm hit the coast on June 3, but only 12 homes were damaged.', 12, '2031-06-12'),
    day('2031-06-03'));
});

test('"this month last year" is this month a year back, neither this month nor all of last year', () => {
  assert.deepStrictEqual(timeOf('Some 4,210 cases of measles were reported during this month last year.', 4210,
    '2031-06-12'), { from: '2030-06-01', to: '2030-06-30' });
  assert.deepStrictEqual(timeOf('The port handled 812 ships this quarter a year ago.', 812, '2031-06-12'),
    { from: '2030-04-01', to: '2030-06-30' });
  // "last year" alone is still the whole year.
  assert.deepStrictEqual(timeOf('Some 4,210 cases of measles were reported last year.', 4210, '2031-06-12'),
    { from: '2030-01-01', to: '2030-12-31' });
});

test('"by comparison with this year" names what a figure is compared with, not when it holds', () => {
  assert.deepStrictEqual(timeOf('By comparison with this year, 3,020 cases were recorded in the same weeks of 2029.',
    3020, '2031-06-12'), { from: '2029-01-01', to: '2029-12-31' });
});

test('last year\'s count for this month is no rival of this year\'s count so far', () => {
  const a = ['a.txt', report('2031-06-12', 'By comparison with this year, 4,210 cases of measles and 31 deaths from the '
    + 'disease were reported during this month last year.')];
  const b = ['b.txt', report('2031-06-14', 'Local media put the number of measles deaths this year at more than 90.')];
  const m = messages(a, b);
  assert.ok(!m.some(x => /\b31\b/.test(x) && /90/.test(x)), m.join('\n'));
});

test('a month naming an event ("the March flood"), told in the past, is the last such month, not the nearest', () => {
  const engine = require('../../dist/engine.js');
  const dates = body => engine.analyzeText('a.txt', report('2031-11-20', body)).dates.map(d => [d.text, d.from]);
  assert.deepStrictEqual(dates('Farmers have struggled since the February flood.'), [['February', '2031-02-01']]);
  // Looking ahead, it stays the coming one.
  assert.deepStrictEqual(dates('The February summit will decide.'), [['February', '2032-02-01']]);
});

test('a figure inside a "since" clause takes the clause\'s date: it tells of that past event', () => {
  assert.deepStrictEqual(timeOf('Towns in Kelvia have not recovered since the February flood killed 3,400 people.', 3400,
    '2031-11-20'), { from: '2031-02-01', to: '2031-02-28' });
  assert.deepStrictEqual(timeOf('It was the largest protest since the 2024 march drew 80,000 people.', 80000, '2031-11-20'),
    { from: '2024-01-01', to: '2024-12-31' });
  // A figure opening its own clause after the since-date is a running total as of the report.
  assert.deepStrictEqual(timeOf('Since the war began in 2027 more than 9,000 people have died.', 9000, '2031-11-20'),
    { from: '2031-11-20', to: '2031-11-20' });
});

test('the toll of an earlier disaster told in a "since" clause is no rival of a new outbreak\'s toll', () => {
  const a = ['a.txt', report('2031-11-20', 'Towns in Kelvia have not recovered since the February flood killed 3,400 '
    + 'people and left 20,000 homeless.')];
  const b = ['b.txt', report('2031-11-21', 'Cholera killed 45 people in Kelvia on Thursday, health officials said.')];
  const m = messages(a, b);
  assert.ok(!m.some(x => /3,400/.test(x) && /45/.test(x)), m.join('\n'));
});

test('"on the night of March 3 in 2009": a day with "in" and a year right after it is a day of that year', () => {
  const engine = require('../../dist/engine.js');
  const dates = body => engine.analyzeText('a.txt', report('2031-06-20', body)).dates.map(d => [d.text, d.from]);
  assert.deepStrictEqual(dates('The blast that struck on the night of March 3 in 2009 killed 140 workers.'),
    [['March 3', '2009-03-03'], ['2009', '2009-01-01']]);
  // "in" and a place is no year: the day keeps the report's.
  assert.deepStrictEqual(dates('The plant closed on March 3 in Kelby.'), [['March 3', '2031-03-03']]);
});

test('a level a voice "puts at" in the present holds at the time of writing, not on the event\'s day', () => {
  const body = 'A strong earthquake struck Kelvia on Saturday.\n\nThe number of injured, which the Red Cross puts at '
    + 'nearly 4,000, is expected to rise.';
  assert.deepStrictEqual(timeOf(body, 4000, '2031-06-12'), day('2031-06-12'));
  // "the ministry puts the toll at" too; a past "put" keeps the paragraph's day.
  const toll = 'A strong earthquake struck Kelvia on Saturday.\n\nThe ministry puts the toll at 310.';
  assert.deepStrictEqual(timeOf(toll, 310, '2031-06-12'), day('2031-06-12'));
  const past = 'A strong earthquake struck Kelvia on Saturday.\n\nThe ministry put the toll at 310.';
  assert.deepStrictEqual(timeOf(past, 310, '2031-06-12'), day('2031-06-07'));
});
