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
