// One conflict, one finding, within one pair of reports (round 21): a report that states its figure again in other
// words (a lede's "more than 1 million" and the body's "1.05 million", "about 4,600" and "4,630") against the other
// report's figure gives one finding listing both pairs; a range holding the figure, another report's near figure, or
// a figure that does not round to the other stay findings of their own. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const { report, quoted, pairsOf, describe } = require('./restatedFindings');

test("a lede's rounded figure and the body's exact one against another report's figure: one finding", () => {
  const inputs = [
    report('a', 'More than 1 million people marched in Corvale on Sunday, the organisers said.\n\nThe organisers said 1.05 million people marched in Corvale on Sunday against the new tax.'),
    report('b', 'The police said 300,000 people marched in Corvale on Sunday.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 2, JSON.stringify(d));
});

test('a hedged restatement within rounding ("about 4,600" and "4,630") in one report folds; the JSON output validates', () => {
  const inputs = [
    report('a', 'The ministry said about 4,600 people were killed in Valdoria by the earthquake on Monday.\n\nThe ministry said 4,630 people were killed in Valdoria by the earthquake on Monday, most of them in the old town.'),
    report('b', 'The Red Cross said 6,100 people were killed in Valdoria by the earthquake on Monday.'),
  ];
  const result = engine.analyzeCorpus(inputs);
  const d = describe(inputs, result.contradictions);
  assert.strictEqual(result.contradictions.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(result.contradictions[0]).length, 2, JSON.stringify(d));
  const out = engine.analysisOutput(result, new Map(inputs.map(r => [r.path, r.text])));
  engine.AnalysisOutputSchema.parse(out);
});

test('a range holding the figure is another estimate, not a restatement: two findings', () => {
  const inputs = [
    report('a', 'The ministry said 40 people were killed in Valdoria by the floods on Monday.\n\nRescuers said between 30 and 50 people were killed in Valdoria by the floods on Monday.'),
    report('b', 'The Red Cross said 90 people were killed in Valdoria by the floods on Monday.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  assert.strictEqual(found.length, 2, JSON.stringify(describe(inputs, found)));
});

test("a figure that does not round to the report's other figure, or a near figure of a third report, is no restatement", () => {
  const inputs = [
    report('a', 'The ministry said 4,630 people were killed in Valdoria by the earthquake on Monday.\n\nThe ministry said 4,900 people were killed in Valdoria by the earthquake on Monday.'),
    report('b', 'The Red Cross said 6,100 people were killed in Valdoria by the earthquake on Monday.'),
    report('c', 'The ministry said 4,640 people were killed in Valdoria by the earthquake on Monday.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const against6100 = found.filter(f => /6,100/.test(quoted(inputs, f.a) + quoted(inputs, f.b)));
  // a's 4,630 and a's 4,900 each against 6,100, and c's 4,640 against 6,100: three conflicts.
  assert.strictEqual(against6100.length, 3, JSON.stringify(d));
});

test("one report's figure dated only by its publication restates its own figure of an earlier day: one finding", () => {
  const inputs = [
    report('a', 'The interior ministry said 282,710 people protested across Valdoria on Saturday.\n\nThe opposition called the count absurd.\n\nThe interior ministry now says nearly 283,000 protesters marched across Valdoria, still far from reality, critics say.', '2024-05-13'),
    report('b', 'The transport union said about 124,000 people protested across Valdoria on Saturday.', '2024-05-11'),
  ];
  const result = engine.analyzeCorpus(inputs);
  // The later statement is dated only by the report's Monday publication, the first by its Saturday.
  assert.deepStrictEqual(result.documents[0].claims.map(c => c.time.to), ['2024-05-11', '2024-05-13']);
  const found = result.contradictions;
  const d = describe(inputs, found);
  assert.strictEqual(found.length, 1, JSON.stringify(d));
  assert.strictEqual(pairsOf(found[0]).length, 2, JSON.stringify(d));
});

test("across reports a publication date says nothing of a figure's time: another report's near figure stays its own finding", () => {
  const inputs = [
    report('a', 'The interior ministry said 282,710 people protested across Valdoria on Saturday.', '2024-05-13'),
    report('b', 'The transport union said about 124,000 people protested across Valdoria on Saturday.', '2024-05-11'),
    report('c', 'The interior ministry stood by its count of nearly 283,000 protesters across Valdoria.', '2024-05-14'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.ok(found.some(f => [f, ...(f.restated ?? [])].some(p => [p.a.path, p.b.path].includes('r/c.txt'))), JSON.stringify(d));
  assert.ok(found.every(f => !pairsOf(f).some(p => p.startsWith('a:')) || !pairsOf(f).some(p => p.startsWith('c:'))), JSON.stringify(d));
});

// The holder (round 21): the subject of a holding verb right before a share holds it, even when the attribution took
// that name for the voice of the sentence ("while President X received 44.8 per cent, said Y"): with no holder read,
// the share paired with no rival of its own candidate.
test("a candidate named right before 'received' holds the share, though read as the sentence's voice", () => {
  const inputs = [
    { path: 'r/a.txt', text: '---\ntitle: Runoff\noutlet: Outlet a\npublished: 2024-12-06\n---\nMr Alvaro won 55.2 per cent, or 2.4 million votes, while President Tomas Berrin received 44.8 per cent, or 1.9 million, said Anna Pell, head of the electoral commission, in a statement on Thursday.\n' },
    { path: 'r/b.txt', text: '---\ntitle: Runoff\noutlet: Outlet b\npublished: 2024-12-07\n---\nThe constitutional council said on Friday that President Tomas Berrin won 51.3% of the vote in the runoff.\n' },
  ];
  const result = engine.analyzeCorpus(inputs);
  const share = result.documents[0].claims.find(c => c.value === 44.8);
  assert.strictEqual(share.detail.holder, 'holder:berrin');
  const found = result.contradictions.filter(f => /44\.8/.test(quoted(inputs, f.a) + quoted(inputs, f.b)));
  assert.strictEqual(found.length, 1, JSON.stringify(describe(inputs, result.contradictions)));
  assert.ok(/51\.3/.test(quoted(inputs, found[0].a) + quoted(inputs, found[0].b)));
  // Mr Alvaro's 55.2 is no rival of Berrin's 51.3.
  assert.ok(!result.contradictions.some(f => /55\.2/.test(quoted(inputs, f.a) + quoted(inputs, f.b))));
});

test("a stated revision's new value is news of its own, not the lede's rounded figure again: two findings", () => {
  const inputs = [
    report('a', 'The death toll of more than 3,100 in Valdoria seemed likely to rise further on Sunday, the ministry said.\n\nThe death toll in Valdoria climbed to 3,122 on Sunday, the ministry said.'),
    report('b', 'The death toll in Valdoria on Sunday was 2,000, the ministry said.'),
  ];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  assert.ok(found.some(f => /3,122/.test(quoted(inputs, f.a) + quoted(inputs, f.b))), JSON.stringify(d));
  assert.ok(found.some(f => /3,100/.test(quoted(inputs, f.a) + quoted(inputs, f.b))), JSON.stringify(d));
  assert.ok(found.every(f => f.restated === undefined || f.restated.length === 0), JSON.stringify(d));
});
