// Round 30 (probe30d, issue 10): misses and false alarms found by probing unannotated real news of strikes and layoffs,
// transport accidents, epidemics and trade figures. Each test states its class with INVENTED sentences; each failed on
// the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, keyOf } = require('./claimReports');

test('people who "were on the train" or on a boat are those aboard, no crowd and no mere presence', () => {
  assert.strictEqual(keyOf('More than 1,800 passengers were on the derailed train, the operator said.', 1800), 'person|aboard');
  assert.strictEqual(keyOf('There were 2,350 passengers on the ferry when it sank, the port authority said.', 2350), 'person|aboard');
  assert.strictEqual(keyOf('Some 45 people were on the two boats, officials said.', 45), 'person|aboard');
  // A bridge or a square is no carrier: people there stay present or a crowd.
  assert.strictEqual(keyOf('About 500 people were on the bridge when it fell.', 500), 'person|present');
});

test('two counts of the people on one train in one report are rivals ("were on the train" against "there were")', () => {
  const a = doc('a.txt', 'The rail company chairman said on Monday that there were 1,310 passengers on the train. Local '
    + 'radio said more than 1,500 passengers were on the derailed train.');
  assert.deepStrictEqual(valuePairs(a), ['1310/1500']);
});
