// Figures the recognizer dropped (issues 10 and 11): a count after a name that a giving verb takes as its first object,
// and the gapped items after it. Every sentence here is invented; each assertion marked "new" failed on the build before
// its rule landed (round 43).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a count after a name that a giving verb takes first is a count', () => {
  // new: the name right before the figure made it a model number ("Boeing 737"), so the count was dropped.
  assert.deepStrictEqual(brief('The first count gave Labour 137 seats.'), ['137 seats|137|137|seat']);
  assert.deepStrictEqual(brief('The jury awarded Northfield Rovers 12 penalty points.'), ['12 penalty points|12|12|point']);
  // Kept: a name with its own number, and a figure with no noun after it.
  assert.deepStrictEqual(brief('The airline ordered Boeing 737 jets.'), []);
  assert.deepStrictEqual(brief('NASA awarded Apollo 11 astronauts a medal.'), []);
  assert.deepStrictEqual(brief('The judges gave Marlow 3.'), []);
});

test('a gapped item after a figure with a two-word unit takes that unit', () => {
  // new: "and <name> N" was an item of a gapped list only when one word stood between the earlier figure and "and".
  assert.deepStrictEqual(brief('Harbour Union won 137 constituency seats and Green Valley 79, the board said.'),
    ['137 constituency seats|137|137|seat', '79|79|79|seat']);
  // Kept: one word between, as before; a verb between ends the earlier item.
  assert.deepStrictEqual(brief('Harbour Union won 137 seats and Green Valley 79.'), ['137 seats|137|137|seat', '79|79|79|seat']);
});
