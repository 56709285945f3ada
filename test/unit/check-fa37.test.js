// False alarms a reader would never raise (round 37, fa37, issue 10). Invented sentences; each test failed on the
// build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { doc, claimOf, valuePairs } = require('./claimReports');

test('deaths counted since the latest update are a day\'s growth, no rival of the running toll', () => {
  const total = doc('b.txt', 'The typhus outbreak has killed 140 people in Varnel so far, officials said.');
  const sinceUpdate = 'The ministry reported 3,100 new infections and 87 deaths in Varnel since its Tuesday update.';
  assert.strictEqual(claimOf(sinceUpdate, 87).measure.key, 'person|killed+diff');
  assert.deepStrictEqual(valuePairs(doc('a.txt', sinceUpdate), total), []);
  // A sentence opening on the span frames each of its clauses.
  const fronted = 'Since the last bulletin, 210 new cases were recorded and six people have died in Varnel.';
  assert.strictEqual(claimOf(fronted, 6).measure.key, 'person|killed+diff');
  assert.deepStrictEqual(valuePairs(doc('a.txt', fronted), total), []);
  // Cases counted since the last update are the new cases, as those of the last 24 hours are.
  assert.strictEqual(claimOf('The ministry said there are now 12 confirmed cases of typhus since the last update.', 12)
    .measure.key, 'case|new');
});

test('a count since the first report, or a level unchanged since the update, is the running count itself', () => {
  assert.strictEqual(claimOf('Since the first report of the outbreak, 140 people have died in Varnel.', 140).measure.key,
    'person|killed');
  assert.strictEqual(claimOf('Officials said 140 people have died, a figure unchanged since the last update.', 140)
    .measure.key, 'person|killed');
  // A level named after the span stays the toll: "has risen to".
  assert.strictEqual(claimOf('Since the last bulletin the toll in Varnel has risen to 150.', 150).measure.key, 'person|killed');
});
