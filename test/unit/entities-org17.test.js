// Organization classes of round 17: long names spelled out by a bracketed acronym, outlets named before a media noun.
// Texts are invented for these tests.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('a long name its bracketed acronym spells is one organization, a place inside it included, not from its middle, not a measure', () => {
  const e = ents('On Monday envoys of the Council for Trade and Fisheries in Oceania (CTFO) met on Monday. '
    + 'Troops fought the Liberation Front of Upper Kordavia (LFUK) for a decade. Gross Regional Output (GRO) fell.');
  const ctfo = find(e, 'Council for Trade and Fisheries in Oceania');
  assert.strictEqual(ctfo?.kind, 'organization');
  assert.strictEqual(find(e, 'CTFO')?.id, ctfo.id);
  assert.strictEqual(find(e, 'Oceania'), undefined);
  assert.strictEqual(find(e, 'Liberation Front of Upper Kordavia')?.kind, 'organization');
  // A measure's name with no body's head word is none.
  assert.notStrictEqual(find(e, 'Gross Regional Output')?.kind, 'organization');
  // An acronym spelling only the tail of a longer name does not cut the name there.
  const t = ents('He leads the Union for the Return of Farmers and Fishers in Kordavia (FFK), its spokesman said.');
  assert.strictEqual(find(t, 'Farmers and Fishers in Kordavia'), undefined);
});

test('a name before "news agency", "television", "radio" or "newspaper" is an outlet, hyphenated parts included, a weekday none', () => {
  const e = ents('The convoy left, Prima-Vesti news agency said on Monday. "Nothing changed," he told Kanal Neun television. '
    + 'Zorvan Echos newspaper said the talks failed. Vesti later said the weapons were found.');
  assert.strictEqual(find(e, 'Prima-Vesti')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Kanal Neun')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Zorvan Echos')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Vesti')?.id, find(e, 'Prima-Vesti').id);
  // A weekday, a nationality or a country before a media noun names no outlet.
  const n = ents('He used his Saturday radio address to answer. Russian television said the talks failed. '
    + 'U.S. television showed the crash.');
  assert.strictEqual(find(n, 'Saturday'), undefined);
  assert.notStrictEqual(find(n, 'Russian')?.kind, 'outlet');
  assert.notStrictEqual(find(n, 'U.S.')?.kind, 'outlet');
});

test('a name ending in "Laboratories" or "Labs" is an organization, not a person, and the people of it stay people', () => {
  const e = ents('Judges ordered counsels of Korvex Laboratories, a subsidiary of a German group, deposed. '
    + 'Researchers at Halden Point Labs said so.');
  assert.strictEqual(find(e, 'Korvex Laboratories')?.kind, 'organization');
  assert.strictEqual(find(e, 'Halden Point Labs')?.kind, 'organization');
  // Two people "of" the body stay people: "and" before a given name, or a given name and surname before "of", opens no body.
  const p = ents('A journal reported on Thursday. Marcus Delane and Jennifer Orlow of the Tessin Bay Marine Laboratories say so.');
  assert.strictEqual(find(p, 'Marcus Delane')?.kind, 'person');
  assert.strictEqual(find(p, 'Jennifer Orlow')?.kind, 'person');
  assert.strictEqual(find(p, 'Tessin Bay Marine Laboratories')?.kind, 'organization');
});
