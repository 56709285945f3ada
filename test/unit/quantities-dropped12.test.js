// Figures the quantity recognizer dropped (issue 12): decimal commas, figures after a label and a colon, bare figures
// whose counted noun stands after a copula or in the sentence before, and subjects that do the counting. Invented
// sentences; each fails on the build before these rules.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "text|unit|value" for every quantity in the text. */
function figures(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.unit}|${q.value}`);
}

test('a decimal comma before a unit, a scale word or after a currency sign is one value', () => {
  assert.deepStrictEqual(figures('Participation reached 71,46% in the capital.'), ['71,46%|percent|71.46']);
  assert.deepStrictEqual(figures('The governing front took 39,8 % of the ballots.'), ['39,8 %|percent|39.8']);
  assert.deepStrictEqual(figures('The mill reported a loss of 2,7 million pesos.'), ['2,7 million pesos|mxn|2700000']);
  assert.deepStrictEqual(figures('A coffee now costs €3,20 in the old town.'), ['€3,20|eur|3.2']);
  assert.deepStrictEqual(figures('The queue stretched 1,5 km along the quay.'), ['1,5 km|km|1.5']);
});

test('a comma before three digits stays a thousands separator, and a list without spaces stays no figure', () => {
  assert.deepStrictEqual(figures('The flood left 3,000 people homeless.'), ['3,000 people|person|3000']);
  assert.deepStrictEqual(figures('The jurors gave 16,17 and 18 points respectively.'), ['18 points|point|18']);
});

test('a tally label before a colon names what the figure after it counts', () => {
  assert.deepStrictEqual(figures('Fatalities: 2,418'), ['2,418|fatality|2418']);
  assert.deepStrictEqual(figures('Dead: 61; Injured: 305'), ['61|person|61', '305|person|305']);
  assert.deepStrictEqual(figures('- Missing: 48'), ['48|person|48']);
  assert.deepStrictEqual(figures('Suspected infections: 7,310'), ['7,310|infection|7310']);
  assert.deepStrictEqual(figures('Residents: 88,200'), ['88,200|resident|88200']);
  // A label that counts nothing, or a clause before the colon, gives no unit.
  assert.deepStrictEqual(figures('Status: 404'), []);
  assert.deepStrictEqual(figures('The ministry gave one figure: 2,418'), []);
});

test('a bare figure counts the plural noun it is said to be after a copula', () => {
  assert.deepStrictEqual(figures('Of those, 17 were toddlers.'), ['17|toddler|17']);
  assert.deepStrictEqual(figures('Among the injured, 6 were fire officers.'), ['6|officer|6']);
  assert.deepStrictEqual(figures('Of the dead, 31 were miners and 12 were guards.'), ['31|miner|31', '12|guard|12']);
  // A determiner after the copula names no count.
  assert.deepStrictEqual(figures('Of those, 17 were the first to leave.'), []);
});

test('a bare figure after "another" continues the count of the sentence before', () => {
  assert.deepStrictEqual(figures('The blaze gutted 640 shops. Another 210 were looted.'), ['640 shops|shop|640', '210|shop|210']);
});

test('a bare figure before an outbreak verb counts people', () => {
  assert.deepStrictEqual(figures('By Friday, 5,600 had been vaccinated.'), ['5,600|person|5600']);
  assert.deepStrictEqual(figures('So far, 2,250 have been infected.'), ['2,250|person|2250']);
});

test('the subject of a verb that does the counting is its agent, not what the figure counts: the figure stays, unit-less', () => {
  assert.deepStrictEqual(figures('Inspectors have so far counted 14,212.'), ['14,212||14212']);
  assert.deepStrictEqual(figures('The clinic has treated 930 since March.'), ['930||930']);
  // A quake measures its own figure.
  assert.deepStrictEqual(figures('The tremor measured 6.3 on Sunday.'), ['6.3|tremor|6.3']);
  // A linking or change verb still gives its subject.
  assert.deepStrictEqual(figures('Arrivals climbed to 14,212.'), ['14,212|arrival|14212']);
});

test('a generic measure word before a plural noun modifies it', () => {
  assert.deepStrictEqual(figures('Total fatalities reached 3,118.'), ['3,118|fatality|3118']);
});

test('a plural after a figure and before "of" is its counted noun, though the tagger reads a verb', () => {
  assert.deepStrictEqual(figures('She had pleaded guilty to four counts of bribery.'), ['four counts|count|4']);
});

test('thousands grouped by dots or by single spaces are one figure; a count before a model number stays apart', () => {
  assert.deepStrictEqual(figures('The Green List received 2.318.404 votes.'), ['2.318.404 votes|vote|2318404']);
  assert.deepStrictEqual(figures('Prices rose 244 180 percent last year, the bank said.'), ['244 180 percent|percent|244180']);
  assert.deepStrictEqual(figures('The airline ordered 12 320 Neo jets.').map(f => f.split('|')[2]), ['12']);
  // One dot is a decimal point, as ever.
  assert.deepStrictEqual(figures('The ratio rose to 1.234 percent.'), ['1.234 percent|percent|1.234']);
});

test('a decimal comma before the name of a currency is one value', () => {
  assert.deepStrictEqual(figures('The stock closed at 18,40 euros.'), ['18,40 euros|eur|18.4']);
});

test('a dash between a fact box label and its figure is read like a colon', () => {
  assert.deepStrictEqual(figures('Confirmed fatalities — 2,418'), ['2,418|fatality|2418']);
});

test('"it" as a predicate figure\'s subject measures what the sentence before measured', () => {
  assert.deepStrictEqual(figures('The death toll climbed again overnight. It now stands at 2,417.'), ['2,417|toll|2417']);
  // (Round 29: "has passed N" is a hedge, more than N, so the figure's text takes the verb.)
  assert.deepStrictEqual(figures('The number of displaced people keeps growing. It has now passed 310,000.'),
    ['passed 310,000|person|310000']);
  // Not across a paragraph, and not as the subject of another verb.
  assert.deepStrictEqual(figures('The death toll climbed again overnight.\n\nIt now stands at 2,417.'), ['2,417||2417']);
});

test('a bare figure before a state only people are in counts people', () => {
  assert.deepStrictEqual(figures('Nearly 700 remain in hospital.'), ['Nearly 700|person|700']);
  assert.deepStrictEqual(figures('Some 6,000 are still without power.'), ['Some 6,000|person|6000']);
});

test('a bare amount in millions in a value slot takes the currency of the paragraph\'s last amount of money', () => {
  assert.deepStrictEqual(figures('Turnover rose to €3.6 billion. Operating profit came in at 420 million.'),
    ['€3.6 billion|eur|3600000000', '420 million|eur|420000000']);
  // Not across a paragraph, and not a figure that opens its clause.
  assert.deepStrictEqual(figures('Turnover rose to €3.6 billion.\n\nOperating profit came in at 420 million.'),
    ['€3.6 billion|eur|3600000000', '420 million||420000000']);
});

test('a label of a measure noun names its unit; a label that names a voice names nothing', () => {
  assert.deepStrictEqual(figures('The toll: 2,418.'), ['2,418|toll|2418']);
  assert.deepStrictEqual(figures('Police: 9,800. Organisers: 31,000.'), []);
});

test('a figure in brackets right after its measure noun takes it', () => {
  assert.deepStrictEqual(figures('The provisional toll (2,418) is expected to climb.'), ['2,418|toll|2418']);
});

test('a modal may stand between a bare figure and its people verb', () => {
  assert.deepStrictEqual(figures('Up to 3,100 may have drowned.'), ['Up to 3,100|person|3100']);
});

test('a label and its figure alone on a line, with no colon, are read as a tally', () => {
  assert.deepStrictEqual(figures('Flood update\nFatalities 2,418\nEvacuated 12,000'), ['2,418|fatality|2418', '12,000|person|12000']);
  // Not when words follow the figure on its line.
  assert.deepStrictEqual(figures('Fatalities 2,418 across the region'), []);
});
