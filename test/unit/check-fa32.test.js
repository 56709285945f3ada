// False alarms that recur across many development stories, round 32 (issue 10): classes a careful reader keeps apart,
// with invented sentences of each class. Each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('"the feared death toll has risen to 95" is a doubted count, no rival of the deaths confirmed', () => {
  const a = 'A ferry sank off Varnia on Wednesday.\n\nThe feared death toll from the ferry disaster in Varnia has risen to 95, police said.';
  const b = 'A ferry sank off Varnia on Wednesday.\n\nOnly two deaths have been confirmed so far in Varnia.';
  assert.strictEqual(claimOf(a, 95)?.detail?.unconfirmed, true);
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('"the suspected death toll has climbed to 149" is a doubted count; a toll with no such word stays a rival', () => {
  const a = 'A flu outbreak spread in Varnia.\n\nThe suspected death toll from the flu has climbed to 149.';
  assert.strictEqual(claimOf(a, 149)?.detail?.unconfirmed, true);
  const b = 'A flu outbreak spread in Varnia.\n\nThe health ministry said the flu had killed 120 people, seven of them confirmed.';
  const c = 'A flu outbreak spread in Varnia.\n\nThe mayor said the flu had killed 149 people.';
  assert.strictEqual(claimOf(c, 149)?.detail?.unconfirmed, undefined);
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('d.txt', 'A flu outbreak spread in Varnia.\n\nThe health ministry said seven deaths were confirmed.')), []);
  assert.deepStrictEqual(valuePairs(doc('b.txt', b), doc('c.txt', c)), ['120/149']);
});

test('a feared toll against a later, lower confirmed one is no running total that fell', () => {
  const a = 'A cyclone hit Varnia on Friday.\n\nAt least 44 feared dead in the northern islands of Varnia, officials said on Saturday.';
  const b = 'A cyclone hit Varnia on Friday.\n\nThere are 24 confirmed fatalities in Varnia, the United Nations said on Tuesday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a, '2025-03-08'), doc('b.txt', b, '2025-03-11')), []);
});

test('a toll lower in the first report and higher in one of days later is the count rising, no rival', () => {
  const a = 'An earthquake shook southern Varnia on Wednesday, killing at least 48 people in the city of Kessa.\n\nThe fire chief '
    + 'told a television channel that the figure stood at 48 dead and 350 injured.';
  const b = 'Rescuers searched the rubble on Friday after Varnia\'s earthquake.\n\nThe head of the fire service said the toll had '
    + 'jumped to between 500 and 510 dead and 1,600 injured.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a, '2025-03-06'), doc('b.txt', b, '2025-03-08')), []);
});

test('a rise stated the day after the first report, or a later and lower toll, still pairs', () => {
  const a = 'An earthquake shook southern Varnia on Wednesday.\n\nThe fire chief said 48 people were killed.';
  const b = 'An earthquake shook southern Varnia on Wednesday.\n\nThe interior ministry said 61 people were killed.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a, '2025-03-06'), doc('b.txt', b, '2025-03-07')), ['48/61']);
  const c = 'An earthquake shook southern Varnia on Wednesday.\n\nThe fire chief said 480 people were killed.';
  assert.strictEqual(valuePairs(doc('c.txt', c, '2025-03-06'), doc('b.txt', b, '2025-03-09')).length, 1);
});
