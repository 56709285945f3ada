// Round 43 (time43): a figure told in the past ("rescuers recovered 95 bodies", "there were 95 dead") in a report dated
// only by its publication, the day after another report's figure dated by its event's day, may count that day's dead;
// told in the present perfect or with "now" it holds as of its report (check/compare.ts toldOfEventDay, next day
// only). Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const markOf = (body, value, published = '2025-03-09') =>
  !!claimsOf(report(published, body)).find(c => c.value === value)?.detail?.toldPast;

test('a figure\'s own verb told in the past marks it', () => {
  assert.strictEqual(markOf('Rescuers recovered 95 bodies from the rubble of the market.', 95), true);
  assert.strictEqual(markOf('The ministry said 95 people were killed in the collapse.', 95), true);
  assert.strictEqual(markOf('The ministry said it confirmed 95 deaths in the collapse.', 95), true);
});

test('a figure told in the present perfect or as of now is not marked', () => {
  assert.strictEqual(markOf('Rescuers have so far recovered 95 bodies from the rubble.', 95), false);
  assert.strictEqual(markOf('The ministry said 95 people have died in the collapse.', 95), false);
  assert.strictEqual(markOf('The toll now stands at 95, the ministry said.', 95), false);
});
