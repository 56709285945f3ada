// False alarms of check-dev23 (round 29, issue 10): classes a careful reader keeps apart, with invented sentences.
// Each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

test('"cases of the new coronavirus" counts all cases so far, no new cases of one day', () => {
  const body = 'The ministry report, released on Sunday, gives 3,455 deaths and 65,427 cases of infection with the new '
    + 'coronavirus in Ruritania.';
  assert.strictEqual(claimOf(body, 65427)?.measure.event, 'recorded');
});

test('a total of cases against the same total named "of the new virus" is no new-case count', () => {
  const a = 'Ruritania had 65,427 cases of the new virus on Sunday, the ministry said.';
  const b = 'Ruritania had 65,427 cases in total on Sunday, the ministry said.';
  assert.strictEqual(claimOf(a, 65427)?.measure.event, claimOf(b, 65427)?.measure.event);
});

test('"382 new deaths" is what the toll grew by, no rival of the toll', () => {
  const a = 'The ministry said on Sunday that Ruritania had recorded 3,455 deaths from the virus in total.';
  const b = 'Based on Sunday data, Ruritania registered 382 new deaths and 2,581 new cases, the ministry said.';
  assert.strictEqual(claimOf(b, 382)?.measure.event, 'killed+diff');
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});

test('a toll against a toll still pairs when neither is new', () => {
  const a = 'The ministry said on Sunday that Ruritania had recorded 3,455 deaths from the virus in total.';
  const b = 'The ministry said on Sunday that Ruritania had recorded 3,955 deaths from the virus in total.';
  assert.notDeepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), []);
});
