// Round 14, quantities: classes of figures the coverage probe (scripts/probe-figures.mjs) found unread or misread in
// news prose nobody tuned on; one test per class, from invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Every quantity as "text|low|high|unit|hedge". */
function brief(text) {
  return engine.analyzeText('t.txt', text).quantities.map(q => `${q.text}|${q.low}|${q.high}|${q.unit}|${q.hedge}`);
}

test('"kilo(s)" is the kilogram, so "one kilo" is a measure too', () => {
  assert.deepStrictEqual(brief('Customs found 7 kilos of heroin and one kilo of cocaine in the van.'),
    ['7 kilos|7|7|kg|exact', 'one kilo|1|1|kg|exact']);
});

test('an engine\'s displacement in cc is a measure, glued or spaced', () => {
  assert.deepStrictEqual(brief('The rider switched from a 250cc bike to a 600 cc machine.'),
    ['250cc|250|250|cc|exact', '600 cc|600|600|cc|exact']);
});

test('"calories" singularizes to "calorie"', () => {
  assert.deepStrictEqual(brief('Each bar holds 180 calories.'), ['180 calories|180|180|calorie|exact']);
});

test('the other ages of a list after "aged" are ages, not counts of the noun before', () => {
  assert.deepStrictEqual(brief('Two boys aged 11 and 9 were found safe.'), ['Two boys|2|2|boy|exact']);
  assert.deepStrictEqual(brief('The pupils, aged 15, 13 and 8, walked home.'), []);
  // A figure with a noun of its own after the list is a new count.
  assert.deepStrictEqual(brief('Three boys aged 11 and 40 adults were found safe.'),
    ['Three boys|3|3|boy|exact', '40 adults|40|40|adult|exact']);
});

test('a bare figure after a phrasal verb continues the count of the sentence before', () => {
  assert.deepStrictEqual(brief('The mayor won 212 seats. Her rival picked up 87.'),
    ['212 seats|212|212|seat|exact', '87|87|87|seat|exact']);
  assert.deepStrictEqual(brief('The charity shipped 500 crates. Donors sent in about 60 more.'),
    ['500 crates|500|500|crate|exact', 'about 60|54|66|crate|approximate']);
});

test('"one" and its noun before a word of a margin count one ("one game ahead", "one seat short")', () => {
  assert.deepStrictEqual(brief('The club stayed one game ahead of its rival.'), ['one game|1|1|game|exact']);
  assert.deepStrictEqual(brief('The coalition is one seat short of a majority.'), ['one seat|1|1|seat|exact']);
  // A determiner "one" stays out.
  assert.deepStrictEqual(brief('One reason is cost, said one trader.'), []);
});

test('a bare count takes its people verb across an aside: "At least 50, including six children, were killed"', () => {
  assert.deepStrictEqual(brief('At least 50, including six children, were killed in the raid.'),
    ['At least 50|50|null|person|at_least', 'six children|6|6|child|exact']);
  assert.deepStrictEqual(brief('Nearly 200, most of them students, marched to the ministry.'),
    ['Nearly 200|180|200|person|nearly']);
});
