// Round 40 (counted40): a kind written as one hyphenated word reads like the two spaced words. Invented sentences; the
// positive tests fail on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, keyOf, valuePairs } = require('./claimReports');

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

// People an illness "affected" are its cases, as those it infected or sickened are; people a storm or a flood affected
// stay a count of their own.
const FEVER = 'A fever outbreak spread through the district of Orvanne this month.\n\n';

test('people an illness affected are its cases', () => {
  assert.strictEqual(keyOf(`${FEVER}Health officials said 2,300 people have been affected by the fever.`, 2300), 'case|recorded');
  assert.strictEqual(keyOf(`${FEVER}The ministry's latest figures on the epidemic show 2,300 people affected.`, 2300), 'case|recorded');
  const a = doc('a.txt', `${FEVER}Health officials said on Monday that 2,300 people had been affected by the outbreak.`);
  const b = doc('b.txt', `${FEVER}The ministry said on Monday that it had recorded 1,800 cases.`);
  assert.deepStrictEqual(valuePairs(a, b), ['1800/2300']);
});

test('people a storm affected are no cases (guard)', () => {
  const STORM = 'A storm struck the coast of Orvanne this month.\n\n';
  assert.strictEqual(keyOf(`${STORM}Officials said the storm affected 40,000 people.`, 40000), 'person|affected');
});

test('people an illness affected who died are no cases (guard)', () => {
  assert.notStrictEqual(keyOf(`${FEVER}Health officials said 40 people affected by the fever had died.`, 40), 'case|recorded');
  assert.notStrictEqual(keyOf(`${FEVER}The count rose with the death of 40 more people affected by the fever.`, 40), 'case|recorded');
});

// "employing N people" counts a workforce as "employs N people" does: the verb's forms come from its lemma.
const PLANT = 'The carmaker Velmont said on Monday it would close its plant in the town of Arvik.\n\n';

test('people a firm is employing are its workforce, in every form of the verb', () => {
  assert.strictEqual(keyOf(`${PLANT}Velmont will stay a smaller business employing 2,400 people.`, 2400), 'job|employed');
  assert.strictEqual(keyOf(`${PLANT}Velmont will stay a smaller business employing about 900 engineers plus 2,400 people at its dealers.`, 2400),
    'job|employed');
});
