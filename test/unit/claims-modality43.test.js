// Round 43 (partwhole43, issue 10): a modal of a change in a relative clause before the figure ("estimates which may
// rise, that 330 were killed", "the toll, which could still rise, stood at 40") says what the count may become, not
// whether the figure holds: the figure stays asserted. A relative that runs on to the figure ("a toll which could rise
// to 40") keeps it a possibility. INVENTED sentences; the first test failed on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const modality = (body, value) => claimsOf(report('2025-03-06', body)).find(c => c.value === value)?.modality;

test('a closed relative clause of a change before the figure leaves it asserted', () => {
  assert.strictEqual(modality('The agency said on Friday in early estimates which may rise that 210 people were killed in Orvel.', 210), 'asserted');
  assert.strictEqual(modality('The agency said on Friday, in a count that could still climb, that 210 people were killed in Orvel.', 210), 'asserted');
});

test('a relative clause of a change that runs on to the figure, and a plain modal, keep a possibility', () => {
  assert.strictEqual(modality('The agency warned of a death toll in Orvel which could rise to 210 people.', 210), 'possibility');
  assert.strictEqual(modality('The agency said 210 people may have been killed in Orvel.', 210), 'possibility');
});
