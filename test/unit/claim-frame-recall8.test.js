// Round 8 recall on news the rules were not written on: the claim frame read in general, so two claims about the same
// thing at the same time from different sources meet. Invented sentences of the shapes real reports use; each test
// fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const messages = found => found.map(f => f.message).join('\n');

test('people named by their role are people: "killed 1,250 pilgrims" meets "870 people died"', () => {
  const found = findings(
    ['a.txt', report('2024-06-14', 'The crush at the shrine in Valdora killed 1,250 pilgrims on Thursday, a hospital count showed.')],
    ['b.txt', report('2024-06-14', 'The interior ministry said 870 people died in the crush at the shrine in Valdora on Thursday.')]);
  assert.strictEqual(found.length, 1, messages(found));
});

test('one role named two ways is one group: holidaymakers and tourists stranded', () => {
  const found = findings(
    ['a.txt', report('2024-06-14', 'The collapse of the tour operator Sunway left 95,000 holidaymakers stranded abroad on Friday.')],
    ['b.txt', report('2024-06-14', 'On Friday some 60,000 tourists were stranded abroad by the collapse of the tour operator Sunway.')]);
  assert.strictEqual(found.length, 1, messages(found));
  // A name between the figure and its noun is no unit: "95,000 Sunway holidaymakers".
  const named = claimsOf(report('2024-06-14', 'The collapse left 95,000 Sunway holidaymakers stranded abroad.'));
  assert.strictEqual(named[0].measure.unit, 'person');
});

test('different roles stay apart, and kinds of person stay parts', () => {
  const roles = findings(
    ['a.txt', report('2024-06-14', 'The storm stranded 4,000 passengers at the airport of Valdora on Friday.')],
    ['b.txt', report('2024-06-14', 'The storm stranded 900 residents of Valdora in their villages on Friday.')]);
  assert.deepStrictEqual(roles.map(f => f.message), []);
  const parts = findings(
    ['a.txt', report('2024-06-14', 'The crush at the shrine killed 40 children on Thursday, the ministry said.')],
    ['b.txt', report('2024-06-14', 'The crush at the shrine killed 870 pilgrims on Thursday, a hospital count showed.')]);
  assert.deepStrictEqual(parts.map(f => f.message), []);
});

test("one country's part of a toll listed country by country is no rival of the whole", () => {
  const found = findings(
    ['a.txt', report('2024-06-14', 'The crush at the shrine killed 870 people on Thursday, the ministry said.')],
    ['b.txt', report('2024-06-14', 'Peru had 300 of its pilgrims killed in the crush on Thursday, while Chile had 120 and Bolivia 90.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});
