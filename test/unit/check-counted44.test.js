// Round 44 (counted44): what is counted. A weekday after a figure dates it and names nothing counted; a count of
// remains lends its noun only to a verb remains take. Invented sentences; the positive tests
// fail on the build before the rules, the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const CRUSH = 'A crush at the Tavel festival left dozens hurt on Saturday.\n\n';

test('a weekday after a figure ends its phrase: "hurt Saturday morning" counts people, not mornings', () => {
  const c = claimOf(`${CRUSH}Medics said 12 people died and 90 more injured Saturday morning in Tavel.`, 90);
  assert.strictEqual(c.measure.unit, 'person');
  assert.match(c.measure.event, /^wounded/);
});

test('the injured told with a weekday meet the injured told without one', () => {
  const a = doc('a.txt', `${CRUSH}Medics in Tavel said 140 more injured Saturday morning.`);
  const b = doc('b.txt', `${CRUSH}Medics in Tavel said the crush injured 95 more on Saturday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['95/140']);
});

test('a weekday naming another noun stays in the phrase (guard)', () => {
  const c = claimOf(`${CRUSH}The diocese cancelled 14 Sunday services in Tavel after the crush.`, 14);
  assert.strictEqual(c.measure.unit, 'service');
});

const FLOOD = 'A flash flood swept the Orrin valley on Sunday.\n\n';

test('a bare figure after a count of bodies, missing, counts people', () => {
  const c = claimOf(`${FLOOD}Rescuers said 31 bodies have been recovered and 164 are still missing in the Orrin valley.`, 164);
  assert.strictEqual(c.measure.key, 'person|missing');
});

test('the missing told after a body count meet the missing told as people', () => {
  const a = doc('a.txt', `${FLOOD}The police chief said 31 bodies have been recovered and 164 are still missing in the Orrin valley.`);
  const b = doc('b.txt', `${FLOOD}The rescue force said 201 people are still missing in the Orrin valley.`);
  assert.deepStrictEqual(valuePairs(a, b), ['164/201']);
});

test('a bare figure after a body count with a verb remains take stays bodies (guard)', () => {
  const c = claimOf(`${FLOOD}Divers said 31 bodies have been recovered and 12 are still trapped under the mud in the valley.`, 12);
  assert.strictEqual(c.measure.unit, 'body');
});

const BORDER = 'Fighting broke out on the Kerova border on Saturday.\n\n';

const VOTE = 'Polls closed across Marvia on Sunday evening.\n\n';

test('a turnout told with decimals and no scale word is a share, not a head count', () => {
  const c = claimOf(`${VOTE}The election commission said turnout reached 47.31 on Sunday.`, 47.31);
  assert.strictEqual(c.measure.key, 'percent|turnout');
  const a = doc('a.txt', `${VOTE}The election commission said turnout reached 47.31 on Sunday.`);
  const b = doc('b.txt', `${VOTE}The election commission said turnout was 49.86 percent on Sunday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['47.31/49.86']);
});

test('a turnout with a scale word stays a count of people (guard)', () => {
  const c = claimOf(`${VOTE}The election commission said turnout reached 4.7 million on Sunday.`, 4700000);
  assert.strictEqual(c.measure.unit, 'person');
});
