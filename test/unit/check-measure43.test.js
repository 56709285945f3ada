// Round 43 (measure43): what happened to the counted thing. Invented sentences of each class the round fixed; each
// test but the guards fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { keyOf } = require('./claimReports');

test('a closed relative clause on another noun lends its event to no figure after it', () => {
  assert.strictEqual(keyOf('The bombing, in which 6 people died, drew 4,000 marchers to the main square of Dorvel.', 4000), 'person|crowd');
  assert.strictEqual(keyOf('Survivors of the derailment, in which 19 passengers were killed, numbered 210.', 210), 'person|survived');
  assert.strictEqual(keyOf('The old square, where 3 guards were shot dead, filled with 6,000 marchers on Sunday.', 6000), 'person|crowd');
});

test('a thing\'s relative clause after the figure\'s own verb lends it nothing', () => {
  assert.strictEqual(keyOf('Some 9,000 people lost their jobs, a fall in wages put at 40 million dollars.', 9000), 'job|cut');
});

test('a relative clause that holds the figure, or hangs on its noun, is read (guards)', () => {
  assert.strictEqual(keyOf('The bombing, in which 6 people died, drew 4,000 marchers to the main square of Dorvel.', 6), 'person|killed');
  assert.strictEqual(keyOf('Police stopped 300 marchers, who were later detained, near the bridge.', 300), 'person|arrested');
  assert.strictEqual(keyOf('The bombing, which killed 6 people, drew a crowd.', 6), 'person|killed');
  // A participle after the figure is no predicate of its own: the clause after it may still tell of its people.
  assert.strictEqual(keyOf('Medics counted some 2,000 people sheltering in the hall, which were later evacuated.', 2000), 'person|evacuated');
});

test('a workforce left without jobs or out of work lost its jobs', () => {
  assert.strictEqual(keyOf('About 1,400 employees of the carrier have been left without jobs.', 1400), 'job|cut');
  assert.strictEqual(keyOf('The closure of the mill left some 600 remaining workers out of work.', 600), 'job|cut');
  assert.strictEqual(keyOf('Monday marks the last day on the job for 870 workers at the Tarvik plant.', 870), 'job|cut');
});

test('a phrase of work that says nothing of losing it reads no cut (guards)', () => {
  assert.notStrictEqual(keyOf('The plant employs 870 workers who work without a break on Fridays.', 870), 'job|cut');
  assert.strictEqual(keyOf('Some 600 workers went on strike at the mill.', 600), 'job|striking');
});
