// Round 31 probe (probe31d, issue 10, misses first): classes found by probing unannotated real news of accidents,
// company results and layoffs, elections and armed conflict. Each test states its class with INVENTED sentences; each
// failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a figure grouped in thousands right after a name is an amount, not a model number', () => {
  const c = claimOf('The official count gave Mwale 1,204,317 votes, against 998,120 for Banda.', 1204317);
  assert.strictEqual(c?.measure.key, 'vote|won', JSON.stringify(c?.measure));
  // Bare numbers after a name still name a model or a road.
  assert.strictEqual(claimOf('The airline flies the Boeing 737 on the route.', 737), undefined);
  assert.strictEqual(claimOf('Traffic stopped on Highway 61 near the bridge.', 61), undefined);
  const a = doc('a.txt', 'Results declared on Monday in Corvania gave Mwale 1,204,317 votes in the presidential election.');
  const b = doc('b.txt', 'Mwale won 1,204,371 votes in the presidential election in Corvania, the commission said on Monday.');
  assert.deepStrictEqual(valuePairs(a, b), ['1204317/1204371']);
});

test('the value a revision verb changed a toll from, with no new value after it, is superseded', () => {
  const c = claimOf('Police said they had lowered the toll from the 140 earlier believed killed.', 140);
  assert.ok(c?.detail.superseded, JSON.stringify(c?.detail));
  const d = claimOf('Officials raised the death toll from 58 after more bodies were found.', 58);
  assert.ok(d?.detail.superseded, JSON.stringify(d?.detail));
  // A figure after "from" with no revision verb before it is no earlier value.
  const e = claimOf('Rescuers pulled survivors from the 12 cars of the train.', 12);
  assert.ok(!e?.detail.superseded, JSON.stringify(e?.detail));
  const a = doc('a.txt', 'A fire swept a dance hall in Tarvel on Sunday. Police said they had lowered the toll from the 140 '
    + 'earlier believed killed, after counting the bodies.');
  const b = doc('b.txt', 'The fire at a dance hall in Tarvel on Sunday killed 126 people, police said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
});
