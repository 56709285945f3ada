// Quantities in news of any domain (issue 11): classes found by the ninth multi-domain golden set, quantities9
// (grain and freight prices, space flights, airlines, emissions, budgets, a fraud sentence, telecoms, food prices,
// enrolments). Every sentence here is invented; each assertion marked "new" failed on the build before its rule landed
// (round 41).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a count of quarters or seasons after a window word is a reporting period, not a figure', () => {
  // new: "quarter" and "season" are no time units, so the window test never saw them.
  assert.deepStrictEqual(brief('Freight volumes fell 4% in the first three quarters.'), ['4%|4|4|percent']);
  assert.deepStrictEqual(brief('The striker scored 31 goals over the past three seasons.'), ['31 goals|31|31|goal']);
  // Kept: quarters and seasons counted without a window word.
  assert.deepStrictEqual(brief('The club has played in the league for three seasons.'), ['three seasons|3|3|season']);
});

test('a period anchored by "ending in" a month or "to" a day and month is a reporting window', () => {
  // new: the anchor after "ending" was "in", and after "to" a day of the month.
  assert.deepStrictEqual(brief('Rents rose 6.1 percent in the 12 months ending in May.'), ['6.1 percent|6.1|6.1|percent']);
  assert.deepStrictEqual(brief('Sales grew 3.4% in the eight weeks to 12 March 2022.'), ['3.4%|3.4|3.4|percent']);
  // Kept: a length that no date anchors.
  assert.deepStrictEqual(brief('The survey ran for 12 months.'), ['12 months|12|12|month']);
});

test('an article before a coin or a weight in the slot of a move is one of it', () => {
  // new: "a" before a unit was no figure unless a hedge or "single" came first.
  assert.deepStrictEqual(brief('The bakery knocked a penny off each loaf.'), ['a penny|0.01|0.01|gbp']);
  assert.deepStrictEqual(brief('Milk now costs a cent more than in June.'), ['a cent|0.01|0.01|usd']);
  assert.deepStrictEqual(brief('Volunteers in the trial lost a stone in twelve weeks.'), ['a stone|1|1|stone', 'twelve weeks|12|12|week']);
  // Kept out: an article before a coin or a weight that names the thing, not an amount.
  assert.deepStrictEqual(brief('She found a penny on the pavement.'), []);
  assert.deepStrictEqual(brief('A boy threw a stone at the bus.'), []);
  assert.deepStrictEqual(brief('Tomatoes sell for $2 a pound.'), ['$2 a pound|2|2|usd/pound']);
});
