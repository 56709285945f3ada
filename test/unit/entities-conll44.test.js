// Entity classes of round 44 (issue 11, organizations on CoNLL-2003 eng.train): in a cricket report the first-class
// counties are clubs, whether the gazetteer knows them as places or not at all. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const kinds = e => JSON.stringify(e.map(x => [x.text, x.kind]));
const find = (list, text) => list.find(e => e.text === text);

test('in a cricket report a county is its club, as subject, after "against" and in a headline', () => {
  const e = ents('CRICKET - LANCASHIRE SLIP TO DEFEAT.\n\nSussex reached 211 for six in their first innings against '
    + 'Worcestershire, while second-placed Essex were held up by rain.');
  for (const club of ['LANCASHIRE', 'Sussex', 'Worcestershire', 'Essex']) assert.strictEqual(find(e, club)?.kind, 'organization', kinds(e));
});

test('a county a preposition places stays a place in a cricket report', () => {
  const e = ents('The bowler, born in Kent, took four wickets for Essex.');
  assert.notStrictEqual(find(e, 'Kent')?.kind, 'organization', kinds(e));
  assert.strictEqual(find(e, 'Essex')?.kind, 'organization', kinds(e));
});

test('outside a cricket report a county stays a place', () => {
  const e = ents('Floods closed three roads in Essex on Monday, and Surrey police warned drivers to stay at home.');
  assert.notStrictEqual(find(e, 'Essex')?.kind, 'organization', kinds(e));
});

test('a county word after a capitalized name word is part of a name, not the club', () => {
  const e = ents('Tom Halvers pitched seven scoreless innings and Lee Durham drove in two runs.');
  assert.notStrictEqual(find(e, 'Durham')?.kind, 'organization', kinds(e));
});
