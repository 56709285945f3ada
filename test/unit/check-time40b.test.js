// Round 40 (time40b): a day inside an "after" clause with its own subject and finite past verb after the figure ("put
// the toll at N after the cyclone battered the coast on Monday") tells of that earlier event, not of the figure: the
// figure keeps its statement's or its report's day. A participle phrase ("after the runoff held on Tuesday") or a bare
// noun ("after the vote on Tuesday") still dates the figure. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf } = require('./claimReports');

const timeOf = (body, value, published = '2025-03-08') => {
  const t = claimOf(body, value, published)?.time;
  return t && `${t.from}..${t.to}`;
};

test('an "after" clause with its own subject and finite past verb does not date the figure', () => {
  assert.strictEqual(timeOf('Officials put the death toll at 37 after the cyclone battered the coast on Monday.', 37),
    '2025-03-08..2025-03-08');
  assert.strictEqual(timeOf('Police said 52 people were arrested after they stormed the ministry on Tuesday.', 52),
    '2025-03-08..2025-03-08');
  assert.strictEqual(timeOf('Medics counted 64 injured after the rebels had shelled the market on Wednesday.', 64),
    '2025-03-08..2025-03-08');
  assert.strictEqual(timeOf('Officials put the toll at 41 after Typhoon Lumen tore through the province on Monday.', 41),
    '2025-03-08..2025-03-08');
});

test('a participle phrase or a bare noun after "after" still dates the figure', () => {
  assert.strictEqual(timeOf('The Green bloc lodged 9 appeals after the runoff held on Tuesday.', 9), '2025-03-04..2025-03-04');
  assert.strictEqual(timeOf('The Green bloc lodged 9 appeals after the runoff on Tuesday.', 9), '2025-03-04..2025-03-04');
});
