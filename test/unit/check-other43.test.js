// Round 43 (other43): an asserted figure of an unresolved day ("today", "yesterday" in a report with no date) meets the
// dated counts of its key when they spread over a day at most (a wire's day and a paper's next day); more spread, or a
// possibility, keeps it apart as before. Invented sentences; the first test fails on the build before the rule, the
// guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { doc, valuePairs } = require('./claimReports');

const LEAD = 'A train derailed near Corvel on Friday.\n\n';
const friday = doc('a.txt', `${LEAD}At least 40 people were killed on Friday when the train derailed near Corvel, the transport ministry said.`, '2025-03-08');
const dayOf = (weekday, published) =>
  doc('b.txt', `${LEAD}The toll of the derailment near Corvel stood at 27 dead on ${weekday}, police said.`, published);
const today = body => doc('c.txt', `A train derailed near Corvel.\n\n${body}`, '');

test('a toll said "today" meets dated tolls of two days in a row', () => {
  const minister = today('The health minister said today that 31 people were killed in the derailment near Corvel.');
  assert.deepStrictEqual(valuePairs(friday, dayOf('Saturday', '2025-03-09'), minister).sort(), ['27/31', '31/40']);
});

test('dated tolls three days apart still keep a toll said "today" apart (guard)', () => {
  const minister = today('The health minister said today that 31 people were killed in the derailment near Corvel.');
  assert.deepStrictEqual(valuePairs(friday, dayOf('Monday', '2025-03-11'), minister), []);
});

test('a possible toll said "yesterday" waits for the dated tolls to share a day (guard)', () => {
  const forecast = today('The toll of the derailment near Corvel could top 31, the health minister said yesterday.');
  assert.deepStrictEqual(valuePairs(friday, dayOf('Saturday', '2025-03-09'), forecast), []);
});
