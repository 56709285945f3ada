// Claim ids are hashed piece by piece (claims/id.ts claimId) instead of from one joined string per claim: the ids must
// stay exactly those of the joined string, since dismissals are kept by claim id.
const test = require('node:test');
const assert = require('node:assert');
const fc = require('fast-check');
const { loadSource } = require('./tsModule');

const { claimId, stableHash } = loadSource('server/src/engine/claims/id.ts');
const joined = (path, a, b, key, tag) => `claim:${stableHash(`${path}\u0000${a}\u0000${b}\u0000${key}\u0000${tag}`)}`;

test('a claim id is the hash of its joined parts, for any path, offsets, key and tag', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), fc.string({ unit: 'binary' }), fc.constantFrom('', 'd', 'sum'),
    (path, a, b, key, tag) => claimId(path, a, b, key, tag) === joined(path, a, b, key, tag)), { numRuns: 2000 });
});

test('ids stay right when reports alternate (the hash state kept for the last path is not reused for another)', () => {
  const cases = [['a.txt', 0, 10, 'usd|unspecified', ''], ['b.md', 7, 1234567, 'person|killed', 'd'], ['a.txt', 99, 100, 'x', 'sum'],
    ['', 0, 0, '', ''], ['a.txt', 10, 1e9, 'é|ü', '']];
  for (let round = 0; round < 2; round++) {
    for (const c of cases) assert.strictEqual(claimId(...c), joined(...c));
  }
  assert.match(claimId('r.txt', 1, 2, 'k', ''), /^claim:[0-9a-f]{13}$/);
});
