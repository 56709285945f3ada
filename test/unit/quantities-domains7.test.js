// Quantities in news of any domain (issue 11): classes found by the seventh multi-domain golden set, quantities7
// (rankings by region, prize money in rand, golf scores, fiscal years, shares, plot sizes). Every sentence here is
// invented; each assertion failed on the build before its rule landed (round 34).
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('a bracketed list of names takes the unit of its first measured figure', () => {
  assert.deepStrictEqual(brief('Ashford lost the most woodland (412 km2), followed by Brill (398), Corby (377) and Dunmore (312).'),
    ['412 km2|412|412|km2', '398|398|398|km2', '377|377|377|km2', '312|312|312|km2']);
  assert.deepStrictEqual(brief('Commuters in Halden lost 61 hours. Ashford (58), Brill (55) and Corby (49) came next.'),
    ['61 hours|61|61|hour', '58|58|58|hour', '55|55|55|hour', '49|49|49|hour']);
  // A lone bracketed figure after a name (an age, a squad number) is no item of a list.
  assert.deepStrictEqual(brief('The plot measured 40 hectares. Tom Ashby (52) was charged.'), ['40 hectares|40|40|ha']);
});

test('money in rand with a hyphenated scale word', () => {
  assert.deepStrictEqual(brief('The winner banks R31-million and the runner-up R17.4-million.'),
    ['R31-million|31000000|31000000|zar', 'R17.4-million|17400000|17400000|zar']);
});

test('a golf score against par counts strokes', () => {
  assert.deepStrictEqual(brief('She finished on 14-under-par, two clear of the field.').slice(0, 1), ['14-under-par|14|14|stroke']);
  assert.deepStrictEqual(brief('He signed for a round of three over par.'), ['three over par|3|3|stroke']);
});

test('a fiscal year range with a clipped century is no figure', () => {
  assert.deepStrictEqual(brief("Borrowing reached 4.1% of output in the 2031-'32 financial year."), ['4.1%|4.1|4.1|percent']);
  assert.deepStrictEqual(brief('Spending for 2031–’32 is put at $9 billion.'), ['$9 billion|9000000000|9000000000|usd']);
});

test('a comparative of size bounds a figure', () => {
  assert.deepStrictEqual(brief('The survey counts clearings larger than 3.5 hectares.'), ['larger than 3.5 hectares|3.5|null|ha']);
  assert.deepStrictEqual(brief('Farms smaller than 12 acres are exempt.'), ['smaller than 12 acres|0|4.8564|ha']);
});

test('shares written without "of": a compound, a sentence opener, a bracketed restatement', () => {
  assert.deepStrictEqual(brief('The bloc needs a three-quarter majority to amend the charter.'), ['three-quarter|0.75|0.75|fraction']);
  assert.deepStrictEqual(brief('"One third have cut back on heating," the charity said.'), ['One third|0.3333333333|0.3333333333|fraction']);
  assert.deepStrictEqual(brief('A quarter said they would move abroad.'), ['A quarter|0.25|0.25|fraction']);
  assert.deepStrictEqual(brief('Nearly a third (31%) of trains ran late.'), ['Nearly a third|0.3|0.3333333333|fraction', '31%|31|31|percent']);
  // A capitalised ordinal before a noun stays an ordinal.
  assert.deepStrictEqual(brief('A third suspect was held.'), []);
});

test('a thousands dot after a currency sign', () => {
  assert.deepStrictEqual(brief('He took home $412.300 for the week.'), ['$412.300|412300|412300|usd']);
  // A scale word after it, or a third decimal that is no zero, keeps the dot a decimal point.
  assert.deepStrictEqual(brief('The fund raised $1.250 billion; diesel sold at $3.459 a gallon.'),
    ['$1.250 billion|1250000000|1250000000|usd', '$3.459 a gallon|3.459|3.459|usd/gallon']);
});

test('"a single" before a unit of measure is one of it', () => {
  assert.deepStrictEqual(brief('The jobless rate slipped by a single percentage point.'), ['a single percentage point|1|1|percentage point']);
  assert.deepStrictEqual(brief('She was a single mother for a single day.'), []);
});
