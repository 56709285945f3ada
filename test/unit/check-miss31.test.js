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

const keyAt = (body, value) => claimAt(body, value, '2031-04-11')?.measure.key;

test('the injured who reached hospital are counted as hospitalized', () => {
  assert.strictEqual(keyAt('Nearly 60 injured people were taken to hospital in Varno.', 60), 'person|hospitalized');
  assert.strictEqual(keyAt('More than 60 people had been injured and admitted to hospitals in Varno.', 60), 'person|hospitalized');
  assert.strictEqual(keyAt('About 45 people were hurt and hospitalized after the blast.', 45), 'person|hospitalized');
});

test('the injured alone, or injured or hospitalized, keep their own counts', () => {
  assert.strictEqual(keyAt('Some 300 people were injured, 40 of whom were taken to hospital.', 300), 'person|wounded');
  assert.strictEqual(keyAt('Some 300 people were injured, 40 of whom were taken to hospital.', 40), 'person|hospitalized');
  assert.strictEqual(keyAt('About 30 people were injured or hospitalized.', 30), 'person|hospitalized_or_wounded');
  assert.strictEqual(keyAt('Some 300 injured people were counted by the police.', 300), 'person|wounded');
});
