// Issue 11, quantities: failure classes seen on news outside the seed domains, one test per class.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Every quantity as "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('units glued to the figure that the old table lacked: power, energy, data, thousands, inches', () => {
  assert.deepStrictEqual(brief('The home has a 6kW inverter and a 5.5kWh battery.'), ['6kW|6|6|kw', '5.5kWh|5.5|5.5|kwh']);
  assert.deepStrictEqual(brief('The phone ships with 60GB of storage and a 6.1-inch screen.'), ['60GB|60|60|gb', '6.1-inch|6.1|6.1|inch']);
  assert.deepStrictEqual(brief('The wind farm will produce 300 MW, or 1.2 TWh a year.'), ['300 MW|300|300|mw', '1.2 TWh a year|1.2|1.2|twh/year']);
  assert.deepStrictEqual(brief('About 25k fans attended.'), ['About 25k fans|22500|27500|fan']);
  // Glued letters that name no unit stay out: a network generation, a screen resolution.
  assert.deepStrictEqual(brief('The 5G network and 4K screens reach 40 cities.'), ['40 cities|40|40|city']);
});

test('currency written after the figure', () => {
  assert.deepStrictEqual(brief('The ticket costs 1,200€ now.'), ['1,200€|1200|1200|eur']);
  assert.deepStrictEqual(brief('Each family was paid 500 EUR in compensation.'), ['500 EUR|500|500|eur']);
});

test('spelled-out large numbers read as one figure', () => {
  assert.deepStrictEqual(brief('Twenty-eight thousand six hundred people attended.'),
    ['Twenty-eight thousand six hundred people|28600|28600|person']);
  assert.deepStrictEqual(brief('Two million, three hundred thousand voters cast ballots.'),
    ['Two million, three hundred thousand voters|2300000|2300000|voter']);
  // A comma before a small number ends the figure.
  assert.deepStrictEqual(brief('Police counted five thousand marchers, two of them were arrested.')[0],
    'five thousand marchers|5000|5000|marcher');
});

test('bare figures in a value slot are figures', () => {
  assert.deepStrictEqual(brief('The Nikkei closed at 16,644 on Friday.'), ['16,644|16644|16644|']);
  assert.deepStrictEqual(brief('She earns 25k a year.'), ['25k|25000|25000|']);
  // Small bare integers stay out: ages, scores, ranks.
  assert.deepStrictEqual(brief('He was 25 when he left.'), []);
});

test('"up to" after a verb of motion is no hedge', () => {
  assert.deepStrictEqual(brief('Unemployment went back up to 4.8 percent.'), ['4.8 percent|4.8|4.8|percent']);
  assert.deepStrictEqual(brief('The plant will cut up to 500 jobs.'), ['up to 500 jobs|0|500|job']);
});

test('a model number between a count and its noun is not a count', () => {
  assert.deepStrictEqual(brief('The airline ordered two new 737 Max jets.'), ['two new 737 Max jets|2|2|jet']);
});

test('bug: "$200 to $4 million" is 200 to 4 million, not an inverted interval', () => {
  assert.deepStrictEqual(brief('Fines range from $200 to $4 million.'), ['$200 to $4 million|200|4000000|usd']);
  assert.deepStrictEqual(brief('Fines range from 200 to 4 million dollars.'), ['from 200 to 4 million dollars|200|4000000|usd']);
  // The shared scale still applies when it keeps the order.
  assert.deepStrictEqual(brief('It will cost $1.5 to $2 billion.'), ['$1.5 to $2 billion|1500000000|2000000000|usd']);
});

test('bug: "531 mi²" is square miles, not miles', () => {
  assert.deepStrictEqual(brief('The park covers 531 mi² of land.'), ['531 mi²|1375.29|1375.29|km2']);
});
