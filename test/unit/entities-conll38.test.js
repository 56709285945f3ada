// Entity classes of round 38 (issue 11, places over-predicted on CoNLL-2003 eng.train): an ordinal before a region
// word ("Second Division") names a league's tier or an army's division, no place. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('an ordinal before a region word in a headline is a league tier, no place', () => {
  const e = ents('HOCKEY - FINNISH SECOND DIVISION STANDINGS. HELSINKI 1997-02-01');
  assert.ok(!e.some(x => x.kind === 'place' && /DIVISION/.test(x.text)), JSON.stringify(e.map(x => [x.text, x.kind])));
  assert.strictEqual(find(e, 'HELSINKI')?.kind, 'place');
});

test('an ordinal before a region word in running text is no place either', () => {
  const e = ents('The club won promotion from the Third Division in May.');
  assert.ok(!e.some(x => x.kind === 'place' && /Division/.test(x.text)), JSON.stringify(e.map(x => [x.text, x.kind])));
});

test('a place before a region word stays a place', () => {
  const e = ents('Floods cut roads in the Tver region and in Lviv Oblast on Sunday.');
  assert.strictEqual(find(e, 'Lviv Oblast')?.kind, 'place');
  assert.ok(e.some(x => x.kind === 'place' && /Tver/.test(x.text)));
});

test('a part of the match before its score is no side: half-time and aggregate scores name no club', () => {
  const e = ents('Dunmore 2 (Keane 12th, Walsh 40th) Carrow 1 (Byrne 77th). Halftime 1-0. Attendance 9,200.\n\nTolvik 3 Brask 1. Aggregate 4-4.');
  assert.ok(!e.some(x => /^(Halftime|Aggregate)$/.test(x.text)), JSON.stringify(e.map(x => [x.text, x.kind])));
  assert.strictEqual(find(e, 'Dunmore')?.kind, 'organization');
  assert.strictEqual(find(e, 'Carrow')?.kind, 'organization');
});
