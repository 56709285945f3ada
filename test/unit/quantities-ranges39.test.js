// Ranges whose ends the range reader took apart (issue 11, round 39). Every sentence here is invented; each assertion
// marked "new" failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a hedge between "between" and the low end keeps the range', () => {
  // new: the low end was dropped and the high end read alone.
  assert.deepStrictEqual(brief('Police said between some 40,000 and 65,000 marchers filled the avenue.'),
    ['between some 40,000 and 65,000 marchers|40000|65000|marcher']);
  assert.deepStrictEqual(brief('Between roughly 300 and 450 nurses walked out.'),
    ['Between roughly 300 and 450 nurses|300|450|nurse']);
  // Kept: the unhedged range, and years between "between" and "and" stay dates.
  assert.deepStrictEqual(brief('Between 300 and 450 nurses walked out.'), ['Between 300 and 450 nurses|300|450|nurse']);
  assert.deepStrictEqual(brief('Prices doubled between about 2010 and 2015.'), []);
});

test('a year before "to" is no low end of a range whose high end has a scale word', () => {
  // new: the year and the scaled figure made one range, then dropped as a year.
  assert.deepStrictEqual(brief('Copper exports fell from 41.2 billion dollars in 2016 to 33.7 billion dollars in 2017.'),
    ['41.2 billion dollars|41200000000|41200000000|usd', '33.7 billion dollars|33700000000|33700000000|usd']);
  // Kept: a sum whose low end shares no scale ("200 to 4 million"), and a year range.
  assert.deepStrictEqual(brief('Fees range from 200 to 4 million dollars.').length, 1);
  assert.deepStrictEqual(brief('The plan ran from 2016 to 2019.'), []);
});
