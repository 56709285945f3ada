// Shares of a partitive that the recognizer dropped because their whole named no noun it could read, round 36
// (recog36, issue 10). Invented sentences; each finding test fails on the build before this round, each control
// guards a figure that must stay as it was.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const engine = require('../../dist/engine.js');
/** The recognized figures of a text, as "text low..high unit". */
const figures = text => engine.analyzeText('a.txt', `${text}\n`).quantities.map(q => `${q.text} ${q.low}..${q.high} ${q.unit}`);

test('"N of them" after a bare plural noun of its own sentence counts that noun', () => {
  const text = 'The army said the port was struck by rockets before dawn, 14 of them near the ferry terminal.';
  assert.deepStrictEqual(figures(text), ['14 14..14 rocket']);
});

test('a partitive whose whole is a figure of people named by an adjective counts people', () => {
  assert.deepStrictEqual(figures('Fewer than 25 of the 310 injured in the blast were in a serious condition.'),
    ['Fewer than 25 0..25 person', '310 injured 310..310 person']);
});

test('a share of a bare plural becomes a claim of that noun', () => {
  const text = 'The army of Varnia said on Monday that the region was hit by rockets, 19 of them on the Kessa airbase.';
  assert.match(claimOf(text, 19)?.measure.key ?? '', /^rocket\|/);
});

test('controls: a share whose sentence already counts keeps that count; no noun before leaves it out', () => {
  // The sentence's own counted figure decides, as before.
  assert.deepStrictEqual(figures('Another six miners from Kessa are in hospitals in Varnia, and the condition of two of them is critical.'),
    ['six miners 6..6 miner', 'two 2..2 miner']);
  // No plural noun before it and no count in the paragraph: nothing to share.
  assert.deepStrictEqual(figures('The talks ended late. Twelve of them left early.'), []);
});
