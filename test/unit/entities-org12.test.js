// Issue 11, round 12: organization and person typing classes from CoNLL-2003 train, invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.analyzeText('x.txt', text).entities.map(e => `${e.text}|${e.kind}`);
const kindOf = (text, name) => ents(text).filter(e => e.startsWith(`${name}|`)).map(e => e.split('|')[1]);

test('a town followed by one or two capitalized words ending in a plural is a club ("the Toronto Blue Herons")', () => {
  const text = 'The Toronto Blue Herons won again, beating the St. Louis Comets 5-3 on Tuesday.';
  assert.deepStrictEqual(kindOf(text, 'Toronto Blue Herons'), ['organization'], ents(text).join(', '));
  assert.deepStrictEqual(kindOf(text, 'St. Louis Comets'), ['organization'], ents(text).join(', '));
  // A place's own plural word is no club.
  assert.ok(!ents('They hiked in the Portland Hills on Sunday.').some(e => e === 'Portland Hills|organization'));
});

test('an organization followed by its town is one name ("Ajax Amsterdam"), a possessive ends it', () => {
  const text = 'Dutch champions Ajax Amsterdam lost 2-0 on Saturday.';
  assert.deepStrictEqual(kindOf(text, 'Ajax Amsterdam'), ['organization'], ents(text).join(', '));
  const poss = "The Interior Ministry's Paris office said nothing.";
  assert.ok(!ents(poss).some(e => e.startsWith("Interior Ministry's Paris")), ents(poss).join(', '));
});

test('in a score line, a name found before a side\'s town joins the club ("Werder Bremen 3 Fortuna Sittard 0")', () => {
  const text = 'Results on Saturday: Werder Bremen 3 Fortuna Sittard 0. Hansa Rostock 1 Bayer Leverkusen 1.';
  assert.deepStrictEqual(kindOf(text, 'Werder Bremen'), ['organization'], ents(text).join(', '));
  assert.deepStrictEqual(kindOf(text, 'Fortuna Sittard'), ['organization'], ents(text).join(', '));
});

test('a kind of business before a name makes it an organization ("retail chain X", "U.S. bankers X")', () => {
  const chain = 'A strike closed stores of Irish retail chain Corrigan Stores on Monday.';
  assert.deepStrictEqual(kindOf(chain, 'Corrigan Stores'), ['organization'], ents(chain).join(', '));
  const bank = 'Dealers at U.S. bankers Halvorsen Lynch moved to Dublin.';
  assert.deepStrictEqual(kindOf(bank, 'Halvorsen Lynch'), ['organization'], ents(bank).join(', '));
});

test('a name followed by a comma and a role or kinship description is a person ("X Y, executive secretary of")', () => {
  const role = 'Innocent Marubo, executive secretary of the rally, spoke on Friday.';
  assert.deepStrictEqual(kindOf(role, 'Innocent Marubo'), ['person'], ents(role).join(', '));
  const led = 'Ketut Suranadi, deposed leader of the party, appealed.';
  assert.deepStrictEqual(kindOf(led, 'Ketut Suranadi'), ['person'], ents(led).join(', '));
  // An opening conjunction is no part of the name; a relative clause is no description of a person.
  const but = 'But Ketut Suranadi, deposed leader of the party, appealed.';
  assert.ok(!ents(but).some(e => e.startsWith('But ')), ents(but).join(', '));
});
