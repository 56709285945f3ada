// Round 43 (partwhole43, issue 10): a thousands dot before a plural noun of counted things. "Over 120.000 people" is
// 120,000 (no one counts people to a third decimal), so a march of 120.000 is not read a thousand times below another
// count of it. A unit, a score or a scale word after the figure keeps the dot a decimal point. INVENTED sentences; the
// first test failed on the build before the rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report } = require('./claimReports');

const values = body => claimsOf(report('2025-03-06', body)).map(c => c.value);

test('a dotted figure before a plural noun of people counts thousands', () => {
  assert.deepStrictEqual(values('Over 120.000 people marched in Orvel on Sunday.'), [120000]);
  assert.deepStrictEqual(values('Some 3.500 protesters gathered in Orvel on Sunday.'), [3500]);
});

test('a unit, a score or a scale word after a dotted figure keeps its decimal point', () => {
  assert.deepStrictEqual(values('The index in Orvel rose to 12.500 points on Sunday.'), [12.5]);
  assert.ok(values('Exports from Orvel reached $1.250 billion last year.').includes(1.25e9));
});
