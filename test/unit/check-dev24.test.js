// Misses and false alarms of check-dev24 (round 30, issue 10): classes a careful reader keeps together or apart, with
// invented sentences. Each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimOf, doc, findings, valuePairs } = require('./claimReports');

test('"their numbers at 40,000" counts the crowd another clause of its sentence names', () => {
  const body = 'Police estimated their numbers at 40,000, while organisers said 100,000 people had joined the march.';
  assert.strictEqual(claimOf(body, 40000)?.measure.key, 'person|crowd');
});

test('"placing the number at 70,000" counts the rally its sentence names', () => {
  const body = 'The rally in the capital swelled on Sunday, with local television placing the number at 70,000.';
  assert.strictEqual(claimOf(body, 70000)?.measure.key, 'person|crowd');
});

test('a bare "number" a crowd sentence sets meets the rival crowd count of another report', () => {
  const a = 'Police estimated their numbers at 40,000 on Saturday, while organisers said the march was the largest in years.';
  const b = 'Police said 65,000 people joined the march on Saturday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['40000/65000']);
});

test('"number" with no crowd in its sentence stays unresolved', () => {
  assert.notStrictEqual(claimOf('Police put the number at 300 after the bombing.', 300)?.measure.event, 'crowd');
});

test('a sector\'s "contribution to growth" is a share of growth, no growth rate', () => {
  const body = 'Mining\'s contribution to the country\'s growth was measured at 12.5 per cent, while farming contributed 8.4 per cent.';
  assert.notStrictEqual(claimOf(body, 12.5)?.measure.event, 'growth');
  assert.notStrictEqual(claimOf(body, 8.4)?.measure.event, 'growth');
});

test('a contribution to growth is no rival of the economy\'s growth rate', () => {
  const a = 'Mining\'s contribution to the country\'s growth in 2024 was 12.5 per cent, the statistics bureau said.';
  const b = 'The economy grew 4.1 per cent in 2024, the statistics bureau said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('"contributed to growth of 5 percent" is still growth', () => {
  assert.strictEqual(claimOf('Tourism contributed to growth of 5 percent last year.', 5)?.measure.event, 'growth');
});

test('a finding keeps the pair inside one report though the same conflict is stated in many reports', () => {
  const body = 'Organisers said 1 million people joined the march on Sunday. Police said 240,000 people joined the march on Sunday.';
  const names = ['a', 'b', 'c', 'd', 'e'].map(n => `${n}.txt`);
  const found = findings(...names.map(n => doc(n, body)));
  const pairs = found.flatMap(f => engine.locationPairs(f)).map(p => [p.a.path, p.b.path]);
  for (const n of names) assert.ok(pairs.some(([x, y]) => x.endsWith(n) && y.endsWith(n)), `pair inside ${n}`);
});

test('two undated populations of one town two days apart count the same people', () => {
  const a = 'Floods buried whole streets of Villaterra, a town of 43,700 inhabitants, officials said.';
  const b = 'Villaterra, which has a population of 40,000, was hit by floods, officials said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a, '2025-03-04'), doc('b.txt', b, '2025-03-06')), ['40000/43700']);
});

test('"the UFA Coalition" and "the UFA" hold the same votes: an acronym names its body alone', () => {
  const a = 'The commission said the UFA Coalition received 12,400 votes in the northern district.';
  const b = 'The commission said the UFA secured 12,950 votes in the northern district.';
  assert.strictEqual(claimOf(a, 12400)?.detail?.holder, claimOf(b, 12950)?.detail?.holder);
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['12400/12950']);
});

test('a name before a generic head still keys with the head', () => {
  const a = 'The commission said the Christian Democratic Movement received 12,400 votes.';
  // Round 41: a body's name ending in a head is keyed by its initials, the head's letter among them.
  assert.strictEqual(claimOf(a, 12400)?.detail?.holder, 'holder:cdm');
});
