// Round 31 (dev25m, issue 10): classes behind check-dev25's misses, in INVENTED sentences of other stories. Each class
// test failed on the build before its rule (436264a1).
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('people "lost at sea" are the missing of a sinking, not a side\'s losses', () => {
  assert.strictEqual(claimOf('Police said 27 fishermen were lost at sea after the storm off Halvik.', 27).measure.key, 'person|missing');
  const a = doc('a.txt', 'About 20 fishermen were listed as missing after the storm off Halvik, the coast guard said.');
  const b = doc('b.txt', 'Police said 27 fishermen were lost at sea after the storm off Halvik.');
  assert.deepStrictEqual(valuePairs(a, b), ['20/27']);
});

test('a candidate "well ahead at" or "leading with" a percentage holds a share of the vote', () => {
  const ahead = claimOf('In the presidential runoff, Ilves was well ahead at 51.5 percent, his campaign said.', 51.5);
  assert.strictEqual(ahead.measure.key, 'percent|vote_share');
  assert.strictEqual(ahead.detail.holder, 'holder:ilves');
  const leading = claimOf('In the presidential runoff, Ilves was leading with 52 percent, his campaign said.', 52);
  assert.strictEqual(leading.measure.key, 'percent|vote_share');
  const a = doc('a.txt', 'Ilves won the presidential runoff with 47 percent of the vote, the election commission said on Sunday.', '2025-03-03');
  const b = doc('b.txt', 'Ilves was well ahead at 53 percent in the presidential runoff, his campaign said on Sunday.', '2025-03-03');
  assert.deepStrictEqual(valuePairs(a, b), ['47/53']);
});

test('guard: "ahead by 45 percent to 40 percent" stays no share of its own (a margin or a partial count)', () => {
  const c = claimOf('In the presidential runoff, with a third of ballots counted, Ilves was ahead by 45 percent to 40 percent.', 40);
  assert.notStrictEqual(c?.measure.key, 'percent|vote_share');
});

test('a share "put at" by a singular tally noun restates the share before it, of the same whole', () => {
  const text = 'The union said nearly 70% of the plant\'s workers were on strike on Monday. The management put the number at 35%.';
  assert.deepStrictEqual(claimOf(text, 35).scope, claimOf(text, 70).scope);
  assert.deepStrictEqual(valuePairs(doc('a.txt', text)), ['35/70']);
});

test('guard: plural tally nouns restate several shares ("put the numbers at 30 and 55 percent, respectively")', () => {
  const text = 'Some 60 percent of nurses and 80 percent of doctors struck on Monday, the unions said. '
    + 'The ministry put the numbers at 30 percent and 55 percent, respectively.';
  assert.ok(!claimOf(text, 30).scope.some(id => id === 'group:doctor'));
});

test('a time phrase after a share\'s whole ("of GDP last year") dates it and names no other whole', () => {
  assert.ok(claimOf('The deficit widened to 8% of GDP last year, the agency said.', 8).scope.includes('group:gdp'));
  const a = doc('a.txt', 'The deficit widened to 8% of GDP last year, the agency said.');
  const b = doc('b.txt', 'The deficit was estimated at 6 percent of GDP in 2024, the finance ministry said.');
  assert.deepStrictEqual(valuePairs(a, b), ['6/8']);
});

test('a place "with" or that "has" N residents or inhabitants gives its population', () => {
  assert.strictEqual(claimOf('Halvik, the region\'s commercial capital with 4.5 million residents, was hit hardest.', 4.5e6).measure.key,
    'person|population');
  assert.strictEqual(claimOf('Halvik has 90,000 inhabitants, the census showed.', 90000).measure.key, 'person|population');
  const a = doc('a.txt', 'Halvik, the region\'s commercial capital with 4.5 million residents, was hit hardest by the floods.');
  const b = doc('b.txt', 'Halvik, a city of 3.6 million people, was hit hardest by the floods.');
  assert.deepStrictEqual(valuePairs(a, b), ['3600000/4500000']);
});

test('guard: residents an event befell, or of a place no settlement noun names, are no population', () => {
  assert.strictEqual(claimOf('The blast left the town with 300 residents injured.', 300).measure.key, 'person|wounded');
  assert.strictEqual(claimOf('Police evacuated a block with 300 residents on Monday.', 300).measure.key, 'person|evacuated');
});
