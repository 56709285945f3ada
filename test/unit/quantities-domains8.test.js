// Quantities in news of any domain (issue 11): classes found by the eighth multi-domain golden set, quantities8
// (market closes, transfers, power capacity, phones, heat and rain, house prices, transit, drug trials, results).
// Every sentence here is invented; each assertion marked "new" failed on the build before its rule landed (round 38).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a length in digits hyphenated before an extreme after a determiner is how long the record stands', () => {
  // new: the tagger makes "high" and "low" an adverb or an adjective here.
  assert.deepStrictEqual(brief('Copper climbed to a 17-year high on Tuesday.'), ['17-year|17|17|year']);
  assert.deepStrictEqual(brief('Gilt yields rose to a 15-month high of 4.6%.'), ['15-month|15|15|month', '4.6%|4.6|4.6|percent']);
  assert.deepStrictEqual(brief('The rand sank to its 26-week low.'), ['26-week|26|26|week']);
  // Kept out: a headline's level named by its window, a spelled number hyphenated to its noun, a bond's maturity.
  assert.deepStrictEqual(brief('Copper climbs to 17-year high'), []);
  assert.deepStrictEqual(brief('Cocoa hit a three-year high.'), []);
  assert.deepStrictEqual(brief('The 7-year note yield rose to a high.'), []);
});
