// Round 32 (probe32c, issue 10): classes found by probing fresh real news (economy, company, health, election) outside
// the repository. Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

test('probable cases are a class of their own: no period order binds them to the suspected cases reported', () => {
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'From 2 March to 14 April, 1640 suspected cases and 90 deaths were reported from 12 provinces.', '2031-04-18'),
    doc('b.txt', 'From 2 March through 20 May, 1900 suspected cases have been reported. In this period 612 patients were ' +
      'confirmed and 11 were classified as probable. Among the 612 confirmed and 11 probable cases, 120 deaths were reported.',
    '2031-05-24')), []);
});

test('a central bank\'s policy rate is its own measure: two rates meet, a rate move "by" is no level', () => {
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'On Thursday the Central Bank of Dorvia let the dorv fall 32% against the dollar. It also raised the ' +
      'overnight benchmark interest rate by 3%, to 14.25%, to calm the currency market.', '2031-06-12'),
    doc('b.txt', 'On Thursday the Central Bank of Dorvia raised its main operating rate to 15.75%, the bank said.', '2031-06-12')),
  ['14.25/15.75']);
});

test('a rate in a sentence about the currency market is no currency move', () => {
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'On Thursday the Central Bank of Dorvia let the dorv fall 32% against the dollar.', '2031-06-12'),
    doc('b.txt', 'On Thursday the central bank raised its key policy rate by 300 basis points to 14.25% to steady a currency ' +
      'market shaken by weeks of swings.', '2031-06-12')), []);
});

test('a count with a participle before its period ("cases recorded per week") is a rate, no period count', () => {
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'From 3 May to 30 June, 1240 cases of the fever were reported in Dorvia.', '2031-07-02'),
    doc('b.txt', 'Since 3 May, fewer than 30 cases recorded per week in Dorvia.', '2031-07-05')), []);
});

test('the state a count\'s clause gives after it ("were classified as confirmed", "and 12 as probable") sets its cases apart', () => {
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'From 3 May to 30 June, 1240 suspected cases of the fever were reported in Dorvia.', '2031-07-02'),
    doc('b.txt', 'From 3 May to 30 June, 410 cases were classified as confirmed and 12 as probable in Dorvia.', '2031-07-03')), []);
  // The same state on both sides still meets.
  assert.deepStrictEqual(valuePairs(
    doc('a.txt', 'From 3 May to 30 June, 398 confirmed cases of the fever were reported in Dorvia.', '2031-07-02'),
    doc('b.txt', 'From 3 May to 30 June, 410 cases were classified as confirmed in Dorvia.', '2031-07-02')), ['398/410']);
});
