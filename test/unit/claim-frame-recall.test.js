// Claim-frame recall: figures the check used to miss because the frame lost their year, their measure, their time or
// their voice. Invented sentences of the shapes found in real reports; each test fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const report = (published, body) => `---\npublished: ${published}\n---\n${body}\n`;
/** Value findings across the given reports: [path, text] pairs. */
function findings(...docs) {
  return engine.analyzeCorpus(docs.map(([path, text]) => ({ path, text }))).contradictions.filter(c => c.kind === 'value');
}
const claimsOf = (text, path = 'a.txt') => engine.analyzeText(path, text).claims;
const claim = (list, figure) => {
  const c = list.find(x => x.quantity.text.includes(figure));
  assert.ok(c, `no claim for ${figure}: ${list.map(x => x.quantity.text).join(', ')}`);
  return c;
};

test('an undated report takes its year from its address, not from a weekday fitting a year it names in passing', () => {
  const text = '---\nurl: https://news.example.org/2023/03/rail-strike\n---\n'
    + 'Rail workers walked out on Tuesday, March 7, and at least 9,000 people marched in Rennes. '
    + 'The turnout was lower than in 2019.\n';
  const ds = engine.analyzeText('a.txt', text).dates;
  const d = ds.find(x => x.text.includes('March 7'));
  assert.deepStrictEqual([d.from, d.to], ['2023-03-07', '2023-03-07']);
  // With no address, a weekday that fits none of the years the report states (or the year after or before one) leaves
  // the year open instead of the nearest year it fits (2017).
  const open = engine.analyzeText('b.txt', 'Rail workers walked out on Tuesday, March 7. The turnout was lower than in 2019.\n').dates;
  const o = open.find(x => x.text.includes('March 7'));
  assert.deepStrictEqual([o.from, o.to], [null, null]);
});
