// Round 45 (protest45, issue 10): a report's vague crowd size that names an order ("tens of thousands") set beside a
// count of the same gathering in the same report well outside it ("180,000 to 200,000", at least one and a half times
// its top) tells two sizes of one crowd: a possible finding. A bare plural ("thousands"), a count near the band and two
// reports' figures stay compatible. INVENTED sentences; the first test failed on the build before the rule (the guards
// passed before and must still pass).
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc } = require('./claimReports');

test('a report\'s "tens of thousands" and a voice\'s count far above it, in one report, are rivals', () => {
  const one = doc('a.txt', 'Tens of thousands of demonstrators rallied in Varnel on Saturday against the new mining law. '
    + 'The organizers, however, said 190,000 people joined the march in Varnel.', '2025-03-09');
  // A vague amount has a band, no point value: the pair shows as its other figure alone.
  assert.deepStrictEqual(valuePairs(one), ['/190000']);
});

test('a count just past the band stays compatible', () => {
  const one = doc('a.txt', 'Tens of thousands of demonstrators rallied in Varnel on Saturday against the new mining law. '
    + 'The organizers, however, said 120,000 people joined the march in Varnel.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(one), []);
});

test('a bare "thousands" stays compatible: it is written of crowds of any size', () => {
  const one = doc('a.txt', 'Thousands of people marched through Varnel on Saturday against the new mining law. '
    + 'The organizers, however, said 190,000 people joined the march in Varnel.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(one), []);
});

test('two reports\' vague size and count stay compatible', () => {
  const a = doc('a.txt', 'Tens of thousands of demonstrators rallied in Varnel on Saturday against the new mining law.', '2025-03-09');
  const b = doc('b.txt', 'The organizers said 190,000 people joined the march in Varnel on Saturday.', '2025-03-09');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
