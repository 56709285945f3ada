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

test('two running totals from one start to two days a week apart are two times, no rivals ("from 1 March to 14 May")', () => {
  const a = doc('a.txt', 'From 1 March to 14 May 2024, a total of 2 310 cases of cholera, including 140 deaths, were '
    + 'reported in Velmora. Of these, 1 420 cases were classified as severe.', '2024-05-16');
  const b = doc('b.txt', 'From 1 March to 22 May 2024, a total of 2 655 cases of cholera, including 161 deaths, were '
    + 'reported in Velmora.', '2024-05-24');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('a later running total below an earlier one from the same start is still a rival (order)', () => {
  const a = doc('a.txt', 'From 1 March to 14 May 2024, a total of 2 310 cases of cholera were reported in Velmora, the '
    + 'ministry said.', '2024-05-16');
  const b = doc('b.txt', 'From 1 March to 22 May 2024, a total of 2 100 cases of cholera were reported in Velmora, the '
    + 'WHO said.', '2024-05-24');
  assert.deepStrictEqual(valuePairs(a, b), ['2100/2310']);
});

test('"earlier this week" is the week before the report\'s day, not the whole week: an earlier toll is no rival', () => {
  const a = doc('a.txt', 'The death toll from cholera in Velmora has risen to 80, the WHO said on Friday. Health officials had '
    + 'reported 61 deaths and 700 cases earlier this week.', '2024-05-17');
  assert.deepStrictEqual(valuePairs(a), []);
  const b = doc('b.txt', 'The death toll from cholera in Velmora stands at 80, the WHO said on Friday.', '2024-05-17');
  const c = doc('c.txt', 'Health officials in Velmora had reported 61 deaths from cholera earlier this week.', '2024-05-17');
  assert.deepStrictEqual(valuePairs(b, c), []);
});

test('figures after a fronted "Of these," are parts of the whole before, however many and whatever their noun', () => {
  const b = doc('b.txt', 'A total of 2 310 cholera cases were reported in Velmora as of 14 May, the ministry said. Of these, '
    + '1 420 cases were classified as severe, 610 as moderate and 280 were unspecified.', '2024-05-15');
  const c = doc('c.txt', 'The WHO said on 14 May that 1,900 cholera cases had been recorded in Velmora.', '2024-05-15');
  assert.deepStrictEqual(valuePairs(b, c), ['1900/2310']);
});
