// Measures a reader compares that the frame read wrong or not at all, round 34 (dev27m, issue 10): a quake's
// magnitude beside a word of damage, a poverty rate, patients taken to hospital. Invented sentences; each test fails
// on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, doc, valuePairs } = require('./claimReports');

test('a magnitude beside a word of damage is still the quake\'s magnitude', () => {
  const a = 'A quake struck Varnia on Sunday.\n\nKessa suffered heavy damage from the quake measuring 6.9 on the Richter scale.';
  const b = 'A quake struck Varnia on Sunday.\n\nThe quake, which measured 6.2 on the Richter scale, shook Kessa.';
  assert.strictEqual(keyOf(a, 6.9), 'magnitude|measured');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['6.2/6.9']);
});

test('a poverty rate is its own measure, not the inflation a sentence before named', () => {
  const a = 'Inflation in Varnia rose to 9% in 2024.\n\nThe statistics office said the poverty rate in Varnia was 12% in 2024.';
  assert.strictEqual(keyOf(a, 12), 'percent|poverty');
  assert.strictEqual(keyOf('A university study found that 30% of Varnians were poor in 2024.', 30), 'percent|poverty');
});

test('the extreme poverty rate is no rival of the poverty rate', () => {
  const a = 'The poverty rate in Varnia was 12% in 2024 and the extreme-poverty rate just 2%.';
  assert.strictEqual(keyOf(a, 2), 'percent|extreme_poverty');
  const b = 'Varnia\'s poverty rate was 12% in 2024, and extreme poverty stood at 3%.';
  assert.strictEqual(keyOf(b, 3), 'percent|extreme_poverty');
});

test('two poverty rates of one year meet: 12% against 30%', () => {
  const a = 'The statistics office said the poverty rate in Varnia was 12% in 2024.';
  const b = 'A university study found that 30% of Varnians were poor in 2024.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['12/30']);
});

test('"put the crowd at 18,000 after carrying out a head count" counts the crowd, no load carried', () => {
  const a = 'Thousands marched in Kessa on Monday.\n\nA reporter put the crowd at 18,000 after carrying out a head count.';
  assert.strictEqual(keyOf(a, 18000), 'person|crowd');
  assert.strictEqual(keyOf('Rebels carried out 40 attacks in Kessa last week.', 40), 'attack|recorded');
  assert.strictEqual(keyOf('The ferry was carrying 300 passengers.', 300), 'person|aboard');
});

test('a lead in points is one measure however named: a 6-point lead against a lead of almost 11 points', () => {
  const a = 'Quick counts on Wednesday gave Varda a 6-point lead over Kessin.';
  const b = 'Quick counts on Wednesday gave Varda a lead of almost 11 percentage points over Kessin.';
  assert.strictEqual(keyOf(a, 6), 'point|lead');
  assert.strictEqual(keyOf('The Norvia index fell 300 points.', 300), 'point|unspecified');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['6/11']);
});

test('dues and arrears a buyer has not paid are money owed, a rival of what it owes', () => {
  const a = 'The Kessa hospital had yet to pay dues of $2.1 million to its oxygen supplier on Monday.';
  const b = 'The Kessa hospital owed its oxygen supplier $3.4 million on Monday.';
  assert.strictEqual(keyOf(a, 2100000), 'usd|debt');
  assert.strictEqual(keyOf('Kessa\'s water board ran up arrears of $5 million.', 5000000), 'usd|debt');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['2100000/3400000']);
});

const { claimOf } = require('./claimReports');

test('a date in the earlier predicate of one subject does not date the next: "began last month and ended with"', () => {
  const a = 'The Kessa march, which began with 40 people at the coast last month and ended with about 9,000 people at Parliament, was peaceful.';
  const c = claimOf(a, 9000);
  assert.strictEqual(c?.time.from, '2025-03-04');
  assert.strictEqual(claimOf(a, 40)?.time.from, '2025-02-01');
  const b = 'Police said on Tuesday that the Kessa march drew 6,000 people to Parliament.';
  assert.ok(valuePairs(doc('a.txt', a), doc('b.txt', b)).includes('6000/9000'));
});
