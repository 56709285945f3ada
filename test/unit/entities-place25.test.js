// Entity classes of round 25 (issues 10 and 11): words the recognizer took for places. A surname the gazetteer holds as
// a small town after a title or a given name, common capitalized words, demonyms, disease names, and a state's formal
// name. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const kindOf = (list, text) => list.find(e => e.text === text)?.kind;
const noPlace = (list, word) => !list.some(e => e.kind === 'place' && e.text.includes(word));

test('a title before a gazetteer surname makes a person, and its later bare mentions too', () => {
  assert.strictEqual(kindOf(ents('Mayor Ramos told the council about 40 homes.'), 'Ramos'), 'person');
  const e = ents('Bishop R.T. Weston has become famous. Later Weston said 20 had died.');
  assert.ok(e.filter(x => x.text === 'Weston').every(x => x.kind === 'person'), JSON.stringify(e));
  assert.strictEqual(e.filter(x => x.text === 'Weston').length, 2);
});

test('a given name before a gazetteer surname, or opening a guessed two-word place, makes a person', () => {
  assert.strictEqual(kindOf(ents('The vote went to Edmundo Warren, with 12% counted.'), 'Edmundo Warren'), 'person');
  assert.strictEqual(kindOf(ents('Regional whip Mohan Tirkey alleged that 14 people have died.'), 'Mohan Tirkey'), 'person');
});

test('a place ending in a region, settlement or venue word stays a place after a given name or title', () => {
  const e = ents('In all 22 Dallas County residents died; 40 were treated at Victoria Park.');
  assert.strictEqual(kindOf(e, 'Dallas County'), 'place');
  assert.ok(!e.some(x => x.kind === 'person'), JSON.stringify(e));
  assert.strictEqual(kindOf(ents('He flew to George Town on Monday.'), 'George Town'), 'place');
});

test('common capitalized words, a demonym and a disease name are no places', () => {
  const e = ents('The Federal share fell as None of the 30 voters came. Much of the city was dark.');
  for (const w of ['Federal', 'None', 'Much']) assert.ok(noPlace(e, w), w);
  assert.ok(noPlace(ents('Pilgrims chanted Long live the Republic at 20 sites.'), 'Republic'));
  assert.ok(noPlace(ents('Thousands of Crimean voters came to the polls.'), 'Crimean'));
  assert.ok(noPlace(ents('An outbreak like SARS killed 30 people.'), 'SARS'));
  assert.strictEqual(kindOf(ents('He was born in Marburg in 1950.'), 'Marburg'), 'place');
});

test('the Islamic Republic is Iran; a country saying "N of its citizens" counts its people', () => {
  const e = ents('Officials in the Islamic Republic said 5 died.');
  assert.strictEqual(e.find(x => x.text === 'Islamic Republic')?.id, 'country:iran');
  const a = engine.analyzeText('x.txt', 'Iran said 14 of its citizens had died in the heat.');
  assert.deepStrictEqual(a.claims.map(c => c.scope), [['nationality:iranian']]);
});
