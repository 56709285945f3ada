// Places inside places: the gazetteer's containment (a town in its region and country) and the check's part-vs-whole
// rule. Invented reports; each test fails on a build that compares places by overlap only.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** A short report published on a Monday, one sentence a paragraph. */
function report(path, ...sentences) {
  const text = `---\ntitle: ${path}\npublished: 2024-03-11\n---\n${sentences.join('\n\n')}\n`;
  return engine.analyzeText(path, text);
}
const check = (...docs) => engine.checkDocuments(docs);

test('containment: a town lies in its region and its country, a region in its country, nothing in itself', () => {
  assert.ok(engine.within('place:benghazi', 'country:libya'));
  assert.ok(engine.within('place:derna', 'country:libya'), 'an alias (Derna for Darnah) takes the area of its other name');
  assert.ok(!engine.within('country:libya', 'place:derna'));
  assert.ok(!engine.within('place:derna', 'place:derna'));
  assert.ok(!engine.within('place:benghazi', 'place:derna'), 'two towns are not nested');
  assert.ok(!engine.within('place:lviv', 'country:libya'));
  // "Kharkiv Oblast" / "the Kharkiv region" is the region Kharkiv is the seat of; Lviv lies in another one.
  assert.ok(engine.within('place:kharkiv', 'place:kharkiv-oblast'));
  assert.ok(engine.within('place:kharkiv-oblast', 'country:ukraine'));
  assert.ok(!engine.within('place:lviv', 'place:kharkiv-oblast'));
  // Hand-kept regions carry their country.
  assert.ok(engine.within('place:bavaria', 'country:germany'));
  assert.ok(engine.within('place:tigray', 'country:ethiopia'));
  const up = engine.containedIn('place:kharkiv');
  assert.strictEqual(up.length, 2);
  assert.match(up[0], /^region:UA\./);
  assert.strictEqual(up[1], 'country:ukraine');
  assert.deepStrictEqual(engine.containedIn('country:ukraine'), []);
  assert.deepStrictEqual(engine.containedIn('person:someone'), []);
});

test('a town\'s figure and its country\'s are part and whole: the whole may hold the part, no finding', () => {
  const town = report('town.txt', 'Forty people were killed in Benghazi, Libya, on Monday, officials said.');
  const nation = report('nation.txt', 'A total of 300 people were killed in Libya on Monday, the health ministry said.');
  assert.deepStrictEqual(check(town, nation), []);
  // Nor do they corroborate each other when the figures happen to be equal.
  const same = report('same.txt', 'A total of 40 people were killed in Libya on Monday, the health ministry said.');
  assert.deepStrictEqual(check(town, same), []);
  assert.deepStrictEqual(engine.findCorroborations([town, same]), []);
});

test('a part larger than its whole, for the same count and day, is a possible finding, never clear', () => {
  const town = report('town.txt', 'Some 5,000 people were killed in Benghazi on Monday, the mayor said.');
  const nation = report('nation.txt', 'Between 200 and 250 people were killed in Libya on Monday, the health ministry said.');
  const found = check(town, nation);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
  assert.match(found[0].why, /a place and a place that holds it/);
  assert.match(found[0].why, /a part cannot exceed its whole/);
});

test('two different towns of one country never pair, even when both name the country', () => {
  const a = report('a.txt', 'Forty people were killed in Benghazi, Libya, on Monday, officials said.');
  const b = report('b.txt', 'Ninety people were killed in Misrata, Libya, on Monday, the mayor said.');
  assert.deepStrictEqual(check(a, b), []);
});

test('rates do not add up over places: a town\'s share above the nation\'s is no finding', () => {
  const town = report('town.txt', 'Turnout reached 71% in Benghazi, Libya, on Monday, the election commission said.');
  const nation = report('nation.txt', 'Turnout reached 52% in Libya on Monday, the election commission said.');
  assert.deepStrictEqual(check(town, nation), []);
});

test('a report naming a well-known town twice is set in its country; one named once in passing is not', () => {
  const libya = report('libya.txt', 'Rescuers searched the ruins of Derna on Monday.',
    'In all, 12 people were killed on Monday, a spokesman said.', 'Aid reached Derna by road.');
  const greece = report('greece.txt', 'Firefighters battled the blaze in Greece on Monday.',
    'In all, 30 people were killed on Monday, a spokesman said.');
  assert.deepStrictEqual(check(libya, greece), [], 'a Libyan town and Greece: two events');
  const passing = report('passing.txt', 'Rescuers searched the ruins on Monday; a convoy left Derna.',
    'In all, 12 people were killed on Monday, a spokesman said.');
  assert.strictEqual(check(passing, greece).length, 1, 'a town named once does not set the report');
});
