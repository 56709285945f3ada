// Entity classes of round 43 (issue 11, organizations on CoNLL-2003 eng.train): clubs in brackets after scorers in a
// list with no score line, a league table's rows named like people, and a country's abbreviation missing its last dot
// in brackets after a player. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const kinds = e => JSON.stringify(e.map(x => [x.text, x.kind]));
const find = (list, text) => list.find(e => e.text === text);

test('a list of scorers names each club in brackets after the player, with no score line in the report', () => {
  const e = ents('Leading scorers after Friday\'s matches:\n\n4 - Paul Drennet (Lorient), Marc Vaillon (Caen).\n\n3 - Tomas Kerrel (Sochaux)');
  for (const club of ['Lorient', 'Caen', 'Sochaux']) assert.strictEqual(find(e, club)?.kind, 'organization', kinds(e));
});

test('one town in brackets after a person makes no list: it stays a place', () => {
  const e = ents('The defence lawyer, Paul Drennet (Lorient), said the appeal would be heard in May.');
  assert.notStrictEqual(find(e, 'Lorient')?.kind, 'organization', kinds(e));
});

test('towns in brackets after people in running text are where they are from, not clubs', () => {
  const e = ents('Senator Joe Tarr (Texas) said the bill would pass. Representative Ann Lee (Ohio) said it would not.');
  assert.strictEqual(find(e, 'Texas')?.kind, 'place', kinds(e));
  assert.strictEqual(find(e, 'Ohio')?.kind, 'place', kinds(e));
});

test('the home nations in a scorer list stay places: national sides, not clubs', () => {
  const e = ents('Scorers:\n\nPaul Drennet (Lorient), Marc Vaillon (Caen), Tomas Kerrel (Wales)');
  assert.strictEqual(find(e, 'Lorient')?.kind, 'organization', kinds(e));
  assert.strictEqual(find(e, 'Wales')?.kind, 'place', kinds(e));
});

test('a row of a league table is a side even when its name reads as a person', () => {
  const e = ents('Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n\n'
    + 'Dunmore Castle 4 3 1 0 9 2 10\n\nPort Arlen 4 2 1 1 5 4 7\n\nJohn Kelby 4 0 0 4 1 9 0');
  assert.strictEqual(find(e, 'John Kelby')?.kind, 'organization', kinds(e));
});

test('a golfer\'s line of rounds and total is no league row', () => {
  const e = ents('Leading scores:\n\nJohn Kelby 70 68 71 69 278\n\nMark Tallon 71 70 69 70 280');
  assert.strictEqual(find(e, 'John Kelby')?.kind, 'person', kinds(e));
});

test('a country written without its last dot in brackets is the player\'s country, not another name of the player', () => {
  const e = ents('Results on Tuesday:\n\nMara Tellen (Argentina) beat Joan Brisk (U.S) 6-2 6-3\n\nKara Pool (U.S.) beat Hana Dvor (Slovakia) 6-1 6-2');
  assert.strictEqual(find(e, 'U.S')?.kind, 'country', kinds(e));
  assert.ok(e.filter(x => x.text === 'U.S.').every(x => x.kind === 'country'), kinds(e));
});

test('"the" before a name read as a person and ending in a capitalized plural is a club, and so is its nickname', () => {
  const e = ents('A two-run homer lifted the Atlanta Herons to a 6-5 victory over the Chicago Cubs on Sunday.\n\nThe Herons have won five straight.');
  assert.strictEqual(find(e, 'Atlanta Herons')?.kind, 'organization', kinds(e));
  assert.strictEqual(find(e, 'Herons')?.kind, 'organization', kinds(e));
});

test('a family name before the noun it modifies stays a person', () => {
  const e = ents('The Kellings sisters won the doubles. Anna Kellings said it was hard.');
  assert.strictEqual(find(e, 'Anna Kellings')?.kind, 'person', kinds(e));
});

test('a strait written in the plural after its name is one place', () => {
  const e = ents('A boat capsized in the Florida Straits last week.');
  assert.strictEqual(find(e, 'Florida Straits')?.kind, 'place', kinds(e));
});

test('"I\'m" and "I\'ve" are the pronoun, never a name', () => {
  const e = ents('" I feel I\'m playing well, " Dara Voss said. " But I\u2019m tired and I\'ve lost twice. I\'m back soon. "');
  assert.ok(!e.some(x => /^I[\'\u2019]/.test(x.text)), kinds(e));
});

test('an adjective-shaped word repeated before a noun or a figure is no organization', () => {
  const e = ents('The double Olympic champion Anna Vell won.\n\nThe Olympic 800 metres champion clocked two minutes.');
  assert.ok(!e.some(x => x.text === 'Olympic'), kinds(e));
});

test('in a report of matches, an unknown name after "v" is the other side though no score follows it', () => {
  const e = ents('Results:\n\nTarvel 2 Brask 1\n\nDunmore 0 Carrow 3\n\nAt Cardiff: Kent 128-1 (M. Walker 59, D. Fulton 53 not out) v Glenmoral.');
  assert.strictEqual(find(e, 'Glenmoral')?.kind, 'organization', kinds(e));
});

test('"v" outside a report of matches names no side', () => {
  const e = ents('The court ruled in Pellow v Hartwick on Monday.');
  assert.ok(!e.some(x => x.text === 'Hartwick' && x.kind === 'organization'), kinds(e));
});

test('a field\'s label before a colon and a figure is no person or body; a speaker before a colon and words still is', () => {
  const e = ents('Issuer: Fairview Town\n\nRating: Baa1\n\nSale Amount: 1,820,000\n\nExpected Sale Date: 08/27/96\n\nMark Dent: I think so.');
  assert.ok(!e.some(x => /Sale/.test(x.text)), kinds(e));
  assert.strictEqual(find(e, 'Mark Dent')?.kind, 'person', kinds(e));
});

test('a town and the name words after it before a score are one side', () => {
  const e = ents('Division two\n\nBrentford 3 Luton 2\n\nBristol City 0 Blackpool 1\n\nBurnley 2 Walsall 1');
  assert.strictEqual(find(e, 'Bristol City')?.kind, 'organization', kinds(e));
  assert.ok(!e.some(x => x.text === 'City' || x.text === 'Bristol'), kinds(e));
});
