// The claim index orders each measure key's reports by path through ranks it works out once per new path
// (claimIndex.ts, pathRanks), not by comparing paths per key. Whatever order reports arrive in, the findings equal those
// of reports added in path order, also where quotas (eight findings a claim) decide which pairs are kept.
const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const engine = require('../../dist/engine.js');

const report = (day, n, where, outlet) =>
  `---\noutlet: ${outlet} Courier\npublished: 2024-03-${day}\n---\nOfficials in ${where} said on Monday that ${n} people were evacuated.\n`;

function texts() {
  const out = [];
  // Paths whose text order is not their numbers' order (r10 before r9, r100 before r11).
  for (const i of [1, 2, 9, 10, 11, 100, 3, 30, 31, 4, 40, 41, 5, 50, 6, 7, 8, 12, 13, 14]) {
    out.push({ path: `r${i}.txt`, text: report(11 + (i % 3), i % 4 === 0 ? 30 + i : 12, i % 2 ? 'Varnholm' : 'Eskdal', `Paper ${i}`) });
  }
  return out;
}

const inOrder = list => [...list].sort((x, y) => (x.path < y.path ? -1 : 1));

test('findings do not depend on the order reports were added in', () => {
  const base = engine.analyzeCorpus(inOrder(texts())).contradictions;
  assert.ok(base.length > 0);
  for (const order of [texts(), [...texts()].reverse()]) {
    assert.deepStrictEqual(util.inspect(engine.analyzeCorpus(order).contradictions, { depth: 9 }), util.inspect(base, { depth: 9 }));
  }
});

test('a report added after a check takes its place by path in the next check', () => {
  const list = texts();
  const ws = new engine.Workspace();
  // Every report but r10 first, then r10 (its path sorts before most): numbered last, ranked among the first.
  for (const { path, text } of list) if (path !== 'r10.txt') ws.set(path, text);
  ws.check();
  const late = list.find(x => x.path === 'r10.txt');
  ws.set(late.path, late.text);
  const after = ws.check().contradictions;
  const fresh = engine.analyzeCorpus(inOrder(list)).contradictions;
  assert.deepStrictEqual(util.inspect(after, { depth: 9 }), util.inspect(fresh, { depth: 9 }));
});
