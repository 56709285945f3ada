// The claim frame on the failure classes of issue 10, in invented sentences of the same shape: whose figure, change over
// time, when a figure holds, places, and the defining misses. Each fails on the build before the frame.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, findings } = require('./claimReports');


test('whose figure: one candidate\'s vote share is no rival of another\'s', () => {
  const found = findings(
    ['a.txt', report('2025-05-19', 'Candidate Ana Costa won 51% of the vote in Sunday\'s election, the electoral commission said.')],
    ['b.txt', report('2025-05-19', 'Candidate Rui Silva took 44% of the vote on Sunday, the electoral commission said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('change over time: what is held "now" is dated by the report, not by the offensive it mentions earlier', () => {
  const found = findings(
    ['a.txt', report('2025-01-11', 'On January 5, Ukrainian forces launched a fresh offensive in Kursk. Ukraine now holds about 800 square kilometres of Kursk, the commander said.')],
    ['b.txt', report('2025-01-06', 'Ukraine held 1,300 square kilometres of Kursk on January 5, the army said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('when a figure holds: "now" in the claim\'s own clause means the publication date', () => {
  const a = engine.analyzeText('a.txt', report('2025-01-11', 'On January 5, officials said 30 people were killed in Sudzha. Now 45 people have been killed in Sudzha, officials said.'));
  const now = a.claims.find(c => c.quantity.text.startsWith('45'));
  assert.deepStrictEqual(now.time, { from: '2025-01-11', to: '2025-01-11' });
  const b = engine.analyzeText('b.txt', report('2025-01-06', 'On January 5, 30 people were killed in Sudzha, officials said.'));
  assert.strictEqual(engine.checkDocuments([a, b]).length, 0);
});

test('when a figure holds: an undated report is read against the latest full date it states, shown as inferred', () => {
  const undated = engine.analyzeText('a.txt', report(null, 'Fighting went on in the Kursk region.\n\nOfficials in the regional administration said on 6 January 2025 that 30 people were killed in Sudzha on Sunday amid heavy shelling.'));
  assert.strictEqual(undated.published, null);
  assert.deepStrictEqual(undated.publishedInferred, { date: '2025-01-06', from: '6 January 2025' });
  assert.deepStrictEqual(undated.claims[0].time, { from: '2025-01-05', to: '2025-01-05' });
  // A year earlier, another Sunday: no rival of the undated report's figure.
  const older = engine.analyzeText('b.txt', report('2024-01-08', 'Officials said 90 people were killed in Sudzha on Sunday.'));
  assert.strictEqual(engine.checkDocuments([undated, older]).length, 0);
  const out = engine.analysisOutput({ documents: [undated], contradictions: [] }, new Map([['a.txt', '']]));
  assert.deepStrictEqual(out.documents[0].publishedInferred, { date: '2025-01-06', from: '6 January 2025' });
  assert.ok(engine.AnalysisOutputSchema.safeParse(out).success);
});

test('places: "an area the size of Mallorca" is a yardstick, not where the fire burned', () => {
  const found = findings(
    ['a.txt', report('2025-08-10', 'The fire has burned 3,600 square kilometres in Portugal, an area the size of Mallorca, officials said.')],
    ['b.txt', report('2025-08-10', 'The fire has burned about 1,000 square kilometres in Mallorca, officials said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('the defining misses: demonstrators counted by the ministry and people who marched by the union are one count', () => {
  const found = findings(
    ['a.txt', report('2023-01-20', 'The Interior Ministry counted 1.12 million demonstrators across France on Thursday, January 19, 2023.')],
    ['b.txt', report('2023-01-20', 'The CGT union said 2 million people marched across France on Thursday, January 19, 2023.')]);
  assert.strictEqual(found.length, 1);
  assert.match(found[0].message, /^1\.12 million demonstrators here vs 2 million in b \(CGT\), same day/);
  // A list of towns: each bare figure counts what the first one counts, so town pairs with town.
  const towns = findings(
    ['a.txt', report('2023-01-20', 'On January 19, 2023, police said 38,000 people marched in Lyon, 36,000 in Toulouse and 26,000 in Marseille.')],
    ['b.txt', report('2023-01-20', 'On January 19, 2023, the unions said at least 40,000 people marched in Lyon, 30,000 in Toulouse and 26,000 in Marseille.')]);
  assert.deepStrictEqual(towns.map(f => f.message.replace(/ here.*/, '')).sort(), ['36,000 people', '38,000 people']);
});
