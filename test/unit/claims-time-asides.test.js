// When a figure holds: dates in a parenthesis after it and an end point a total runs to (invented sentences; each
// assertion failed on the build before its rule landed).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

function claimTimes(body) {
  const a = engine.analyzeText('r.txt', `---\npublished: 2023-03-10\n---\n${body}`);
  return Object.fromEntries(a.claims.map(c => [c.quantity.text, [c.time.from, c.time.to]]));
}

test('a date inside a parenthesis after the figure dates the aside, not the figure before it', () => {
  const t = claimTimes('The ministry put the toll at 52,310 deaths (20,114 in 2021 and 32,196 in 2022), officials said on Monday.');
  assert.notDeepStrictEqual(t['52,310 deaths'], ['2021-01-01', '2021-12-31']);
  assert.deepStrictEqual(t['20,114'], ['2021-01-01', '2021-12-31']);
  assert.deepStrictEqual(t['32,196'], ['2022-01-01', '2022-12-31']);
});

test('a total counted until a date runs up to it, like one counted since a date', () => {
  const t = claimTimes('The agency recorded 8,400 deaths until the end of 2022.');
  assert.notDeepStrictEqual(t['8,400 deaths'], ['2022-09-01', '2022-12-31']);
});
