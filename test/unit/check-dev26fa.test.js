// Round 32 (dev26fa, issue 10): check-dev26's false alarms, by class. INVENTED sentences; each class test failed on the
// build before its rule (the guards passed before and must still pass).
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a modal predicate past an "including" aside ("300, including 9 children, could have been killed") is a possibility', () => {
  const s = 'Rights experts said in April that 300 people, including at least 9 children, could have been killed.';
  assert.strictEqual(claimOf(s, 300).modality, 'possibility');
  assert.strictEqual(claimOf('Rights experts said that 300, including 9 children, may have died in the floods.', 300).modality, 'possibility');
  // Published after the months the reports tell (round 39: "said in April" told in the past is the last April).
  const police = doc('a.txt', 'Police said 120 people were killed in the riots in Tarsa in March.', '2025-05-10');
  const experts = doc('b.txt', 'A monitor has put the number of dead at 150, and rights experts said in April that 300, including at least 9 children, could have been killed, based on unconfirmed reports.', '2025-05-10');
  assert.deepStrictEqual(valuePairs(police, experts), ['120/150']);
});

test('guard: an asserted predicate past an aside stays asserted, and still pairs', () => {
  const s = 'Rights experts said in April that 300 people, including at least 9 children, were killed in the riots.';
  assert.strictEqual(claimOf(s, 300).modality, 'asserted');
  const police = doc('a.txt', 'Police said 120 people were killed in the riots in Tarsa in March.');
  const experts = doc('b.txt', 'Rights experts said 300 people, including at least 9 children, were killed in the riots in Tarsa in March.');
  assert.deepStrictEqual(valuePairs(police, experts), ['120/300']);
});

test('a count its teller "confirmed only" is a floor of the toll, not a rival of a higher toll', () => {
  const lawmaker = doc('a.txt', 'A lawmaker said 230 people were killed in the protests in Veran in May.');
  const officials = doc('b.txt', 'The authorities have so far confirmed only five deaths in the protests in Veran in May.');
  assert.deepStrictEqual(valuePairs(lawmaker, officials), []);
  const ministry = doc('b.txt', 'The ministry has only confirmed 12 deaths in the protests in Veran in May.');
  assert.deepStrictEqual(valuePairs(lawmaker, ministry), []);
  assert.strictEqual(claimOf('Officials confirmed only five deaths in the floods.', 5).hedge, 'at_least');
});

test('guards: a plain confirmed count still pairs with a higher toll, and a floor above a toll still pairs', () => {
  const lawmaker = doc('a.txt', 'A lawmaker said 230 people were killed in the protests in Veran in May.');
  const officials = doc('b.txt', 'The authorities confirmed five deaths in the protests in Veran in May.');
  assert.deepStrictEqual(valuePairs(lawmaker, officials), ['5/230']);
  // A floor under five times the other count (a floor five times above it counts something wider: round 33's gate in
  // check/strata.ts).
  const low = doc('a.txt', 'A lawmaker said 12 people were killed in the protests in Veran in May.');
  const floor = doc('b.txt', 'The authorities have so far confirmed only 40 deaths in the protests in Veran in May.');
  assert.deepStrictEqual(valuePairs(low, floor), ['12/40']);
});

test('a winner\'s margin ("won the vote by just 22,100 votes") is a difference, not a candidate\'s tally', () => {
  const tally = doc('a.txt', 'Mr Olu won 120,400 votes in the election, while Mr Dade took 98,300, the commission said.');
  const margin = doc('b.txt', 'Mr Olu won the vote by just 22,100 votes, the new results showed.');
  assert.deepStrictEqual(valuePairs(tally, margin), []);
  assert.match(claimOf('Mr Olu won the vote by just 22,100 votes, the new results showed.', 22100).measure.event, /\+diff$/);
});

test('guard: "beat his rival by 52% to 46%" gives the winner\'s share, not a margin', () => {
  const c = claimOf('Mr Olu beat his rival Mr Dade by 52% to 46%.', 52);
  assert.doesNotMatch(c.measure.event, /\+diff$/);
});
