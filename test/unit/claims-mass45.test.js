// A weight told in another unit, and a figure told per item (issue 11, round 45). Every sentence here is invented;
// each assertion marked "new" failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report, doc, valuePairs } = require('./claimReports');

/** The claim of the figure written `text` in a report of `body`: "unit|low|high". */
function weighed(body, text) {
  const c = claimsOf(report('2025-03-04', body)).find(x => x.quantity.text.includes(text));
  return c && `${c.measure.unit}|${c.low}|${c.high}`;
}

test('a weight in kilograms, grams or ounces is compared in tonnes', () => {
  // new: each unit was its own, so "2,500 kg" never met "4 tonnes" of the same cargo.
  assert.strictEqual(weighed('Inspectors said the ship carried 2,500 kg of cocaine.', '2,500 kg'), 'tonne|2.5|2.5');
  // An ounce of gold is the troy ounce: 32,150 of them weigh a tonne.
  assert.match(weighed('The vault held 32,150 ounces of gold, the bank said.', '32,150 ounces') ?? '', /^tonne\|0\.9999/);
  // Kept: tonnes stay tonnes, and a pound is left as written.
  assert.strictEqual(weighed('Inspectors said the ship carried 4 tonnes of cocaine.', '4 tonnes'), 'tonne|4|4');
  assert.match(weighed('The ship carried 800 lbs of cocaine.', '800 lbs') ?? '', /^lb\|/);
});

test('two reports weighing one cargo in tonnes and in kilograms disagree', () => {
  // new: no finding, the units kept the claims apart.
  const pairs = valuePairs(
    doc('a.txt', 'Customs officers at Port Velmar seized 4 tonnes of cocaine on Monday, the customs agency said.'),
    doc('b.txt', 'Customs officers at Port Velmar seized 2,500 kg of cocaine on Monday, the customs agency said.'));
  assert.deepStrictEqual(pairs, ['2.5/4']);
});

test('a figure after "Each of the <things>" is told per item', () => {
  // new: "Each of the crates holds 100 oz" read as the whole cargo once ounces met tonnes.
  // It is the rate "per crate" writes out, so the two meet.
  assert.strictEqual(weighed('Each of the crates holds, on average, around 90 kg of silver.', '90 kg'), 'kg/crate|81|99');
  assert.strictEqual(weighed('Inspectors found 90 kg per crate.', '90 kg'), 'kg/crate|90|90');
  // With no item named, the figure is still one item's.
  assert.match(weighed('Each of them holds around 90 kg of silver.', '90 kg') ?? '', /^kg\/per-each\|/);
  // Kept: a figure inside the distributive subject counts the items.
  const claims = claimsOf(report('2025-03-04', 'Each of the 40 crates was opened by inspectors.'));
  assert.ok(!claims.some(x => x.measure.unit.includes('per-each')));
});
