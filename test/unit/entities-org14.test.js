// Organization classes of round 14: initialisms in running text, companies written with a bare "Co", possessive firm
// names. Texts are invented for these tests.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('an unknown initialism in running text is an organization', () => {
  const e = ents('The QRTA said fares would rise. A analyst at BKZ said the ZVP would leave the coalition.');
  assert.strictEqual(find(e, 'QRTA')?.kind, 'organization');
  assert.strictEqual(find(e, 'BKZ')?.kind, 'organization');
  assert.strictEqual(find(e, 'ZVP')?.kind, 'organization');
});

test('measures, units, numerals, weekdays and capitalized words stay unnamed', () => {
  const e = ents('GDP grew while the CEO quit on a TUE in World War II. Output reached 40 MW. Prices of wheat rose; '
    + 'WHEAT futures fell.');
  for (const t of ['GDP', 'CEO', 'TUE', 'II', 'MW', 'WHEAT']) assert.strictEqual(find(e, t), undefined, t);
});

test('units of the quantity table, tests, diseases and hardware written in capitals stay unnamed', () => {
  const e = ents('The phone has 8 GB of RAM and a 5 MB cache. A PCR test for MERS was ordered; WTI crude rose.');
  for (const t of ['GB', 'RAM', 'MB', 'PCR', 'MERS', 'WTI']) assert.strictEqual(find(e, t), undefined, t);
});

test('an initialism that folds to a small place name is the organization, a dateline stays the place', () => {
  const e = ents('Workers at the plant joined the GORA union. The GORA board met on Friday.');
  assert.ok(e.filter(x => x.text === 'GORA').every(x => x.kind === 'organization'));
  const d = ents('Flood waters rose.\nLONDON 1998-03-02 Markets fell in thin trade.');
  assert.strictEqual(find(d, 'LONDON')?.kind, 'place');
});

test('a bare "Co" ends a company name as "Co." does', () => {
  const e = ents('Torvane Co said it would buy the plant. Kessler Marine Co reported a loss.');
  assert.strictEqual(find(e, 'Torvane Co')?.kind, 'organization');
  assert.strictEqual(find(e, 'Kessler Marine Co')?.kind, 'organization');
});

test('a small place name in a company slot is the company, and so are its other bare mentions in the report', () => {
  const e = ents('The toolmaker Bessemer cut jobs. Bessemer shares fell 4 percent. Later Bessemer opened a plant near Lockhart.');
  assert.ok(e.filter(x => x.text === 'Bessemer').every(x => x.kind === 'organization'));
  assert.strictEqual(e.filter(x => x.text === 'Bessemer').length, 3);
  assert.strictEqual(find(e, 'Lockhart')?.kind, 'place');
  const t = ents('Tokyo shares fell in thin trade.');
  assert.strictEqual(find(t, 'Tokyo')?.kind, 'place');
});

test('a firm named by a possessive keeps its ending, and the head words after it', () => {
  const e = ents("Moody's Investors Service cut the rating. Later Moody's said it saw risks. Brokers at Lloyd's were calm. "
    + "The bonds were rated by MOODY'S.");
  assert.strictEqual(find(e, "Moody's Investors Service")?.kind, 'organization');
  assert.strictEqual(find(e, "Moody's")?.kind, 'organization');
  assert.strictEqual(find(e, "Lloyd's")?.kind, 'organization');
  assert.strictEqual(find(e, "MOODY'S")?.kind, 'organization');
});

test('a possessive after a name inside a sentence stays the person', () => {
  const e = ents("The sprinter Dorian Christie's time was slow.");
  assert.notStrictEqual(find(e, "Christie's")?.kind, 'organization');
});

test('in a report of matches, sides that look like people are clubs, and a player\'s bracket names his club', () => {
  const e = ents('Results of league matches on Saturday:\nKorvel Dunmar 2 Stavik Brenno 1\nLeeds 3 Hull 0\n'
    + 'Squad: Tomas Verhoek (Stavik Brenno), Piet Dalman (Leeds), Jan Kool (Belgium).');
  assert.strictEqual(find(e, 'Korvel Dunmar')?.kind, 'organization');
  assert.ok(e.filter(x => x.text === 'Stavik Brenno').every(x => x.kind === 'organization'));
  assert.ok(e.filter(x => x.text === 'Leeds').every(x => x.kind === 'organization'));
  assert.strictEqual(find(e, 'Tomas Verhoek')?.kind, 'person');
  assert.strictEqual(find(e, 'Belgium')?.kind, 'country');
  const g = ents('Leading scores:\nLeeds 3 Hull 0\nBram Tolwin 71 70 68, Kees Marten (Belgium) 70 72 69');
  assert.strictEqual(find(g, 'Bram Tolwin')?.kind, 'person');
});

test('an unknown name before "management" or "unit" is a body; a known place keeps its kind', () => {
  const e = ents('The court heard Varnex management testify. Losses grew at its Dremola unit. The Kursk division moved.');
  assert.strictEqual(find(e, 'Varnex')?.kind, 'organization');
  assert.strictEqual(find(e, 'Dremola')?.kind, 'organization');
  assert.ok(!e.some(x => x.text.startsWith('Kursk') && x.kind === 'organization'));
});

test('a state code after a town, a hyphenated capital part and a place in capitals are no initialisms', () => {
  const e = ents('Wheat bids rose at Dorville WA and at Pasco WA on Tuesday. The AL-KARIM weekly said the vote was near.');
  assert.ok(!e.some(x => x.text === 'WA' && x.kind === 'organization'));
  assert.ok(!e.some(x => x.text === 'AL' && x.kind === 'organization'));
  const d = ents('Floods hit the north. BERNE 1997-01-03 Swiss banks said rates would stay on hold.');
  assert.notStrictEqual(find(d, 'BERNE')?.kind, 'organization');
});
