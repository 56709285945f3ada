// Round 43 (modality43, issue 10): a figure in a relative clause whose own verb, before the figure, is past or perfect
// ("the survey office, which published a count of 8,300, warned the number could vary") is stated by that clause; a
// modal after the clause closes (a comma, or "and" before another verb) governs the sentence around it, not the
// figure. A modal inside the clause, or a plain modal of the figure, keeps it a possibility. INVENTED sentences; the
// first test failed on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const modality = (body, value) => claimsOf(report('2025-03-06', body)).find(c => c.value === value)?.modality;

test('a modal after a closed relative clause that states the figure leaves it asserted', () => {
  assert.strictEqual(modality('The Orvel survey office, which published a count of 8,300, warned the number could vary by a tenth.', 8300), 'asserted');
  assert.strictEqual(modality('The governor said the full count of the dead from the storm, which flooded 41 square miles, might never be known.', 41 * 2.59), 'asserted');
  assert.strictEqual(modality('Donors were asked for aid against a fever in Orvel that has already killed 612 people and is expected to spread for months.', 612), 'asserted');
});

test('a modal inside the relative clause, or of the figure itself, keeps a possibility', () => {
  assert.strictEqual(modality('The agency warned of a death toll in Orvel which could rise to 210 people.', 210), 'possibility');
  assert.strictEqual(modality('The agency said 210 people may have been killed in Orvel.', 210), 'possibility');
  assert.strictEqual(modality('The survey office, which counted the marchers, said 8,300 may have attended.', 8300), 'possibility');
});
