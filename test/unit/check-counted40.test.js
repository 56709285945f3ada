// Round 40 (counted40): a kind written as one hyphenated word reads like the two spaced words. Invented sentences; the
// positive tests fail on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const MINE = 'A cable car fell into a gorge near the town of Valbrusk on Tuesday.\n\n';
const kinds = c => c.scope.filter(id => id.startsWith('kind:') || id.startsWith('role:')).sort();

test('a hyphenated kind of person reads like the spaced compound', () => {
  for (const [hyphened, spaced] of [['crew-members', 'crew members'], ['flight-attendants', 'flight attendants'],
    ['police-officers', 'police officers'], ['cabin-crew members', 'cabin crew members']]) {
    const a = claimOf(`${MINE}Rescuers said seven ${hyphened} were hurt.`, 7);
    const b = claimOf(`${MINE}Rescuers said seven ${spaced} were hurt.`, 7);
    assert.strictEqual(a.measure.key, b.measure.key, hyphened);
    assert.strictEqual(a.measure.unit, 'person', hyphened);
    assert.deepStrictEqual(kinds(a), kinds(b), hyphened);
  }
});

test('a hyphenated crew count meets the spaced one, and no count of everyone hurt', () => {
  const a = doc('a.txt', `${MINE}The operator said on Wednesday that three crew-members were hurt.`);
  const b = doc('b.txt', `${MINE}The operator said on Wednesday that five crew members were hurt.`);
  const all = doc('c.txt', `${MINE}The operator said on Wednesday that 31 people were hurt.`);
  assert.deepStrictEqual(valuePairs(a, b), ['3/5']);
  assert.deepStrictEqual(valuePairs(a, all), []);
});

test('a hyphenated word the kinds table lacks keeps its head (guard)', () => {
  const c = claimOf(`${MINE}Rescuers said seven off-duty nurses were hurt.`, 7);
  assert.strictEqual(c.measure.unit, 'person');
  assert.deepStrictEqual(kinds(c), ['kind:nurse']);
});
