// Parts and wholes of losses, round 20 (issue 10): a whole named only by who was struck counts what befell its parts
// when they add up to it. Invented sentences; each test fails on the build before this round. (Bodies found as the
// dead are tested in check-measure20.test.js.)
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

test('victims as the whole of parts that died: the whole counts the dead when its parts add up to it', () => {
  const text = report('2025-06-18', 'Of the 64 victims of the fever in the district, 51 died on Monday and 13 on Tuesday.');
  const whole = claimsOf(text).find(c => c.low === 64);
  assert.ok(whole);
  assert.strictEqual(whole.measure.key, 'person|killed');
});

test('parts that fall short of the whole leave it as it was: the others may have lived', () => {
  const text = report('2025-06-18', 'Of the 64 victims of the fever in the district, 31 died on Monday and 13 on Tuesday.');
  const whole = claimsOf(text).find(c => c.low === 64);
  assert.ok(!whole || whole.measure.key !== 'person|killed');
});

test('the whole of dead parts meets another report\'s toll', () => {
  const parts = ['a.txt', report('2025-06-18', 'Of the 64 victims of the fever in Varna district, 51 died in Northgate and 13 in Southgate, officials said on Tuesday.')];
  const toll = ['b.txt', report('2025-06-18', 'The fever has killed 71 people in Varna district, a charity said on Tuesday.')];
  assert.deepStrictEqual(findings(parts, toll).map(f => f.message), ['64 victims here vs 71 in b (charity), same day, officials vs charity']);
});
