// Counts of people by what befell them, end to end through analyzeText: adjectives standing for people ("92 of the
// dead", "12 dead and 40 injured"), death tolls, objects valued at a figure ("put the magnitude at 5.7").
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const claimsOf = text => engine.analyzeText('r.txt', `Published November 4, 2023\n\n${text}`).claims;
const keyOf = (claims, figure) => claims.find(c => c.quantity.text === figure)?.measure.key;

test('"N of the dead / injured" counts a share of the people killed or wounded, never a rival total', () => {
  const claims = claimsOf('A ministry spokesman said 92 of the dead were in Jajarkot. At least 40 of the injured were children.');
  assert.strictEqual(keyOf(claims, '92'), 'person|killed+part');
  assert.strictEqual(keyOf(claims, 'At least 40'), 'person|wounded+part');
});

test('"left 12 dead and 40 injured": the adjective after the figure is its counted noun', () => {
  const claims = claimsOf('The storm left 12 dead and 40 injured in the north.');
  assert.strictEqual(keyOf(claims, '12 dead'), 'person|killed');
  assert.strictEqual(keyOf(claims, '40 injured'), 'person|wounded');
});

test('an adjective before a noun stays a modifier: "two of the dead soldiers" counts soldiers', () => {
  const q = engine.analyzeText('r.txt', 'Two of the dead soldiers were officers.').quantities;
  assert.strictEqual(q[0]?.unit, 'soldier');
});

test('deaths and fatalities are one measure, and a death toll counts the dead whatever event words stand near', () => {
  const claims = claimsOf('The fire caused 12 deaths and 4 fatalities among firefighters. ' +
    'The death toll rose to 41 on Monday after seven injured passengers died in hospital.');
  assert.strictEqual(keyOf(claims, '12 deaths'), 'person|killed');
  assert.strictEqual(keyOf(claims, '4 fatalities'), 'person|killed');
  assert.strictEqual(keyOf(claims, '41'), 'person|killed');
});

test('a figure a source values an object at measures that object, not the figure before it', () => {
  const analysis = engine.analyzeText('r.txt', 'At least 132 people died. The geological survey put the magnitude at 5.7. ' +
    'Police estimated the crowd at 20,000.');
  const unit = text => analysis.quantities.find(q => q.text === text)?.unit;
  assert.strictEqual(unit('5.7'), 'magnitude');
  assert.strictEqual(unit('20,000'), 'crowd');
  // A pronoun object names nothing: the figure keeps its own unit.
  const pct = engine.analyzeText('r.txt', 'The ministry put it at 21 percent.').quantities;
  assert.strictEqual(pct[0]?.unit, 'percent');
});

test('workers are people when something befalls them, jobs when cut; drones are shot down or launched', () => {
  const claims = claimsOf('At least three workers were injured in the blast. The company cut 300 workers. ' +
    'Air defenses shot down 11 drones overnight. Russia launched 14 missiles.');
  assert.strictEqual(keyOf(claims, 'At least three workers'), 'person|wounded');
  assert.strictEqual(keyOf(claims, '300 workers'), 'job|cut');
  assert.strictEqual(keyOf(claims, '11 drones'), 'drone|intercepted');
  assert.strictEqual(keyOf(claims, '14 missiles'), 'missile|launched');
});
