// Round 25 (issue 10, the cross-source check: measure and counted thing): figures a careful reader sees as one quantity
// that got different measures, or none, by class. Invented sentences; each class test fails on the build before this
// round.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, claimsOf, doc, valuePairs } = require('./claimReports');

/** The measure key of the claim whose figure reads `text` (speeds in mph are kept in km/h, so their value is no key). */
function keyAt(body, text) {
  return claimsOf(body).find(c => c.quantity.text === text)?.measure.key;
}

test('a speed is measured, nothing befalls it: a storm\'s winds are its wind speed whatever the verb', () => {
  assert.strictEqual(keyAt('Whole villages on Tarvo island were flattened by the typhoon\'s 160 mph winds, the agency said.', '160 mph'),
    'km/h|wind');
  assert.strictEqual(keyAt('Typhoon Melor hit Tarvo on Monday with winds reaching 170 miles per hour.', '170 miles per hour'), 'km/h|wind');
  assert.strictEqual(keyOf('Packing gusts of 250 kilometres per hour, the cyclone tore through Tarvo.', 250), 'km/h|wind');
  // A length is no thing destroyed either: "the span that collapsed stood 40 feet above the river".
  assert.notStrictEqual(keyOf('The span that collapsed stood about 40 feet above the river.', 40), 'foot|destroyed');
  // Two reports of the storm's winds the same day, at the same place, pair.
  const a = doc('a.txt', 'On Monday, homes across Tarvo were destroyed by the typhoon\'s 160 mph winds.');
  const b = doc('b.txt', 'Typhoon Melor struck Tarvo on Monday with winds reaching 175 miles per hour.');
  assert.strictEqual(valuePairs(a, b).length, 1);
});

test('a participle before the first word of the figure describes the figure: "the budgeted US$2.6 billion"', () => {
  assert.strictEqual(keyAt('The Norvan Games ran $90 million over the budgeted US$1.8 billion, auditors said.', 'US$1.8 billion'),
    'usd|budget');
  // A participle before another noun still describes that noun: "the contaminated syrup".
  assert.strictEqual(keyOf('The number of children who died after drinking the contaminated syrup has reached 19.', 19), 'person|killed');
});

test('a sum restated in euros from a currency of one country converts it and takes its measure: drachmas, pesetas, lire', () => {
  const body = 'When Norvania won the regatta in 1996, its budget was set at 480 billion drachmas (1.4 billion euros).';
  assert.strictEqual(keyAt(body, '480 billion drachmas'), 'grd|budget');
  assert.strictEqual(keyAt(body, '1.4 billion euros'), 'eur|budget');
  assert.strictEqual(keyAt('The stadium\'s budget was set at 90 billion pesetas (540 million euros).', '540 million euros'), 'eur|budget');
  assert.strictEqual(keyAt('The club\'s debt stood at 300 billion lire (155 million euros).', '155 million euros'), 'eur|debt');
});

test('a country\'s islands or constituencies with nothing befalling them are its total', () => {
  assert.strictEqual(keyOf('Norvania, a country of 83 islands, was struck on Friday.', 83), 'island|total');
  assert.strictEqual(keyOf('Its 260,000 people live spread over 65 islands.', 65), 'island|total');
  assert.strictEqual(keyOf('Results were still missing from four of 290 constituencies on Monday.', 290), 'constituency|total');
  // Islands something befell keep that event.
  assert.notStrictEqual(keyOf('The storm flooded 12 islands on Friday.', 12), 'island|total');
  // Two reports of the same country's islands pair.
  const a = doc('a.txt', 'Norvania, a country of 83 islands, was struck by the cyclone on Friday.');
  const b = doc('b.txt', 'The cyclone struck Norvania, home to 260,000 people on 65 islands, on Friday.');
  assert.deepStrictEqual(valuePairs(a, b), ['65/83']);
});

test('two words for one measure: goods sold are goods delivered; people rounded up are arrested', () => {
  assert.strictEqual(keyOf('Norvacar sold 91,000 vehicles in the third quarter.', 91000), 'vehicle|delivered');
  assert.strictEqual(keyOf('Deliveries rose to 88,000 vehicles in the third quarter, Norvacar said.', 88000), 'vehicle|delivered');
  assert.strictEqual(keyOf('Norvacar delivered 88,000 vehicles in the third quarter.', 88000), 'vehicle|delivered');
  // Shops sold are sold off, not goods handed over.
  assert.notStrictEqual(keyOf('Norvamart sold 12 stores to a rival chain.', 12), 'shop|delivered');
  assert.strictEqual(keyOf('Police rounded up 240 protesters in Corvale on Sunday.', 240), 'person|arrested');
  assert.strictEqual(keyOf('Police detained 240 protesters in Corvale on Sunday.', 240), 'person|arrested');
});

test('"N of which" after a figure is the figure\'s own partitive: its relative clause is the part\'s', () => {
  assert.strictEqual(keyOf('The ministry said it had recorded 37 armed clashes in the area, 11 of which were still ongoing.', 11), 'clash|ongoing');
});
