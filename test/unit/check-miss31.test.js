// Misses on the freshest development sets, round 31 (issue 10, recall). Invented sentences; each test's first case
// failed on the build before the rule it guards, the others guard what stays.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const claimAt = (body, value, published) => claimsOf(report(published, body)).find(c => c.value === value);

test('a lede\'s "this week" frames a later undated toll, not a statistic\'s month paragraphs on', () => {
  const body = 'Police rounded up hundreds after violent protests this week over bread prices in Varno.\n\n'
    + 'Some shops opened again, but inflation data for March showed prices soaring 40 percent.\n\n'
    + 'Four people died during the protests, rights groups said.';
  const c = claimAt(body, 4, '2031-04-11');
  assert.notStrictEqual(c.time.from, '2031-03-01');
  assert.strictEqual(c.time.to, '2031-04-11');
  const other = doc('b.txt', 'Seven people were killed in the protests in Varno, a doctors\' group said.', '2031-04-09');
  assert.deepStrictEqual(valuePairs(doc('a.txt', body, '2031-04-11'), other), ['4/7']);
});

test('a lede with a day of its own still frames later paragraphs by that day', () => {
  const body = 'Police rounded up hundreds after violent protests on Monday over bread prices in Varno.\n\n'
    + 'Four people died during the protests, rights groups said.';
  assert.strictEqual(claimAt(body, 4, '2031-04-11').time.from, '2031-04-07');
});
