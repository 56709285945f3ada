// Round 26 (recog26): figures that never became claims, or became claims in a wrong unit. Each test is an invented
// sentence of one structural shape whose figure the recognizer dropped or misread before the check could compare it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** The analysis of one invented report. */
const analyze = body => engine.analyzeText('r/a.txt', `---\ntitle: t\noutlet: A\npublished: 2024-05-06\n---\n${body}\n`);
/** The quantity whose text starts with `figure`. */
const quantityOf = (body, figure) => analyze(body).quantities.find(q => q.text.startsWith(figure));
/** The claims whose figure text starts with `figure`. */
const claimsOf = (body, figure) => analyze(body).claims.filter(c => c.quantity.text.startsWith(figure));

test('"raised the toll <long tail> to N": the verb\'s object names the figure however long its tail', () => {
  // The object's tail held another figure (a magnitude) or ran past the measure-noun window: the figure had no unit.
  const [a] = claimsOf('The civil defence agency raised the death toll of the 6.4 magnitude tremor that shook the northern '
    + 'valleys on March 3 to 418 in its evening bulletin.', '418');
  assert.ok(a, 'a claim for 418');
  assert.strictEqual(a.measure.key, 'person|killed');
  const [b] = claimsOf('Rescuers on Monday raised their death toll in the March 2 landslide at the Green Hill mining camp '
    + '(GHMC) near Tarvo, in the hills above the river, to 57, up from the 31 first announced.', '57');
  assert.ok(b, 'a claim for 57');
  assert.strictEqual(b.measure.key, 'person|killed');
  // A "to" figure with no moving verb before the measure noun stays unitless.
  assert.ok(!claimsOf('The toll from the storm that hit the coast on May 2 and the flooding that came later led to 12 '
    + 'inquiries.', '12').some(c => c.measure.key === 'person|killed'));
});

test('"N-to-M" written as one hyphenated word is a range', () => {
  // The tokenizer keeps "to-300" one word, so the range was no number at all.
  const q = quantityOf('Forecasters expect 40-to-60 millimetres of rain over the hills.', '40-to-60');
  assert.ok(q, 'a quantity for the range');
  assert.deepStrictEqual([q.low, q.high, q.unit], [40, 60, 'mm']);
  const [c] = claimsOf('Medics counted 150-to-200 injuries after the stampede.', '150-to-200');
  assert.ok(c, 'a claim for the range');
  assert.deepStrictEqual([c.low, c.high], [150, 200]);
});

test('"the N to M range" counts what its clause names, not ranges', () => {
  // "range"/"spectrum" was read as the counted noun, so the figure could meet no other count of the dead.
  const [c] = claimsOf('Officials believe the number of fatalities is near the top of the 40-to-70 spectrum.', '40-to-70');
  assert.ok(c, 'a claim for the span');
  assert.strictEqual(c.measure.key, 'person|killed');
  const [d] = claimsOf('The toll is somewhere in the 20 to 35 range, the mayor said.', '20 to 35');
  assert.ok(d, 'a claim for the span');
  assert.strictEqual(d.measure.key, 'person|killed');
});

test('a name ending in "s" before a common noun modifies it: the noun is counted', () => {
  // "Qantas" was read as a plural head ("qanta") and the phrase ended there.
  assert.strictEqual(quantityOf('The 8,000 Hermes couriers who were laid off will be paid.', '8,000').unit, 'courier');
  assert.strictEqual(quantityOf('About 12,000 Barclays staff will move to the new campus.', 'About 12,000').unit, 'staff');
  // A plural demonym before a verb still heads its phrase.
  assert.strictEqual(quantityOf('Some 300 Ukrainians fled across the border.', 'Some 300').unit, 'ukrainian');
});

test('a figure quoted on its own takes the unit its clause names', () => {
  // The opening quote mark ended the look back for the measure noun: the figure was no quantity at all.
  const [c] = claimsOf('A rescuer said the toll in the upper valley was "at least 45", far above the count.', 'at least 45');
  assert.ok(c, 'a claim for the quoted figure');
  assert.strictEqual(c.measure.key, 'person|killed');
  assert.strictEqual(c.low, 45);
  const q = quantityOf('Officials put the crowd at "about 20,000." Others disagreed.', 'about 20,000');
  assert.ok(q, 'a quantity for the quoted figure');
  assert.strictEqual(q.unit, 'crowd');
});

test('an apposition between a measure noun and its verb does not hide the noun', () => {
  // The comma that closes ", a disease that ...," ended the look back for "toll".
  const [c] = claimsOf('The death toll from dengue, a disease that mosquitoes carry from house to house, in Goa has gone up to 23.', '23');
  assert.ok(c, 'a claim for 23');
  assert.strictEqual(c.measure.key, 'person|killed');
  // A figure inside the commas ends it: ", the 3 districts," is no apposition to skip.
  assert.ok(!claimsOf('The toll from dengue, the 3 districts say, in Goa has gone up to 23.', '23').some(c => c.measure.key === 'person|killed'));
});

test('"N to the dollar" is an exchange rate of the currency its clause names', () => {
  // A bare figure before "to the dollar" had no unit, and "tenge" was no currency word: no claim, or a count of tenge.
  const [a] = claimsOf('The lari was officially fixed at some 2.7 to the dollar on Monday.', 'some 2.7');
  assert.ok(a, 'a claim for the rate');
  assert.strictEqual(a.measure.unit, 'gel/usd');
  assert.strictEqual(quantityOf('On the street the rate was about 190 tenge to the dollar.', 'about 190').unit, 'kzt/usd');
  // "against the dollar" prices either way round ("the euro at 1.05 against the dollar"): no rate is read from it.
  assert.notStrictEqual(quantityOf('The euro fell to 1.05 against the dollar.', '1.05')?.unit, 'eur/usd');
});

test('a measure noun behind a span of time, a participle aside or a continuing participle still names the figure', () => {
  // The look back for "toll" stopped at the span's number, at the aside's commas, or at the comma before "reaching",
  // and the clause's first noun ("Officials", "The nurse", "Early reports") was taken for what the figure counts.
  const [a] = claimsOf('Officials said on Monday that the toll from the region\'s worst floods in more than 40 years now stood at 96.', '96');
  assert.ok(a, 'a claim for 96');
  assert.strictEqual(a.measure.key, 'person|killed');
  const [b] = claimsOf('A paramedic was quoted as saying that the death toll from the blast, compiled from lists kept by three clinics, was 58.', '58');
  assert.ok(b, 'a claim for 58');
  assert.strictEqual(b.measure.key, 'person|killed');
  const q = quantityOf('Early reports from the agency listed 14 survivors, but the number was later revised twice, eventually reaching 17.', '17');
  assert.strictEqual(q.unit, 'survivor');
});
