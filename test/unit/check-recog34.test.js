// Figures the engine never made claims, round 34 (recog34, issues 10 and 11): a bare figure in the thousands beside a
// named gathering is the gathering's crowd. Invented sentences; each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const MARCH = 'The rally against the Varnia tax law was held in Kessa on Sunday.';

test('"There were more than 200,000," said an organizer: a bare figure beside a march is its crowd', () => {
  const c = claimOf(`${MARCH}\n\n"There were more than 200,000," said an organizer of the Kessa march.`, 200000);
  assert.strictEqual(c?.measure.key, 'person|crowd');
});

test('a quoted bare range next to a march sentence is a crowd: "we are between 1.2 and 1.4 million"', () => {
  const c = claimOf(`"I am told that we are between 1.2 and 1.4 million in Kessa," a minister wrote. ${MARCH}`, null);
  assert.strictEqual(c?.low, 1200000);
  assert.strictEqual(c?.measure.key, 'person|crowd');
});

test('a bare crowd meets a written one across reports: more than 200,000 against 40,000 people', () => {
  const a = `${MARCH}\n\n"There were more than 200,000," said an organizer of the Kessa march.`;
  const b = `${MARCH}\n\nPolice said 40,000 people took part in the rally in Kessa on Sunday.`;
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['40000/200000']);
});

test('no crowd: a clause that says what befell people, or no gathering named near the figure', () => {
  const deaths = `${MARCH} The usual monthly average of deaths in Kessa is 2,000, a doctor said.`;
  assert.notStrictEqual(claimOf(deaths, 2000)?.measure.key, 'person|crowd');
  assert.strictEqual(claimOf('The tax law passed on Monday. "There were more than 5,000," he said.', 5000), undefined);
  // Small bare figures stay scores, ranks and list items.
  assert.strictEqual(claimOf(`${MARCH} "There were more than 300," he said.`, 300), undefined);
});

const engine = require('../../dist/engine.js');
/** The recognized figures of one sentence, as "text low..high". */
const figures = text => engine.analyzeText('a.txt', `${text}\n`).quantities.map(q => `${q.text} ${q.low}..${q.high}`);

test('how long an infection takes to show is a time taken: after an incubation word, or "occur ... days after"', () => {
  assert.strictEqual(claimOf('The incubation period for the Kessa fever is up to six days, officials said.', 8640)?.measure.key, 'minute|took');
  assert.strictEqual(claimOf('Doctors said the incubation of the fever can be as long as 40 days.', 57600)?.measure.key, 'minute|took');
  assert.strictEqual(claimOf('Symptoms of the Kessa fever occur up to 50 days after tainted food is eaten.', 72000)?.measure.key, 'minute|took');
});

test('"can occur up to 80 days later" is a length after a verb of symptoms showing, not a point in time', () => {
  assert.deepStrictEqual(figures('The illness can occur up to 80 days later.'), ['up to 80 days 0..80']);
  // A point in time stays one: no figure, no claim.
  assert.deepStrictEqual(figures('Two days later, the fever appeared in Kessa.'), []);
  assert.strictEqual(claimOf('The first symptoms appeared two days later in Kessa.', 2880), undefined);
});

test('a name "with" a bare figure continues the count of the sentence before: "They show the Varnia Front with 114,345"', () => {
  const text = 'Those forms show the Kessa Party with 80,344 votes. They show the Varnia Front with 114,345.';
  assert.deepStrictEqual(figures(text), ['80,344 votes 80344..80344', '114,345 114345..114345']);
  assert.strictEqual(claimOf(text, 114345)?.measure.key, 'vote|won');
  // A pronoun "with" a figure is no holder: "He left with 12" stays no figure.
  assert.deepStrictEqual(figures('Kessa Rowe scored 25 points. He left with 12.'), ['25 points 25..25']);
});
