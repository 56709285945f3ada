// The word-class index (text/wordClass.ts) reads each token's classes once per report for all classes: next and prev
// must stay exactly those of scanning the tokens for each class's words, whatever order classes are first asked in.
const test = require('node:test');
const assert = require('node:assert');
const fc = require('fast-check');
const { loadSource } = require('./tsModule');

const { wordClassIndex, firstIn } = loadSource('server/src/engine/text/wordClass.ts');
const VOCAB = ['a', 'and', 'or', 'will', 'may', 'now', ',', ';', 'killed', 'x'];

function plain(tokens, words) {
  const n = tokens.length;
  const next = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1);
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) next[i] = words.has(tokens[i].lower) ? i : next[i + 1];
  prev[0] = -1;
  for (let i = 0; i < n; i++) prev[i + 1] = words.has(tokens[i].lower) ? i : prev[i];
  return { next, prev };
}

test('next and prev are those of a plain scan, for classes asked in any order and reports asked in turn', () => {
  const classes = [new Set(['and', 'or', ',']), new Set(['will', 'may']), new Set(['now']), new Set(['killed', 'and']), new Set()];
  const report = fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map(ws => ws.map(lower => ({ lower })));
  fc.assert(fc.property(fc.array(fc.tuple(report, fc.array(fc.nat(classes.length - 1), { maxLength: 8 })), { minLength: 1, maxLength: 4 }), asks => {
    const reports = asks.map(([tokens]) => tokens);
    for (const [k, [, order]] of asks.entries()) {
      for (const c of order) {
        const got = wordClassIndex(reports[k], classes[c]);
        const want = plain(reports[k], classes[c]);
        assert.deepStrictEqual([...got.next], [...want.next]);
        assert.deepStrictEqual([...got.prev], [...want.prev]);
      }
    }
  }));
});

test('firstIn finds the first word of the class in a token range, or -1', () => {
  const tokens = ['the', 'army', 'will', 'now', 'say'].map(lower => ({ lower }));
  const ix = wordClassIndex(tokens, new Set(['now', 'say']));
  assert.strictEqual(firstIn(ix, 0, 5), 3);
  assert.strictEqual(firstIn(ix, 4, 5), 4);
  assert.strictEqual(firstIn(ix, 0, 3), -1);
});
