// Round 30 probe (probe30e, issue 10, misses first): classes found by probing unannotated real news of elections,
// company results, public health and economic statistics. Each test states its class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('the name a defeat verb takes past a title phrase lost; the share is the subject\'s ("beat opposition leader X with")', () => {
  const c = claimOf('Dorin Valcu beat opposition leader Petra Halm with 41.3 percent of the vote, the commission said.', 41.3);
  assert.ok(c.detail.holder && c.detail.holder.includes('valcu'), c.detail.holder);
  const d = claimOf('Dorin Valcu defeated his rival Petra Halm with 41.3 percent of the vote.', 41.3);
  assert.ok(d.detail.holder && d.detail.holder.includes('valcu'), d.detail.holder);
  const a = doc('a.txt', 'Dorin Valcu beat opposition leader Petra Halm with 41.3 percent of the vote, the commission said on Monday.');
  const b = doc('b.txt', 'Dorin Valcu won 41.8 percent of the vote, the commission said on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['41.3/41.8']);
});

test('a share dated by "the <year> election" in a report of that year is the vote\'s, not a year-long window\'s', () => {
  const a = doc('a.txt', 'Dorin Valcu has been declared winner of the 2023 election, having garnered 41.6% of the votes cast, '
    + 'according to results announced by the commission on Monday.', '2023-05-29');
  const b = doc('b.txt', 'Dorin Valcu has attained 41.3% of the total vote cast on 23 May to secure a second term.', '2023-05-29');
  assert.deepStrictEqual(valuePairs(a, b), ['41.3/41.6']);
  // An election of an earlier year the report names is no vote it reports.
  const c = doc('c.txt', 'Turnout in the 2019 election was 61.2%, the commission said.', '2023-05-29');
  const d = doc('d.txt', 'Turnout in the vote held on 23 May was 55.4%, the commission said.', '2023-05-29');
  assert.deepStrictEqual(valuePairs(c, d), []);
});
