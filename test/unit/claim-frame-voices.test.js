// Two voices in one report, and when a figure holds when only its statement is dated: invented sentences of the shapes a
// fact-checker wants flagged ("471 were killed, officials said; US intelligence put the toll at 100 to 300"). Each test
// fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const report = (published, body) => `---\npublished: ${published}\n---\n${body}\n`;
/** Value findings across the given reports: [path, text] pairs. */
function findings(...docs) {
  return engine.analyzeCorpus(docs.map(([path, text]) => ({ path, text }))).contradictions.filter(c => c.kind === 'value');
}
const claimsOf = (text) => engine.analyzeText('a.txt', text).claims;

test('a figure dated only by its statement holds as of then: it may count the dead of the days before', () => {
  const text = report('2021-03-12', [
    'Army analysts have concluded that 40 to 90 people probably died in the ferry fire, according to a briefing seen by',
    'the BBC on Thursday.\n\nThe fire broke out on Tuesday off the port of Calais. Port officials have said at least 230',
    'people died in the fire.'].join(' '));
  const list = claimsOf(text);
  const early = list.find(c => c.quantity.text.startsWith('40 to 90'));
  assert.strictEqual(early.detail.timeBasis, 'statement');
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  assert.match(found[0].message, /230/);
  assert.strictEqual(found[0].severity, 'possible');
  // Two statements on different days are two counts as of two days: a toll that grew is no contradiction.
  const grew = findings(
    ['a.txt', report('2021-03-12', 'At least 12 people died in the fire, the agency said on Tuesday.')],
    ['b.txt', report('2021-03-12', 'At least 19 people died in the fire, the agency said on Thursday.')]);
  assert.deepStrictEqual(grew.map(f => f.message), []);
});

test('a figure with "originally" after its noun is a value the report says was replaced', () => {
  const list = claimsOf(report('2021-03-12',
    'Analysts counted 40 to 90 dead, far fewer than the nearly 230 deaths originally reported by port officials.'));
  const old = list.find(c => c.quantity.text.includes('230'));
  assert.ok(old && old.detail.superseded, JSON.stringify(old?.detail));
});
