// Entity classes of round 21 (issue 11, found on CoNLL-2003 eng.train): surnames in standings, cricket scorecards.
// Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);
const all = (list, text) => list.filter(e => e.text === text);

test('a lone surname before a score in standings is the rider named in full, not a side', () => {
  const e = ents('Results of the tenth round of the sidecar championship on Sunday:\n'
    + '1. Marek Tolvane (Finland) Honda 41:10.221\n'
    + '2. Jens Orbeck (Norway) Yamaha 41:12.904\n'
    + '3. Paolo Strinati (Italy) Ducati 41:15.330\n'
    + 'Championship standings after ten rounds:\n'
    + '1. Orbeck 212 points\n'
    + '2. Tolvane 198\n'
    + '3. Strinati 187\n'
    + 'Leading club standings:\n'
    + 'Velmora 41 Dunstable 38\n');
  for (const rider of ['Orbeck', 'Tolvane', 'Strinati']) {
    const m = all(e, rider);
    assert.strictEqual(m.length, 1, rider);
    assert.strictEqual(m[0].kind, 'person', rider);
  }
  assert.strictEqual(find(e, 'Velmora')?.kind, 'organization');
});
