// Reference time, round 21 (issue 10): classes of gold pairs kept apart by the time a claim speaks of.
// Invented sentences of the shapes found by `eval-check.mjs --why-items`; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

// A vote's result framed by the vote's day its story opens with, and the same result told by another report of the
// same day and dated by its publication.
const framed = published => ['a.txt', report(published, 'KELBY — On March 1, Norvians chose their next president in a tense contest.\n\n'
  + 'Anna Smith beat her rival Piet Jansen by 52.4% to 46.1% of the vote, the electoral commission announced.')];
const dated = published => ['b.txt', report(published, 'Anna Smith garnered 1,234,567 votes, representing 50.1 per cent of valid '
  + 'votes cast in the presidential election, while Piet Jansen had 1,100,000 votes.')];

test('two results of one vote said the same day, one framed by the vote\'s day, may be of one vote', () => {
  const m = messages(framed('2025-03-06'), dated('2025-03-06'));
  assert.ok(m.some(x => /52\.4%/.test(x) && /50\.1 per cent/.test(x)), m.join('\n'));
});

test('results said on different days keep their own days', () => {
  // Days apart, the later result may be of a recount or a run-off: no pair.
  const m = messages(framed('2025-03-02'), dated('2025-03-06'));
  assert.ok(!m.some(x => /52\.4%/.test(x) && /50\.1 per cent/.test(x)), m.join('\n'));
});

const engine = require('../../dist/engine.js');
const datesOf = (published, body) => engine.analyzeText('a.txt', report(published, body)).dates.filter(d => d.from);

test('an expectation in the perfect looked ahead from before the report: its day is past', () => {
  // A report of Monday, March 10, 2025: the Sunday things "might have been expected to" improve by is March 9.
  const body = 'Things might have been expected to improve by Sunday, but Acme ended up cancelling another 300 flights that day.';
  assert.strictEqual(datesOf('2025-03-10', body).find(d => d.text === 'Sunday')?.from, '2025-03-09');
  const planned = 'A walkout that had been planned for Friday went ahead with 5,000 workers.';
  assert.strictEqual(datesOf('2025-03-10', planned).find(d => d.text === 'Friday')?.from, '2025-03-07');
  // An expectation of now still looks ahead.
  const ahead = 'Acme is expected to resume flights by Sunday.';
  assert.strictEqual(datesOf('2025-03-10', ahead).find(d => d.text === 'Sunday')?.from, '2025-03-16');
});

test('a result dated by its lede\'s day, the report\'s own day, fits a vote day another report names before it', () => {
  // A report of Friday, March 7, 2025, its lede dating the council's declaration: the shares are of the vote of March 2.
  const council = ['a.txt', report('2025-03-07', 'KELBY — Norvania\'s election council declared Piet Jansen the winner of the '
    + 'presidential run-off on Friday, overturning the commission.\n\n'
    + 'The council\'s head said Jansen won with 51.4 percent against 48.6 for Anna Smith.')];
  const commission = ['b.txt', report('2025-03-06', 'Norvania\'s electoral commission said Anna Smith won 54.1 per cent in the '
    + 'March 2 election, against 45.9 per cent for Piet Jansen.')];
  const m = messages(council, commission);
  assert.ok(m.some(x => /48\.6/.test(x) && /54\.1 per cent/.test(x)), m.join('\n'));
});
