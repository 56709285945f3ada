// Round 32 (miss32, issue 10): misses that recur across many development stories. Invented sentences of the classes
// found by `eval-check.mjs --sets TUNING --why --why-items`; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const timeOf = (body, value, published) => claimOf(body, value, published)?.time;
const day = d => ({ from: d, to: d });

test('the year a plant opened or a firm began, set off from the figure, dates no figure of the sentence', () => {
  assert.deepStrictEqual(timeOf('The Marrow Lane plant, opened in 1962 and known as the firm\'s home, employs 3,100 people.',
    3100, '2031-06-12'), day('2031-06-12'));
  assert.deepStrictEqual(timeOf('The collapse of the tour firm, which began in 1873, has left 92,000 travellers stranded abroad.',
    92000, '2031-06-12'), day('2031-06-12'));
  assert.deepStrictEqual(timeOf('The bridge, built in 1958, carries 41,000 vehicles a day.', 41000, '2031-06-12'),
    day('2031-06-12'));
  // No break between: the year dates the figure ("opened in 1962 with 400 workers").
  assert.deepStrictEqual(timeOf('The plant opened in 1962 with 400 workers on a single line.', 400, '2031-06-12'),
    { from: '1962-01-01', to: '1962-12-31' });
});
