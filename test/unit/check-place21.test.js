// Round 21: the place of a figure, by class. Invented sentences; each test fails on the build before it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimsOf, findings, report } = require('./claimReports');

const claimOf = (text, figure) => claimsOf(report('2024-06-11', text)).find(c => c.quantity.text.includes(figure));
const places = (text, figure) => claimOf(text, figure).scope.filter(id => id.startsWith('place:') || id.startsWith('country:')
  || id.startsWith('unnamed:'));
const pairs = (a, b) => findings(['a.txt', report('2024-06-11', a)], ['b.txt', report('2024-06-11', b)]);
const placeIds = text => engine.analyzeText('a.txt', report('2024-06-11', text)).entities
  .filter(e => e.kind === 'place').map(e => e.id);

test('a region\'s abbreviation outside the "Town, St." slot is the region', () => {
  assert.deepStrictEqual(places('Of the victims, two died in B.C. last week.', 'two'), ['place:british-columbia']);
  assert.deepStrictEqual(places('Eleven people fell ill in Manitoba, and four more in Ont.', 'four'), ['place:ontario']);
  assert.deepStrictEqual(places('Storms left 30 people injured across NSW on Sunday.', '30'), ['place:new-south-wales']);
  assert.deepStrictEqual(places('Police said 14 homes burned in Qld overnight.', '14'), ['place:queensland']);
  // In a list of places, and before a possessive ending.
  assert.ok(placeIds('Cases were found in Alberta and Sask. this week.').includes('place:saskatchewan'));
  assert.ok(placeIds("B.C.'s health officer said more tests were due.").includes('place:british-columbia'));
  // After a town and a comma, as a US state's.
  assert.ok(placeIds('KELOWNA, B.C. - A wildfire forced 200 people from their homes.').includes('place:british-columbia'));
});

test('a dotted abbreviation after a number is an era, not a region', () => {
  assert.deepStrictEqual(placeIds('The temple was built in 400 B.C. and rebuilt later.'), []);
  // Not even when the report also names the province.
  assert.deepStrictEqual(placeIds('Two cases were found in B.C. on Monday. The bowl dates from 250 B.C., experts said.'),
    ['place:british-columbia']);
});

test('a province\'s count is no rival of a count in other provinces, nor of the country\'s', () => {
  const list = 'The outbreak has been linked to five deaths in Alberta, Manitoba and Quebec, officials said on Tuesday.';
  const province = 'Nine of the deaths occurred in Manitoba, two happened in B.C., officials said on Tuesday.';
  assert.strictEqual(pairs(list, province).length, 0);
  // The same province's counts still meet.
  const same = 'Officials said on Tuesday that seven people had died in British Columbia.';
  assert.ok(pairs(same, province).length > 0);
});

test('"outside" a venue of a town is in the town, not outside it', () => {
  const venue = 'A hospital official said 40 people were killed in the blast outside the Herat airport on Tuesday.';
  assert.deepStrictEqual(places(venue, '40'), ['place:herat']);
  assert.deepStrictEqual(places("Police said 12 people were hurt outside Lima's main stadium on Tuesday.", '12'), ['place:lima']);
  // Outside a place itself is still the rest of the world.
  assert.deepStrictEqual(claimOf('Three cases were found outside China on Tuesday.', 'Three').scope, ['outside:country:china']);
  // So the venue's toll meets the town's.
  assert.ok(pairs(venue, 'The toll of the bombing in Herat stood at 75 dead on Tuesday, officials said.').length > 0);
});

test('a place fronting quoted words after a colon frames the sentence', () => {
  const quoted = 'The memo says: "In Tasmania, according to several counts, 40 people were evacuated on Monday."';
  assert.deepStrictEqual(places(quoted, '40'), ['place:tasmania']);
  assert.deepStrictEqual(places('"In Manitoba, according to the agency, 12 people were hurt," she said.', '12'), ['place:manitoba']);
});

test('the area a person\'s post serves is no place of the figures, nor what "the region" points back to', () => {
  const post = '"We are sending teams," said the agency\'s regional director for Asia. '
    + 'Local officials said the fever had killed 96 people in the region in May.';
  assert.deepStrictEqual(places(post, '96'), []);
  assert.deepStrictEqual(places('The UN envoy for Europe said on Monday that 30 people were hurt.', '30'), []);
  // A place named as a location still is.
  assert.deepStrictEqual(places('Floods hit towns in Asia. Officials said 96 people died in the region in May.', '96'), ['place:asia']);
});

test('"the state" points back to a state or a country, never to the town named last', () => {
  assert.deepStrictEqual(places('Floods hit towns near Eugene on Monday. Across the state, 40 people died.', '40'), []);
  // A state named as a location is still what "the state" points to.
  assert.deepStrictEqual(places('Floods hit towns in Oregon on Monday. In the state, 40 people died.', '40'), ['place:oregon']);
});

test('a region the tables keep by hand is that region, not a town of its name elsewhere', () => {
  // Ontario, California and Goa, Philippines are towns of the gazetteer; the recognizer reads the names as the regions.
  assert.strictEqual(engine.areaOf('place:ontario').country, 'country:canada');
  assert.strictEqual(engine.areaOf('place:goa').country, 'country:india');
  assert.strictEqual(engine.areaOf('place:wales').level, 'region');
  // So a province's count larger than the country's is a part above its whole.
  const whole = 'Health officials said 40 people died across Canada on Tuesday.';
  const part = 'Officials said 55 people died in Ontario on Tuesday.';
  assert.ok(pairs(whole, part).length > 0);
});

test('a street, square or park is a site in its town: the crowd on it meets the town\'s count', () => {
  const street = 'Thousands march in Ottawa against cuts\n\nOrganizers said about 90,000 people marched down Wellington Street on Saturday.';
  const town = 'Police estimated the crowd in Ottawa at 40,000 on Saturday.';
  assert.strictEqual(findings(['a.txt', report('2024-06-09', street)], ['b.txt', report('2024-06-09', town)]).length, 1);
  assert.deepStrictEqual(places('Organizers said about 90,000 people marched down Wellington Street on Saturday.', '90,000'), []);
  // Another town's crowd is still no rival.
  const other = 'Police estimated the crowd in Toronto at 40,000 on Saturday.';
  assert.strictEqual(findings(['a.txt', report('2024-06-09', street)], ['b.txt', report('2024-06-09', other)]).length, 0);
});
