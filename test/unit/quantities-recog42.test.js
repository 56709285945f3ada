// Gold figures the engine never read (issue 10, and issue 11's quantities): a counted noun past "total". Every sentence
// here is invented; each assertion marked "new" failed on the build before its rule landed (round 42).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('"total" between a figure and its noun modifies the noun', () => {
  // new: "total" stopped the noun phrase, so the figure counted nothing and was dropped.
  assert.deepStrictEqual(brief('The mayor won the race with 18,420 total votes.'), ['18,420 total votes|18420|18420|vote']);
  assert.deepStrictEqual(brief('The county has now recorded 57 total cases.'), ['57 total cases|57|57|case']);
  // Kept: "total" after the figure heads nothing.
  assert.deepStrictEqual(brief('The county has now recorded 57 cases in total.'), ['57 cases|57|57|case']);
});

test('a bare "rial" is a currency, so a figure "to the dollar" after it is an exchange rate', () => {
  // new: only "Iranian rial" and the like were currencies; a bare "rial" priced nothing.
  assert.deepStrictEqual(brief('The rial slid to 61,200 to the dollar on the open market.'),
    ['61,200 to the dollar|61200|61200|irr/usd']);
  assert.deepStrictEqual(brief('Savers lost 4,000 rials on each note.'), ['4,000 rials|4000|4000|irr']);
  // Kept: the named Gulf currencies.
  assert.deepStrictEqual(brief('The fee is 300 Omani rials.'), ['300 Omani rials|300|300|omr']);
});
