// Round 44 (time44): a result's own sentence may name a short span after the vote ("in early April", "last week") that is
// when the result was declared, not a vote of its own: in a report naming the vote's day, such a span opening within
// the window after that day dates the result by the vote (claims/dated.ts declaredSpan). Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const timeOf = (body, value, published = '2029-05-06') => claimOf(body, value, published)?.time;
const VOTE = 'The Norvanian elections took place March 31, and only today has the commission issued the official results. ';

test('a span just after the vote on which a result was declared dates the result by the vote', () => {
  const body = VOTE + 'Vell declared a few days after the election, in early April, that she had won by 51.4%.';
  assert.deepStrictEqual(timeOf(body, 51.4), { from: '2029-03-31', to: '2029-03-31' });
});

test('a span far from the vote keeps its own time', () => {
  const late = VOTE + 'Vell declared in early May that she had won by 51.4%.';
  assert.deepStrictEqual(timeOf(late, 51.4), { from: '2029-05-01', to: '2029-05-10' });
});
