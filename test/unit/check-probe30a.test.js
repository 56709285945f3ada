// Round 30 (issue 10, misses first): contradictions missed and false alarms made on unannotated real news of economic
// statistics, company layoffs and an outbreak (probe30a). Each test states its class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, keyOf, claimOf } = require('./claimReports');

test('a verb of change on GDP states its growth rate, no step of it ("GDP fell by 12.4% in 2031")', () => {
  assert.strictEqual(keyOf("Norland's GDP fell by 12.4% in 2031, the ministry said.", 12.4), 'percent|growth');
  assert.strictEqual(keyOf('The Norland economy grew by 2.2 per cent in 2031.', 2.2), 'percent|growth');
  // A rate named as what moved is still a step of the rate, and a sector's fall keeps its own mark.
  assert.strictEqual(keyOf("Norland's growth fell by 0.4% in 2031.", 0.4), 'percent|growth+change');
  assert.strictEqual(keyOf("Norland's GDP fell by 12.4% in 2031. Mining and quarrying fell by 32.2 per cent in 2031.", 32.2),
    'percent|growth+change');
  const a = doc('a.txt', "Norland's GDP fell by 12.4% in 2031, the ministry said.");
  const b = doc('b.txt', "Norland's gross domestic product fell by 11.8% in 2031, the statistics office said.");
  assert.deepStrictEqual(valuePairs(a, b), ['11.8/12.4']);
});

test('a world measure holds every figure of its chain ("world economic growth will slow from 3.5 to 3 and 2.9 percent")', () => {
  const body = 'The fund said world economic growth will slow from 3.5 percent in 2031 to 3 percent this year and 2.9 '
    + 'percent next year.';
  assert.ok(claimOf(body, 2.9, '2032-10-10').scope.includes('place:world'));
  const a = doc('a.txt', body, '2032-10-10');
  const b = doc('b.txt', "The fund said it expects Norland's economy to grow by 5 percent next year.", '2032-10-10');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"compared with the same period of 2030" is the yardstick\'s year, not the figure\'s', () => {
  const body = 'In the fourth quarter of last year, the Norland economy shrank by 20.5 percent compared with the same '
    + 'period of 2030, the ministry said.';
  const c = claimOf(body, -20.5, '2032-01-06');
  assert.strictEqual(c.time.from, '2031-10-01');
  const a = doc('a.txt', body, '2032-01-06');
  const b = doc('b.txt', 'The Norland economy grew by 3.4 percent in 2030.', '2032-01-06');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
