// False alarms read on check-dev19 (round 25, issue 10, engineer dev19b): a count of confirmed cases set against one of
// suspected cases, read as rival counts of one thing; the leader's share in "X leads Y A% to B%" given to the rival; how far a count has got ("with 95% counted") read as a share; "the previous toll ... stood at N" read as a current count. Invented sentences of the class; each test fails on the build this
// round started from.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf, valuePairs: pairs } = require('./claimReports');

const doc = (path, text, published = '2031-06-02') => [path, report(published, text)];
const keyOf = (text, value) => claimsOf(report('2031-06-02', text)).find(c => c.value === value)?.measure.key;

test('check: confirmed cases and suspected cases are two counted things, never rivals', () => {
  const a = doc('a.txt', 'The health agency reports 412 confirmed cases of dengue in the province.');
  const b = doc('b.txt', 'The ministry counts 950 suspected cases of dengue in the province.');
  assert.ok(!pairs(a, b).includes('412/950'), JSON.stringify(pairs(a, b)));
  // The state after a bare figure whose noun the sentence leaves out: "8 confirmed and 75 suspected".
  const c = doc('c.txt', 'The regional office lists 8 confirmed and 75 suspected in the province.');
  assert.ok(!pairs(a, c).includes('75/412') && !pairs(a, c).includes('412/75'), JSON.stringify(pairs(a, c)));
  // The sum of both states in one sentence is no rival of one state's count either.
  const e = doc('e.txt', 'The island reports 120 confirmed cases and 2,300 suspected cases, for a total of 2,420.');
  assert.ok(!pairs(b, e).includes('950/2420'), JSON.stringify(pairs(b, e)));
  // Look-alike: two counts of confirmed cases are still compared.
  const d = doc('d.txt', 'The ministry counts 530 confirmed cases of dengue in the province.');
  assert.ok(pairs(a, d).includes('412/530'), JSON.stringify(pairs(a, d)));
});

test('frame: "X leads Y A% to B%" gives the first share to the leader, not to the rival named before it', () => {
  const text = 'Senator Ana Varga was ahead in the presidential vote count on Monday. She leads former governor Piet Olsen 51.3% to 40.2% of the vote.';
  const a = doc('a.txt', text);
  const b = doc('b.txt', 'Olsen has 39.6 percent of the vote in the presidential count, the electoral board said on Monday.');
  const p = pairs(a, b);
  assert.ok(!p.includes('39.6/51.3'), JSON.stringify(p));
  // Look-alike: the rival's own share in the score is still set against his share elsewhere.
  assert.ok(p.includes('39.6/40.2'), JSON.stringify(p));
});

test('measure: "with 96.2 percent counted" is how far the count has got, no vote share', () => {
  const text = 'Varga leads the race, and Olsen has 38.4 percent of the vote, with 96.2 percent counted, the newspaper said on Monday.';
  assert.strictEqual(keyOf(text, 96.2), 'percent|unspecified+progress');
  const a = doc('a.txt', text);
  const b = doc('b.txt', 'The latest count shows Olsen at 37 percent of the vote, the electoral board said on Monday.');
  assert.ok(!pairs(a, b).includes('37/96.2'), JSON.stringify(pairs(a, b)));
  // Look-alike: a share followed by a verb that goes on ("45% reported feeling unsafe") is no count's progress.
  assert.notStrictEqual(keyOf('Some 45 percent reported feeling unsafe at the polls on Monday.', 45), 'percent|unspecified+progress');
});

test('check: "the previous toll given by the agency stood at N" is an earlier stage, no rival of a later count', () => {
  const text = 'The previous toll given by the disaster agency stood at 14 dead.';
  const a = doc('a.txt', text);
  // Both counts are dated by their reports alone, so only the earlier-stage words keep them apart (a count dated by
  // "on Tuesday" against one dated by its report is no ordered finding since round 33's gate in check/order.ts).
  const b = doc('b.txt', 'The disaster agency said that 41 people had died in the floods.');
  assert.ok(!pairs(a, b).includes('14/41'), JSON.stringify(pairs(a, b)));
  // Look-alike: the same sentence with no word of an earlier stage is still compared.
  const c = doc('c.txt', 'The toll given by the disaster agency stood at 14 dead.');
  assert.ok(pairs(c, b).includes('14/41'), JSON.stringify(pairs(c, b)));
});
