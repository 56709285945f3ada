// Quantities in news of any domain (issue 11): classes found by the multi-domain golden set quantities3.
// Every sentence here is invented; each assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('pence glued to the figure are money in pounds; video resolutions are not pence', () => {
  assert.deepStrictEqual(brief('Shares in the grocer slid 12.5p to 287.25p.'), ['12.5p|0.125|0.125|gbp', '287.25p|2.8725|2.8725|gbp']);
  // The sentence's full stop stays outside the span.
  assert.deepStrictEqual(brief('A stamp now costs 85p.'), ['85p|0.85|0.85|gbp']);
  assert.deepStrictEqual(brief('The tablet plays 1080p and 720p video.'), []);
  assert.deepStrictEqual(brief('The ferry leaves at 5pm.'), []);
});

test('pence and cents written as words are money in the currency', () => {
  assert.deepStrictEqual(brief('Bus fares will rise by 20 pence.'), ['20 pence|0.2|0.2|gbp']);
  assert.deepStrictEqual(brief('A litre of milk costs 89 cents.'), ['89 cents|0.89|0.89|usd']);
});

test('grams glued in lower case; a capital G stays a network generation', () => {
  assert.deepStrictEqual(brief('Each snack bar (45g) sells for £1.20.'), ['45g|45|45|g', '£1.20|1.2|1.2|gbp']);
  assert.deepStrictEqual(brief('The handset supports 5G networks.'), []);
});

test('a glued F is Fahrenheit beside a Celsius figure only', () => {
  assert.deepStrictEqual(brief('Highs of 24C (75.2F) are forecast.'), ['24C|24|24|degree', '75.2F|75.2|75.2|degree f']);
  assert.deepStrictEqual(brief('He lives in flat 12F.'), []);
});

test('hedges: in the neighbourhood of, as high as, a bound before "another"', () => {
  assert.deepStrictEqual(brief('Exports will be in the neighbourhood of 2.4 million tonnes.'),
    ['in the neighbourhood of 2.4 million tonnes|2160000|2640000|tonne']);
  assert.deepStrictEqual(brief('Regulators allowed doses as high as 25 mg.'), ['as high as 25 mg|0|25|mg']);
  assert.deepStrictEqual(brief('The coach hopes to stay at least another three seasons.'),
    ['at least another three seasons|3|null|season']);
  assert.deepStrictEqual(brief('Repairs may need up to another 40 minutes.'), ['up to another 40 minutes|0|40|minute']);
});

test('a rate over a population is one figure with its denominator', () => {
  assert.deepStrictEqual(brief('Hepatitis reached 7.9 cases per 100,000 residents last year.'),
    ['7.9 cases per 100,000 residents|7.9|7.9|case/100000']);
  assert.deepStrictEqual(brief('There were 812 cases, a rate of 2.6 per 10,000.'),
    ['812 cases|812|812|case', '2.6 per 10,000|2.6|2.6|case/10000']);
});

test('a price per item names the item in its unit', () => {
  assert.deepStrictEqual(brief('Copper traded at $9,100 per tonne and the miner sold stock at $4-$5 per share.'),
    ['$9,100 per tonne|9100|9100|usd/tonne', '$4-$5 per share|4|5|usd/share']);
});

test('an excluded age in two units leaves no figure behind', () => {
  assert.deepStrictEqual(brief('The debutant, aged 16 years and 212 days, scored.'), []);
});

test('"those who" in a partitive are people', () => {
  assert.deepStrictEqual(brief('Four of those who fled were later found.'), ['Four|4|4|person']);
});

test('a reporting period is a time window, a plain length stays a quantity', () => {
  assert.deepStrictEqual(brief('Profit in the nine months to March rose 6%.'), ['6%|6|6|percent']);
  assert.deepStrictEqual(brief('Output in the two years through 2023 fell.'), []);
  assert.deepStrictEqual(brief('The refit took eight months to finish.'), ['eight months|8|8|month']);
});

test('a spelled number hyphenated to the word before it is a grade, not a count', () => {
  assert.deepStrictEqual(brief('Forecasters expect category-four winds.'), []);
  assert.deepStrictEqual(brief('Thirty-one people were rescued.'), ['Thirty-one people|31|31|person']);
});

test('after "by" a share needs no "of"; an ordinal before a noun stays out', () => {
  assert.deepStrictEqual(brief('Bookings fell by a quarter in June.'), ['a quarter|0.25|0.25|fraction']);
  assert.deepStrictEqual(brief('The van was struck by a third lorry.'), []);
});

test('inches glued as "in"; a currency word heading a counted phrase is money', () => {
  assert.deepStrictEqual(brief('The retailer cut its 65in television to £799.'), ['65in|65|65|inch', '£799|799|799|gbp']);
  assert.deepStrictEqual(brief('The fund raised 2.5 billion US dollars.'), ['2.5 billion US dollars|2500000000|2500000000|usd']);
});

test('a plural acronym or product noun is a counted noun', () => {
  assert.deepStrictEqual(brief('The update reached 300 million PCs.'), ['300 million PCs|300000000|300000000|pc']);
  assert.deepStrictEqual(brief('The carmaker recalled 8,500 SUVs.'), ['8,500 SUVs|8500|8500|suv']);
});

test('money before "a" and a noun closing the clause is a price per item', () => {
  assert.deepStrictEqual(brief('Gold settled at $2,310 an ounce.'), ['$2,310 an ounce|2310|2310|usd/ounce']);
  assert.deepStrictEqual(brief('It raised $3m a spokesman said.'), ['$3m|3000000|3000000|usd']);
});

test('a glued "m" filling a value slot after a headcount noun is millions; a distance stays metres', () => {
  assert.deepStrictEqual(brief('The city population is about 2.4m.'), ['about 2.4m|2160000|2640000|population']);
  assert.deepStrictEqual(brief('The number of subscribers rose by 3m.'), ['3m|3000000|3000000|subscriber']);
  assert.deepStrictEqual(brief('Residents walked 400m to the shelter.'), ['400m|400|400|m']);
  assert.deepStrictEqual(brief('The readers were 2m away.'), ['2m|2|2|m']);
});

test('a one-letter unit glued to its figure keeps the full stop outside', () => {
  assert.deepStrictEqual(brief('The mast is 6.5m.'), ['6.5m|6.5|6.5|m']);
  assert.deepStrictEqual(brief('The barge carried 90t.'), ['90t|90|90|tonne']);
});

test('a spelled numerator over a round 10, 100 or 1,000 is a share', () => {
  assert.deepStrictEqual(brief('Eight in 10 parents said yes.'), ['Eight in 10 parents|0.8|0.8|fraction']);
});

test('a glued F after a word of temperature is Fahrenheit', () => {
  assert.deepStrictEqual(brief('Highs will reach 97F on Friday.'), ['97F|97|97|degree f']);
});
