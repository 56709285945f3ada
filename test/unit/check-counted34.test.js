// Round 34 (counted34, issue 10): what a figure counts, when one side reads its counted thing from the wrong words or
// leaves it out. Invented sentences; each test fails on the build before the rule it names.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const scopeOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))?.scope ?? [];
const popOf = (text, figure) => scopeOf(text, figure).filter(id => id.startsWith('pop:'));

test('"the rate" as the next sentence\'s subject is the rate just named, of its population', () => {
  const text = 'Youth unemployment stood at 12.5% in May. The rate may have reached 31%, an economist wrote.';
  assert.deepStrictEqual(popOf(text, '31%'), ['pop:youth']);
});

test('"this" as a subject between two rates of one sentence stands for the first', () => {
  const text = 'Official figures show youth unemployment at 12.5%, but an economist reckoned that this might be nearer 30%.';
  assert.deepStrictEqual(popOf(text, '30%'), ['pop:youth']);
});

test('trap: a rate named anew ("the overall rate", "the rate for women") keeps its own population or none', () => {
  assert.deepStrictEqual(popOf('Youth unemployment stood at 12.5% in May. The overall rate was 5.1%.', '5.1%'), []);
  assert.deepStrictEqual(popOf('Youth unemployment stood at 12.5% in May. The rate for women was 6.2%.', '6.2%'), ['pop:female']);
  assert.deepStrictEqual(popOf('Youth unemployment stood at 12.5% in May, while 5.1% of all workers were jobless.', '5.1%'), []);
});
