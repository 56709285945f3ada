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

test('a figure with thousands or decimals is no score: table labels before it are no sides', () => {
  const e = ents('Brandel Systems Q2 net rises.\nQuarter ended June 30 1996 1995\nRevs 20,167 18,623\nNet 1,196 2,232\n'
    + 'Six months\nRevs 41,752 35,711\nNet 3,674 4,271\n');
  assert.strictEqual(find(e, 'Revs'), undefined);
  assert.strictEqual(find(e, 'Net'), undefined);
  const m = ents('Kestrel Town 2 (Marvin 34th) Dunmore Athletic 1. Halftime 1-1. Attendance 27,600.\n'
    + 'Ostler Rovers 0 Pelham City 3. Attendance 9,000.');
  assert.strictEqual(find(m, 'Attendance'), undefined);
});

test('a word the report writes in lower case is no company by its cue ("Net profit" beside "net profit")', () => {
  const e = ents('Varden Mills Ltd said its net profit rose.\nResults: Turnover 115.2 vs 123.1\nNet profit 20.3 vs 22.8');
  assert.strictEqual(find(e, 'Net'), undefined);
  const c = ents('Sandor shares rose 5 percent after the results.');
  assert.strictEqual(find(c, 'Sandor')?.kind, 'organization');
});

test('an unknown name listed with a company is a company; "and" between list entries joins no name', () => {
  const e = ents('The wheat was bought from Harlow Grain Inc, Velmor, Sandoz and Pretavia Milling Corp for shipment.');
  assert.strictEqual(find(e, 'Velmor')?.kind, 'organization');
  assert.strictEqual(find(e, 'Sandoz')?.kind, 'organization');
  assert.strictEqual(find(e, 'Pretavia Milling Corp')?.kind, 'organization');
  const r = ents('He added that the unlisted retailers Korvo, Brisel and Lannik were still in talks.');
  for (const name of ['Korvo', 'Brisel', 'Lannik']) assert.strictEqual(find(r, name)?.kind, 'organization', name);
  // A list of towns stays a list of places.
  const p = ents('He visited Paris, Lyon and Marseille last week.');
  assert.notStrictEqual(find(p, 'Lyon')?.kind, 'organization');
});

test('a recurring unknown name a report quotes as saying is a person', () => {
  const e = ents('Interfax said Vostrenko did not exclude a trip abroad. "The president is well," Interfax quoted Vostrenko '
    + 'as saying on Friday.');
  const v = e.filter(x => x.text === 'Vostrenko');
  assert.ok(v.length >= 2);
  for (const m of v) assert.strictEqual(m.kind, 'person');
});
