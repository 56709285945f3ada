// Round 15: the place a report's words frame a figure by, and what a figure counts. Invented sentences; each test fails
// on the build before it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimsOf, report } = require('./claimReports');

const claimOf = (text, figure) => claimsOf(report('2024-03-11', text)).find(c => c.quantity.text.includes(figure));
const places = (text, figure) => claimOf(text, figure).scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

test('a figure with thousands after a name and a comma is no age: the name stays a place', () => {
  const text = 'In Lyon, 20,000 people marched against the plan on Saturday.';
  const lyon = engine.analyzeText('a.txt', report('2024-03-11', text)).entities.find(e => e.text.includes('Lyon'));
  assert.strictEqual(lyon.kind, 'place');
  assert.deepStrictEqual(places(text, '20,000'), ['place:lyon']);
  // An age set off by commas still marks a person.
  const age = engine.analyzeText('b.txt', report('2024-03-11', 'Tomas Berg, 45, was arrested on Saturday.')).entities;
  assert.ok(age.some(e => e.kind === 'person' && e.text === 'Tomas Berg'));
});

test('the place a sentence opens with frames its figures past a voice or a parenthesis', () => {
  assert.deepStrictEqual(places('In Marseille, according to the unions, the march drew 245,000 people.', '245,000'), ['place:marseille']);
  assert.deepStrictEqual(places('In Toulouse (Haute-Garonne), the unions claim 20,000 demonstrators.', '20,000'), ['place:toulouse']);
});

test('a paragraph\'s opening place frames its later sentences until another place or area is named', () => {
  const para = 'In Lyon, 9,000 people marched on Saturday, the prefecture said. The unions claimed 30,000 marchers.';
  assert.deepStrictEqual(places(para, '30,000'), ['place:lyon']);
  const wider = 'In Lyon, 9,000 people marched on Saturday, the prefecture said. Across the country, the unions claimed 900,000 marchers.';
  assert.deepStrictEqual(places(wider, '900,000'), []);
  const other = 'In Lyon, 9,000 people marched on Saturday. Police in Nantes spoke of clashes. The unions claimed 30,000 marchers.';
  assert.deepStrictEqual(places(other, '30,000'), []);
  // Another paragraph is another frame.
  assert.deepStrictEqual(places('In Lyon, 9,000 people marched on Saturday.\n\nThe unions claimed 30,000 marchers.', '30,000'), []);
});

test('a participle before the counted noun qualifies it: the noun after it is what is counted', () => {
  const visitors = claimOf('About 200 visiting Germans were evacuated from the island on Monday.', '200');
  assert.strictEqual(visitors.measure.key, 'person|evacuated');
  assert.ok(visitors.scope.includes('nationality:german'));
});

test('a company\'s own name for its staff counts its workforce', () => {
  assert.strictEqual(claimOf('The union says it represents over 11,000 baristas at the chain.', '11,000').measure.unit, 'job');
});

test('a dateline names where the report was filed, not where its figures hold', () => {
  assert.deepStrictEqual(places('LEMBERG, Norvania, Nov 12 - The death toll from the storm is closer to 2,500, the president said.', '2,500'), []);
  assert.deepStrictEqual(places('Lima, June 16: Officials believe that 35 miners died in the collapse.', '35'), []);
  // A place the sentence itself names still holds.
  assert.deepStrictEqual(places('Lima, June 16: Officials believe that 35 miners died in Arequipa.', '35'), ['place:arequipa']);
});

test('the domain of a record is no place of the figure: "the UK\'s biggest", "in the history of Britain"', () => {
  assert.deepStrictEqual(places('Police said it was Peru\'s biggest ever march, with at least 75,000 taking part.', '75,000'), []);
  assert.deepStrictEqual(places('Organisers said 200,000 marched, the largest crowd in the history of Peru.', '200,000'), []);
});

test('"the capital" is the capital city named before, not the nearest town', () => {
  const text = 'Thousands marched in Nairobi after the collapse of a bridge in Nakuru. The march filled the streets of the capital and, '
    + 'according to the police, about 80,000 people were there at its peak.';
  assert.deepStrictEqual(places(text, '80,000'), ['place:nairobi']);
  const direct = 'The bridge collapsed in Nakuru on Friday. On Saturday about 80,000 people marched in the capital, the police said.';
  assert.deepStrictEqual(places('Protests began in Nairobi last week. ' + direct, '80,000'), ['place:nairobi']);
});

test('a "number of" phrase in the figure\'s own sentence names what it counts, whatever the figure before counted', () => {
  const text = 'One man was detained after being arrested near the square. A screen on the stage reported that the numbers of '
    + 'people on the march had risen to 1.5 million.';
  assert.strictEqual(claimOf(text, '1.5 million').measure.key, 'person|crowd');
});
