// Reference time, round 26 (issue 10): a figure in a clause "N days after/before" a day of its sentence is of that day
// moved by N. Invented sentences of the shape found by `eval-check.mjs --why-items`; the moving tests fail on the build
// before this round, the ones that keep the day guard against moving too far.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const timeOf = (body, value, published) => claimOf(body, value, published)?.time;
const day = d => ({ from: d, to: d });

test('a figure in a clause "one day after" a day is of the day before', () => {
  assert.deepStrictEqual(timeOf('The lender cut its forecast on March 12 -- one day after the krona, the national currency, '
    + 'fell a record 18 percent against the euro.', 18, '2031-03-13'), day('2031-03-11'));
  assert.deepStrictEqual(timeOf('Crews resumed the search on Thursday, just a day after officials said as many as 700 were '
    + 'missing.', 700, '2031-06-13'), day('2031-06-11'));
});

test('a figure in a clause "N days before" a day is of the day N days later', () => {
  assert.deepStrictEqual(timeOf('The board met on May 3, two days before the union said 4,200 members had walked out.',
    4200, '2031-05-09'), day('2031-05-05'));
});

test('a figure "N days before" a later day of its sentence is of the day N days earlier', () => {
  assert.deepStrictEqual(timeOf('The blast killed 40 people two days before the vote on Sunday.', 40, '2031-06-20'),
    day('2031-06-13'));
  assert.deepStrictEqual(timeOf('Looters emptied 12 shops three days after the quake on June 2.', 12, '2031-06-20'),
    day('2031-06-05'));
});

test('"the N days after" counts a period, not a day apart', () => {
  assert.deepStrictEqual(timeOf('Clinics saw 900 patients in the three days after the quake on June 2.', 900,
    '2031-06-20'), day('2031-06-02'));
});

test('a figure after the "days after" aside closes keeps the sentence\'s day', () => {
  assert.deepStrictEqual(timeOf('In a memo dated April 7, five days after the ferry sank, the operator counted 212 '
    + 'passengers.', 212, '2031-04-20'), day('2031-04-07'));
  assert.deepStrictEqual(timeOf('On Monday, two days after the storm, rescuers had found 35 bodies.', 35, '2031-04-16'),
    day('2031-04-14'));
});

test('two reports of one day\'s fall, one dated by a later announcement "one day after" it, meet as one fall', () => {
  const a = ['a.txt', report('2031-03-11', 'The krona plummeted 26 percent against the euro after the central bank let it '
    + 'float.')];
  const b = ['b.txt', report('2031-03-12', 'The bank\'s chief spoke on March 12 -- one day after the krona fell a '
    + 'record 18 percent against the euro.')];
  const f = findings(a, b);
  assert.ok(f.some(x => /26/.test(x.message) && /18/.test(x.message)), f.map(x => x.message).join('\n'));
});
