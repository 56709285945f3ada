// Parts and wholes of losses, round 20 (issue 10): bodies found are a count of the dead, a part the searchers have
// reached. Invented sentences; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

test('bodies found are read as the dead, marked as bodies', () => {
  const text = report('2025-03-04', 'Rescuers have pulled 212 bodies from the mud in the valley so far, the mayor said on Tuesday.');
  const c = claimsOf(text).find(x => x.low === 212);
  assert.ok(c);
  assert.strictEqual(c.measure.key, 'person|killed');
});

test('more bodies found than another report\'s toll: a possible finding (a part above its whole)', () => {
  const toll = ['a.txt', report('2025-03-04', 'The official death toll from the landslide in the valley rose to 180 on Tuesday, the Red Cross said.')];
  const bodies = ['b.txt', report('2025-03-04', 'Rescuers have recovered 212 bodies from the landslide in the valley, the mayor said on Tuesday.')];
  const f = findings(toll, bodies);
  assert.deepStrictEqual(f.map(x => x.severity), ['possible']);
  assert.ok(/bodies found/.test(f[0].why), f[0].why);
});

test('fewer bodies found than the toll is no finding: the search is not done', () => {
  const toll = ['a.txt', report('2025-03-04', 'The official death toll from the landslide in the valley rose to 480 on Tuesday, the Red Cross said.')];
  const bodies = ['b.txt', report('2025-03-04', 'Rescuers have recovered 212 bodies from the landslide in the valley, the mayor said on Tuesday.')];
  assert.deepStrictEqual(findings(toll, bodies).map(x => x.message), []);
});

test('bodies just short of another voice\'s toll are a rival count of the dead (possible)', () => {
  const toll = ['a.txt', report('2025-03-04', 'The official death toll from the landslide in the valley rose to 235 on Tuesday, the Red Cross said.')];
  const bodies = ['b.txt', report('2025-03-04', 'Rescuers have recovered 212 bodies from the landslide in the valley, the mayor said on Tuesday.')];
  assert.deepStrictEqual(findings(toll, bodies).map(x => x.severity), ['possible']);
});

test('bodies not yet found, handed over or identified are no count of the dead', () => {
  for (const s of [
    'Officials said 40 bodies had yet to be retrieved from the wreck on Tuesday.',
    'Officials said 40 bodies were handed over to the families on Tuesday.',
    'Officials said 40 bodies have been identified so far.',
  ]) {
    const c = claimsOf(report('2025-03-04', s)).find(x => x.low === 40);
    assert.ok(!c || c.measure.key !== 'person|killed', s);
  }
});

test('more bodies found: an increment stays apart from the toll', () => {
  const c = claimsOf(report('2025-03-04', 'Four more bodies were found in the river on Wednesday.')).find(x => x.low === 4);
  assert.ok(!c || c.measure.key !== 'person|killed');
});

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
