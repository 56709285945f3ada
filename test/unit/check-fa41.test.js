// A toll's rise told in the present tense, as headlines tell it (round 41, fa41, issue 10). Invented sentences; the
// test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, claimOf, valuePairs } = require('./claimReports');

test('a rise verb in the present or the -ing form makes its figure the new value of a rise', () => {
  assert.strictEqual(claimOf('Death toll rises to 14 after storm hits Tonga.', 14).detail.revised, 'up');
  assert.strictEqual(claimOf('Flood toll climbs to 23 as rescuers search the valley.', 23).detail.revised, 'up');
  assert.strictEqual(claimOf('Rescuers found six more bodies, the death toll rising to 41.', 41).detail.revised, 'up');
  assert.strictEqual(claimOf('Quake toll falls to 18 after officials recount the missing.', 18).detail.revised, 'down');
  // A count added that moves the toll: "pushing the toll to", "bringing the overall toll to".
  assert.strictEqual(claimOf('Crews pulled five more bodies from the mud, pushing the death toll to 61.', 61).detail.revised, 'up');
  assert.strictEqual(claimOf('The toll in Lesotho reached 52, bringing the overall number of dead across the region to 97.', 97).detail.revised, 'up');
  // The past forms were read before and still are.
  assert.strictEqual(claimOf('The death toll rose to 14 on Monday.', 14).detail.revised, 'up');
  // A bare verb after a modal or "to" tells what may come, not a change made: no revision.
  assert.strictEqual(claimOf('Officials warned the death toll could rise to 300.', 300).detail.revised, undefined);
  assert.strictEqual(claimOf('The agency expects the toll to climb to 300.', 300).detail.revised, undefined);
});

test('two reports of one day, each a toll risen to its value, are snapshots of a climbing count', () => {
  const a = doc('a.txt', 'The death toll in Tonga has climbed to five after the storm lashed the islands with heavy rain.');
  const b = doc('b.txt', 'Death toll rises to 14 after storm hits Tonga.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // A toll told with no rise against the risen one still pairs.
  const stated = doc('c.txt', 'The disaster office said 14 people died in the storm in Tonga.');
  assert.strictEqual(valuePairs(doc('a.txt', 'The death toll in Tonga stands at five, officials said.'), stated).length, 1);
});
