// The engine's one bounded answer table (round 42): an answer is computed once per key, the table never holds more
// than its limit (it is emptied when full), and `clear` drops it at once.
const test = require('node:test');
const assert = require('node:assert');
const { BoundedMemo } = require('../../dist/engine.js');

test('a key is computed once and then read from the table', () => {
  let calls = 0;
  const memo = new BoundedMemo(8, word => { calls++; return word.toUpperCase(); });
  assert.strictEqual(memo.get('harbour'), 'HARBOUR');
  assert.strictEqual(memo.get('harbour'), 'HARBOUR');
  assert.strictEqual(calls, 1);
  assert.strictEqual(memo.size, 1);
});

test('a full table is emptied before the next new key, so it never grows past its limit', () => {
  let calls = 0;
  const memo = new BoundedMemo(3, n => { calls++; return n * 2; });
  for (const n of [1, 2, 3]) memo.get(n);
  assert.strictEqual(memo.size, 3);
  assert.strictEqual(memo.get(4), 8);
  assert.strictEqual(memo.size, 1);
  assert.strictEqual(memo.get(1), 2);
  assert.strictEqual(calls, 5);
});

test('a null answer is kept like any other, and clear drops every answer', () => {
  let calls = 0;
  const memo = new BoundedMemo(4, text => { calls++; return text === 'someday' ? null : text.length; });
  assert.strictEqual(memo.get('someday'), null);
  assert.strictEqual(memo.get('someday'), null);
  assert.strictEqual(calls, 1);
  memo.clear();
  assert.strictEqual(memo.size, 0);
  assert.strictEqual(memo.get('someday'), null);
  assert.strictEqual(calls, 2);
});

// The verbs of a change are written once (round 42): the tally verbs and the revision verbs derive from one table.
const { loadSource } = require('./tsModule');
const verbs = loadSource('server/src/engine/text/tallyVerbs.ts');

test('a verb that moves a tally up states a rise in the same table', () => {
  for (const w of ['pushes', 'pushed', 'brought', 'bringing', 'raised']) {
    assert.ok(verbs.TALLY_MOVING_VERBS.has(w), w);
    assert.strictEqual(verbs.REVISION_VERBS.get(w), 'up', w);
  }
  // "took the count to" moves a tally without telling which way; a bare "rise" tells what may come.
  assert.ok(verbs.TALLY_MOVING_VERBS.has('took'));
  assert.strictEqual(verbs.REVISION_VERBS.get('took'), undefined);
  assert.strictEqual(verbs.REVISION_VERBS.get('rise'), undefined);
  assert.strictEqual(verbs.REVISION_VERBS.get('revise'), 'any');
  assert.ok(!verbs.TALLY_MOVING_VERBS.has('bringed') && !verbs.TALLY_MOVING_VERBS.has('taked'));
});
