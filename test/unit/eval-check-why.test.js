// The diagnosis of missed gold pairs (scripts/eval-check-why.mjs, `eval-check.mjs --why`) on a tiny invented story: each
// miss is counted under the first part of the frame that keeps its two claims apart, and found pairs are not listed.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const REPORTS = {
  'a.txt': `---
published: 2025-04-07
---
Floods killed 40 people in Valdora on Sunday, the regional governor said.
Many residents fled their homes.
About 300 people were injured in Valdora on Sunday, the hospital said.
`,
  'b.txt': `---
published: 2025-04-07
---
The floods killed 55 people in Valdora on Sunday, the civil protection agency said.
Some 2,000 residents fled their homes, the agency said.
About 310 people were injured in Valdora on Sunday.
The floods killed 70 people in Valdora on March 2, the agency said.
`,
};

const gold = (a, b, severity = 'clear') => ({ kind: 'value', severity, a: { file: 'a.txt', quote: a }, b: { file: 'b.txt', quote: b } });

function story() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'why-'));
  for (const [name, text] of Object.entries(REPORTS)) fs.writeFileSync(path.join(folder, name), text);
  const expected = {
    findings: [
      gold('killed 40', 'killed 55'), // found: not listed
      gold('Many residents', 'Some 2,000 residents'), // "many" is no figure
      gold('killed 40', 'About 310 people'), // killed vs injured
      gold('About 300 people', 'About 310 people', 'possible'), // hedged figures overlap
      gold('killed 40', 'killed 70'), // Sunday vs March 2
    ],
  };
  fs.writeFileSync(path.join(folder, 'expected.json'), JSON.stringify(expected));
  return { name: 'floods', folder, expected: path.join(folder, 'expected.json') };
}

test('why: each missed gold pair is counted under the first part of the frame that keeps it apart', async () => {
  const { whyStory } = await import('../../scripts/eval-check-why.mjs');
  const s = story();
  try {
    const misses = whyStory(engine, s);
    const byQuotes = new Map(misses.map(m => [`${m.gold.a.quote} | ${m.gold.b.quote}`, m]));
    assert.ok(!byQuotes.has('killed 40 | killed 55'), 'a found pair is no miss');
    assert.strictEqual(byQuotes.get('Many residents | Some 2,000 residents').cause, 'no claim: figure not recognized');
    assert.strictEqual(byQuotes.get('killed 40 | About 310 people').cause, 'measure');
    assert.strictEqual(byQuotes.get('About 300 people | About 310 people').cause, 'compatible (values overlap)');
    const dated = byQuotes.get('killed 40 | killed 70');
    assert.strictEqual(dated.cause, 'time: different');
    assert.strictEqual(dated.pair.length, 2);
    assert.strictEqual(misses.length, 4);
  } finally {
    fs.rmSync(s.folder, { recursive: true, force: true });
  }
});

test('why: held-out sets and the validation set are refused (scored by totals only)', async () => {
  const { whyCheck, TOTALS_ONLY } = await import('../../scripts/eval-check-why.mjs');
  assert.ok(TOTALS_ONLY.test('check-heldout4') && TOTALS_ONLY.test('check-dev5') && !TOTALS_ONLY.test('check-dev6'));
  assert.deepStrictEqual(Object.keys(whyCheck(engine, ['check-dev5', 'check-heldout'])), []);
});

test('why: explainPair names every part that keeps two claims apart, in the fixed order', () => {
  const docs = engine.analyzeCorpus(Object.entries(REPORTS).map(([p, text]) => ({ path: p, text }))).documents;
  const killed40 = docs[0].claims.find(c => c.value === 40);
  const injured = docs[1].claims.find(c => c.value === 310);
  const why = engine.explainPair(killed40, injured, docs);
  assert.strictEqual(why[0].part, 'measure');
  const order = why.map(w => engine.WHY_PARTS.indexOf(w.part));
  assert.deepStrictEqual(order, [...order].sort((x, y) => x - y));
  const killed55 = docs[1].claims.find(c => c.value === 55);
  assert.deepStrictEqual(engine.explainPair(killed40, killed55, docs).map(w => w.part), ['other']);
});
