// Round 41 (time41): a month that names when one event happened ("killed in the border clash in April", "the March
// strike", "a rally last month") tells in which month the event fell, not a window its figure counts over: a figure of
// that event dated by one day inside the month may be of one time with it. A month that frames a count by itself ("In
// April, N were killed in attacks") stays a window. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, report, doc, valuePairs } = require('./claimReports');

const markOf = (body, value, published = '2025-05-20') =>
  !!claimsOf(report(published, body)).find(c => c.value === value)?.detail?.eventMonth;

test('a month after or before an event noun marks the event\'s month', () => {
  assert.strictEqual(markOf('The inquiry said 140 villagers were killed in the border clash in April.', 140), true);
  assert.strictEqual(markOf('The inquiry said 140 villagers were killed in the April clash.', 140), true);
  assert.strictEqual(markOf('Police had expected fewer than the 90,000 people who came to a rally last month.', 90000), true);
});

test('a month that frames the count by itself is no event\'s month', () => {
  assert.strictEqual(markOf('In April, 140 villagers were killed across the region.', 140), false);
  assert.strictEqual(markOf('The agency recorded 140 deaths in April.', 140), false);
});

test('a day\'s toll inside the month of its event meets the month-dated toll', () => {
  const a = doc('a.txt', 'The inquiry said 140 villagers were killed in the border clash in April.', '2025-05-20');
  const b = doc('b.txt', 'Officials said 60 villagers were killed on April 12 when soldiers fired on the border post.', '2025-04-13');
  assert.deepStrictEqual(valuePairs(a, b), ['60/140']);
});

test('a month that is a window stays apart from a day inside it', () => {
  const a = doc('a.txt', 'The agency recorded 140 deaths in April.', '2025-05-20');
  const b = doc('b.txt', 'Officials said 60 villagers were killed on April 12 when soldiers fired on the border post.', '2025-04-13');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('an event set against the figure, or a day lent by the report, does not open the month', () => {
  assert.strictEqual(markOf('Police counted 7,000 marchers, more than a rally last month.', 7000), false);
  const a = doc('a.txt', 'The inquiry said 140 villagers were killed in the border clash in April.', '2025-05-20');
  const b = doc('b.txt', 'Officials said 260 villagers have been killed in the border clash.', '2025-04-13');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
