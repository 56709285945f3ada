// The claim index re-computes a measure key whole on every edit that touches it, remembering the verdicts of pairs
// whose reports did not change. Whatever was remembered, a check after edits equals a fresh check of the final texts,
// also where one figure is repeated by more reports than a claim's quota of findings and agreements.
const test = require('node:test');
const assert = require('node:assert');
const util = require('node:util');
const engine = require('../../dist/engine.js');

const report = (day, n, where, outlet = where) =>
  `---\noutlet: ${outlet} Courier\npublished: 2023-11-${day}\n---\nPolice in ${where} said on Monday that ${n} people died in the floods.\n`;
const PLACES = ['Tarnholm', 'Skalvik'];

function corpus() {
  const texts = new Map();
  // Forty reports of one count: most agree, a few differ, so quotas (eight findings a claim) decide what is kept.
  for (let i = 0; i < 40; i++) texts.set(`r${String(i).padStart(2, '0')}.txt`, report(13 + (i % 3), i % 9 === 0 ? 40 + i : 12, PLACES[i % 2], `Paper ${i}`));
  return texts;
}

const fresh = texts => engine.analyzeCorpus([...texts].map(([path, text]) => ({ path, text }))).contradictions;

test('edits re-checked with remembered verdicts equal a fresh check, edit after edit', () => {
  const texts = corpus();
  const ws = new engine.Workspace();
  for (const [p, t] of texts) ws.set(p, t);
  ws.check();
  // The last report in order: put back, its claims keep their place in the index (the next test edits one before the others).
  const last = 'r39.txt';
  for (const [day, n] of [[14, 17], [13, 12], [15, 99], [13, 40], [14, 12]]) {
    texts.set(last, report(day, n, 'Tarnholm', 'Paper 39'));
    ws.set(last, texts.get(last));
    const mine = ws.check().contradictions;
    assert.ok(mine.length > 8, 'more findings than one claim\'s quota');
    assert.deepStrictEqual(mine, fresh(texts), `after ${n} people on day ${day}`);
  }
  ws.remove(last);
  texts.delete(last);
  assert.deepStrictEqual(ws.check().contradictions, fresh(texts));
});

test('an edit to a report before others gives the findings of a fresh check where quotas decide', () => {
  const texts = corpus();
  const ws = new engine.Workspace();
  for (const [p, t] of texts) ws.set(p, t);
  ws.check();
  texts.set('r05.txt', report(14, 17, 'Tarnholm', 'Paper 5'));
  ws.set('r05.txt', texts.get('r05.txt'));
  assert.deepStrictEqual(ws.check().contradictions, fresh(texts));
});

test('a finding an edit did not change is the very same object after the check, and the findings equal a fresh check', () => {
  const texts = corpus();
  const ws = new engine.Workspace();
  for (const [p, t] of texts) ws.set(p, t);
  const before = ws.check().contradictions;
  texts.set('r39.txt', report(14, 17, 'Tarnholm', 'Paper 39'));
  ws.set('r39.txt', texts.get('r39.txt'));
  const after = ws.check().contradictions;
  assert.deepStrictEqual(after, fresh(texts));
  const untouched = before.filter(c => c.a.path !== 'r39.txt' && c.b.path !== 'r39.txt' && after.some(x => x.id === c.id));
  assert.ok(untouched.length > 0, 'findings between other reports survive the edit');
  // Same object, not only equal: a caller comparing lists by identity (the server's changed-reports pass) sees only
  // the findings the edit really changed.
  const sameObjects = untouched.filter(c => after.includes(c));
  const equalOnly = untouched.filter(c => !after.includes(c) && util.isDeepStrictEqual(c, after.find(x => x.id === c.id)));
  assert.deepStrictEqual(equalOnly.map(c => c.id), [], 'no unchanged finding comes back as a new object');
  assert.ok(sameObjects.length > 0);
});

test('priming a report leaves the findings as they are, and a check asked for stops it at once', async () => {
  const texts = corpus();
  const ws = new engine.Workspace();
  for (const [p, t] of texts) ws.set(p, t);
  const first = ws.check().contradictions;
  const pause = () => new Promise(r => setImmediate(r));
  assert.strictEqual(await ws.prime('r05.txt', pause, () => false), true, 'an idle workspace primes to the end');
  assert.strictEqual(await ws.prime('absent.txt', pause, () => false), false, 'no such report: nothing to prime');
  const primed = ws.prime('r05.txt', pause, () => false);
  const check = ws.checkGivingWay(pause);
  assert.strictEqual(await primed, false, 'the waiting check stops the priming');
  assert.deepStrictEqual((await check).contradictions, first);
  // After priming, an edit's check still equals a fresh one.
  await ws.prime('r05.txt', pause, () => false);
  texts.set('r05.txt', report(14, 17, 'Tarnholm', 'Paper 5'));
  ws.set('r05.txt', texts.get('r05.txt'));
  assert.deepStrictEqual(ws.check().contradictions, fresh(texts));
});
