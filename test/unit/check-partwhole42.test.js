// Round 42 (partwhole42, issue 10): a stated change links two values of one voice. A report that gives one body's final
// or risen toll beside another named body's figure of the same count states no change between the two: they are rival
// counts. One voice's own revision stays a change. INVENTED sentences; the class tests failed on the build before the
// rule (the guards below them passed before and must still pass).
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a body\'s final toll and another named body\'s count in one report are rivals, not a change', () => {
  const both = doc('a.txt', 'The rescue agency said the final death toll stood at 40 after the landslide in Varnel. '
    + 'The Red Cross said 65 people were killed in the landslide in Varnel.', '2025-03-06');
  const other = doc('b.txt', 'The Red Cross said 65 people were killed in the landslide in Varnel.', '2025-03-05');
  assert.ok(claimOf('The rescue agency said the final death toll stood at 40 after the landslide in Varnel.', 40).detail.revised);
  assert.deepStrictEqual(valuePairs(both, other), ['40/65']);
});

test('a toll risen "to" a value by one body, beside another body\'s earlier figure, are rivals', () => {
  const both = doc('a.txt', 'The police had initially reported 30 deaths in the bombing of Tarsel. '
    + 'The death toll in the bombing of Tarsel has risen to 75, according to the charity Aid Watch.', '2025-03-06');
  const other = doc('b.txt', 'The police said 30 people were killed in the bombing of Tarsel.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(both, other).includes('30/75'), true);
});

test('one voice\'s own revision stays a change: no finding', () => {
  const revised = doc('a.txt', 'The rescue agency raised the toll of the landslide in Varnel to 40 from 25.', '2025-03-06');
  const first = doc('b.txt', 'The rescue agency said 25 people were killed in the landslide in Varnel.', '2025-03-05');
  assert.deepStrictEqual(valuePairs(revised, first), []);
  const final = doc('c.txt', 'The rescue agency said 25 people were killed in the landslide in Varnel. '
    + 'The agency later said the final death toll stood at 40.', '2025-03-07');
  assert.deepStrictEqual(valuePairs(final, first), []);
});
