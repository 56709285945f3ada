// Round 30 probe (issue 10, misses first): classes found by probing unannotated real news of armed conflict, natural
// disasters, accidents and outages. Each test states its class with INVENTED sentences; each failed on the build
// before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { valuePairs, doc, claimOf } = require('./claimReports');

test('staff listed among the dead are people, a kind apart ("killed 22, including 12 staff")', () => {
  const c = claimOf('The shelling of the Norvale clinic killed 31 people, including 9 staff, the charity said.', 9);
  assert.strictEqual(c.measure.unit, 'person');
  assert.ok(c.measure.event.startsWith('killed'), c.measure.key);
  assert.ok(c.scope.includes('kind:staff'), c.scope.join(','));
  const a = doc('a.txt', 'The charity said the toll of the shelling of the Norvale clinic rose to 31, including 9 staff.');
  const b = doc('b.txt', 'The charity said the shelling of the Norvale clinic killed 31 people, including 11 employees.');
  assert.deepStrictEqual(valuePairs(a, b), ['9/11']);
});

test('firemen and firefighters are one kind of person ("12 firemen" against "17 of whom were firefighters")', () => {
  assert.ok(claimOf('At least 8 firemen have been confirmed dead in the Norvale depot blaze.', 8).scope
    .includes('kind:firefighter'));
  const a = doc('a.txt', 'Officials said the toll of the Norvale depot blaze rose to 40, including 8 firemen.');
  const b = doc('b.txt', 'Officials said the toll of the Norvale depot blaze rose to 40, 11 of whom were firemen.');
  assert.deepStrictEqual(valuePairs(a, b), ['8/11']);
});

test('workers an event befell with no employer named are everyone it involved, no kind apart', () => {
  assert.ok(!claimOf('The Norvale mill fire killed 64 workers on Saturday.', 64).scope.includes('kind:staff'));
  assert.ok(!claimOf('Some 9,000 workers marched through Norvale on Saturday.', 9000).scope.includes('kind:staff'));
  assert.ok(claimOf('Among them, 7 employees of the ministry were killed.', 7).scope.includes('kind:staff'));
});

test('an addend of the figure before it is a part of their sum ("10 patients, in addition to 12 staff")', () => {
  const c = claimOf('Two more patients died, bringing the patients killed to 8, in addition to 5 dead nurses.', 5);
  assert.ok(c.measure.event.endsWith('+part'), c.measure.key);
  const a = doc('a.txt', 'The charity said the shelling of the Norvale clinic killed 13 people on Saturday.');
  const b = doc('b.txt', 'The charity said on Saturday that two more patients died in the Norvale clinic shelling, bringing '
    + 'the patients killed to 8, in addition to 5 dead hospital staffers.');
  assert.deepStrictEqual(valuePairs(a, b).filter(p => p.startsWith('5/')), []);
});

test('the severely hurt by an adjective are a part of the hurt ("500 in hospital, 57 with severe injuries")', () => {
  assert.ok(claimOf('More than 300 are in hospital, 41 of them with severe injuries.', 41).scope.includes('kind:serious'));
  const a = doc('a.txt', 'Officials said 350 people were injured in the Norvale depot blasts.');
  const b = doc('b.txt', 'More than 300 are in hospital after the Norvale depot blasts, 41 of them with severe injuries, '
    + 'officials said.');
  assert.deepStrictEqual(valuePairs(a, b).filter(p => p.startsWith('41/')), []);
});

test('a part of a breakdown of the dead by place is no rival of a larger unplaced toll ("190 in A and 57 in B")', () => {
  const a = doc('a.txt', 'Officials said on Thursday that the quake killed 90 people in Norvale province and 25 in Kelby '
    + 'province.');
  const b = doc('b.txt', 'The toll of the quake rose to 118 on Thursday, officials said.');
  assert.deepStrictEqual(valuePairs(a, b), []);
  // A part larger than the unplaced count still pairs; so does one place's count against the same place's.
  const c = doc('c.txt', 'The toll of the quake rose to 80 on Thursday, officials said.');
  assert.deepStrictEqual(valuePairs(a, c), ['80/90']);
});
