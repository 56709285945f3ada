// Round 45 (counted45): what is counted. A figure that is the predicate of a noun of remains ("the bodies identified
// until now are of 7 people") counts those remains, with the subject's own participle as the event. Invented sentences;
// the positive tests fail on the build before the rule, the guards pass on both.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const BLAST = 'Twin blasts tore through the Varno docks on Wednesday.\n\n';

test('a figure after "are of" whose subject is bodies counts the bodies, with the subject\'s participle', () => {
  const c = claimOf(`${BLAST}The fire chief said the bodies identified until now are of 7 people killed.`, 7);
  assert.strictEqual(c.measure.key, 'body|~identify');
});

test('the bodies identified, told as a predicate, are no rival of the death toll', () => {
  const a = doc('a.txt', `${BLAST}The fire chief said the bodies identified until now are of 7 people killed.`);
  const b = doc('b.txt', `${BLAST}The death toll from the Varno blasts rose to 112 on Wednesday, the port authority said.`);
  assert.deepStrictEqual(valuePairs(a, b), []);
});

test('"the bodies of N people killed" as a noun phrase stays the dead (guard)', () => {
  const c = claimOf(`${BLAST}The bodies of 7 people killed in the blast were flown home on Wednesday.`, 7);
  assert.strictEqual(c.measure.key, 'person|killed');
});

test('"are of" after a noun that is no remains leaves the figure its own noun (guard)', () => {
  const c = claimOf(`${BLAST}The fire chief said the victims identified so far are of 7 nationalities.`, 7);
  assert.strictEqual(c.measure.unit, 'nationality');
});

const RAID = 'Gunmen attacked the village of Tarvo on Saturday.\n\n';

test('a bare figure after "the number of" a noun the tables lack, slaughtered, counts people killed', () => {
  const c = claimOf(`${RAID}The number of cattle herders slaughtered by the gunmen on Saturday has reached 64, the agency said.`, 64);
  assert.strictEqual(c.measure.key, 'person|killed');
});

test('the dead told through "the number of herders killed" meet the dead told as people', () => {
  const a = doc('a.txt', `${RAID}The number of herders killed by the gunmen in Tarvo on Saturday has risen to 64, the UN office said.`);
  const b = doc('b.txt', `${RAID}The governor said 40 people died in the attack on Tarvo on Saturday.`);
  assert.deepStrictEqual(valuePairs(a, b), ['40/64']);
});

test('"the number of" an unknown noun with nothing befalling it lends no event (guard)', () => {
  const c = claimOf(`${RAID}The number of farmers in the district has hit 110, the UN said.`, 110);
  assert.strictEqual(c.measure.unit, 'farmer');
});
