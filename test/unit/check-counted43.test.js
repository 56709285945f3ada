// Round 43 (counted43): what is counted. Words the unit table lacked for a kind of person, for the dead's remains and
// for deaths: "kids" are children, "corpses" are bodies, "mortalities" are deaths. Invented sentences; the positive
// tests fail on the build before the rules, the guard passes on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const RAID = 'Gunmen raided the village of Tessaly on Tuesday night.\n\n';

test('kids are children: people of the kind child, with what befell them', () => {
  const c = claimOf(`${RAID}The gunmen killed four kids in Tessaly on Tuesday.`, 4);
  assert.strictEqual(c.measure.key, 'person|killed');
  assert.ok(c.scope.includes('kind:child'), c.scope.join(' '));
});

test('kids killed meet children killed in the same raid', () => {
  const a = doc('a.txt', `${RAID}The governor said seven kids were killed in Tessaly on Tuesday.`);
  const b = doc('b.txt', `${RAID}The governor said 11 children were killed in Tessaly on Tuesday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['7/11']);
});

test('corpses and cadavers are bodies', () => {
  const units = ['corpses', 'cadavers', 'bodies'].map(noun =>
    claimOf(`${RAID}Volunteers said 31 ${noun} were buried in Tessaly on Wednesday.`, 31)?.measure.unit);
  assert.deepStrictEqual(units, ['body', 'body', 'body']);
});

const HEAT = 'A heatwave struck the pilgrimage at Marvo this week.\n\n';

test('mortalities are deaths, and meet a death toll', () => {
  const c = claimOf(`${HEAT}The minister said the number of mortalities reached 1,301 on Sunday.`, 1301);
  assert.strictEqual(c.measure.key, 'person|killed');
  const a = doc('a.txt', `${HEAT}The minister said the number of mortalities at Marvo reached 1,301 on Sunday.`);
  const b = doc('b.txt', `${HEAT}The minister said the death toll at Marvo reached 1,120 on Sunday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['1120/1301']);
});

test('a workforce stays jobs, and a body of members stays members (guard)', () => {
  const cut = claimOf(`${RAID}The mill in Tessaly laid off 300 employees on Tuesday.`, 300);
  assert.strictEqual(cut.measure.key, 'job|cut');
  const panel = claimOf(`${RAID}A 12-member body will investigate the raid on Tessaly.`, 12);
  assert.notStrictEqual(panel?.measure.unit, 'body');
});
