// Reference time, round 25 (issue 10): classes of figures dated by the wrong date of their sentence or of the story.
// Invented sentences of the shapes found by `eval-check.mjs --why-items` / `--fa-why-items`; each test fails on the build
// before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const timeOf = (body, value, published) => claimOf(body, value, published)?.time;
const day = d => ({ from: d, to: d });
const year = y => ({ from: `${y}-01-01`, to: `${y}-12-31` });

test('a date an equative "as" compares with ("as last year") dates no figure of its sentence', () => {
  assert.deepStrictEqual(timeOf('About 45 drivers stayed home, the same share of the crew as last year.', 45,
    '2031-06-12'), day('2031-06-12'));
  assert.deepStrictEqual(timeOf('The depot shipped 7,400 parcels, as many as in 2029.', 7400, '2031-06-12'),
    day('2031-06-12'));
});

test('a date an equative "as" compares with frames no later figure of the story', () => {
  const body = 'Few staff joined the walkout. "Roughly the same number of drivers missed a shift as last year," the chief '
    + 'said.\n\nUnion members picketed depots on Saturday.\n\nAt the depot in Brandley, some 240 pickets gathered.';
  assert.deepStrictEqual(timeOf(body, 240, '2031-06-12'), day('2031-06-07'));
});

test('"as of" before a date still dates the figure', () => {
  assert.deepStrictEqual(timeOf('The fleet stood at 310 ships as of last year.', 310, '2031-06-12'), year(2030));
});

test('two counts of one picket, one dated by a comparison with last year, meet on the picket\'s day', () => {
  const a = ['a.txt', report('2031-06-07', 'Before noon today over 900 people were protesting at the depot in Brandley, '
    + 'the sheriff said.')];
  const b = ['b.txt', report('2031-06-07', '"About as many drivers missed a shift as last year," the chief said.\n\n'
    + 'Members protested at depots on Saturday.\n\nAt the depot in Brandley, there were about 250 protesters.')];
  const f = findings(a, b);
  assert.ok(f.some(x => /900/.test(x.message) && /250/.test(x.message)), f.map(x => x.message).join('\n'));
});

test('a bare year after a verb whose object is a period ("closed 2017 with") dates the figure; a count after it is none', () => {
  const body = 'At the start of last year the assembly gave its estimate. The republic closed 2027 with inflation of 1,480%, '
    + 'the assembly said.';
  assert.deepStrictEqual(timeOf(body, 1480, '2029-02-03'), year(2027));
  assert.deepStrictEqual(timeOf('The exchange ended 2030 up 6%, its board said.', 6, '2031-06-12'), year(2030));
  // "closed 1500 points higher": a count with its noun, no year.
  assert.deepStrictEqual(timeOf('The index closed 1500 points higher on Friday.', 1500, '2031-06-12'), day('2031-06-06'));
});
