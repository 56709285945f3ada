// Round 45 (fa45, issue 10): wrong findings where the part of a count or of a price basket goes unread. Invented
// sentences; each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, keyOf, doc, valuePairs } = require('./claimReports');

test('a rate a superlative rise ranks among the basket\'s groups is one group\'s, no headline rate', () => {
  const lead = 'Annual consumer inflation rose to 19.9 percent in November.';
  assert.strictEqual(keyOf(`${lead} The smallest monthly rise in prices came in clothing (0.9 percent).`, 0.9),
    'percent|inflation+part');
  assert.strictEqual(keyOf(`${lead} The largest monthly price rise was recorded in the group of "fuel and power", with 17.2 percent.`, 17.2),
    'percent|inflation+part');
  // A rise ranked over time is the headline rate's own.
  assert.strictEqual(keyOf('Inflation posted its biggest rise since 1998, reaching 9.1 percent in June.', 9.1), 'percent|inflation');
});

test('one group\'s ranked rise meets no other report\'s headline rate', () => {
  const headline = doc('a.txt', 'The statistics office said inflation was 3.2 percent in November.');
  const group = doc('b.txt', 'Inflation rose in November. The lowest increase in prices was in transport (1.4 percent).');
  assert.ok(!valuePairs(headline, group).includes('1.4/3.2'), valuePairs(headline, group).join(' '));
});

test('a day\'s growth after "with" takes no kind from the part before it', () => {
  const c = claimOf('Of the 44 deaths, 31 were children, with four deaths over the past day.', 4);
  assert.strictEqual(c.measure.key, 'person|killed+diff');
  assert.ok(!c.scope.includes('kind:child'), c.scope.join(' '));
});

test('an index level of a part of the basket keeps its part, no rival of the all-items index', () => {
  const food = 'The Food Index for March was 112.4, giving a food inflation rate of 21.3% year-on-year.';
  assert.ok(claimOf(food, 112.4).scope.includes('pop:food'), claimOf(food, 112.4).scope.join(' '));
  const pairs = valuePairs(doc('a.txt', 'The statistics office said the all-items index for March was 114.9.'), doc('b.txt', food));
  assert.ok(!pairs.includes('112.4/114.9'), pairs.join(' '));
});
