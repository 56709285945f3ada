// Check precision: copies of one conflict linked, revisions and confirmed counts that are no conflict. Every
// report here is an invented sentence of the shape the rule is about.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** A report with front matter. */
function report(name, outlet, published, body) {
  return { path: `r/${name}.txt`, text: `---\ntitle: t\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n` };
}
const check = inputs => engine.analyzeCorpus(inputs).contradictions;
const base = p => p.slice(p.lastIndexOf('/') + 1);
const pairOf = c => `${base(c.a.path)}/${base(c.b.path)}`;

// Organizers' 90,000 against the police's 30,000 for one march, repeated by four reports.
const MARCH = [
  report('a', 'A', '2024-03-10', 'Organizers said 90,000 people marched through Lyon on Saturday. The police counted 30,000 marchers in Lyon on Saturday.'),
  report('b', 'B', '2024-03-10', 'The police counted 30,000 marchers in Lyon on Saturday, against pension cuts.'),
  report('c', 'C', '2024-03-10', 'Organizers said 90,000 people marched through Lyon on Saturday against pension cuts.'),
  report('d', 'D', '2024-03-10', 'The union said 90,000 people marched through Lyon on Saturday. Police said 30,000 people marched in Lyon on Saturday.'),
];

// The same, one organizers' copy saying 90,500: a near figure, not the same two values.
const MARCH_NEAR = MARCH.map(r => (r.path === 'r/c.txt' ? { ...r, text: r.text.replace('90,000', '90,500') } : r));
const pairsOf = list => list.flatMap(c => engine.locationPairs(c).map(pairOf)).sort();

test('copies of one conflict stating the same two values: one finding stands for every pair (round 18)', () => {
  const found = check(MARCH);
  // Nine pairs of copies of one disagreement (organizers' 90,000 vs the police's 30,000), in one finding.
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].restated.length, 8);
  assert.ok(!found[0].conflict && !found[0].alsoIn);
  const linked = new Set(engine.locationPairs(found[0]).flatMap(x => [x.a.claim, x.b.claim]));
  assert.strictEqual(linked.size, 6);
});

test('copies of one conflict stating near values: their findings share one conflict id and link each other', () => {
  const found = check(MARCH_NEAR);
  // 90,000 vs 30,000 (six pairs) and 90,500 vs 30,000 (three pairs): two findings of one conflict.
  assert.strictEqual(found.length, 2);
  assert.strictEqual(pairsOf(found).length, 9);
  const ids = new Set(found.map(f => f.conflict));
  assert.strictEqual(ids.size, 1);
  assert.match([...ids][0], /^conflict:/);
  for (const f of found) assert.strictEqual(f.alsoIn.length, 1);
});

test('grouping does not depend on the order reports come in, and keeps different figures apart', () => {
  const other = report('e', 'E', '2024-03-10', 'Police said 45,000 people marched in Marseille on Saturday. Organizers said 150,000 people marched in Marseille on Saturday.');
  const forward = check([...MARCH_NEAR, other]);
  const backward = check([other, ...MARCH_NEAR].reverse());
  const key = list => list.map(c => `${c.id} ${c.conflict} ${JSON.stringify(c.alsoIn ?? [])} ${JSON.stringify(c.restated ?? [])}`).sort();
  assert.deepStrictEqual(key(backward), key(forward));
  // Marseille's figures are another disagreement, with no copies.
  const marseille = forward.filter(c => pairOf(c) === 'e.txt/e.txt');
  assert.strictEqual(marseille.length, 1);
  assert.ok(!marseille[0].alsoIn && !marseille[0].conflict);
  assert.strictEqual(new Set(forward.map(c => c.conflict).filter(Boolean)).size, 1);
});

test('the JSON output carries the copies and still validates', () => {
  const corpus = engine.analyzeCorpus(MARCH_NEAR);
  const out = engine.analysisOutput(corpus, new Map(MARCH_NEAR.map(r => [r.path, r.text])));
  engine.AnalysisOutputSchema.parse(out);
  assert.ok(out.contradictions.every(c => c.conflict && Array.isArray(c.alsoIn) && c.alsoIn[0].a.path.startsWith('r/')));
});

test('the incremental check groups as a fresh one does', () => {
  const docs = engine.analyzeCorpus(MARCH_NEAR).documents;
  const index = new engine.ClaimIndex();
  for (const d of [...docs].reverse()) index.add(d);
  index.contradictions();
  index.remove(docs[1].path);
  index.contradictions();
  index.add(docs[1]);
  const key = list => list.map(c => `${c.id} ${c.conflict} ${JSON.stringify(c.alsoIn ?? [])} ${JSON.stringify(c.restated ?? [])}`).sort();
  const again = index.contradictions();
  assert.ok(again.some(c => c.alsoIn));
  assert.deepStrictEqual(key(again), key(engine.checkDocuments(docs)));
});

// A revision some report states: the old and the new value both held, one after the other.
test('a revision stated in one report makes its old and new value no rivals anywhere; other values still are', () => {
  const found = check([
    report('a', 'A', '2024-05-13', 'The provincial government on Monday revised the flood toll in the Kessel valley to 131 from 146, after some victims were counted twice.'),
    report('b', 'B', '2024-05-13', 'Officials said on Monday that 146 people died in the flood in the Kessel valley.'),
    report('c', 'C', '2024-05-13', 'The final toll of the flood in the Kessel valley stands at 131, officials said on Monday.'),
    report('d', 'D', '2024-05-13', 'A local charity said on Monday that 190 people died in the flood in the Kessel valley.'),
  ]);
  // 146 vs 131 is the revision (a says so); the charity's 190 is a rival of both (a's and c's 131 one finding).
  assert.deepStrictEqual(pairsOf(found), ['a.txt/d.txt', 'b.txt/d.txt', 'c.txt/d.txt']);
});

test('a report that says its toll was later revised does not raise the old toll against the new one elsewhere', () => {
  const found = check([
    report('a', 'A', '2024-05-13', 'Fourteen people died when the roof of the market hall collapsed in Leeds on Sunday, rescuers said. Police later revised the death toll down to 11.'),
    report('b', 'B', '2024-05-13', 'Eleven people died when the roof of the market hall collapsed in Leeds on Sunday, police said.'),
  ]);
  assert.deepStrictEqual(found, []);
});

test('a rise is marked as the new value of a change going up; the other voice\'s figure is not marked', () => {
  const docs = engine.analyzeCorpus([report('a', 'A', '2024-05-14',
    'The health ministry said on Tuesday that confirmed cases in Ostrava had risen to 260. The WHO said on Monday that there were 97 confirmed cases in Ostrava.')]).documents;
  const risen = docs[0].claims.find(c => c.quantity.text.includes('260'));
  assert.strictEqual(risen.detail.revised, 'up');
  const old = docs[0].claims.find(c => c.quantity.text.includes('97'));
  assert.ok(!old.detail.revised && !old.detail.superseded);
});

// A count over a period holds the count over a period inside it.
test('a toll over two years is no rival of a smaller one over the first year; a larger one over that year still is', () => {
  const found = check([
    report('a', 'A', '2023-02-10', 'The health ministry said 1,200 people died of cholera in the Tarsa region in 2021 and 2022.'),
    report('b', 'B', '2023-02-10', 'A medical charity said 700 people died of cholera in the Tarsa region in 2021.'),
    report('c', 'C', '2023-02-10', 'A university study found that 2,000 people died of cholera in the Tarsa region in 2021.'),
  ]);
  assert.deepStrictEqual(found.map(pairOf).sort(), ['a.txt/c.txt', 'b.txt/c.txt']);
});

test('"the 90 estimated earlier" is a replaced value: no rival of the toll that replaced it', () => {
  const inputs = [
    report('a', 'A', '2024-07-02', 'The death toll from the landslide in Brela is closer to 40 than the 90 estimated earlier, the governor said on Tuesday.'),
    report('b', 'B', '2024-07-02', 'Rescuers said on Tuesday that 40 people died in the landslide in Brela.'),
  ];
  const claims = engine.analyzeCorpus(inputs).documents[0].claims;
  assert.strictEqual(claims.find(c => c.quantity.text.includes('90')).detail.superseded, true);
  assert.deepStrictEqual(check(inputs), []);
});
