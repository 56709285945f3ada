// Round 31 probe (probe31a, issue 10, misses first): classes found by probing unannotated real news of armed conflict,
// natural disasters, accidents and outages. Each test states its class with INVENTED sentences; each failed on the
// build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('a death count is a toll: its event outranks the next figure\'s noun ("death count rose to 212 with 97 missing")', () => {
  const body = 'The storm struck the Norvale coast on Monday. The official death count rose to 212 with 97 missing, the agency said.';
  assert.strictEqual(claimOf(body, 212).measure.key, 'person|killed');
  assert.strictEqual(claimOf('The deaths tally reached 64 on Friday, with 20 people still missing.', 64).measure.key, 'person|killed');
  // The dead and the missing of one sentence are no rivals.
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});

test('a death count meets another report\'s toll of the same day', () => {
  const a = doc('a.txt', 'The official death count from the Norvale floods rose to 212 on Thursday with 97 missing, the agency said.');
  const b = doc('b.txt', 'The agency raised the official toll from the Norvale floods on Thursday to 240.');
  assert.deepStrictEqual(valuePairs(a, b), ['212/240']);
});

test('an indefinite event dated a month or more before the report is a past event, no stage of the story\'s toll', () => {
  const past = 'A 6.9-magnitude earthquake in the same region in March 2021 left more than 800 people dead in Norvale.';
  assert.strictEqual(claimOf(past, 800, '2022-02-10').detail.yardstick, true);
  // A lede's indefinite event of its own days stays the story's.
  assert.ok(!claimOf('A bomb blast on Monday killed 12 people in the Norvale market.', 12, '2022-02-09').detail.yardstick);
  // An indefinite event of a day with no year written out stays the story's, however long before the report.
  assert.ok(!claimOf('A rally in Norvale on Saturday, May 3, drew about 50,000 people.', 50000, '2022-02-09').detail.yardstick);
  const a = doc('a.txt', `The quake struck the Norvale coast on Monday. ${past}`, '2022-02-10');
  const b = doc('b.txt', 'On Wednesday the death toll from the Norvale quake rose to 154.', '2022-02-10');
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('places named after "the hamlets of" place a toll\'s parts ("121 deaths in the hamlets of X and Y respectively")', () => {
  const body = 'The agency said 445 people died in the floods. The worst-hit district was Varn, with 130 and 121 deaths in the '
    + 'hamlets of Olmora and Tessavik respectively, the agency said.';
  assert.ok(claimOf(body, 121).scope.some(id => id.startsWith('place:')), claimOf(body, 121).scope.join(','));
  assert.deepStrictEqual(valuePairs(doc('a.txt', body)), []);
});
