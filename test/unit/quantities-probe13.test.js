// Round 13, quantities: classes of figures the coverage probe (scripts/probe-figures.mjs) found unread or misread in
// news prose nobody tuned on; one test per class, from invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Every quantity as "text|low|high|unit|hedge". */
function brief(text) {
  return engine.analyzeText('t.txt', text).quantities.map(q => `${q.text}|${q.low}|${q.high}|${q.unit}|${q.hedge}`);
}

test('a partitive whose whole has an order word: "16 of its last 22 games"', () => {
  assert.deepStrictEqual(brief('The club has won 16 of its last 22 games.'),
    ['16|16|16|game|exact', '22 games|22|22|game|exact']);
  assert.deepStrictEqual(brief('The senator has taken eight of the past nine contests.'),
    ['eight|8|8|contest|exact', 'nine contests|9|9|contest|exact']);
});

test('a partitive with "out of" counts the whole\'s noun; a small or round whole is a ratio and stays as before', () => {
  assert.deepStrictEqual(brief('The side has lost five out of eight tests.'),
    ['five|5|5|test|exact', 'eight tests|8|8|test|exact']);
  assert.deepStrictEqual(brief('Police said 14 out of 45 passengers died.'),
    ['14|14|14|passenger|exact', '45 passengers|45|45|passenger|exact']);
  // Read as a share since round 16, as "one in four adults" is.
  assert.deepStrictEqual(brief('Two out of three voters feel the pinch.'),
    ['Two out of three voters|0.6666666667|0.6666666667|fraction|exact']);
});

test('"one" with its noun counts when people verbs follow, after a verb done to people, or next in a list of counts', () => {
  assert.deepStrictEqual(brief('One passenger was killed in the crash.'), ['One passenger|1|1|passenger|exact']);
  assert.deepStrictEqual(brief('The gunmen killed one guard at the gate.'), ['one guard|1|1|guard|exact']);
  assert.deepStrictEqual(brief('The boat carried 11 fishermen and one mechanic.'),
    ['11 fishermen|11|11|fisherman|exact', 'one mechanic|1|1|mechanic|exact']);
  // A determiner-like "one" stays out: a speaker, a kind, a day.
  assert.deepStrictEqual(brief('"It failed," said one analyst. One reason is cost. One day it will change.'), []);
});

test('"has 69" continues the count of the sentence before', () => {
  assert.deepStrictEqual(brief('The mayor leads with 412 votes. His rival has 388, and a third has 41.'),
    ['412 votes|412|412|vote|exact', '388|388|388|vote|exact', '41|41|41|vote|exact']);
});

test('"a half-dozen" is six, with the hedge before the article', () => {
  assert.deepStrictEqual(brief('The ministry closed a half-dozen clinics.'), ['a half-dozen clinics|6|6|clinic|exact']);
  assert.deepStrictEqual(brief('More than a half-dozen ministers resigned.'),
    ['More than a half-dozen ministers|6|null|minister|over']);
});

test('a bare figure after "from"/"against" takes the unit of the measure it is set against', () => {
  assert.deepStrictEqual(brief('The jobless rate fell to 5.2 percent from 5.6.'),
    ['5.2 percent|5.2|5.2|percent|exact', '5.6|5.6|5.6|percent|exact']);
  assert.deepStrictEqual(brief('The average week shortened to 34.3 hours from 34.6 in May.'),
    ['34.3 hours|34.3|34.3|hour|exact', '34.6|34.6|34.6|hour|exact']);
});

test('a time phrase right after a bare figure is no counted noun: "up from 25,000 last week"', () => {
  assert.deepStrictEqual(brief('The strike drew some 40,000 workers, up from 25,000 last week.'),
    ['some 40,000 workers|36000|44000|worker|approximate', '25,000|25000|25000|worker|exact']);
});

test('a country\'s adjective before francs, dollars, pesos, pounds names that country\'s currency', () => {
  assert.deepStrictEqual(brief('The bid was 2.5 million French francs, or 600,000 Canadian dollars.'),
    ['2.5 million French francs|2500000|2500000|frf|exact', '600,000 Canadian dollars|600000|600000|cad|exact']);
  assert.deepStrictEqual(brief('Thieves stole 2,000 Irish pounds and 40 Hong Kong dollars.'),
    ['2,000 Irish pounds|2000|2000|iep|exact', '40 Hong Kong dollars|40|40|hkd|exact']);
  // Reuters' "dlrs", before or after the figure.
  assert.deepStrictEqual(brief('Trade fell to dlrs 14 billion, or 14 billion dlrs.'),
    ['dlrs 14 billion|14000000000|14000000000|usd|exact', '14 billion dlrs|14000000000|14000000000|usd|exact']);
  // The bare words keep their unit.
  assert.deepStrictEqual(brief('It cost 30 francs and 12 dollars.'), ['30 francs|30|30|chf|exact', '12 dollars|12|12|usd|exact']);
});

test('a share "of them" takes the verb or the copula noun after the pronoun', () => {
  assert.deepStrictEqual(brief('About 1,500 of them were killed.'), ['About 1,500|1350|1650|person|approximate']);
  assert.deepStrictEqual(brief('Some 300 of those were children.'), ['Some 300|270|330|child|approximate']);
});

test('a vague plural after "in the" fills the value slot: "Casualties are in the hundreds"', () => {
  assert.deepStrictEqual(brief('Casualties are in the hundreds.'), ['hundreds|200|999|casualty|vague']);
  assert.deepStrictEqual(brief('Protesters numbered in the tens of thousands.'),
    ['tens of thousands|10000|99999|protester|vague']);
});

test('a demonym in "-ese" is its own plural: "500 Chinese were evacuated"', () => {
  assert.deepStrictEqual(brief('About 500 Chinese were evacuated from the port.'),
    ['About 500 Chinese|450|550|chinese|approximate']);
  // Before a noun it is a modifier.
  assert.deepStrictEqual(brief('The 1,200 Vietnamese workers went home.'), ['1,200 Vietnamese workers|1200|1200|worker|exact']);
});

test('a word of belief between the copula and what befell people: "were feared dead"', () => {
  assert.deepStrictEqual(brief('At least 1,000 were feared dead after the storm.'),
    ['At least 1,000|1000|null|person|at_least']);
  assert.deepStrictEqual(brief('Some 40 are believed to have drowned.'), ['Some 40|36|44|person|approximate']);
});
