// Figures written without a unit (issues 10 and 11): the unit is elided and comes from the clause — a measure noun
// before the figure, a people verb after it, the figure before it. Invented sentences; each fails on the build before
// these rules.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, findings, claimsOf } = require('./claimReports');

/** "text|unit" for every quantity in the text. */
function units(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.unit}`);
}

test('a bare figure before a people verb counts people, also after a verb of saying', () => {
  assert.deepStrictEqual(units('Witnesses said 12,500 marched through Kerava on Sunday.'), ['12,500|person']);
  assert.deepStrictEqual(units('Officials said 730 drowned when the dam burst.'), ['730|person']);
  assert.deepStrictEqual(units('At least 410 were arrested after the rally.'), ['At least 410|person']);
  assert.deepStrictEqual(units('Nearly 9,000 turned out in the rain.'), ['Nearly 9,000|person']);
  assert.deepStrictEqual(units('Around 1,400 took part in the vigil.'), ['Around 1,400|person']);
  assert.deepStrictEqual(units('The coastguard said 23 remain missing and 140 were hurt.'), ['23|person', '140|person']);
  // Not a verb that befalls people: the figure keeps the noun before it.
  assert.deepStrictEqual(units('The storm hit 2,000 cars and 300 were damaged.'), ['2,000 cars|car', '300|car']);
  assert.deepStrictEqual(units('Of the 8,000 ballots cast, 3,100 were counted by noon.'), ['8,000 ballots|ballot', '3,100|ballot']);
  // A pronoun object takes the count of the sentence before it.
  assert.deepStrictEqual(units('Unions said 90,000 people marched. Police put it closer to 35,000.'),
    ['90,000 people|person', '35,000|person']);
});

test('a people verb yields to a same-sentence noun that took people verbs too, not to any noun before it', () => {
  assert.deepStrictEqual(units('Nine guards were killed and 14 were wounded in the raid.'), ['Nine guards|guard', '14|guard']);
  assert.deepStrictEqual(units('The mudslide buried 300 homes and 45 died.'), ['300 homes|home', '45|person']);
});

test('a measure noun before a bare figure in its clause names its unit', () => {
  assert.deepStrictEqual(units('Organisers said the crowd was 420,000.'), ['420,000|crowd']);
  assert.deepStrictEqual(units('Turnout at the march was 38,000.'), ['38,000|person']);
  assert.deepStrictEqual(units('Attendance reached 61,000 on the final day.'), ['61,000|crowd']);
  assert.deepStrictEqual(units('Radio Kerava gave the toll as 88.'), ['88|toll']);
  assert.deepStrictEqual(units('The province raised the toll to 126 overnight.'), ['126|toll']);
  assert.deepStrictEqual(units('The official death count stood at 212.'), ['212|death']);
});

test('"number of X" and "estimate of X" count X; a generic measure noun takes the count before it', () => {
  assert.deepStrictEqual(units('The number of dead climbed to 57.'), ['57|person']);
  assert.deepStrictEqual(units('The number of strikers grew to 8,200.'), ['8,200|striker']);
  assert.deepStrictEqual(units('The agency put the number of injured at 1,630.'), ['1,630|person']);
  assert.deepStrictEqual(units('The latest estimate of families displaced is 7,400.'), ['7,400|family']);
  assert.deepStrictEqual(units('Some 20,000 people rallied. Organisers put the figure at 35,000.'),
    ['Some 20,000 people|person', '35,000|person']);
  // With nothing counted before it, the generic noun stays the unit.
  assert.deepStrictEqual(units('In 1987 the organisers\' figure was 200,000 and the police figure 90,000.'),
    ['200,000|figure', '90,000|figure']);
  // A small label stays a label: "figure 3".
  assert.deepStrictEqual(units('Figure 3 shows the trend.'), []);
});

test('a toll counts people and an index points: after such a count in the paragraph they keep its noun', () => {
  assert.deepStrictEqual(units('Eight people drowned on Monday. Radio stations reported a higher toll of 11.'),
    ['Eight people|person', '11|person']);
  assert.deepStrictEqual(units('The Kerava index shed 20.5 points. The index was lower at 1,410.5 on Friday.'),
    ['20.5 points|point', '1,410.5|point']);
});

test('a figure glued by a hyphen to a word is a modifier, not a bare count of the measure noun', () => {
  assert.deepStrictEqual(units('The ministry revised the toll in the four-car crash to 19.'), ['19|toll']);
});

test('the bare level of a named index, and the subject read from the clause after a semicolon', () => {
  assert.deepStrictEqual(units('The Kerava index ended at 15,100.'), ['15,100|index']);
  assert.deepStrictEqual(units('Crowds gathered outside the exchange; the index closed at 16,644.'), ['16,644|index']);
});

test('a list after a counted figure inherits its unit', () => {
  assert.deepStrictEqual(units('Unions counted 52,000 people in Kerava, 31,000 in Oulu and 12,000 in Vaasa.'),
    ['52,000 people|person', '31,000|person', '12,000|person']);
});

test('end to end: elided units give the measures that cross-check', () => {
  const found = findings(
    ['a.txt', report('2025-03-09', 'Police said 80,000 marched in Kerava on Saturday.\n\nThe ministry gave the death toll from the Oulu landslide as 41 on Saturday.')],
    ['b.txt', report('2025-03-09', 'Organisers said the crowd in Kerava was 300,000 on Saturday.\n\nThe number of dead from the Oulu landslide rose to 52 on Saturday, the governor said.')]);
  const pairs = found.map(f => `${f.severity}:${f.a.text ?? ''}`);
  assert.strictEqual(found.length, 2, JSON.stringify(pairs));
  assert.ok(found.some(f => f.severity === 'possible'), 'crowd estimates differ by method');
  assert.ok(found.some(f => f.severity === 'clear'), 'two death tolls for the same day');
});

test('claims: a bare index level is its close, and a revision "from X to about Y" supersedes X', () => {
  const level = claimsOf(report('2025-04-02', 'The Kerava index closed at 16,644 on Tuesday.'));
  assert.deepStrictEqual(level.map(c => `${c.measure.unit}|${c.measure.event}`), ['index|level']);
  const revised = claimsOf(report('2025-04-02', 'The ministry on Friday revised the toll from the Oulu fire from 310 to about 270.'));
  const old = revised.find(c => c.quantity.text.includes('310'));
  assert.ok(old && engine.detailOf(old).superseded);
});

test('claims: a figure the report sets aside ("and not 190", ", not 31") is superseded', () => {
  const denied = claimsOf(report('2025-04-02', 'The coroner said the toll from the Oulu fire is 140 and not 190.'));
  const set = denied.find(c => c.quantity.text.includes('190'));
  assert.ok(set && engine.detailOf(set).superseded);
  assert.ok(!engine.detailOf(denied.find(c => c.quantity.text.includes('140'))).superseded);
  const comma = claimsOf(report('2025-04-02', 'The storm killed 52 people in Oulu, not 31, the coroner said.'));
  const aside = comma.find(c => c.quantity.text.includes('31'));
  assert.ok(aside && engine.detailOf(aside).superseded);
});

test('claims: a list after a semicolon counts what its first figure counts, but a part "of them" does not', () => {
  const list = claimsOf(report('2025-01-10', 'Rallies were held: at least 52,000 people marched in Kerava; 31,000 in Oulu; 12,000 in Vaasa.'));
  assert.deepStrictEqual(list.map(c => `${c.quantity.text}|${c.measure.unit}|${c.measure.event}`),
    ['at least 52,000 people|person|crowd', '31,000|person|crowd', '12,000|person|crowd']);
  const part = claimsOf(report('2025-01-10', 'Nearly 8,000 people crossed into Kerava from the east on Tuesday, the border agency said, and 1,900 of them went on to Oulu.'));
  const of = part.find(c => c.quantity.text === '1,900');
  assert.ok(!of || of.measure.event !== 'arrived', of && of.measure.event);
});

test('"St. Kitts" alone names the country', () => {
  const { entities } = engine.analyzeText('a.txt', 'On St. Kitts, the airport reopened on Monday.');
  assert.ok(entities.some(e => e.text === 'St. Kitts' && e.kind === 'country'), JSON.stringify(entities.map(e => e.text)));
});
