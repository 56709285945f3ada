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
