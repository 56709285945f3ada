// Missed contradictions, round 22: the measure and the counted thing. A candidate's "won 7%" took the turnout of a
// "take part in a second round" in the sentence before; a company's "associates" were no count of its staff, and staff
// who "participated in the walkouts" no strikers.
// Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a candidate verb in a percentage\'s own clause outranks a metric carried from the sentence before', () => {
  const text = 'The opposition said its candidate Lena Marsh had won 52.4% of the vote in Sunday\'s presidential election.\n\n'
    + 'The party said it would be ready to take part in a second round.\n\n'
    + 'According to the party\'s tally, Tomas Brel, an independent, won 9%.';
  assert.strictEqual(keyOf(text, 9), 'percent|vote_share');
  // Look-alike: a bare percentage with no verb of its own still takes the metric named just before it.
  const carried = 'The commission said turnout in Sunday\'s presidential election was the lowest in years.\n\n'
    + 'By noon, the commission said, the figure stood at 31%.';
  assert.strictEqual(keyOf(carried, 31), 'percent|turnout');
});

test('a company\'s "associates" are its staff, and staff who participated in walkouts are strikers', () => {
  const a = 'The retailer\'s chief executive said fewer than 60 associates participated in the walkouts on Friday.';
  const b = 'The union said more than 400 workers walked off the job at the retailer\'s stores on Friday.';
  assert.strictEqual(keyOf(a, 60), 'job|striking');
  assert.strictEqual(keyOf('The outsourcer said there were 41,000 associates in the company.', 41000), 'job|employed');
  assert.strictEqual(found(a, b, '2025-06-07', '2025-06-07').length, 1);
  // Look-alike: associates of a suspect arrested are people arrested, no staff.
  assert.strictEqual(keyOf('Police said three associates of the suspect were arrested on Monday.', 3), 'person|arrested');
});
