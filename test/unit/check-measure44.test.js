// Round 44 (measure44): what happened to the counted thing. Invented sentences of each class the round fixed; each
// test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('people who took to streets named by one word of their place are a crowd', () => {
  assert.strictEqual(keyOf('Some 90,000 people poured into central streets of Valdor on Sunday.', 90000), 'person|crowd');
  assert.strictEqual(keyOf('About 45,000 marchers poured into central streets after dusk.', 45000), 'person|crowd');
});

test('a crowd phrase with its article still reads, and a street word alone makes no crowd (guards)', () => {
  assert.strictEqual(keyOf('Some 90,000 people took to the streets on Sunday.', 90000), 'person|crowd');
  assert.notStrictEqual(keyOf('The council repaved 40 downtown streets last year.', 40), 'person|crowd');
});

test('a train\'s cars that left or were thrown from the tracks derailed', () => {
  assert.strictEqual(keyOf('Three cars left the tracks and hit a wall near the station.', 3), 'vehicle|derailed');
  assert.strictEqual(keyOf('Five carriages of the train were thrown from the tracks at a bend.', 5), 'vehicle|derailed');
  assert.strictEqual(keyOf('Six carriages derailed near the bridge.', 6), 'vehicle|derailed');
});

test('bookings are cancelled as flights are, before or after their verb', () => {
  assert.strictEqual(keyOf('Travellers saw their trips scrapped, with 200,000 future bookings cancelled.', 200000), 'booking|cancelled');
  assert.strictEqual(keyOf('All 350,000 of its advance bookings were cancelled.', 350000), 'booking|cancelled');
});
