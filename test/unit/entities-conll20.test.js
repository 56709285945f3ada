// Entity classes of round 20 (issue 11, found on CoNLL-2003 eng.train): clubs written with their country in brackets
// in two-sided goal lines, goal scorers before a minute, and people inside a body's name. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('sides with a bracketed country in a two-sided goal line are clubs; tennis and golf lines keep their people', () => {
  const e = ents('Cup Winners Cup results on Thursday:\n'
    + 'In Varnok: Victoria Kestrin (Romania) 2 Stella Varnok (Malta) 1 (1-0)\n'
    + 'In Stelby: Ostrel Maddon (Belgium) 0 Kavar Dunholt (Latvia) 3 (0-0)\n'
    + 'In Tennis: Maria Kestrin (France) beat Anna Dorval (Belgium) 6-4 6-2\n');
  for (const club of ['Victoria Kestrin', 'Stella Varnok', 'Ostrel Maddon', 'Kavar Dunholt']) {
    assert.strictEqual(find(e, club)?.kind, 'organization', club);
  }
  assert.strictEqual(find(e, 'Romania')?.kind, 'country');
  assert.strictEqual(find(e, 'Maria Kestrin')?.kind, 'person');
  assert.strictEqual(find(e, 'Anna Dorval')?.kind, 'person');
  // A golfer's round after a bracketed country is no goal count: the players stay people.
  const g = ents('Leading scores after the first round (Britain unless stated):\n'
    + '66 Carl Brannock (Australia) 68 Peter Halvorsen, Mark Ellery (Sweden) 69 David Merrow\n'
    + '70 Paul Tennick (Ireland) 71 Simon Dorley\n');
  for (const player of ['Carl Brannock', 'Peter Halvorsen', 'Mark Ellery', 'Paul Tennick']) {
    assert.strictEqual(find(g, player)?.kind, 'person', player);
  }
});

test('scorers before a goal minute are people, a place the tables read in the name included', () => {
  const e = ents('Results of league matches on Saturday:\n'
    + 'Vornholt 4 (Kessel 26th, Marbruck 37th, Tilsen 44th penalty) Danford 1 (Grevin 60th)\n'
    + 'Scorers: Ilko Varnay (32nd), Dorin Pasco (84th)\n');
  for (const scorer of ['Kessel', 'Marbruck', 'Tilsen', 'Grevin', 'Ilko Varnay', 'Dorin Pasco']) {
    assert.strictEqual(find(e, scorer)?.kind, 'person', scorer);
  }
  assert.strictEqual(find(e, 'Pasco'), undefined);
  // An ordinal in running prose is no goal minute.
  const p = ents('The Kessel Trust celebrated its 26th anniversary on Friday.');
  assert.strictEqual(p.filter(x => x.kind === 'person').length, 0);
});

test('a person named before "of the" body, or by a title after a body of a place, is no part of the body', () => {
  const e = ents('Detective Laura Brenner of the Dunmore Police Department said the girls were safe. '
    + 'The Central Bank of Norvania Governor Ilse Varga said on Monday that rates would stay. '
    + 'Rebels of the Popular Liberation Front agreed a ceasefire in April.');
  assert.strictEqual(find(e, 'Laura Brenner')?.kind, 'person');
  assert.strictEqual(find(e, 'Dunmore Police Department')?.kind, 'organization');
  assert.strictEqual(find(e, 'Central Bank of Norvania')?.kind, 'organization');
  assert.strictEqual(find(e, 'Ilse Varga')?.kind, 'person');
  assert.strictEqual(find(e, 'Popular Liberation Front')?.kind, 'organization');
  // A portfolio after "of" and a title with no name after it stay inside the body.
  const k = ents('The Ministry of Foreign Affairs said. The Office of the President said on Friday.');
  assert.ok(find(k, 'Ministry of Foreign Affairs'));
  assert.ok(find(k, 'Office of the President'));
});

test('a US state abbreviation after a town and a comma is the state; elsewhere the word is left alone', () => {
  const e = ents('DUNMORE, Calif. 1996-08-23 The company said sales rose. Its plant in Harlow, N.J., employs 300. '
    + 'Trenwick Inc of Belford, Pa. said on Monday it would buy the unit.');
  assert.strictEqual(find(e, 'Calif')?.id, 'place:california');
  assert.strictEqual(find(e, 'N.J.')?.id, 'place:new-jersey');
  assert.strictEqual(find(e, 'Pa')?.id, 'place:pennsylvania');
  const n = ents('The Pa and Ma store opened. Mo Farah, the runner, won.');
  assert.strictEqual(find(n, 'Pa'), undefined);
});

test('in a report of matches, a town one plays for or against, or away to, is a side; a town after "at" stays the town', () => {
  const e = ents('Results on Saturday:\nDarnley 2 Ostrava 1\nHalden 0 Kessling 3\n'
    + 'Pedro Alves scored twice for Greenock, who play against Falkirk next week. Halden lost 2-0 away to Kilmarnock. '
    + 'The squad trained at Stirling on Sunday.');
  assert.strictEqual(find(e, 'Greenock')?.kind, 'organization');
  assert.strictEqual(find(e, 'Falkirk')?.kind, 'organization');
  assert.strictEqual(find(e, 'Kilmarnock')?.kind, 'organization');
  assert.strictEqual(find(e, 'Stirling')?.kind, 'place');
  // Outside a report of matches "for" names no side.
  const n = ents('The minister left for Falkirk on Monday.');
  assert.strictEqual(find(n, 'Falkirk')?.kind, 'place');
});
