// Round 30 probe (probe30f, issue 10, misses first): classes found by probing unannotated real news of protests and
// crowds, armed conflict, natural disasters and accidents. Each test states its class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a figure in the "when" clause of a since-date is that date\'s, not a running total ("since 1998, when 600,000 met")', () => {
  const c = claimOf('It was the biggest rally in Norvale since May 3, 1998, when a reported 600,000 people met there.', 600000);
  assert.strictEqual(c.time.from, '1998-05-03');
  assert.strictEqual(claimOf('It was the biggest rally since 1998, when some 600,000 people met.', 600000).time.from,
    '1998-01-01');
  // A running total after the when-clause still runs from the since-date.
  assert.notStrictEqual(claimOf('Since March 2020, when the virus arrived, 90,000 people have been infected in Norvale.',
    90000).time.from, '2020-03-01');
  const a = doc('a.txt', 'Some 210,000 people rallied in Norvale on Sunday, the biggest crowd since May 3, 1998, when a '
    + 'reported 600,000 people met there.');
  const b = doc('b.txt', 'Police said about 230,000 people rallied in Norvale on Sunday.');
  assert.deepStrictEqual(valuePairs(a, b).filter(p => p.includes('600000')), []);
});
