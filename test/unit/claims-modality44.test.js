// Round 44 (modality44, issue 10): modal words that govern another part of the sentence than the figure. INVENTED
// sentences; each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const modality = (body, value) => claimsOf(report('2025-03-06', body)).find(c => c.value === value)?.modality;

test('a standing workforce named by "its workforce of N" under a plan is stated, the planned cut is not', () => {
  assert.strictEqual(modality('Orvel Motors plans to shed over 10% of its workforce of around 52,000 people, it said.', 52000), 'asserted');
  assert.strictEqual(modality('The cuts will affect about 4,100 employees of the group\'s workforce of 61,300 as of March 1.', 61300), 'asserted');
  assert.strictEqual(modality('The cuts will affect about 4,100 employees of the group\'s workforce of 61,300 as of March 1.', 4100), 'forecast');
});

test('a colon before the figure opens its own clause when the figure\'s verb is past or perfect', () => {
  assert.strictEqual(modality('Villagers will mourn their dead too: as many as 80 people have been killed in the valley since the raid began.', 80), 'asserted');
  assert.strictEqual(modality('The outlook is grim: up to 80 people may have been killed.', 80), 'possibility');
});

test('a modal of a change joined by "and" to another verb before the figure is the change\'s, not the figure\'s', () => {
  assert.strictEqual(modality('Rescuers say the count will rise and confirm they have 37 people on the list of the missing.', 37), 'asserted');
  assert.strictEqual(modality('Rescuers say the toll will grow to 37.', 37), 'forecast');
});
