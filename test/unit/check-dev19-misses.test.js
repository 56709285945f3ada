// Missed contradictions, round 25 (check-dev19). A currency's fall given as a percent ("the peso fell 12 percent
// against the dollar", "knocked 12% off the currency's value") had no measure: an unspecified percent, which pairs with
// nothing. A percent in a clause naming a currency's exchange value is that currency's move (`exchange_rate`).
// Invented sentences; each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const claimOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value);
const keyOf = (text, value, published) => claimOf(text, value, published)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a percent against a currency is the currency\'s move', () => {
  const a = 'On Monday the Norvanian crown slumped 18 percent against the dollar after the central bank in Norvania let it float.';
  assert.strictEqual(keyOf(a, 18), 'percent|exchange_rate');
  const b = 'The central bank in Norvania let the crown float on Monday, a move that knocked 11% off the currency\'s value.';
  assert.strictEqual(keyOf(b, 11), 'percent|exchange_rate');
  assert.strictEqual(keyOf('Norvania\'s devaluation of the crown on Monday cut its value by 14 percent.', 14), 'percent|exchange_rate');
  assert.strictEqual(found(a, b).length, 1);
});

test('look-alikes: a percent with no currency in its clause keeps its own reading', () => {
  // Voting against a bill is no currency.
  assert.notStrictEqual(keyOf('In Norvania 18 percent of lawmakers voted against the bill on Monday.', 18), 'percent|exchange_rate');
  // A share that moved with no currency named stays unread.
  assert.notStrictEqual(keyOf('Exports from Norvania fell 18 percent on Monday, officials said.', 18), 'percent|exchange_rate');
  // A rate the clause names keeps its metric even beside a currency word.
  assert.strictEqual(keyOf('Inflation in Norvania rose to 9 percent as the currency weakened, officials said on Monday.', 9),
    'percent|inflation');
});

// "the passengers included 37 Azerbaijani citizens": a count of people a carried group includes had no event (no
// aboard word near it), so it paired with nothing; they are people aboard.
test('people the passengers included were aboard', () => {
  const a = 'The airline said the passengers included 31 Dorvelian citizens, 12 Lorvikians and four Tasmanians.';
  assert.strictEqual(keyOf(a, 31), 'person|aboard');
  const b = 'Officials said the plane was carrying 27 Dorvelian citizens, 12 Lorvikians and four Tasmanians.';
  assert.strictEqual(keyOf(b, 27), 'person|aboard');
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: what a list of the dead included is a count of the dead, and a town's residents are no passengers.
  assert.strictEqual(keyOf('The dead included 31 Dorvelian citizens, officials said.', 31), 'person|killed');
  assert.notStrictEqual(keyOf('The residents included 31 Dorvelian citizens, officials said.', 31), 'person|aboard');
});

// "raised the toll of the storm that struck on May 3 to 212": the day of the date and the number after "to" were read
// as one range, which the date then swallowed; the number after "to" is a figure of its own.
const quantitiesOf = (text) => require('../../dist/engine.js').analyzeText('a.txt', report('2025-06-10', text)).quantities.map(q => q.text);
test('a figure after "<month> <day> to" is no end of a range of days', () => {
  const a = 'Officials in Dorvel raised the death toll of the storm that struck the coast on May 3 to 212 on Monday.';
  assert.ok(quantitiesOf(a).includes('212'));
  assert.strictEqual(keyOf(a, 212), 'person|killed');
  // Look-alikes: a span of days stays one date, and a range of figures stays a range.
  assert.deepStrictEqual(quantitiesOf('The festival in Dorvel runs from May 3 to 9 this year.'), []);
  assert.ok(quantitiesOf('Officials in Dorvel said between 200 to 212 people died.').some(t => /200.*212/.test(t)));
});
