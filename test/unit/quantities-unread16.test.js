// Figures the recognizer left unread or misread (issue 10, round 16): the people a valuing verb puts at a figure, a
// second valued object in a list, a plural noun after "or so", ratios with "out of" and "every", and patients by what
// befell them. Every sentence is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

function quantities(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []);
}
/** "text|low|high|unit". */
function brief(text) {
  return quantities(text).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}
/** The measure key of the claim whose figure's text starts with `figure`. */
function measureOf(text, figure) {
  const doc = engine.analyzeText('report.txt', text);
  const c = doc.claims.find(x => text.slice(x.quantity.start, x.quantity.end).startsWith(figure));
  return c ? c.measure.key : null;
}

test('a valuing verb puts people named by an adjective at a figure', () => {
  assert.deepStrictEqual(brief('Firefighters put the dead at 17.'), ['17|17|17|person']);
  assert.deepStrictEqual(brief('Rescue teams estimated the missing at 260.'), ['260|260|260|person']);
  assert.strictEqual(measureOf('Firefighters put the dead at 17.', '17'), 'person|killed');
});

test('a second valued object after "<figure> and" is named by its own noun, not the first one', () => {
  const text = 'The agency put the death toll at 4,100 and the injured at 9,300.';
  assert.deepStrictEqual(brief(text), ['4,100|4100|4100|toll', '9,300|9300|9300|person']);
  assert.strictEqual(measureOf(text, '9,300'), 'person|wounded');
  assert.deepStrictEqual(brief('Aid groups put the missing at about 800 and the displaced at 5,000.'),
    ['about 800|720|880|person', '5,000|5000|5000|person']);
  // A figure with no valuing verb before the list stays as it was read: no unit from the second noun's verb.
  assert.deepStrictEqual(brief('The toll stood at 4,100 and the injured at 9,300.').map(s => s.split('|')[3]), ['toll', 'toll']);
});

test('a plural noun after a hedge written after the figure is counted though the tagger reads a verb', () => {
  assert.deepStrictEqual(brief('Health workers visited 300 or so people in the valley.'), ['300 or so people|270|330|person']);
  assert.deepStrictEqual(brief('The storm left 3 million or so people without power.'),
    ['3 million or so people|2700000|3300000|person']);
});

test('ratios with "out of" a round whole or with "every" are shares', () => {
  assert.deepStrictEqual(brief('Fewer than one out of every five voters cast a ballot.'),
    ['Fewer than one out of every five voters|0|0.2|fraction']);
  assert.deepStrictEqual(brief('Seven out of 10 nurses said they were exhausted.'), ['Seven out of 10 nurses|0.7|0.7|fraction']);
  assert.deepStrictEqual(brief('One in every four homes was damaged.'), ['One in every four homes|0.25|0.25|fraction']);
  // Any other whole after "out of" is a partitive: the share counts the whole's noun.
  assert.deepStrictEqual(brief('The club won 14 out of 45 matches.'), ['14|14|14|match', '45 matches|45|45|match']);
});

test('patients counted by recovery or treatment are people, and each count keeps its own measure', () => {
  const text = 'Of the people taken ill at the fair, 90 have recovered while 50 are receiving treatment.';
  assert.deepStrictEqual(brief(text), ['90|90|90|person', '50|50|50|person']);
  assert.strictEqual(measureOf(text, '90'), 'person|recovered');
  assert.strictEqual(measureOf(text, '50'), 'person|in treatment');
});

test('a headline\'s clause on a line of its own is no label: the measure noun names the figure', () => {
  const unitOf = text => engine.analyzeText('report.txt', text).quantities.map(q => q.unit);
  assert.deepStrictEqual(unitOf('Landslide toll rises to 640\n\nCrews searched the hillside on Monday.\n'), ['toll']);
  assert.deepStrictEqual(unitOf('Ferry toll hits 95\n\nDivers searched the wreck on Monday.\n'), ['toll']);
  // A label of nouns and participles alone on its line still names its figure.
  assert.deepStrictEqual(unitOf('Confirmed infections 7,310\n\nClinics stayed open on Monday.\n'), ['infection']);
});
