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
