// Round 34 (probe34a, issue 10): classes found probing fresh real news (an election, a battle, an air crash, a
// company's scandal). Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('tonnes of one material are no rival of tonnes of another', () => {
  const a = 'The mill said on Monday it had shipped 4,100 tons of zinc sheet to buyers last year.';
  const b = 'The mill said on Monday it had shipped 7,300 tons of iron bars to buyers last year.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
  const c = 'The port handled 12,000 tonnes of wheat in March, the authority said.';
  const d = 'The port handled 30,000 tonnes of coal in March, the authority said.';
  assert.deepStrictEqual(valuePairs(doc('c.txt', c), doc('d.txt', d)), []);
  // The same material, or one side naming none, still pairs.
  const e = 'The mill said on Monday it had shipped 5,200 tons of zinc sheet to buyers last year.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('e.txt', e)), ['4100/5200']);
  const f = 'The mill said on Monday it had shipped 5,200 tons to buyers last year.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('f.txt', f)), ['4100/5200']);
});
