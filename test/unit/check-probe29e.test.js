// Round 29, second wave (issue 10, precision): false alarms found by probing unannotated real news of armed conflict,
// migration disasters, fires and building collapses. Each test states its class with INVENTED sentences; each failed on
// the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('adults are a kind of person, a part of everyone killed ("included six adults and eight children")', () => {
  const a = doc('a.txt', 'Fire officials said 14 people died in the blaze at the Norvale tower on Sunday.');
  const b = doc('b.txt', 'Speaking on Sunday, the mayor said the dead from the Norvale tower fire included six adults and '
    + 'eight children.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a part of a count its report says a voice gave previously is superseded with it', () => {
  const a = doc('a.txt', 'The mayor said 14 people died in the Norvale tower fire on Sunday, including five children. '
    + 'City officials previously said that 16 people died in the fire, including seven children.');
  assert.deepStrictEqual(valuePairs(a), []);
});

test('a figure after a contracted negation is set aside ("the number isn\'t 19 but 17")', () => {
  const body = "The fire chief said the number of deaths isn't 16 but 14.";
  assert.strictEqual(claimOf(body, 16).modality, 'rejected');
  assert.strictEqual(claimOf(body, 14).modality, 'asserted');
});

test('sides of a dimension written with "by" take its unit of length, no count of the dead', () => {
  const body = 'Four more bodies were found after rescuers dug a trench 31 by 7 by 12 meters through the rubble.';
  assert.match(claimOf(body, 31).measure.key, /^m\|/);
  assert.match(claimOf(body, 7).measure.key, /^m\|/);
  const a = doc('a.txt', 'Rescuers dug a trench 31 by 7 by 12 meters through the rubble of the Norvale tower and found '
    + 'more bodies, officials said.');
  const b = doc('b.txt', 'The death toll at the Norvale tower rose to 11, officials said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"forecast" as a noun after the figure does not make the figure foreseen ("amid a storm in the forecast")', () => {
  const body = 'Crews found two more victims overnight, raising the death toll to 23 as the search went on amid a storm in '
    + 'the forecast.';
  assert.strictEqual(claimOf(body, 23).modality, 'asserted');
  assert.strictEqual(claimOf('Sales in Norland rose 3.1%, beating forecasts.', 3.1).modality, 'asserted');
});

test('a hospital named as the target of an attack is no admission ("a strike on Norvale General Hospital")', () => {
  const c = claimOf('There were at least 300 victims of the shelling on Norvale General Hospital, a spokesman said.', 300);
  assert.ok(!c.measure.key.endsWith('|hospitalized'), c.measure.key);
});

test('an air strike is an attack, no walkout ("500 victims of an air strike")', () => {
  const c = claimOf('There were at least 300 victims of an air strike on the town, a spokesman said.', 300);
  assert.strictEqual(c.measure.key, 'person|unspecified');
});

test('a reporter\'s participle phrase with an apposition ("reporting from the capital, Norvale,") is no source', () => {
  const engine = require('../../dist/engine.js');
  const text = 'Ana Lopes, reporting from the capital, Norvale, said the rebels claimed to have killed 30 soldiers.';
  const sources = engine.analyzeText('a.txt', text).attributions.map(a => a.source.text);
  assert.ok(sources.includes('Ana Lopes'), sources.join(','));
  assert.ok(!sources.includes('Norvale'), sources.join(','));
});
