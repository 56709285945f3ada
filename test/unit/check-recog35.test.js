// Figures a reader reads as counts that the engine never recognized, round 35 (recog35, issue 10). Invented sentences;
// each finding test fails on the build before this round, each control guards a figure that must stay out.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

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
