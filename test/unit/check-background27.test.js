// Reference time, round 27 (issue 10): a background year must not date the story. A bare year naming another, earlier
// event ("A stampede in 1994 killed 800", "before his election in 2019", "the elections of 2005") dates its own
// sentence's figures, but lends no year to an undated report's days and frames no later paragraph. Invented sentences;
// the first three tests fail on the build before this round, the others guard what stays.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, claimOf } = require('./claimReports');

const datesOf = text => engine.analyzeText('a.txt', text).dates;
const dateOf = (text, words) => datesOf(text).find(d => d.text === words);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

test('an undated report\'s day borrows no year from another event\'s "in 1994"', () => {
  const text = report('', 'Rescuers counted 412 dead after the crush at the shrine on Sept. 14. With dozens still missing, '
    + 'that puts the Sept. 14 disaster close to the worst in the shrine\'s history. A stampede in 1994 killed 800 people '
    + 'in a tunnel nearby.');
  assert.strictEqual(dateOf(text, 'Sept. 14')?.from, null);
  assert.notStrictEqual(engine.analyzeText('a.txt', text).claims.find(c => c.value === 412)?.time.from, '1994-09-14');
});

test('an undated report\'s day borrows no year from "the elections of 2005"', () => {
  const text = report('', 'Turnout in the Nov. 27 vote was about 49 percent, the electoral court said. Participation in '
    + 'the elections of 2005 was about 55 percent.');
  assert.strictEqual(dateOf(text, 'Nov. 27')?.from, null);
});

test('a place named between the event and its year still makes it another event\'s', () => {
  const text = report('', 'Crews pulled 63 people from the rubble on March 9. An earthquake in Northern Lanvia in 1988 '
    + 'killed 4,000.');
  assert.strictEqual(dateOf(text, 'March 9')?.from, null);
});

test('a superlative before the event noun ranks within the year: the year may be the story\'s', () => {
  const text = report('', 'On 14 July, some 5,000 people marched against the plan, the largest march in 2031.');
  assert.strictEqual(dateOf(text, '14 July')?.from, '2031-07-14');
});

test('another event\'s year frames no later paragraph of a dated report', () => {
  const body = 'The president has won a second term with 51.2 per cent of the vote. Before his election in 2019, the '
    + 'country had been ruled for 30 years by his father.\n\nHis rival lost with 47.9 per cent, the commission said.';
  assert.deepStrictEqual(timeOf(body, 47.9, '2031-08-31'), { from: '2031-08-31', to: '2031-08-31' });
});

test('the past event\'s year still dates the figures of its own sentence', () => {
  assert.deepStrictEqual(timeOf('A stampede in 1994 killed 800 people in a tunnel near the shrine.', 800, '2031-09-30'),
    { from: '1994-01-01', to: '1994-12-31' });
});

test('a year that names no other event still frames later paragraphs', () => {
  const body = 'Hospitals admitted 9,000 people in 2029.\n\nAbout 5,200 people died.';
  assert.deepStrictEqual(timeOf(body, 5200, '2031-06-20'), { from: '2029-01-01', to: '2029-12-31' });
});

test('an undated report\'s day still takes the year of a story year stated beside it', () => {
  const text = report('', 'In 2031 the outbreak reached the capital. In August alone, 5,200 people were taken to hospital.');
  assert.strictEqual(dateOf(text, 'August')?.from, '2031-08-01');
});
