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

test('a figure glossing a share or a vague amount in brackets counts the "of" phrase after them', () => {
  // new: the bracketed figure had no noun of its own and was dropped.
  assert.deepStrictEqual(brief('The mayor won 61.2% (48,310) of the vote in the runoff.'),
    ['61.2%|61.2|61.2|percent', '48,310|48310|48310|vote']);
  assert.deepStrictEqual(brief('Only a handful (10-15) of fans threw bottles.'), ['10-15|10|15|fan']);
  // new: a later bare gloss of the same sentence counts what the earlier one's "of" phrase counts.
  assert.deepStrictEqual(brief('The mayor won 61.2% (48,310) of the vote and her rival 35% (27,630).'),
    ['61.2%|61.2|61.2|percent', '48,310|48310|48310|vote', '35%|35|35|percent', '27,630|27630|27630|vote']);
  // Kept: a bracketed figure after a share with no "of" phrase in its sentence stays unread.
  assert.deepStrictEqual(brief('Turnout was 60% (45).'), ['60%|60|60|percent']);
});
