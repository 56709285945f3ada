// Round 41 (speed): the distance-end step reads only the entities of the figure's clause, and a repeated source's id
// comes from a per-report table. Both are cuts of work with the output unchanged; these tests pin that output on
// reports where the cut parts matter (many places before the figure, one source named in many sentences).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, claimOf } = require('./claimReports');

const placesOf = claim => claim?.scope.filter(id => id.startsWith('place:') || id.startsWith('country:'));

test('a distance\'s far end is dropped from a figure after many places named earlier in the report', () => {
  const before = 'Crews worked in Lima, Cusco and Puno on Tuesday. '.repeat(30);
  const body = `${before}Flooding in Pasto, about 400 miles south of Cali, has killed 17 people since Sunday, officials said.`;
  assert.deepStrictEqual(placesOf(claimOf(body, 17)), ['place:pasto']);
});

test('a place named as a distance\'s far end and elsewhere in the clause stays', () => {
  const body = 'Flooding in Cali and in Pasto, about 400 miles south of Cali, has killed 17 people since Sunday, officials said.';
  assert.ok(placesOf(claimOf(body, 17))?.includes('place:cali'));
});

test('one source named in many sentences keeps one id, the same in a second report', () => {
  const body = 'Rescuers said 9 people were hurt on Monday. '.repeat(40);
  const ids = r => [...new Set(engine.analyzeText(r, report('2025-03-04', body)).claims.map(c => c.source?.id))];
  assert.deepStrictEqual(ids('a.txt'), ['source:rescuers']);
  assert.deepStrictEqual(ids('b.txt'), ['source:rescuers']);
});
