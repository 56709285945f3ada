// Figures a reader reads as counts that the engine never recognized, round 35 (recog35, issue 10). Invented sentences;
// each finding test fails on the build before this round, each control guards a figure that must stay out.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, claimsOf, doc, valuePairs } = require('./claimReports');

const engine = require('../../dist/engine.js');
/** The recognized figures of a text, as "text low..high unit". */
const figures = text => engine.analyzeText('a.txt', `${text}\n`).quantities.map(q => `${q.text} ${q.low}..${q.high} ${q.unit}`);

test('a figure opening a clause as the subject of its verb continues the count of the sentence before', () => {
  const text = 'The navy launched 24 drones at the harbour overnight. Five crashed at sea, 16 reached the docks and three struck a tanker.';
  assert.deepStrictEqual(figures(text), ['24 drones 24..24 drone', 'Five 5..5 drone', '16 16..16 drone', 'three 3..3 drone']);
  assert.match(claimOf(text, 16)?.measure.key ?? '', /^drone\|/);
});

test('no subject figure: a year, a page before a verb stays no count', () => {
  const text = 'The navy launched 24 drones at the harbour. 2019 saw a similar raid. Page 4 showed the map.';
  assert.deepStrictEqual(figures(text), ['24 drones 24..24 drone']);
  // With no counted noun before it, a bare subject figure stays out.
  assert.deepStrictEqual(figures('The talks ended late. Twelve voted for the motion.').filter(f => !f.includes('person')), []);
});

/** The claims of a report whose figure opens with an ordinal, as "text key low..high". */
const ORDINAL_START = /^(?:[0-9]+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;
const ordinals = body => claimsOf(`${body}\n`).filter(c => ORDINAL_START.test(c.quantity.text))
  .map(c => `${c.quantity.text} ${c.measure.key} ${c.low}..${c.high}`);

test('an ordinal of a victim or a death is a floor of the toll: "its 9th victim" is at least nine killed', () => {
  assert.deepStrictEqual(ordinals('The Varnia fever has claimed its 9th victim, a hospital in Kessa said on Monday.'),
    ['9th victim person|killed 9..null']);
  assert.deepStrictEqual(ordinals('Doctors in Kessa recorded the fifth death from the fever on Monday.'),
    ['fifth death person|killed 5..null']);
});

test('an ordinal of a president or a term is a place in a series: the sixth president against the seventh', () => {
  const a = doc('a.txt', 'Lorna Vey was sworn in on Monday as the sixth president of Varnia.');
  const b = doc('b.txt', 'Lorna Vey became the seventh president of Varnia on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['6/7']);
  assert.deepStrictEqual(ordinals('Tomas Reyd won a second five-year term as mayor of Kessa on Sunday.'),
    ['second five-year term term|place 2..2']);
});

test('no ordinal count: other nouns, an ordinal glued to its noun, and "a" before a floor\'s ordinal', () => {
  assert.deepStrictEqual(ordinals('It was the third day of the strike and the second round of talks in Kessa.'), []);
  assert.deepStrictEqual(ordinals('Tomas Reyd, a second-term mayor, met 40 workers in Kessa on Sunday.'), []);
  // "a fourth death" after a count is one beyond it, apart from it (claims/breakdown.ts), not the toll.
  assert.deepStrictEqual(ordinals('Three people died of the fever in Kessa. Officials are looking into a fourth death.'), []);
});
