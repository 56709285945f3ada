// Figures the recognizer dropped (issues 10 and 11), round 46: a year-like count before a partitive's whole, a whole
// sized by a glued "-person" word, and a part of a workforce that was cut. Every sentence here is invented; each
// assertion marked "new" failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');
const { keyOf } = require('./claimReports');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a year-like figure before a partitive\'s whole is a count', () => {
  // new: four digits between 1900 and 2100 with no plural noun after them were taken for a year.
  assert.deepStrictEqual(brief('Last week 1990 of the plant\'s workers walked out.'), ['1990|1990|1990|worker']);
  assert.deepStrictEqual(brief('The strike grew when 2050 of them stayed home.').length, 1);
  // Kept: a year after a preposition, and a year before "of" with no whole after it, stay years.
  assert.deepStrictEqual(brief('Sales in 2021 of the new model fell.'), []);
  assert.deepStrictEqual(brief('In 2019 of all years, it rained.'), []);
});

test('a whole sized by a glued "-person" word lends its noun to the part', () => {
  // new: the part of "the mill's 7000-person staff" had no noun, so it was dropped.
  assert.deepStrictEqual(brief('Last week 600 of the mill\'s 7000-person staff were let go.'),
    ['600|600|600|staff', '7000-person|7000|7000|person']);
  assert.deepStrictEqual(brief('Around 40 of its 300-member crew fell ill.'),
    ['Around 40|36|44|crew', '300-member|300|300|member']);
});

test('a part of a workforce that was cut counts jobs cut', () => {
  // new: the workforce's own event (employed) outranked the cut its part suffered.
  assert.match(keyOf('Last month 450 of the refinery\'s workforce were cut.', 450) ?? '', /^job\|cut$/);
  assert.match(keyOf('It was sold in May, when 1800 of the carrier\'s 6000-person workforce were laid off.', 1800) ?? '', /^job\|cut$/);
  // Kept: a whole workforce that will be cut is still the workforce employed; the cut is its own figure.
  assert.match(keyOf('The mill\'s 9,500-strong workforce will be cut by 700.', 9500) ?? '', /^job\|employed$/);
  // Kept: a share of those a people adjective names stays a part of them.
  assert.match(keyOf('Of the dead, 31 of the dead were in the valley.', 31) ?? '', /killed\+part$/);
});

test('a people\'s adjective closing a list item counts its people', () => {
  // new: "9 Chilean" with no noun after the adjective had no counted noun, so the figure was dropped.
  assert.deepStrictEqual(brief('The register names 4 Peruvian, 9 Chilean and 2 Bolivian.'),
    ['4 Peruvian|4|4|peruvian', '9 Chilean|9|9|chilean', '2 Bolivian|2|2|bolivian']);
  assert.match(keyOf('The register names 4 Peruvian, 9 Chilean and 2 Bolivian.', 9) ?? '', /^person\|/);
  // Kept: an adjective before its noun modifies the noun, and a capitalised word after a label is no item.
  assert.deepStrictEqual(brief('She was one of 3 Kenyan runners.'), ['3 Kenyan runners|3|3|runner']);
  assert.deepStrictEqual(brief('Flight 12 Venezuelan was late.'), []);
});
