// Wrong findings kept apart by whose people a figure counts (round 43, fa43, issue 10). Invented sentences; the first
// test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const scopeOf = (body, value) => claimOf(body, value).scope;

test('a bare figure joined by a comma to a count of one nation\'s people counts that nation\'s people too', () => {
  // The clause's verb is left out after the comma: the wounded are the same soldiers' side.
  assert.ok(scopeOf('The army said 412 Ethiopian soldiers were killed, 615 wounded.', 615).includes('nationality:ethiopian'));
  assert.ok(scopeOf('The ministry said 21 citizens of Armenia died in the shelling, about 40 wounded.', 40).includes('country:armenia'));
  // "and" joined it before the round, and still does.
  assert.ok(scopeOf('The army said 412 Ethiopian soldiers were killed and 615 wounded.', 615).includes('nationality:ethiopian'));
});

test('a comma-joined figure that names a nation of its own keeps only its own', () => {
  const body = 'The airline said the plane carried 40 nationals from Armenia, seven from Georgia and two crew members.';
  assert.deepStrictEqual(scopeOf(body, 7).filter(id => /^(country|nationality):/.test(id)), ['country:georgia']);
});

test('a place in capitals and its region before a colon is a dateline: where the report was filed, not the figure\'s place', () => {
  const placesOf = body => scopeOf(body, 19).filter(id => /^(place|country):/.test(id));
  assert.deepStrictEqual(placesOf('MULTAN, Pakistan: At least 19 people were killed when a gas cylinder exploded at a market.'), []);
  // A dated dateline was read so before the round, and still is.
  assert.deepStrictEqual(placesOf('MULTAN, Pakistan, March 3: At least 19 people were killed when a gas cylinder exploded at a market.'), []);
  // In title case the place and its colon may be a headline's topic: it stays the figure's place.
  assert.deepStrictEqual(placesOf('Multan, Pakistan: At least 19 people were killed when a gas cylinder exploded at a market.'),
    ['place:multan', 'country:pakistan']);
});
