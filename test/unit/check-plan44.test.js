// Round 44 (company44): an announced cut told as a plan in one report ("the layoffs will affect N") and as stated in
// another ("is to slash M jobs", "is reducing its staff by M") are rival reports of one announcement; two plans stay
// apart (two targets may be two decisions). Invented sentences; the first test fails on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const FIRM = 'Halvern Microsystems announced a restructuring on Thursday.\n\n';

test('a cut told as a plan meets the same cut told as stated', () => {
  const planned = doc('a.txt', `${FIRM}The layoffs will affect approximately 9,800 employees of the chipmaker's staff.`);
  for (const told of ['Halvern Microsystems is to slash 8,500 jobs, about a tenth of its staff.',
    'Halvern Microsystems said it is reducing its worldwide workforce by around 8,500 employees.']) {
    assert.strictEqual(claimOf(`${FIRM}${told}`, 8500).modality, 'asserted', told);
    assert.deepStrictEqual(valuePairs(doc('b.txt', `${FIRM}${told}`), planned), ['8500/9800'], told);
  }
});

test('two plans of a cut stay apart, and a plan far from a stated cut too (guards)', () => {
  const a = doc('a.txt', `${FIRM}Halvern Microsystems will shed 2,300 posts across Norway this year, a spokesperson said.`);
  const b = doc('b.txt', `${FIRM}Halvern Microsystems said it would shed 1,900 posts across Norway this year.`);
  assert.deepStrictEqual(valuePairs(a, b), []);
  const far = doc('c.txt', `${FIRM}Halvern Microsystems is to slash 3,000 jobs, a spokesperson said.`);
  const plan = doc('d.txt', `${FIRM}The layoffs will affect 9,800 employees, the chipmaker said.`);
  assert.deepStrictEqual(valuePairs(far, plan), []);
});
