// Entity classes of round 26 (issue 11, found on CoNLL-2003 eng.train, non-sports documents): names no table knows
// typed by their verbs (a price's move, reporting or quoting), a media noun against a given name's reading, and a page
// word before a legal form. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('a name whose share price moves to a price is a company', () => {
  const e = ents('Trading was mixed. Brellan Estates rose 12 pence to 340 pence, while Corvale Tannery lost 4.5 to 120 '
    + 'and Volden fell to $2.56 from $2.58.');
  assert.strictEqual(find(e, 'Brellan Estates')?.kind, 'organization');
  assert.strictEqual(find(e, 'Corvale Tannery')?.kind, 'organization');
  assert.strictEqual(find(e, 'Volden')?.kind, 'organization');
});

test('no company from a price move: a sentence-opening noun, a market town after "in", a rank or a match', () => {
  const e = ents('Exports fell 3.7 percent to 18,867 tonnes. The index in Kellburg closed up 6.48 at 2,558.84. '
    + 'Dravin lost 6-4 to Palmer in the final, and Tomsk climbed to 5th place.');
  assert.strictEqual(find(e, 'Exports'), undefined);
  assert.notStrictEqual(find(e, 'Kellburg')?.kind, 'organization');
  assert.notStrictEqual(find(e, 'Dravin')?.kind, 'organization');
});

test('two name words no given name opens, reporting or quoting, are a newspaper', () => {
  const e = ents('The minister will resign, Daily Morvane reported on Friday. Kestral Ahronot quoted him as saying '
    + 'he was tired. The plan failed, the Brantwick Sun reported.');
  assert.strictEqual(find(e, 'Daily Morvane')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Kestral Ahronot')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Brantwick Sun')?.kind, 'outlet');
  // A person opened by a given name still reports as a person.
  const p = ents('The fire started at night, Tom Haskell reported to police.');
  assert.strictEqual(find(p, 'Tom Haskell')?.kind, 'person');
});

test('a media noun after two words beats the reading of a given name that opens them', () => {
  const e = ents('The group may sell the stores to a rival, Les Orvelles newspaper said on Friday.');
  assert.strictEqual(find(e, 'Les Orvelles')?.kind, 'outlet');
});

test('a page word before a legal form is the firm\'s name', () => {
  const e = ents('Media group News Corp said its profit rose, and Video Ltd said sales fell.');
  assert.strictEqual(find(e, 'News Corp')?.kind, 'organization');
  assert.strictEqual(find(e, 'Video Ltd')?.kind, 'organization');
});
