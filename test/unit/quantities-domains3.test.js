// Quantities in news of any domain (issue 11): classes found by the fifth multi-domain golden set, quantities5
// (basketball and football, a jobs report, pump prices, CO2, crypto, broadband, electric cars) and by probing the
// shapes of those domains. Every sentence here is invented; each assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('data rates written with "/s": bits as "bps", a capital B as bytes', () => {
  assert.deepStrictEqual(brief('The village line gives 24Mbit/s, the city fibre 2 Gbit/s.'),
    ['24Mbit/s|24|24|mbps', '2 Gbit/s|2|2|gbps']);
  assert.deepStrictEqual(brief('Rural users get 600 kb/s while the drive writes 450 MB/s on the test bench.'),
    ['600 kb/s|600|600|kbps', '450 MB/s|450|450|mb/s']);
});

test('acre-feet and lb-ft are units of their own, not acres or pounds', () => {
  assert.deepStrictEqual(brief('The dam stores 3.1 million acre-feet of snowmelt.'), ['3.1 million acre-feet|3100000|3100000|acre-foot']);
  assert.deepStrictEqual(brief('The motor delivers 480 lb-ft of torque.'), ['480 lb-ft|480|480|lb-ft']);
});

test('a hyphenated spelled multiplier is a number of times', () => {
  assert.deepStrictEqual(brief('Claims rose five-fold in the county.'), ['five-fold|5|5|times']);
});

test('an acceleration test names its speeds: only the time is a figure', () => {
  assert.deepStrictEqual(brief('The hatchback reaches 0-62mph in 6.8 seconds.'), ['6.8 seconds|6.8|6.8|second']);
  assert.deepStrictEqual(brief('It sprints from 0 to 100 km/h in 4.9 seconds.'), ['4.9 seconds|4.9|4.9|second']);
  // A range from zero that is no test stays a figure.
  assert.deepStrictEqual(brief('Overnight lows of 0-4C are forecast.'), ['0-4C|0|4|degree']);
});

test('a round number after "matchday" or "gameweek" is a label', () => {
  assert.deepStrictEqual(brief('Our matchday 5 preview and the gameweek 12 table.'), []);
});

test('a share of one point is a number of points: "a quarter point", "a half-point", "half a point"', () => {
  assert.deepStrictEqual(brief('The central bank lifted its rate by a quarter point.'), ['a quarter point|0.25|0.25|point']);
  assert.deepStrictEqual(brief('Markets priced in a half-point cut.'), ['a half-point|0.5|0.5|point']);
  assert.deepStrictEqual(brief('Mortgage rates rose a quarter percentage point.'), ['a quarter percentage point|0.25|0.25|percentage point']);
  assert.deepStrictEqual(brief('The index gave up half a point.'), ['half a point|0.5|0.5|point']);
  // A quarter of a whole stays a share.
  assert.deepStrictEqual(brief('A quarter of the crop was lost.'), ['A quarter of the crop|0.25|0.25|fraction']);
});

test('a spelled one over a large denominator in digits is a ratio', () => {
  assert.deepStrictEqual(brief('The reaction hits one in 20,000 patients.'), ['one in 20,000 patients|0.00005|0.00005|fraction']);
});

test('a measure of a substance before "a day"/"per day" is a rate', () => {
  assert.deepStrictEqual(brief('The smelter turns out 800 tonnes of copper a day.'), ['800 tonnes of copper a day|800|800|tonne/day']);
  assert.deepStrictEqual(brief('The field pumps 90,000 barrels of crude per day.'), ['90,000 barrels of crude per day|90000|90000|barrel/day']);
  // Without a period it stays the measure.
  assert.deepStrictEqual(brief('The ship carried 800 tonnes of copper.'), ['800 tonnes|800|800|tonne']);
});

test('energy in two words and gas in MMBtu', () => {
  assert.deepStrictEqual(brief('Wholesale power cost 95 euros per megawatt hour.'), ['95 euros per megawatt hour|95|95|eur/mwh']);
  assert.deepStrictEqual(brief('A flat uses 1,800 kilowatt hours.'), ['1,800 kilowatt hours|1800|1800|kwh']);
  assert.deepStrictEqual(brief('Henry Hub gas settled at $2.75 per MMBtu.'), ['$2.75 per MMBtu|2.75|2.75|usd/mmbtu']);
});

test('a glued "x" is a multiplier; digits on both sides stay a name or a dimension', () => {
  assert.deepStrictEqual(brief('The shares trade at 22x earnings and the camera has 5x zoom.'), ['22x|22|22|times', '5x|5|5|times']);
  assert.deepStrictEqual(brief('He drives a 4x4 pickup.'), []);
});

test('a hyphenated share after an article modifies its noun: "a two-thirds majority"', () => {
  assert.deepStrictEqual(brief('The motion needs a three-quarters majority.'), ['three-quarters|0.75|0.75|fraction']);
  assert.deepStrictEqual(brief('The state sold a one-third stake.'), ['one-third|0.3333333333|0.3333333333|fraction']);
  // An ordinal before a noun is no share.
  assert.deepStrictEqual(brief('A third lorry was hit.'), []);
});

test('nanometres glued or spelled are a unit', () => {
  assert.deepStrictEqual(brief('The foundry moves to a 2nm process.'), ['2nm|2|2|nm']);
});
