// Round 43 (place43, issue 10): "the capital" where no capital city is named before it is the capital of the nearest
// country named before, and the capitals' table holds the capitals reports of the training sets name; "in Kessa City"
// names the town Kessa; a wire dateline's bracketed country is read past. Invented sentences; every test fails on the
// build before this round (the third as that table lacked the city).
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs, claimOf } = require('./claimReports');

test('"the capital" of a report about one country is its capital city: a distance from it meets the same distance by name', () => {
  const a = 'A landslide buried a village in Peru on Monday. The village lies 30 km north of the capital, the police said.';
  const b = 'A landslide buried a village on Monday. The village lies 45 km north of Lima, the police said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['30/45']);
});

test('"in the capital" after a country is placed in its capital', () => {
  const scope = claimOf('Floods struck Guatemala on Monday. Nine people died in the capital, officials said.', 9)?.scope;
  assert.ok(scope?.includes('place:guatemala-city'), JSON.stringify(scope));
});

test('a capital city named before still wins over the country named before it', () => {
  const scope = claimOf('Storms hit Peru and then Quito on Monday. Nine people died in the capital, officials said.', 9)?.scope;
  assert.ok(scope?.includes('place:quito') && !scope.includes('place:lima'), JSON.stringify(scope));
});

test('"in Kessa City" names the town Kessa, as "in Kessa" does: a breakdown\'s later item is no longer placed in the first', () => {
  const body = 'There were 31 deaths in Norden City, 17 in Kessa City, 4 in Mallow City.';
  assert.deepStrictEqual(claimOf(body, 17)?.scope, ['place:kessa']);
  assert.deepStrictEqual(claimOf('Floods killed 17 people in Kessa City on Monday.', 17)?.scope, ['place:kessa']);
});

test('a wire\'s dateline with its country in square brackets is no place of the lede\'s figure', () => {
  const body = 'Lahore [Pakistan], June 5: The death toll in the depot fire at Kessa has risen to 44, officials said.';
  assert.ok(!claimOf(body, 44)?.scope.includes('place:lahore'), JSON.stringify(claimOf(body, 44)?.scope));
});
