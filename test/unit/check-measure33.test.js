// Round 33 (measure33, issue 10): what happened to the counted thing. Invented sentences of each class the round
// fixed; each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, claimOf, doc, valuePairs } = require('./claimReports');

const MINE = 'A gas blast tore through the Varnia coal mine on Tuesday.\n\n';

test('people still trapped are a count of their own', () => {
  assert.strictEqual(keyOf(`${MINE}Late on Wednesday up to 40 miners were still trapped below ground.`, 40), 'person|trapped');
  assert.strictEqual(keyOf(`${MINE}Officials said on Wednesday that 12 miners were trapped in a flooded gallery.`, 12), 'person|trapped');
});

test('two counts of the trapped on one day meet', () => {
  const a = doc('a.txt', `${MINE}Rescuers said on Wednesday that 40 miners are still trapped.`);
  const b = doc('b.txt', `${MINE}The operator said on Wednesday that 12 miners were still trapped below ground.`);
  assert.deepStrictEqual(valuePairs(a, b), ['12/40']);
});

const RALLY = 'Police broke up an opposition rally in Varnia on Sunday.\n\n';

test('people behind bars or in custody are those arrested', () => {
  assert.strictEqual(keyOf(`${RALLY}The organizers said about 140 demonstrators were behind bars by Monday morning.`, 140), 'person|arrested');
  assert.strictEqual(keyOf(`${RALLY}Lawyers said 85 protesters were still in custody on Sunday night.`, 85), 'person|arrested');
  assert.strictEqual(keyOf(`${RALLY}Lawyers said 85 protesters remained in detention on Sunday night.`, 85), 'person|arrested');
});

test('income per head is the economy per head, and meets GDP per capita', () => {
  assert.strictEqual(keyOf('The per capita income of Varnia was $870 in 2013.', 870), 'usd/per-capita|gdp');
  assert.strictEqual(keyOf('Varnia trails its neighbours in income per capita, at $870 for each resident in 2013.', 870), 'usd/per-capita|gdp');
  const a = doc('a.txt', 'The per capita income of Varnia was $870 in 2013, the finance ministry said.');
  const b = doc('b.txt', 'Varnia\'s GDP per capita was $1,450 in 2013, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), ['870/1450']);
});

test('a firm\'s income stays its profit (guard)', () => {
  assert.strictEqual(keyOf('Acme reported income of $870 million in 2013.', 870000000), 'usd|profit');
});

test('a bound noun the clause equates with the figure makes it a yardstick', () => {
  const c = claimOf('The ceiling for state aid is a per capita income of some $1,150.', 1150);
  assert.ok(c?.detail?.yardstick, 'the ceiling\'s figure is a yardstick');
  const a = doc('a.txt', 'The ceiling for state aid in 2013 is a per capita income of some $1,150.');
  const b = doc('b.txt', 'Varnia\'s GDP per capita was $1,450 in 2013, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a figure the clause reports beside a bound noun elsewhere stays a count (guard)', () => {
  const c = claimOf('The union missed its target, and 40 workers were on strike on Monday.', 40);
  assert.ok(!c?.detail?.yardstick);
});
