// Missed contradictions, round 23 (check-dev17): the measure of a crowd. A figure glossed in parentheses before its verb
// ("Thousands of people (between 20,000 and 30,000, police said) had gathered") hid the verb from both figures, and a
// gathering named after "-strong" ("a 40,000-strong march") was counted as marches, not as the people in it.
// Invented sentences; each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value || c.high === value)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a figure glossed in parentheses before the verb, and the gloss, count what the verb tells of', () => {
  const a = 'Thousands of people (between 20,000 and 30,000 according to the police) had gathered in Tarvel on Sunday to demand new elections.';
  assert.strictEqual(keyOf(a, 20000), 'person|crowd');
  // "Thousands" (the host figure) as well as the gloss.
  assert.strictEqual(keyOf(a, 2000), 'person|crowd');
  const b = 'More than 90,000 protesters gathered in Tarvel on Sunday to demand new elections.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alikes: a parenthesis followed by no verb, or by a verb of speech, gives the figure no crowd.
  assert.strictEqual(keyOf('Thousands of people (between 20,000 and 30,000 according to the police) in Tarvel on Sunday.', 20000), 'person|unspecified');
  assert.strictEqual(keyOf('About 300 people (mostly students) said they would vote for the mayor of Tarvel.', 300), 'person|unspecified');
});

test('an "N-strong" gathering counts the people of its crowd', () => {
  const a = 'What grew into a 40,000-strong march set off from the station in Lorvik on Saturday.';
  assert.strictEqual(keyOf(a, 40000), 'person|crowd');
  assert.strictEqual(keyOf('A 7,000-strong rally filled the square in Lorvik on Saturday.', 7000), 'person|crowd');
  const b = 'More than 100,000 demonstrators marched in Lorvik on Saturday, organisers said.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alikes: a body of another kind keeps its own count, and gatherings counted by number stay gatherings.
  assert.notStrictEqual(keyOf('The 19,500-strong workforce at the plant in Lorvik was told on Saturday.', 19500), 'person|crowd');
  assert.notStrictEqual(keyOf('Police counted 40 rallies across the country on Saturday.', 40), 'person|crowd');
});
