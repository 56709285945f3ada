// Round 26 (place26): the place, part/whole and holder of a figure, by class. Invented sentences; each test fails on
// the build before it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimsOf, doc, findings, report } = require('./claimReports');

const placesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  .scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

test('the district named after a town holds the town: part and whole, not two towns', () => {
  assert.ok(engine.within('place:morbi', 'place:morbi-district'));
  assert.ok(engine.within('place:bakhmut', 'place:bakhmut-district'));
  assert.ok(!engine.within('place:morbi-district', 'place:morbi'));
  // A first-level word is no such area: "Washington State" does not hold Washington.
  assert.ok(!engine.within('place:washington', 'place:washington-state'));
  const town = 'Officials said on Monday that 150 people died in Morbi when the bridge fell.';
  const district = 'Officials said on Monday that 120 people died in Morbi District when the bridge fell.';
  assert.deepStrictEqual(placesOf(district, '120'), ['place:morbi-district']);
  // The town's count above its district's is a part above its whole: a possible finding, no longer kept apart.
  const found = findings(doc('a.txt', town), doc('b.txt', district));
  assert.strictEqual(found.length, 1, JSON.stringify(found));
  assert.strictEqual(found[0].severity, 'possible');
  // The district's larger count holds the town's: nothing to say.
  const holds = 'Officials said on Monday that 190 people died in Morbi District when the bridge fell.';
  assert.strictEqual(findings(doc('a.txt', town), doc('b.txt', holds)).length, 0);
});

test('a country named as the party of a count is whose people they are when the other side counts its nationals', () => {
  const admitted = 'China has shared details of the four soldiers killed in the clash in June last year.';
  const general = 'A senior general said that 45 Chinese soldiers were killed in Ladakh in the clash in June last year.';
  assert.deepStrictEqual(placesOf(admitted, 'four'), ['country:china']);
  // Four and 45 of one army's dead meet (the 45 counted as Chinese: a part above a whole that names no group).
  const found = findings(doc('a.txt', admitted), doc('b.txt', general));
  assert.strictEqual(found.length, 1, JSON.stringify(found));
  // Another country's admitted dead stay apart from the Chinese soldiers counted at Galwan.
  const other = 'Nepal has shared details of the four soldiers killed in the clash in June last year.';
  assert.strictEqual(findings(doc('a.txt', other), doc('b.txt', general)).length, 0);
});

test('the person who puts a figure, and the body before their title, are its voice, not parties of the count', () => {
  const minister = 'Federal Interior Minister Tomas Ravelli on Sunday put the death toll from the floods at 310.';
  const governor = 'Regional Governor Anna Kowalczyk on Sunday pegged the death toll from the floods at 120.';
  assert.deepStrictEqual(claimsOf(report('2025-03-04', minister)).find(c => c.value === 310).scope, []);
  assert.strictEqual(claimsOf(report('2025-03-04', minister)).find(c => c.value === 310).source.name, 'Tomas Ravelli');
  // Two officials' tolls of one flood on one day are rivals.
  assert.strictEqual(findings(doc('a.txt', minister), doc('b.txt', governor)).length, 1);
});

test('the words between a source and a later cue of the same subject are no part of the source', () => {
  const both = 'Pakistan also reported shooting down five Indian jets on Wednesday and vowed to retaliate.';
  assert.deepStrictEqual(claimsOf(report('2025-03-04', both)).find(c => c.value === 5).scope, ['nationality:indian']);
  // So the counted demonym is read on both sides, and the two claims of downed Indian jets meet.
  const other = 'Pakistan\'s military claimed on Wednesday to have shot down two Indian jets during the strikes.';
  assert.strictEqual(findings(doc('a.txt', both), doc('b.txt', other)).length, 1);
});

test('a demonym in an apposition after a name describes that person: no party or place of the figure', () => {
  const rival = 'His rival Tomas Brandt, a half-Chinese diplomat, lost with 46.2 per cent of the vote on Sunday.';
  assert.deepStrictEqual(claimsOf(report('2025-03-04', rival)).find(c => c.value === 46.2).scope, ['person:tomas-brandt']);
  const body = 'Mayor Ilse Varga, a former Siemens engineer, won 52 per cent in the runoff on Sunday.';
  assert.deepStrictEqual(claimsOf(report('2025-03-04', body)).find(c => c.value === 52).scope, ['person:ilse-varga']);
  // Not a capitalized opener before a comma: "Recently, the chief of ..., said" keeps its body.
  const opener = 'Recently, the chief of the Northern Command, General Dev Rao, said that 45 Chinese soldiers were killed.';
  assert.ok(claimsOf(report('2025-03-04', opener)).find(c => c.value === 45).scope.includes('organization:northern-command'));
});

test('a country after "near" is the neighbour the figure lies by, not its place', () => {
  const near = 'Armenia said on Sunday that nearly 36,000 residents were evacuated from villages near Azerbaijan.';
  assert.deepStrictEqual(placesOf(near, '36,000'), []);
  assert.deepStrictEqual(placesOf('About 900 refugees live in camps close to Syria, the agency said.', '900'), []);
  // A town after "near" stays the figure's place.
  assert.deepStrictEqual(placesOf('Shelling killed 12 people in a village near Kharkiv on Monday.', '12'), ['place:kharkiv']);
  // So the evacuees meet the same count placed in the country they were evacuated in.
  const own = 'More than 40,000 people were evacuated on Sunday from Armenian border villages, officials in Armenia said.';
  assert.strictEqual(findings(doc('a.txt', near), doc('b.txt', own)).length, 1);
});

test('a name guessed as a person that ends in a street or site word is that site', () => {
  const ents = text => engine.analyzeText('a.txt', text).entities.map(e => `${e.kind}:${e.text}`);
  assert.ok(ents('Gunmen killed 40 shoppers at Northgate Mall on Saturday.').includes('place:Northgate Mall'));
  assert.ok(ents("Most of Kings Lane's 1,800 workers will move to the new plant.").includes('place:Kings Lane'));
  // A given name before a street word keeps the person: "Grace Park", "Tim Lane".
  assert.ok(ents('Grace Park said 20 people died.').includes('person:Grace Park'));
  assert.ok(ents('Tim Lane told reporters 30 people were hurt.').includes('person:Tim Lane'));
  // So the site is no party: the mall's toll has no holder to set it apart.
  const scope = claimsOf(report('2025-03-04', 'Gunmen killed 40 shoppers at Northgate Mall on Saturday.'))
    .find(c => c.value === 40).scope;
  assert.ok(!scope.some(id => id.startsWith('person:')), JSON.stringify(scope));
});
