// Quantities in news of any domain (issue 11): classes found by the sixth multi-domain golden set, quantities6 (power
// prices, markets, football, crops, housing, a hurricane, a phone, obesity, central banks, air travel, exoplanets, oil)
// and by probing the shapes of those domains. Every sentence here is invented; each assertion failed on the build before
// its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('"N to M" with a unit after a verb of change is a range when no "from" comes before', () => {
  assert.deepStrictEqual(brief('The front dumped 2 to 4 inches of snow on the pass.'), ['2 to 4 inches|2|4|inch']);
  assert.deepStrictEqual(brief('Levels dropped 30 to 45 cm along the canal.'), ['30 to 45 cm|30|45|cm']);
  // A move and a level stay two figures: shares, and "from ... to".
  assert.deepStrictEqual(brief('Turnout rose 3 to 61 percent.'), ['3|3|3|percent', '61 percent|61|61|percent']);
  assert.deepStrictEqual(brief('The river rose from 2 to 5 metres.').length, 2);
});

test('a range joined by a hyphenated "-to-"', () => {
  assert.deepStrictEqual(brief('Swells of two-to-five feet will reach the harbour.'), ['two-to-five feet|2|5|foot']);
  assert.deepStrictEqual(brief('Expect one-to-three inches of rain.'), ['one-to-three inches|1|3|inch']);
});

test('"a year and a half" and "N hours and a half" add half the unit', () => {
  assert.deepStrictEqual(brief('The repairs took a year and a half.'), ['a year and a half|1.5|1.5|year']);
  assert.deepStrictEqual(brief('The hearing lasted about an hour and a half.'), ['about an hour and a half|1.35|1.65|hour']);
  assert.deepStrictEqual(brief('The crossing took three hours and a half.'), ['three hours and a half|3.5|3.5|hour']);
});

test('"a hundred and twelve" is one spelled number', () => {
  assert.deepStrictEqual(brief('A hundred and twelve families were moved.'), ['A hundred and twelve families|112|112|family']);
});

test('megapixels and astronomical units', () => {
  assert.deepStrictEqual(brief('The tablet gets a 13-megapixel rear camera.'), ['13-megapixel|13|13|mp']);
  assert.deepStrictEqual(brief('The comet passed 1.2 AU from the sun, about 1.2 astronomical units.'),
    ['1.2 AU|1.2|1.2|au', 'about 1.2 astronomical units|1.08|1.32|au']);
  // The African Union's troops are no distance.
  assert.deepStrictEqual(brief('The bloc sent 4,000 AU troops.'), ['4,000 AU troops|4000|4000|troop']);
});

test('"before" that ends its clause makes a time reference, not a length', () => {
  assert.deepStrictEqual(brief('Rents were 6 percent higher than a year before.'), ['6 percent|6|6|percent']);
  assert.deepStrictEqual(brief('The strike began three weeks before.'), []);
  // Before an event the length stays.
  assert.deepStrictEqual(brief('The deal closed two weeks before the vote.'), ['two weeks|2|2|week']);
});

test('"one" with a noun counted earlier in its sentence is a figure', () => {
  assert.deepStrictEqual(brief('Four judges backed the appeal and one judge dissented.'),
    ['Four judges|4|4|judge', 'one judge|1|1|judge']);
  assert.deepStrictEqual(brief('Six directors voted for the merger, one director against it.'),
    ['Six directors|6|6|director', 'one director|1|1|director']);
});

test('a result line of a round-up is a score, not counts of the teams', () => {
  assert.deepStrictEqual(brief('Town 2 Wolves 1\nTown led from the start.'), []);
  assert.deepStrictEqual(brief('Rangers 4 Saints 2\nA late double settled it.'), []);
  // A count before a name inside a sentence is left to the other rules.
  assert.deepStrictEqual(brief('The club sold 3 Vauxhall vans.').length, 1);
});

test('a unit written with a slash that the tokenizer splits: "b/d", and "km/h" ending a sentence', () => {
  assert.deepStrictEqual(brief('Exports climbed 350,000 b/d in June.'), ['350,000 b/d|350000|350000|barrel/day']);
  assert.deepStrictEqual(brief('The field pumps 1.4 million b/d.'), ['1.4 million b/d|1400000|1400000|barrel/day']);
  assert.deepStrictEqual(brief('Gusts reached 95 km/h.'), ['95 km/h|95|95|km/h']);
});

test('metric tons are tonnes', () => {
  assert.deepStrictEqual(brief('The barge carried 640 metric tons of grain.'), ['640 metric tons|640|640|tonne']);
});

test('a hyphenated count before a noun that carries its own modifier', () => {
  assert.deepStrictEqual(brief('The club snapped a 9-game losing streak on Sunday.'), ['9-game|9|9|game']);
  assert.deepStrictEqual(brief('The 15-member advisory board resigned.'), ['15-member|15|15|member']);
  // Ages stay out.
  assert.deepStrictEqual(brief('A 4-year-old boy was found.'), []);
});

test('millimetres of mercury and the short "sec" are units', () => {
  assert.deepStrictEqual(brief('The pill lowered systolic pressure by 11 mmHg.'), ['11 mmHg|11|11|mmhg']);
  assert.deepStrictEqual(brief('Her split was 41sec faster, a gap of 3 secs at the line.'), ['41sec|41|41|second', '3 secs|3|3|second']);
});
