// Recognizer classes of round 29 (issue 11, found on CoNLL-2003 eng.train and PolNeAR train; confirmed on the
// development splits by their scores alone). Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.filter(e => e.text === text);

test('a club\'s nickname alone is the club the report names in full, headline capitals too', () => {
  const e = ents('HOCKEY - HERONS EDGE PAST MARLOWS. Boston Herons 5 Denver Marlows 4. '
    + 'The Herons have won six straight, and the Marlows lost for the third time in a week.');
  for (const [nick, club] of [['HERONS', 'Boston Herons'], ['Herons', 'Boston Herons'], ['MARLOWS', 'Denver Marlows'], ['Marlows', 'Denver Marlows']]) {
    const full = find(e, club)[0];
    const m = find(e, nick)[0];
    assert.strictEqual(m?.kind, 'organization', nick);
    assert.strictEqual(m.id, full.id, nick);
  }
});

test('no nickname without the club named in full', () => {
  const e = ents('The Herons have won six straight. Officials said the Marlows were late.');
  assert.strictEqual(find(e, 'Herons').filter(m => m.kind === 'organization').length, 0);
});

test('in a report of matches, a town\'s possessive before a player names his club', () => {
  const e = ents('SOCCER - LEAGUE RESULTS. Leeds 2 Sheffield 1. Elsewhere, Bristol\'s Marten Dobrowsky was sent off.');
  assert.ok(find(e, 'Bristol').length && find(e, 'Bristol').every(m => m.kind === 'organization'), JSON.stringify(find(e, 'Bristol')));
});

test('no club from a town\'s possessive outside a report of matches', () => {
  const e = ents('Leeds\'s Marten Dobrowsky opened the new library on Tuesday.');
  assert.ok(find(e, 'Leeds').length && find(e, 'Leeds').every(m => m.kind === 'place'), JSON.stringify(find(e, 'Leeds')));
});
