// Round 20, dev14b (issue 10): a share taken "of whom" / "of them" of a count counts that share of it, and the kind of
// person it names after the partitive is the part's kind. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

function report(name, body, published = '2024-03-11') {
  return { path: `r/${name}.txt`, text: `---\ntitle: Ostrava clashes\noutlet: Outlet ${name}\npublished: ${published}\n---\n${body}\n` };
}
const claimsOf = (inputs, path) => engine.analyzeCorpus(inputs).documents.find(d => d.path === path).claims;
const claimAt = (claims, text) => claims.find(c => c.quantity.text === text);

test('a fraction "of whom" / "of them" counts that share of the figure before it, as a part of its kind', () => {
  const inputs = [report('a', 'The rebels said on Monday that more than 80 people were killed in Ostrava, half of whom were children.\n\n'
    + 'The mayor said on Monday that 60 people died in the fire in Ostrava, a third of them women.')];
  const claims = claimsOf(inputs, 'r/a.txt');
  const half = claimAt(claims, 'half');
  assert.ok(half, JSON.stringify(claims.map(c => c.quantity.text)));
  assert.strictEqual(half.low, 40);
  assert.strictEqual(half.high, null);
  assert.ok(half.scope.includes('kind:child'), JSON.stringify(half.scope));
  const third = claimAt(claims, 'a third');
  assert.strictEqual(third.low, 20);
  assert.strictEqual(third.high, 20);
  assert.ok(third.scope.includes('kind:woman'), JSON.stringify(third.scope));
});

test('a count "of them" names its kind after the partitive', () => {
  const inputs = [report('a', 'The rebels said on Monday that more than 80 people were killed in Ostrava, 34 of them children.')];
  const part = claimAt(claimsOf(inputs, 'r/a.txt'), '34');
  assert.ok(part.scope.includes('kind:child'), JSON.stringify(part.scope));
});

test('the body before the title of the person who speaks is the source\'s, no party of the figure', () => {
  const inputs = [report('a', 'Earlier on Monday, UNICEF spokeswoman Mara Lenting said "more than 80 people were killed" in Ostrava.'),
    report('b', 'The Red Cross said on Monday that 52 people were killed in Ostrava.')];
  const claim = claimAt(claimsOf(inputs, 'r/a.txt'), 'more than 80 people');
  assert.ok(claim, 'claim read');
  assert.ok(!claim.scope.some(id => id.startsWith('organization:')), JSON.stringify(claim.scope));
});

test('two parts of one kind in one report: the unplaced one is of the place the report is about, a rival of the placed', () => {
  const inputs = [report('a', 'Villagers fled the town of Ostrava after the army shelled it on Monday.\n\n'
    + 'The shelling killed more than 70 people in Ostrava, including 20 children, local activists said.\n\n'
    + 'Later on Monday, UNICEF spokeswoman Mara Lenting said "more than 100 people were killed (half of whom were children) by the army" in the town.'),
  report('b', 'Rain fell on Monday across the plains of Valdor.')];
  const out = engine.analyzeCorpus(inputs);
  const text = inputs[0].text;
  const claims = out.documents.find(d => d.path === 'r/a.txt').claims;
  const sides = out.contradictions.map(f => [f.a, f.b].map(s => claims.find(c => c.start === s.start && c.end === s.end)));
  const pairs = sides.map(p => p.map(c => `${c?.quantity.text}=${c?.low}`).sort().join(' vs '));
  assert.ok(pairs.includes('20 children=20 vs half=50'), `${JSON.stringify(pairs)} in ${text.length} chars`);
});
