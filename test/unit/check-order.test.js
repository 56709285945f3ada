// Figures of different times or places that cannot both hold (check/order.ts): a count that only grows orders them.
// Invented sentences of the shapes the diagnosis (`eval-check.mjs --why`, "time: different") found; each finding test
// fails on the build before this rule, and the traps (a rising toll, levels and rates, a stated revision) stay silent.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings } = require('./claimReports');

const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);

test('later and lower: a running toll stated later below an earlier one is a possible finding', () => {
  const early = ['a.txt', report('2024-12-05', 'So far 71 deaths have been reported from the illness in Valdora, the health minister said.')];
  const late = ['b.txt', report('2024-12-09', 'The illness has killed 30 people in Valdora so far, the health agency said.')];
  const found = messages(early, late);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: /);
  assert.match(found[0], /later and lower/);
  // The full account says which order is broken.
  assert.match(findings(early, late)[0].why, /only grows/);
});

test('a rising toll across reports is never flagged', () => {
  const docs = [
    ['a.txt', report('2024-12-03', 'So far 12 deaths have been reported from the illness in Valdora, the health minister said.')],
    ['b.txt', report('2024-12-05', 'The illness has killed 30 people in Valdora so far, the health agency said.')],
    ['c.txt', report('2024-12-09', 'So far 71 deaths have been reported from the illness in Valdora, the regional governor said.')],
  ];
  assert.deepStrictEqual(messages(...docs), []);
});

test('a period\'s count inside a later running total: the total cannot be smaller', () => {
  const period = ['a.txt', report('2024-12-02', 'Between November 4 and November 22, the illness killed 143 people in Valdora, the regional '
    + 'health office said.')];
  const total = ['b.txt', report('2024-12-09', 'The illness has killed 60 people in Valdora so far, the health agency said.')];
  const found = messages(period, total);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /above its whole/);
  const held = ['a.txt', report('2024-12-02', 'Between November 4 and November 22, the illness killed 43 people in Valdora, the regional '
    + 'health office said.')];
  assert.deepStrictEqual(messages(held, total), []);
});

test('a day above its whole period: one day\'s cancellations cannot exceed the period holding it', () => {
  const day = ['a.txt', report('2024-07-30', 'On July 19, Valdora Air cancelled 4,600 flights, the airline said.')];
  const period = ['b.txt', report('2024-07-30', 'Valdora Air cancelled 1,160 flights between July 19 and July 28, according to '
    + 'FlightTracker.')];
  const found = messages(day, period);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /a day above its whole period/);
  // The day within what the period holds.
  const small = ['a.txt', report('2024-07-30', 'On July 19, Valdora Air cancelled 460 flights, the airline said.')];
  assert.deepStrictEqual(messages(small, period), []);
});

test('a part above its whole: a town\'s toll above the country\'s toll stated later', () => {
  const town = ['a.txt', report('2023-09-14', 'So far 5,100 people have died in Derna, the Red Crescent said.')];
  const nation = ['b.txt', report('2023-09-17', 'Libya\'s death toll from the flood stands at 3,900, the government said.')];
  const found = messages(town, nation);
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /^possible: .*a part above its whole/);
  // The country's later toll above the town's: nothing to say.
  const more = ['b.txt', report('2023-09-17', 'Libya\'s death toll from the flood stands at 6,900, the government said.')];
  assert.deepStrictEqual(messages(town, more), []);
});

test('levels, rates and the missing are never ordered across times', () => {
  const pairs = [
    ['So far 200 people are missing in Valdora, officials said.', 'So far 50 people are missing in Valdora, officials said.'],
    ['The jobless rate in Valdora stands at 7.1%, the bureau said.', 'The jobless rate in Valdora stands at 6.0%, the statistics office said.'],
    ['Valdora Steel employs 20,000 people, the company said.', 'Valdora Steel employs 18,000 people, a union said.'],
  ];
  for (const [first, second] of pairs) {
    assert.deepStrictEqual(messages(['a.txt', report('2024-03-18', first)], ['b.txt', report('2024-03-24', second)]), [], first);
  }
});

test('a fall the reports state is a revision, not a conflict', () => {
  const early = ['a.txt', report('2024-12-05', 'So far 71 deaths have been reported from the illness in Valdora, the health minister said.')];
  const revised = ['b.txt', report('2024-12-09', 'The health ministry revised the toll from the illness in Valdora down to 30 from 71.')];
  assert.deepStrictEqual(messages(early, revised), []);
});

test('an earlier estimate is no count: a later, lower count is not a count that fell', () => {
  const estimate = ['a.txt', report('2024-12-05', 'About 900 people have died of the illness in Valdora so far, a modelling group estimated.')];
  const count = ['b.txt', report('2024-12-09', 'The illness has killed 30 people in Valdora so far, the health agency said.')];
  assert.deepStrictEqual(messages(estimate, count), []);
});

test('why: explainPair does not name time for figures an order joins, and still does for a rising pair', () => {
  const engine = require('../../dist/engine.js');
  const early = { path: 'a.txt', text: report('2024-12-05', 'So far 71 deaths have been reported from the illness in Valdora, the health minister said.') };
  const late = { path: 'b.txt', text: report('2024-12-09', 'The illness has killed 30 people in Valdora so far, the health agency said.') };
  const more = { path: 'c.txt', text: report('2024-12-09', 'The illness has killed 90 people in Valdora so far, the health agency said.') };
  const docs = engine.analyzeCorpus([early, late, more]).documents;
  const [c71] = docs[0].claims;
  const [c30] = docs[1].claims;
  const [c90] = docs[2].claims;
  assert.deepStrictEqual(engine.explainPair(c71, c30, docs).map(w => w.part), ['other']);
  assert.strictEqual(engine.explainPair(c71, c90, docs)[0].part, 'time');
});

test('daily counts are no running totals: a later day\'s smaller count is silent', () => {
  const pairs = [
    ['According to officials, 30 civilians were killed in the Valdora region over the past day.',
      'According to the governor, 12 civilians were killed in the Valdora region over the past day.'],
    ['According to the army, 61 armed clashes were recorded in the Valdora region over the past day.',
      'According to the army, 20 armed clashes were recorded in the Valdora region over the past day.'],
    ['On Friday, Valdora Air cancelled 1,200 flights, the airline said.', 'Valdora Air cancelled 700 flights, the airline said.'],
  ];
  for (const [first, second] of pairs) {
    assert.deepStrictEqual(messages(['a.txt', report('2025-04-04', first)], ['b.txt', report('2025-04-09', second)]), [], first);
  }
});
