// Round 31 probe (probe31c, issue 10, misses first): classes found by probing unannotated real news of company results
// and layoffs, economic statistics and natural disasters. Each test states its class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a bare figure describing a settlement is its population ("Dorvik, a town of 85,000")', () => {
  const c = claimOf('Looting spread through the streets of Dorvik, a town of 85,000.', 85000);
  assert.strictEqual(c?.measure.event, 'population');
  const d = claimOf('Power failed in Brenna, leaving the town of 40,000 in darkness.', 40000);
  assert.strictEqual(d?.measure.event, 'population');
  // A definite settlement ending its clause may be the town's voice naming a count: no population.
  const v = claimOf('The students spoke of 900,000 and the city of 150,000.', 150000);
  assert.notStrictEqual(v?.measure.event, 'population');
  const a = doc('a.txt', 'With dozens feared trapped, looting spread yesterday through the streets of Dorvik, a town of 85,000.');
  const b = doc('b.txt', 'Most of the victims lived in Dorvik, a town of 62,000 residents.');
  assert.deepStrictEqual(valuePairs(a, b), ['62000/85000']);
});

test('a population is not dated by the date its paragraph lends to other figures', () => {
  const a = doc('a.txt', 'The cathedral of Brenna was built in the 1700s. The quake left the town of 40,000 in darkness.');
  const b = doc('b.txt', 'In Brenna, a town of 65,000 near the epicenter, the hospital collapsed.');
  assert.deepStrictEqual(valuePairs(a, b), ['40000/65000']);
});

test('"the same month of the previous year" after "on", "from" or "than in" is a change\'s baseline, not its time', () => {
  const body = 'That was a 2.3 percent gain on the previous month and a 9 percent rise on the same month of the previous year.';
  const c = claimOf(body, 9, '2025-07-25');
  assert.strictEqual(c.time.from, '2025-07-25', JSON.stringify(c.time));
  const d = claimOf('Rents were 11 percent higher than in the same month a year earlier.', 11, '2025-07-25');
  assert.strictEqual(d.time.from, '2025-07-25', JSON.stringify(d.time));
  // A figure of that earlier month keeps its date.
  const e = claimOf('Sales rose 14%, compared with 12% in the same month of 2019.', 12, '2025-07-25');
  assert.notStrictEqual(e.time.from, '2025-07-25');
});

test('"the last day of the month" names the end of a period, not a one-day window back from publication', () => {
  const body = 'The bureau put the jobless rate for the quarter that ended on March 31, the last day of the month, at 6.4 percent, '
    + 'the daily reported on Thursday.';
  const c = claimOf(body, 6.4, '2025-04-04');
  assert.strictEqual(c.time.to, '2025-03-31', JSON.stringify(c.time));
});

test('a putting verb right after "earlier" makes its figure a voice\'s earlier word, however long its object', () => {
  const c = claimOf('The governor\'s office had initially put the number of people missing at 212 before the search began.', 212);
  assert.ok(c.detail.superseded, JSON.stringify(c.detail));
  const a = doc('a.txt', 'Floods swept Veldania on Monday. Regional officials said at least 640 people were killed in the north. '
    + 'The interior ministry had earlier put the number of people killed at 212, and expected more deaths.');
  assert.deepStrictEqual(valuePairs(a), []);
});
