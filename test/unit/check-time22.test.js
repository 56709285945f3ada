// Reference time, round 22 (issue 10): classes of gold pairs kept apart by the time a claim speaks of.
// Invented sentences of the shapes found by `eval-check.mjs --why-items`; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimOf } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
const timeOf = (body, value, published) => claimOf(body, value, published)?.time;

test('a period still running at publication frames no figure of a later sentence', () => {
  // "this year" says when the story is; the crowd at one store, a paragraph later, is of the report's day.
  const year = 'Protests against Norvia Foods have spread this year.\n\nAt a store in Kelby there were about 300 protesters.';
  assert.deepStrictEqual(timeOf(year, 300, '2025-11-28'), { from: '2025-11-28', to: '2025-11-28' });
  // A quarter under way ("third-quarter revenue") does not date the cuts announced in the next paragraph.
  const quarter = 'Acme projected third-quarter revenue below expectations.\n\nThe cuts will affect about 9,000 employees.';
  assert.deepStrictEqual(timeOf(quarter, 9000, '2025-08-02'), { from: '2025-08-02', to: '2025-08-02' });
  // A period that is over still frames the sentences after it.
  const past = 'Protests against Norvia Foods spread in October.\n\nAt a store in Kelby there were about 300 protesters.';
  assert.strictEqual(timeOf(past, 300, '2025-11-28')?.from, '2025-10-01');
  // The figure's own sentence keeps its running period.
  const own = 'Norvia Foods said 9,000 jobs were cut this year.';
  assert.strictEqual(timeOf(own, 9000, '2025-08-02')?.to, '2025-12-31');
});

test('a crowd a running year frames meets another report\'s crowd of that day', () => {
  const a = ['a.txt', report('2025-11-28', 'Protests against Norvia Foods have spread this year.\n\n'
    + 'At the Norvia Foods store in Kelby there were about 300 protesters on the street.')];
  const b = ['b.txt', report('2025-11-28', 'Over 1,000 protesters were on the street at the Norvia Foods store in Kelby today, '
    + 'police said.')];
  const m = messages(a, b);
  assert.ok(m.some(x => /300/.test(x) && /1,000/.test(x)), m.join('\n'));
});

test('an event\'s toll of its own day is held by a running total of the days just after it: a lower one is later and lower', () => {
  // Monday's floods killed more than 200 by the first report; Tuesday's official total cannot be below the same dead.
  const a = ['a.txt', report('2025-03-04', 'Floods and mudslides killed more than 200 people in Kelby early Monday, '
    + 'the Norvanian Red Cross said.')];
  const b = ['b.txt', report('2025-03-04', 'Rescue work went on in Kelby on Tuesday as the official death toll rose to 150.')];
  const m = messages(a, b);
  assert.ok(m.some(x => /200/.test(x) && /150/.test(x)), m.join('\n'));
  // A week later the running total may count other events of the place: no order is read.
  const c = ['c.txt', report('2025-03-11', 'The official death toll in Kelby rose to 150 on Tuesday, March 11.')];
  const far = messages(a, c);
  assert.ok(!far.some(x => /200/.test(x) && /150/.test(x)), far.join('\n'));
});
