// A big analysis crosses from a worker in parts that the main thread parses one at a time (hovers are answered in
// between); what comes out must be exactly what parsing the whole JSON text gives.
const test = require('node:test');
const assert = require('node:assert');
const { loadSource } = require('./tsModule');

const { splitJson, parseParts, PARTS_OVER } = loadSource('server/src/workers/jsonParts.ts');

const claim = i => ({ id: `claim:${i}`, value: { low: i, high: i === 7 ? null : i + 1 }, text: `the ${i}th figure \u2014 "quoted"`, gone: undefined });

test('an object whose JSON is short goes whole', () => {
  const small = { path: 'a.txt', claims: [claim(1), claim(2)] };
  assert.strictEqual(splitJson(small, JSON.stringify(small)), null);
});

test('a big object parsed part by part equals the whole JSON text parsed, pausing between parts', async () => {
  const big = { path: 'big.txt', published: null, claims: Array.from({ length: 12200 }, (_, i) => claim(i)), quantities: Array.from({ length: 2500 }, (_, i) => claim(-i)), warnings: [], skip: undefined };
  const json = JSON.stringify(big);
  assert.ok(json.length >= PARTS_OVER, 'the test object is long enough to be split');
  const parts = splitJson(big, json);
  assert.ok(parts, 'split');
  assert.deepStrictEqual(parts.arrays.map(([k, p]) => [k, p.length]), [['claims', 13], ['quantities', 3]]);
  let pauses = 0;
  const back = await parseParts(parts, async () => { pauses++; });
  assert.strictEqual(pauses, 16, 'one pause before each part');
  assert.deepStrictEqual(back, JSON.parse(json));
  assert.deepStrictEqual(Object.keys(back), Object.keys(JSON.parse(json)), 'keys in the same order');
});
