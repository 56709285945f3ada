// One conflict, one finding, when a third report tells one side the day after (round 39): a figure dated only by its
// report's publication or its statement's day, one day after the other statement's day, states that side again. The
// same value a day later joins the finding that holds the pair; two days later, or another value, stays apart. Every
// report here is invented.
const test = require('node:test');
const assert = require('node:assert');

const { doc, findings } = require('./claimReports');

/** Each finding as its number of pairs: its own and those it lists. */
const sizes = found => found.map(f => 1 + (f.restated?.length ?? 0));

/** Two reports of one day, each giving one voice's count of a Sunday march in Delvanne. */
const pair = [
  doc('a.txt', 'The city police said 40,000 people marched in Delvanne on Sunday against the closure of the port.', '2025-06-09'),
  doc('b.txt', 'The dockers union said 95,000 people marched in Delvanne on Sunday against the closure of the port.', '2025-06-09'),
];

test("a report of the next day repeating one voice's count with no day of its own joins the finding", () => {
  const later = doc('c.txt', 'The dockers union says 95,000 people marched in Delvanne against the closure of the port.', '2025-06-09');
  const found = findings(...pair, later);
  assert.deepStrictEqual(sizes(found), [2], JSON.stringify(found.map(f => f.message)));
});

test('told the day after by its statement day, the count joins the finding too', () => {
  const later = doc('c.txt', 'The dockers union said on Monday that 95,000 people marched in Delvanne against the closure of the port.', '2025-06-10');
  const found = findings(...pair, later);
  assert.deepStrictEqual(sizes(found), [2], JSON.stringify(found.map(f => f.message)));
});

test('two days after, the count stays a finding of its own', () => {
  const later = doc('c.txt', 'The dockers union says 95,000 people marched in Delvanne against the closure of the port.', '2025-06-10');
  const found = findings(...pair, later);
  assert.deepStrictEqual(sizes(found), [1, 1], JSON.stringify(found.map(f => f.message)));
});

test('another value the day after is another statement, never folded', () => {
  const later = doc('c.txt', 'The dockers union says 90,000 people marched in Delvanne against the closure of the port.', '2025-06-09');
  const found = findings(...pair, later);
  assert.ok(found.length >= 2 && sizes(found).every(n => n === 1), JSON.stringify(found.map(f => f.message)));
});
