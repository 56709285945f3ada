// Rules that read past a figure's hedges to the word governing it use the hedge table (quantities/hedges.ts) through
// hedgeStart/hedgeEnd, not lists of their own. Invented sentences; the first two tests fail on the build before round 13,
// when each rule kept its own list of hedge words (some holding "of", "to" or "a"); the third guards the table's verbs.
const test = require('node:test');
const assert = require('node:assert');
const { report, claimsOf } = require('./claimReports');
const engine = require('../../dist/engine.js');

const DAY = '2031-04-15';
const claimOf = (text, figure) => {
  const c = claimsOf(report(DAY, text)).find(x => x.quantity.text.includes(figure));
  assert.ok(c, `no claim for ${figure} in: ${text}`);
  return c;
};

test('"of" after a counting noun is no hedge: "crowd estimates of 1 million" has no counter as its source', () => {
  // A counting verb before the figure names its source ("the police counted 80,000"); "estimates of" is a noun phrase.
  assert.strictEqual(claimOf('In Tarnow, crowd estimates of 1 million are legendary.', '1 million').source, null);
  assert.strictEqual(claimOf('Police counted about 80,000 marchers in Tarnow on Sunday.', '80,000').source?.name, 'Police');
});

test('"to" alone is no hedge: a figure after "expanded to" or "equates to" is no object of that verb', () => {
  // Before, "to" was skipped as if it were a hedge, and the verb before it became the measure ("~expand", "~equat").
  for (const [text, figure] of [
    ['The strike in Tarnow expanded to more than 300 stores on Monday.', '300'],
    ['A home socket is limited to 10A, which equates to a maximum of 2.3kW.', '2.3kW'],
  ]) assert.ok(!claimOf(text, figure).measure.event.startsWith('~'), `${figure}: ${claimOf(text, figure).measure.event}`);
  // A verb right before the figure and its hedges still names the measure.
  assert.strictEqual(claimOf('The storm uprooted an estimated 300 trees in Tarnow on Monday.', '300').measure.event, '~uproot');
});

test('a verb of exceeding is a hedge of its figure but no hedge a reported clause opens with', () => {
  const text = 'The benchmark 10-year note topped 1.87% on Monday, its highest level in a month.';
  const doc = engine.analyzeText('a.txt', report(DAY, text));
  assert.deepStrictEqual(doc.attributions.map(a => a.cue.text), []);
  assert.strictEqual(claimOf(text, '1.87').hedge, 'over');
});
