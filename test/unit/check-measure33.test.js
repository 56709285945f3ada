// Round 33 (measure33, issue 10): what happened to the counted thing. Invented sentences of each class the round
// fixed; each test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf, claimOf, doc, valuePairs } = require('./claimReports');

const MINE = 'A gas blast tore through the Varnia coal mine on Tuesday.\n\n';

test('people still trapped are a count of their own', () => {
  assert.strictEqual(keyOf(`${MINE}On Wednesday as many as 40 miners were still trapped underground.`, 40), 'person|trapped');
  assert.strictEqual(keyOf(`${MINE}An estimated 12 miners remain trapped underground, officials said on Wednesday.`, 12), 'person|trapped');
});

test('two counts of the trapped on one day meet', () => {
  const a = doc('a.txt', `${MINE}Rescuers said on Wednesday that 40 miners remain trapped underground.`);
  const b = doc('b.txt', `${MINE}The operator said on Wednesday that 12 miners remain trapped underground.`);
  assert.deepStrictEqual(valuePairs(a, b), ['12/40']);
});

const RALLY = 'Police broke up an opposition rally in Varnia on Sunday.\n\n';

test('people behind bars or in custody are those arrested', () => {
  assert.strictEqual(keyOf(`${RALLY}According to organizers, some 300 people were behind bars on Sunday night.`, 300), 'person|arrested');
  assert.strictEqual(keyOf(`${RALLY}Lawyers said 85 protesters were still in custody on Sunday night.`, 85), 'person|arrested');
  assert.strictEqual(keyOf(`${RALLY}Lawyers said 85 protesters remained in detention on Sunday night.`, 85), 'person|arrested');
});

test('income per head is the economy per head, and meets GDP per capita', () => {
  assert.strictEqual(keyOf('The per capita income of Varnia was $996 in 2013.', 996), 'usd/per-capita|gdp');
  assert.strictEqual(keyOf('Varnia lags in income per capita, with $996 for each citizen in 2013.', 996), 'usd/per-capita|gdp');
  const a = doc('a.txt', 'The per capita income of Varnia was $996 in 2013, the finance ministry said.');
  const b = doc('b.txt', 'Varnia\'s GDP per capita was $1,450 in 2013, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), ['996/1450']);
});

test('a firm\'s income stays its profit (guard)', () => {
  assert.strictEqual(keyOf('Acme reported income of $996 million in 2013.', 996000000), 'usd|profit');
});

test('a bound noun the clause equates with the figure makes it a yardstick', () => {
  const c = claimOf('The threshold for middle income status is a per capita income of about $1,032.', 1032);
  assert.ok(c?.detail?.yardstick, 'threshold figure is a yardstick');
  const a = doc('a.txt', 'The threshold for middle income status in 2013 is a per capita income of about $1,032.');
  const b = doc('b.txt', 'Varnia\'s GDP per capita was $1,450 in 2013, the statistics office said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a figure the clause reports beside a bound noun elsewhere stays a count (guard)', () => {
  const c = claimOf('The union missed its target, and 40 workers were on strike on Monday.', 40);
  assert.ok(!c?.detail?.yardstick);
});
