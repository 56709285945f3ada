// Quantity shapes left over after issue 11's first rounds: Indian digit grouping, ranges whose ends carry a glued
// scale, the "+/-" margin, and a glued "m" before things measured by length. Every sentence here is invented; each
// assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('Indian digit grouping: two-digit groups before the last three', () => {
  assert.deepStrictEqual(brief('The district registered 2,37,815 voters this time.'), ['2,37,815 voters|237815|237815|voter']);
  assert.deepStrictEqual(brief('The scheme paid Rs 12,45,60,000 to farmers.'), ['Rs 12,45,60,000|124560000|124560000|inr']);
  // Ill-formed groupings stay out: no final group of three, or a long first group.
  assert.deepStrictEqual(brief('Codes 12,34 and 123,45,678 were listed.'), []);
  // The international grouping is unchanged.
  assert.deepStrictEqual(brief('About 3,250,000 people voted.'), ['About 3,250,000 people|2925000|3575000|person']);
});

test('a range whose ends carry a glued scale: "£5m-£10m", "10k-15k", "2m-3m", "3-4m"', () => {
  assert.deepStrictEqual(brief('The refit will cost £6m-£9m.'), ['£6m-£9m|6000000|9000000|gbp']);
  assert.deepStrictEqual(brief('Bids came in between $2m and $3m.'), ['between $2m and $3m|2000000|3000000|usd']);
  assert.deepStrictEqual(brief('Tickets sold 20k-25k copies.'), ['20k-25k copies|20000|25000|copy']);
  assert.deepStrictEqual(brief('The app has 5-6m subscribers.'), ['5-6m subscribers|5000000|6000000|subscriber']);
  assert.deepStrictEqual(brief('Exports reached 2.5m-3.25m tonnes.')[0], '2.5m-3.25m tonnes|2500000|3250000|tonne');
  assert.deepStrictEqual(brief('Rollers of 2bn-3bn euros were promised.')[0], '2bn-3bn euros|2000000000|3000000000|eur');
});

test('a glued "m" before a thing measured by its length is metres, also in a range', () => {
  assert.deepStrictEqual(brief('Forecasters expect 2m-3.5m waves on the coast.'), ['2m-3.5m|2|3.5|m']);
  assert.deepStrictEqual(brief('Storms whipped up 4m swells overnight.'), ['4m|4|4|m']);
  assert.deepStrictEqual(brief('The barrier is 3m-4m high.'), ['3m-4m|3|4|m']);
  // Counted things still take millions.
  assert.deepStrictEqual(brief('Nearly 3m homes lost power.'), ['Nearly 3m homes|2700000|3000000|home']);
});

test('"+/-" before a figure is a margin and states its size', () => {
  assert.deepStrictEqual(brief('The survey of 900 adults has an error margin of +/-3.5 percentage points.'),
    ['900 adults|900|900|adult', '+/-3.5 percentage points|3.5|3.5|percentage point']);
  // A slash in a path or a ratio still keeps its digits out.
  assert.deepStrictEqual(brief('Open support/-4 for help, staffed 24/7.'), []);
});
