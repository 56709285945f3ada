// Frames of round 20 (issue 10): "service members" count soldiers, cases beside deaths are cases, and restated figures
// on two stated days, or as-of days a week apart, stay findings of their own. (Round 20 also tried folding restatements
// whose times only overlap; it was reverted on development evidence, docs/claims.md.) Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

function report(name, body, published = '2024-05-14') {
  return { path: `r/${name}.txt`, text: `---\ntitle: Valdoria floods\noutlet: Outlet ${name}\npublished: ${published}\n---\n${body}\n` };
}
const base = p => p.slice(p.lastIndexOf('/') + 1, -4);
const figureAt = (inputs, ref) => inputs.find(i => i.path === ref.path).text.slice(ref.start, ref.end).match(/[\d.]+/)[0];
/** Each pair a finding stands for, as "a:38-b:52". */
const pairsOf = (inputs, f) => [f, ...(f.restated ?? [])].map(p => `${base(p.a.path)}:${figureAt(inputs, p.a)}-${base(p.b.path)}:${figureAt(inputs, p.b)}`);
const describe = (inputs, found) => found.map(f => `${f.severity} ${pairsOf(inputs, f).join(' ')}`);
const withValues = (inputs, found, x, y) => found.filter(f => {
  const v = [figureAt(inputs, f.a), figureAt(inputs, f.b)].sort();
  return v[0] === [x, y].sort()[0] && v[1] === [x, y].sort()[1];
});


test('as-of figures a week and more apart, and stated days, stay findings of their own', () => {
  const inputs = [report('a', 'The interior ministry says the floods have killed 38 people in Valdoria.'),
    report('b', 'The Red Cross says the floods have killed 52 people in Valdoria.'),
    report('c', 'The interior ministry says the floods have killed 38 people in Valdoria.', '2024-05-27'),
    report('d', 'The Red Cross says the floods have killed 52 people in Valdoria.', '2024-05-27'),
    report('e', 'The interior ministry said 38 people were killed in Valdoria by the floods on Thursday.', '2024-05-31'),
    report('f', 'The Red Cross said 52 people were killed in Valdoria by the floods on Thursday.', '2024-05-31')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  const d = describe(inputs, found);
  const group = withValues(inputs, found, '38', '52');
  const of = (x, y) => group.filter(f => pairsOf(inputs, f).includes(`${x}:38-${y}:52`));
  for (const [x, y] of [['a', 'b'], ['c', 'd'], ['e', 'f']]) assert.strictEqual(of(x, y).length, 1, `${x}-${y} in ${JSON.stringify(d)}`);
  assert.notStrictEqual(of('a', 'b')[0], of('c', 'd')[0], JSON.stringify(d));
  assert.notStrictEqual(of('c', 'd')[0], of('e', 'f')[0], JSON.stringify(d));
  assert.notStrictEqual(of('a', 'b')[0], of('e', 'f')[0], JSON.stringify(d));
});

const strike = (name, body) => ({ path: `r/${name}.txt`, text: `---\ntitle: Valdoria strike\noutlet: Outlet ${name}\npublished: 2024-06-20\n---\n${body}\n` });

test('two stated days are two frames: the same two figures on June 5 and June 6 stay apart', () => {
  const inputs = [strike('a', 'On June 5, 2024, the police counted 806,000 demonstrators in Valdoria and the unions counted 1.5 million.'),
    strike('b', 'On June 6, 2024, the police counted 806,000 demonstrators in Valdoria and the unions counted 1.5 million.')];
  const found = engine.analyzeCorpus(inputs).contradictions;
  assert.strictEqual(found.length, 2, JSON.stringify(found.map(f => f.message)));
});

// A counted noun of two words the unit table holds whole: "service members" are soldiers, not any members, so a count of
// them is no rival of every dead person's count (a part of it) and is one of the soldiers' counts.
test('"service members" count soldiers: a rival of the soldiers\' count, not of all the dead', () => {
  const inputs = ['General Ortiz said on Thursday that 14 Valdorian service members were killed in the ambush.',
    'The health ministry said on Thursday that 31 people were killed in the ambush.',
    'The army said on Thursday that 17 soldiers were killed in the ambush.'].map((b, i) => strike('abc'[i], b));
  const { documents, contradictions } = engine.analyzeCorpus(inputs);
  assert.strictEqual(documents[0].claims[0].measure.key, 'soldier|killed');
  const messages = contradictions.map(f => f.message);
  assert.strictEqual(contradictions.length, 1, JSON.stringify(messages));
  assert.match(messages[0], /14 Valdorian service members here vs 17/);
});

// "Ten deaths and 278 cases": a counted noun right after another figure is that figure's, no event the next one shares.
test('cases counted beside deaths are cases, no rival of a death toll', () => {
  const inputs = ['Officials said 14 deaths and 260 cases have occurred in Valdoria.',
    'The ministry said 31 people have died of cholera in Valdoria.'].map((b, i) => strike('ab'[i], b));
  const { documents, contradictions } = engine.analyzeCorpus(inputs);
  assert.deepStrictEqual(documents[0].claims.map(c => c.measure.key), ['person|killed', 'case|recorded']);
  const messages = contradictions.map(f => f.message);
  assert.ok(messages.every(m => !/260/.test(m)), JSON.stringify(messages));
});
