// False alarms read on check-dev15 (round 21, issue 10): figures of another part of a price index read as the headline
// rate. Invented sentences of the classes; each test fails on the build this round started from.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf, valuePairs: pairs } = require('./claimReports');

const doc = (path, text, published = '2031-06-02') => [path, report(published, text)];
const claimOf = (text, value) => claimsOf(report('2031-06-02', text)).find(c => c.value === value);
const popOf = c => c.scope.filter(id => id.startsWith('pop:'));

test('population: "non-food inflation" is its own part of the basket, not food\'s nor the headline\'s', () => {
  const n = claimOf('In Norvania, non-food inflation rose to 41.3% in May 2031, the statistics office said.', 41.3);
  assert.deepStrictEqual(popOf(n), ['pop:nonfood'], JSON.stringify(n.scope));
  const f = claimOf('In Norvania, food inflation rose to 58.2% in May 2031, the statistics office said.', 58.2);
  assert.deepStrictEqual(popOf(f), ['pop:food'], JSON.stringify(f.scope));
});

test('population: "inflation of the food group" or "the non-food category" names the part as "food inflation" does', () => {
  const g = claimOf('In Norvania, annual inflation of the food group climbed to 58.2% in May 2031.', 58.2);
  assert.deepStrictEqual(popOf(g), ['pop:food'], JSON.stringify(g.scope));
  const c = claimOf('In Norvania, inflation in the non-food category reached 41.3% in May 2031.', 41.3);
  assert.deepStrictEqual(popOf(c), ['pop:nonfood'], JSON.stringify(c.scope));
  // Look-alike: a group that is no part of a basket ("a food group said inflation reached 30%") names no part.
  const h = claimOf('In Norvania, a food group said inflation reached 30.4% in May 2031.', 30.4);
  assert.deepStrictEqual(popOf(h), [], JSON.stringify(h.scope));
});

test('population: the old value after "from" is the same part\'s rate ("food inflation rose to X in May from Y")', () => {
  const text = 'In Norvania, food inflation rose to 58.2% in May 2031 from 55.9% in April 2031, the office said.';
  const old = claimOf(text, 55.9);
  assert.deepStrictEqual(popOf(old), ['pop:food'], JSON.stringify(old.scope));
  // Look-alike: a rate after a comma is another sentence part; the headline's old value names no part.
  const h = claimOf('In Norvania, headline inflation rose to 47.0% in May 2031 from 44.1% in April 2031.', 44.1);
  assert.deepStrictEqual(popOf(h), [], JSON.stringify(h.scope));
});

test('check: food and non-food rates are no rivals of the headline rate nor of each other', () => {
  const a = doc('a.txt', 'In Norvania, headline inflation rose to 47.0% in May 2031 from 44.1% in April 2031, the office said.');
  const b = doc('b.txt', 'In Norvania, food inflation rose to 58.2% in May 2031 from 55.9% in April 2031, while non-food '
    + 'inflation rose to 41.3% in May 2031 from 39.0% in April 2031.');
  const found = pairs(a, b);
  for (const p of ['47/58.2', '41.3/47', '44.1/55.9', '39/44.1']) assert.ok(!found.includes(p), `${p} in ${JSON.stringify(found)}`);
  const c = doc('c.txt', 'In Norvania, the year-on-year inflation of the non-food group increased to 41.3% in May 2031.');
  assert.ok(!pairs(b, c).includes('41.3/58.2'), JSON.stringify(pairs(b, c)));
  // A true conflict of the same shape: two readings of non-food inflation, and of the headline rate.
  const d = doc('d.txt', 'In Norvania, non-food inflation reached 36.5% in May 2031, a private index showed.');
  assert.ok(pairs(b, d).includes('36.5/41.3'), JSON.stringify(pairs(b, d)));
  const e = doc('e.txt', 'In Norvania, inflation reached 52.5% in May 2031, a private index showed.');
  assert.ok(pairs(a, e).includes('47/52.5'), JSON.stringify(pairs(a, e)));
});

test('time: a figure in a "when" clause after a yardstick\'s date is of that date ("since a march in 2009, when ...")', () => {
  const text = 'Observers said it was the biggest rally in Tessaly since a march in 2009, when 800,000 people turned out.';
  const c = claimOf(text, 800000);
  assert.strictEqual(c.time.from, '2009-01-01', JSON.stringify(c.time));
  // Look-alike: a figure outside the "when" clause keeps the story's time; the yardstick's date frames it not.
  const d = claimOf('Observers said 300,000 people marched in Tessaly, the biggest rally since a march in 2009.', 300000);
  assert.notStrictEqual(d.time.from, '2009-01-01', JSON.stringify(d.time));
});

test('check: the crowd of the yardstick march is no rival of today\'s crowd, but of another count of that march', () => {
  const a = doc('a.txt', 'Observers said it was the biggest rally in Tessaly since a march in 2009, when 800,000 people turned out.');
  const b = doc('b.txt', 'Organisers said 300,000 people marched in Tessaly on Sunday.');
  assert.ok(!pairs(a, b).includes('300000/800000'), JSON.stringify(pairs(a, b)));
  // A true conflict of the same shape: another report of the 2009 march's crowd.
  const c = doc('c.txt', 'In 2009, 1.1 million people marched in Tessaly, the largest rally in its history.');
  assert.ok(pairs(a, c).includes('800000/1100000'), JSON.stringify(pairs(a, c)));
});

test('measure: a moving average rate is its own measure, no rival of the year-on-year rate of the month', () => {
  const m = claimOf('In Norvania, the moving average inflation for the month of May 2031 was 22.8%, the office said.', 22.8);
  assert.strictEqual(m.measure.event, 'inflation@average', JSON.stringify(m.measure));
  const a = doc('a.txt', 'In Norvania, the moving average inflation for the month of May 2031 was 22.8%, the office said.');
  const b = doc('b.txt', 'In Norvania, headline inflation rose to 47.0% year-on-year in May 2031, the office said.');
  assert.ok(!pairs(a, b).includes('22.8/47'), JSON.stringify(pairs(a, b)));
  // Look-alike: a plain "average growth" over a span is that span's rate, a rival of another reading of it.
  const g = claimOf('Norvania\'s average growth between 2021 and 2026 was 4.5 per cent, the paper said.', 4.5);
  assert.strictEqual(g.measure.event, 'growth', JSON.stringify(g.measure));
  // A true conflict of the same shape: two readings of the moving average.
  const c = doc('c.txt', 'In Norvania, the 12-month moving average inflation was 25.1% in May 2031, a private index showed.');
  assert.ok(pairs(a, c).includes('22.8/25.1'), JSON.stringify(pairs(a, c)));
});

test('measure: people "found alive or dead" are no count of the dead, nor are the figures listed after them', () => {
  const text = 'By the end of the search, 140 cases had been found either alive or dead, 12 cases were yet to be found '
    + 'and three cases were still open.';
  for (const v of [140, 12, 3]) {
    const c = claimOf(text, v);
    assert.notStrictEqual(c.measure.key, 'person|killed', `${v}: ${c.measure.key}`);
  }
  const a = doc('a.txt', 'Officials said the blast at the depot in Tessaly killed at least 58 people on Monday.');
  const b = doc('b.txt', 'By the end of the search in Tessaly, 140 cases had been found either alive or dead, 12 cases were yet '
    + 'to be found and three cases were still open.');
  const found = pairs(a, b);
  for (const p of ['58/140', '12/58', '3/58']) assert.ok(!found.includes(p), `${p} in ${JSON.stringify(found)}`);
  // Look-alike: "found dead" alone is a count of the dead, a rival of another toll.
  const d = claimOf('Rescuers said 140 people had been found dead in Tessaly.', 140);
  assert.strictEqual(d.measure.key, 'person|killed', d.measure.key);
});
