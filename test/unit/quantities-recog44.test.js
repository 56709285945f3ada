// Figures the recognizer dropped (issues 10 and 11), round 44: a magnitude glued to its word by a hyphen, and a toll
// whose sentence names its quake by magnitude first. Every sentence here is invented; each assertion marked "new"
// failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');
const { keyOf } = require('./claimReports');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a magnitude glued to its word by a hyphen is read as a magnitude', () => {
  // new: the tokenizer kept "magnitude-6" one word and split the decimal off, so no figure was read.
  assert.deepStrictEqual(brief('Hundreds slept outdoors after the magnitude-6.4 quake on Friday.'),
    ['magnitude-6.4|6.4|6.4|magnitude']);
  assert.deepStrictEqual(brief('The magnitude-7 earthquake cut power to the valley.'), ['magnitude-7|7|7|magnitude']);
  // Kept: a hyphen after another word, and a magnitude word inside a longer word, are left as written.
  assert.deepStrictEqual(brief('The category-4 storm reached the coast.'), []);
  assert.deepStrictEqual(brief('The supermagnitude-6 idea was dropped.'), []);
  // Kept: a spaced magnitude, and a magnitude above the scale, read as before.
  assert.deepStrictEqual(brief('A magnitude 5.8 quake shook the town.'), ['magnitude 5.8|5.8|5.8|magnitude']);
});

test('a toll after the magnitude of its quake still counts the dead', () => {
  // The glued magnitude, once read, stood between the toll and its bare figure, and the look back for "toll" stopped
  // at it: the glued assertion failed with the cleaner's rule alone (the spaced one guards the same look back).
  const spaced = 'The death toll from the magnitude 6.2 earthquake that struck Velmora on Sunday has risen to 312, officials said.';
  assert.match(keyOf(spaced, 312) ?? '', /^person\|killed/);
  const glued = 'The death toll from the magnitude-6.2 earthquake that struck Velmora on Sunday has risen to 312, officials said.';
  assert.match(keyOf(glued, 312) ?? '', /^person\|killed/);
});
