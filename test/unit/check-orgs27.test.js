// Organization classes of round 27 (issue 11, found on CoNLL-2003 eng.train, non-sports documents): bodies that only
// world knowledge tells from a person, a town or nothing (banks and brokers named after their founders, polling
// institutes, companies named by a bare brand, news agencies), and a brand before its model's name, a product.
// Also a small town's name that opens a company's name in the report is the company when it stands alone unplaced.
// The sentences are invented; the names in the tables are real, as a gazetteer's are.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('banks and brokers named after their founders are firms, not people', () => {
  const e = ents('The shares rose after Morgan Stanley raised its target. Brokers Kleinwort Benson were more cautious, '
    + 'and Philip Morris fell 2 percent.');
  assert.strictEqual(find(e, 'Morgan Stanley')?.kind, 'organization');
  assert.strictEqual(find(e, 'Kleinwort Benson')?.kind, 'organization');
  assert.strictEqual(find(e, 'Philip Morris')?.kind, 'organization');
});

test('polling institutes cited beside their figures are organizations', () => {
  const e = ents('Support for the ruling party stood at 38 percent, the institute Allensbach found. Forsa put it at '
    + '36 percent and Emnid at 39 percent.');
  assert.strictEqual(find(e, 'Allensbach')?.kind, 'organization');
  assert.strictEqual(find(e, 'Forsa')?.kind, 'organization');
  assert.strictEqual(find(e, 'Emnid')?.kind, 'organization');
});

test('a company named by a bare brand word is an organization', () => {
  const e = ents('New registrations rose 9 percent in July. Third was Ford with 35,100 registrations, ahead of Toyota '
    + 'and Peugeot.');
  assert.strictEqual(find(e, 'Ford')?.kind, 'organization');
  assert.strictEqual(find(e, 'Toyota')?.kind, 'organization');
  assert.strictEqual(find(e, 'Peugeot')?.kind, 'organization');
});

test('a brand before its model names a product; before its arm or country it is the company', () => {
  const e = ents('He drove a Mitsubishi Lancer to third place. Toyota Motor Corp said sales rose, and Ford Australia '
    + 'cut prices.');
  assert.strictEqual(find(e, 'Mitsubishi'), undefined);
  assert.notStrictEqual(find(e, 'Mitsubishi Lancer')?.kind, 'organization');
  assert.strictEqual(find(e, 'Toyota Motor Corp')?.kind, 'organization');
  // A brand is a company: a country right after it names its national arm, one name.
  assert.strictEqual(find(e, 'Ford Australia')?.kind, 'organization');
});

test('news agencies and papers named bare are outlets', () => {
  const e = ents('Six people were hurt in the blast, Tass said. Belga reported that the talks had failed, and Yedioth '
    + 'said the minister would resign.');
  assert.strictEqual(find(e, 'Tass')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Belga')?.kind, 'outlet');
  assert.strictEqual(find(e, 'Yedioth')?.kind, 'outlet');
});

test('armed and political movements named without a head word are organizations', () => {
  const e = ents('Fighters of the Liberation Tigers of Tamil Eelam attacked a camp. The Khmer Rouge denied it, and the '
    + 'Shining Path said nothing.');
  assert.strictEqual(find(e, 'Liberation Tigers of Tamil Eelam')?.kind, 'organization');
  assert.strictEqual(find(e, 'Khmer Rouge')?.kind, 'organization');
  assert.strictEqual(find(e, 'Shining Path')?.kind, 'organization');
});

test('a small town that opens a company name in the report is that company where nothing places it', () => {
  const e = ents('Lockhart Tooling Inc said on Monday it would cut 200 jobs. At the time, Lockhart said sales were '
    + 'flat, and analysts expect Lockhart to post a loss.');
  const lone = e.filter(x => x.text === 'Lockhart');
  assert.strictEqual(lone.length, 2);
  assert.ok(lone.every(x => x.kind === 'organization'));
  // A town the report also places ("in Lockhart", a dateline) stays the town in all its bare mentions.
  const d = ents('Lockhart Tooling Inc cut jobs. The plant in Lockhart will close, and Lockhart will lose 200 jobs.');
  assert.ok(d.filter(x => x.text === 'Lockhart').every(x => x.kind === 'place'));
});

test('a line of business after a name makes a firm, not a person', () => {
  const e = ents('Dorval Cement said output rose. Kessing Jewellers lost 4 percent, and Marlow Assurance was unchanged.');
  assert.strictEqual(find(e, 'Dorval Cement')?.kind, 'organization');
  assert.strictEqual(find(e, 'Kessing Jewellers')?.kind, 'organization');
  assert.strictEqual(find(e, 'Marlow Assurance')?.kind, 'organization');
});
