// tokenAt searches outward from its previous answer (text/offsets.ts): the same answer as a binary search,
// whatever order the look-ups come in, and for offsets before, between, inside and past the tokens.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** The first index whose end is past `offset`, by a plain scan. */
const firstPast = (ends, offset) => {
  let k = 0;
  while (k < ends.length && ends[k] <= offset) k++;
  return k;
};

test('firstEndingAfter gives the first end past the offset from any starting guess', () => {
  // Sorted ends with repeats (empty tokens end where the token before them ends).
  const ends = Float64Array.from([3, 5, 5, 9, 12, 12, 12, 20, 21, 40, 41, 42, 60]);
  for (let offset = -1; offset <= 62; offset++) {
    const want = firstPast(ends, offset);
    for (let near = -1; near <= ends.length; near++) {
      assert.strictEqual(engine.firstEndingAfter(ends, offset, near), want, `offset ${offset}, near ${near}`);
    }
  }
});

test('tokenAt on a long report answers as a binary search does, in text order, backwards and at random', () => {
  // An invented report long enough for the indexed look-up (at least 256 tokens).
  const sentence = 'The council said 14 homes were flooded on Tuesday, and 3 roads closed. ';
  const text = sentence.repeat(40);
  const { tokens } = engine.tokenize(text);
  assert.ok(tokens.length >= 256, `${tokens.length} tokens`);
  const ends = tokens.map(t => t.end);
  const offsets = [];
  for (let o = -2; o <= text.length + 2; o += 3) offsets.push(o);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const orders = [offsets, [...offsets].reverse(), offsets.map(() => Math.floor(random() * (text.length + 4)) - 2)];
  for (const order of orders) {
    for (const o of order) assert.strictEqual(engine.tokenAt(tokens, o), firstPast(ends, o), `offset ${o}`);
  }
});
