// Round 44 (place44, issue 10): a distance whose named ends are all among another distance's ends, both naming two or
// more, measures between the same places: "the town of Huaraz and the nearby port of Chimbote, about 125 km north of
// Lima" covers Huaraz's own distance from Lima. One named end (the unnamed site's distance from a city) still
// meets only one named end. Invented sentences; the first test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs, claimOf } = require('./claimReports');

test('a distance of two towns from a city meets the distance of one of them from that city', () => {
  const a = 'The destruction was centred in the town of Huaraz and the nearby port of Chimbote, about 125 km north of Lima.';
  const b = 'The town of Huaraz, about 175 km north of Lima, was the hardest hit by the quake.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['125/175']);
});

test('the unnamed site\'s distance from a city is no rival of a named town\'s distance from it', () => {
  const a = 'The quake was centred about 90 km north of Lima, the survey said.';
  const b = 'The town of Huaraz, about 175 km north of Lima, was the hardest hit by the quake.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('two towns\' distances from one city stay apart when neither side\'s towns hold the other\'s', () => {
  const a = 'The town of Huaraz, about 175 km north of Lima, was the hardest hit by the quake.';
  const b = 'The port of Chimbote, about 120 km north of Lima, was also hit by the quake.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

// A place named after a distance's far end as what the site lies near is no end of the distance (distanceOrigin.ts,
// dropNeighbourEnds). The first test fails on the build before this rule.
test('"40 km southwest of a capital city, near an old town X" meets another distance from the capital city', () => {
  const a = 'The volcano sits about 40 km southwest of Guatemala City, near the old colonial town of Antigua.';
  const b = 'The volcano lies 35 km southwest of Guatemala City, officials said.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['35/40']);
});

test('a place the site lies near, named before the distance, stays one of its ends', () => {
  const scope = claimOf('The volcano lies near Antigua, 40 km from Guatemala City.', 40)?.scope;
  assert.ok(scope?.includes('place:antigua') && scope.includes('place:guatemala-city'), JSON.stringify(scope));
});
