// Round 25 (parts25): holders and parts in the cross-source check, by class. Invented sentences; each test fails on the
// build before.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, findings, report } = require('./claimReports');

const claimOf = (text, figure) => claimsOf(report('2024-06-11', text)).find(c => c.quantity.text.includes(figure));
const pairs = (a, b) => findings(['a.txt', report('2024-06-11', a)], ['b.txt', report('2024-06-11', b)]);

test("a country named as the only party is no rival of an unplaced body's count", () => {
  const country = 'The fever has killed more than 90 people, Malawi health minister Peter Banda said on Tuesday.';
  const body = 'The fever has killed 31 people, the Ministry of Public Health and the Trevanion Foundation said on Tuesday.';
  assert.deepStrictEqual(claimOf(country, '90').scope, ['country:malawi']);
  assert.ok(claimOf(body, '31').scope.some(id => id.startsWith('organization:')));
  assert.ok(pairs(country, body).length > 0);
  // A side placed in another country stays apart.
  const placed = 'The fever has killed 31 people in Zambia, the Ministry of Public Health said on Tuesday.';
  assert.strictEqual(pairs(country, placed).length, 0);
  // Two bodies' counts stay rivals, as before (the airlines' cancelled flights).
  const one = 'Kestrel Airways cancelled 310 flights on Tuesday.';
  const two = 'Osprey Air cancelled about 45 flights on Tuesday.';
  assert.strictEqual(pairs(one, two).length, 0);
});

test("a relative clause's figure between a party and its count leaves the party the count's holder", () => {
  const grown = "The Green League (GL), which had 29 seats before, nearly doubled its haul to 55 seats in Sunday's election.";
  assert.strictEqual(claimOf(grown, '55').detail.holder, 'holder:gl');
  // So a rival count of the same party's seats meets it.
  const rival = "Opposition leaders said the Green League (GL) should have won 63 seats in Sunday's election.";
  assert.ok(pairs(grown, rival).length > 0);
  // A figure of another party, outside any relative clause, still stops the walk: no holder is read.
  const other = "The Green League won 29 seats, and 55 seats went to others in Sunday's election.";
  assert.notStrictEqual(claimOf(other, '55').detail?.holder, 'holder:league');
});
