// Round 28 probe (issue 10, precision): false alarms read on real news of conflict, transport accidents, weather and
// migration, each fixed as a class. Invented sentences; each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const DAY = '2031-03-11';

test('the lightly hurt are a part of everyone hurt, no rival of their whole count', () => {
  const a = doc('a.txt', 'A coach overturned near Velmor on Tuesday. Police said 64 people were hurt in the crash near Velmor,'
    + ' 21 of them seriously.', DAY);
  const b = doc('b.txt', 'A coach overturned near Velmor on Tuesday. Police said 21 passengers were seriously injured in the'
    + ' crash near Velmor. 43 people received minor injuries in the crash.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.ok(claimOf('In the crash, 43 people were slightly injured.', 43).scope.includes('kind:minor'));
});

test('the lightly hurt still rival the lightly hurt', () => {
  const a = doc('a.txt', 'A coach overturned near Velmor on Tuesday. In the crash near Velmor, 43 passengers received minor'
    + ' injuries, police said.', DAY);
  const b = doc('b.txt', 'A coach overturned near Velmor on Tuesday. In the crash near Velmor, 61 passengers received minor'
    + ' injuries, the hospital said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), ['43/61']);
});

test('one shipwreck singled out among several is a part of the count over all of them', () => {
  const a = doc('a.txt', 'Dozens of boats left Sfaxar on Saturday. At least 31 people are missing from the four boats that sank'
    + ' off Korrin on Saturday, the coast guard said.', DAY);
  const b = doc('b.txt', 'Dozens of boats left Sfaxar on Saturday. In one shipwreck off Korrin on Saturday, survivors said 12'
    + ' people were missing. In a second, off Korrin, survivors said 9 people were missing.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.strictEqual(claimOf('In a second, survivors said 9 people were missing.', 9).detail.instances, 'one');
});

test('one boat\'s load is no rival of the load of many boats', () => {
  const a = doc('a.txt', 'The navy rescued 52 boats carrying about 2,100 migrants off Korrin on Sunday.', DAY);
  const b = doc('b.txt', 'A fishing crew helped a boat carrying 38 migrants off Korrin on Sunday.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('two counts summed over the same shipwrecks still rival each other', () => {
  const a = doc('a.txt', 'In all 31 people are missing from the four boats that sank off Korrin on Saturday, the coast guard'
    + ' said.', DAY);
  const b = doc('b.txt', 'In all 55 people are missing from the four boats that sank off Korrin on Saturday, the mayor said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), ['31/55']);
});

const engine = require('../../dist/engine.js');
const attributions = (...texts) => engine.analyzeCorpus(texts.map((text, i) => ({ path: `${'abc'[i]}.txt`, text })))
  .contradictions.filter(c => c.kind === 'attribution');
const QUOTE = '"The intruders were pushed back to a narrow strip along the outer wall before dawn,"';

test('a body described by common nouns may be the body another report names: no attribution conflict', () => {
  assert.strictEqual(attributions(`${QUOTE} the Northern Command Press Office said.\n`,
    `${QUOTE} the army's press wing said.\n`).length, 0);
});

test('two named bodies given one quote stay an attribution conflict', () => {
  assert.strictEqual(attributions(`${QUOTE} the Northern Command Press Office said.\n`,
    `${QUOTE} the Interior Ministry said.\n`).length, 1);
});

test('soldiers martyred are the dead of their side, not the attack they fell in', () => {
  assert.strictEqual(claimOf('Seven soldiers were martyred in the attack on Monday.', 7, DAY).measure.event, 'killed');
  const a = doc('a.txt', 'Four soldiers were martyred in the raid on the Tarvel garrison on Monday, the army said.', DAY);
  const b = doc('b.txt', 'Nine soldiers were killed in the raid on the Tarvel garrison on Monday, police said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), ['4/9']);
});

test('a statement issued in the morning is a stage of the day\'s count, no rival of the evening\'s', () => {
  const a = doc('a.txt', 'Gunmen stormed the Tarvel garrison on Monday. In a statement issued in the morning, the army said'
    + ' four soldiers were killed in the raid on the Tarvel garrison on Monday.', DAY);
  const b = doc('b.txt', 'Gunmen stormed the Tarvel garrison on Monday. Nine soldiers were killed in the raid on the Tarvel'
    + ' garrison on Monday, the army said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
});
