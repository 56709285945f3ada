// Missed contradictions, round 22 (check-dev16): the measure of a figure. An aside between a subject figure and its verb
// ("23 people, one of them a child, were killed", "a million people (a tenth of the country) marched") hid the verb; a
// component's yearly inflation read as a monthly rate from "the previous month's" value or from a month-on-month rate
// later in the sentence; cases "reported in the last 24 hours" were read as the count so far, not the day's new cases.
// Invented sentences; each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value || c.high === value)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('an aside after a subject figure leaves its clause open to the verb after it', () => {
  const comma = 'At least 31 people, two of them toddlers, were killed on Monday when a bus plunged into a river near Tarvel.';
  assert.strictEqual(keyOf(comma, 31), 'person|killed');
  const paren = 'Up to 400,000 people (nearly a fifth of the city) marched through Lorvik on Saturday against the pension reform.';
  assert.strictEqual(keyOf(paren, 400000), 'person|crowd');
  // The comparative inside the parenthesis is the aside's own, no difference of the crowd.
  const share = 'Up to 400,000 people (more than 20% of the city) marched through Lorvik on Saturday against the pension reform.';
  assert.strictEqual(keyOf(share, 400000), 'person|crowd');
  const other = 'Police said 12 people were killed on Monday when a bus plunged into a river near Tarvel.';
  assert.strictEqual(found(comma, other, '2025-06-10', '2025-06-10').length, 1);
  // Look-alikes: a figure that is an object keeps its own verb; an aside followed by no verb opens no predicate.
  assert.strictEqual(keyOf('Police arrested 23 people, most of them students, in Lorvik on Monday.', 23), 'person|arrested');
  assert.strictEqual(keyOf('At least 31 people, two of them toddlers, the mayor of Tarvel told reporters.', 31), 'person|unspecified');
});

test('a component\'s yearly inflation is no monthly rate for the previous month\'s value or a later month-on-month rate', () => {
  const a = 'Transport inflation rose to 18.4 per cent from the previous month\'s transport inflation of 17.2 per cent, with month-on-month transport inflation at 1.1 per cent.';
  assert.strictEqual(keyOf(a, 18.4), 'percent|inflation');
  assert.strictEqual(keyOf(a, 17.2), 'percent|inflation');
  assert.strictEqual(keyOf(a, 1.1), 'percent|inflation@monthly');
  const b = 'She said housing inflation fell to 22.3 per cent in March from 24.0 per cent in February and that month-on-month housing inflation was 0.6 per cent.';
  assert.strictEqual(keyOf(b, 22.3), 'percent|inflation');
  assert.strictEqual(keyOf(b, 24), 'percent|inflation');
  assert.strictEqual(keyOf(b, 0.6), 'percent|inflation@monthly');
  // Look-alike: a change over the previous month is still the monthly rate.
  assert.strictEqual(keyOf('Consumer prices rose 0.9% over the previous month, the statistics office said.', 0.9), 'percent|inflation@monthly');
});

test('cases reported in the last 24 hours are the day\'s new cases', () => {
  const a = 'The ministry said 5,100 cholera cases have been recorded so far, with 240 cases reported in the last 24 hours.';
  assert.strictEqual(keyOf(a, 240), 'case|new');
  assert.strictEqual(keyOf(a, 5100), 'case|recorded');
  const b = 'Since Sunday there have been 205 new cases of cholera, the ministry said.';
  assert.strictEqual(found(a, b, '2025-06-10', '2025-06-10').length, 1);
  // Look-alike: cases counted since a month are the count so far.
  assert.strictEqual(keyOf('The ministry said 5,100 cholera cases have been recorded since March.', 5100), 'case|recorded');
});

test('those a passenger manifest lists are the people aboard', () => {
  const a = 'The ferry operator said its manifest listed 142 passengers and crew, fewer than the number rescued.';
  assert.strictEqual(keyOf(a, 142), 'person|aboard');
  const b = 'The coast guard said the ferry was carrying 171 passengers when it capsized.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: people left off the manifest who went missing are still the missing.
  assert.strictEqual(keyOf('Officials said about five of those missing were not on the manifest.', 5), 'person|missing+part');
});
