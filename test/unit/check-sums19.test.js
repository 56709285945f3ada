// Parts and wholes of losses, round 19 (issue 10): the dead and the wounded are each a part of the casualties, so a
// count of either is a lower bound on them; a report's dead above another report's casualties contradict it. Invented
// sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

test('a part above its whole: the dead of one report above all casualties of another is a possible finding', () => {
  const casualties = ['a.txt', report('2025-04-10', 'The rebels suffered 31 casualties in the fighting near the dam on Wednesday, the army said.')];
  const dead = ['b.txt', report('2025-04-10', 'At least 38 rebel fighters were killed in the fighting near the dam on Wednesday, a monitoring group said.')];
  const bound = claimsOf(dead[1]).find(c => c.measure.event === 'losses');
  assert.ok(bound, 'the dead bound the casualties');
  assert.strictEqual(bound.derived, true);
  assert.strictEqual(bound.high, null);
  assert.deepStrictEqual(findings(casualties, dead).map(f => f.severity), ['possible']);
});

test('the wounded bound the casualties too', () => {
  const casualties = ['a.txt', report('2025-09-02', 'The blast at the depot caused 140 casualties on Monday, the governor said.')];
  const hurt = ['b.txt', report('2025-09-02', 'More than 170 people were injured in the blast at the depot on Monday, hospital officials said.')];
  assert.deepStrictEqual(findings(casualties, hurt).map(f => f.severity), ['possible']);
});

test('a part below its whole is no finding: the dead are among the casualties', () => {
  const casualties = ['a.txt', report('2025-04-10', 'The rebels suffered 95 casualties in the fighting near the dam on Wednesday, the army said.')];
  const dead = ['b.txt', report('2025-04-10', 'At least 38 rebel fighters were killed in the fighting near the dam on Wednesday, a monitoring group said.')];
  assert.deepStrictEqual(findings(casualties, dead).map(f => f.message), []);
});

test('a bound meets only a stated whole: not another worked-out sum, and addends of a sum bound nothing twice', () => {
  const sum = ['a.txt', report('2025-06-15', 'Officials said 14 villagers were killed and 20 wounded in the raid on Sunday.')];
  const hurt = ['b.txt', report('2025-06-15', 'A charity said at least 50 people wounded in the raid on Sunday reached its clinic.')];
  // The wounded of both meet as usual (20 against at least 50); the sum of 34 and the bound of 50 do not.
  assert.deepStrictEqual(findings(sum, hurt).filter(f => f.message.includes('34')).map(f => f.message), []);
  assert.strictEqual(findings(sum, hurt).length, 1);
  // The sum's own addends give no bound of their own (the sum says more).
  assert.strictEqual(claimsOf(sum[1]).filter(c => c.measure.event === 'losses').length, 1);
});
