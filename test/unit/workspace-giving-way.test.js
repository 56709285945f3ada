// The Workspace's check that gives way (the language server answers requests during it): edits made during its
// pauses are never lost, and whatever happened during them, the next check equals a fresh check of the final texts.
const test = require('node:test');
const assert = require('node:assert');
const fc = require('fast-check');
const engine = require('../../dist/engine.js');

const t = s => `---\npublished: 2024-03-02\n---\n${s}\n`;
// Invented sentences: counts of several measures (several measure keys to recompute), places, one full name.
const SENTENCES = [
  'The harbour authority in Varna said 18 people drowned when the ferry sank.',
  'Rescuers in Varna said 21 people drowned after the ferry went down.',
  'About 60 passengers were rescued from the water near Varna.',
  'Around 75 passengers were rescued by fishing boats.',
  'Four lifeboats were launched from the ferry.',
  'Six lifeboats were launched before it sank.',
  'Captain Elena Dobreva said the engine failed.',
  'Dobreva said 12 crew members were missing.',
];
const PATHS = ['a.txt', 'b.txt', 'c.txt'];
const text = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map(s => t(s.join(' ')));
const edit = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set'), path: fc.constantFrom(...PATHS), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove'), path: fc.constantFrom(...PATHS) }) },
);
// A check, plain or giving way; the giving-way one applies the listed edits at its pauses, one per pause.
const op = fc.oneof(
  { weight: 3, arbitrary: edit },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('check') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('checkGivingWay'), during: fc.array(edit, { maxLength: 3 }) }) },
  // A giving-way check superseded after some pauses (a newer edit saved): it stops there.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('superseded'), after: fc.nat(3), during: fc.array(edit, { maxLength: 2 }) }) },
);

const memo = new Map();
const analysis = (path, s) => {
  const k = `${path}\u0000${s}`;
  if (!memo.has(k)) memo.set(k, engine.analyzeText(path, s));
  return memo.get(k);
};
const apply = (ws, e) => (e.kind === 'set' ? ws.set(e.path, e.text, analysis(e.path, e.text)) : ws.remove(e.path));

test('edits made during the pauses of a giving-way check are kept: the next check equals a fresh check of the final texts', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 10 }), async ops => {
      const ws = new engine.Workspace();
      for (const o of ops) {
        if (o.kind === 'check') ws.check();
        else if (o.kind === 'checkGivingWay') {
          const during = [...o.during];
          await ws.checkGivingWay(async () => {
            if (during.length) apply(ws, during.shift());
          });
          // Edits the check had no pause left for come right after it.
          for (const e of during) apply(ws, e);
        } else if (o.kind === 'superseded') {
          const during = [...o.during];
          let pauses = 0;
          await ws.checkGivingWay(async () => {
            pauses++;
            if (during.length) apply(ws, during.shift());
          }, () => pauses > o.after);
          for (const e of during) apply(ws, e);
        } else apply(ws, o);
      }
      const result = ws.check();
      const reports = [...ws.reports()];
      const fresh = engine.analyzeCorpus(reports.map(r => ({ path: r.path, text: r.text })));
      assert.deepStrictEqual(result.contradictions, fresh.contradictions);
      assert.deepStrictEqual(reports.map(r => r.analysis), fresh.documents);
    }),
    { numRuns: 80 },
  );
});

test('a giving-way check finds what the plain check finds, pausing between the measures it recomputes', async () => {
  const texts = { 'a.txt': t(`${SENTENCES[0]} ${SENTENCES[2]} ${SENTENCES[4]}`), 'b.txt': t(`${SENTENCES[1]} ${SENTENCES[3]} ${SENTENCES[5]}`) };
  const plain = new engine.Workspace();
  const giving = new engine.Workspace();
  for (const [p, s] of Object.entries(texts)) { plain.set(p, s); giving.set(p, s); }
  const expected = plain.check();
  let pauses = 0;
  const got = await giving.checkGivingWay(async () => { pauses++; });
  assert.ok(expected.contradictions.length >= 2, 'the two reports disagree on several counts');
  assert.deepStrictEqual(got.contradictions, expected.contradictions);
  assert.ok(pauses >= 3, `one pause per recomputed measure (${pauses})`);
  assert.strictEqual(giving.stale, false);
});

test('a check gives way in proportion to the pairs it judges and the claims it indexes, not to the claims alone', async () => {
  // Two reports repeating one figure 1,500 times each: every claim is judged against up to 64 others of its measure.
  const row = n => `Rescuers in Varna said ${n} people drowned after the ferry went down.\n`;
  const texts = { 'a.txt': t(row(18).repeat(1500)), 'b.txt': t(row(21).repeat(1500)) };
  const plain = new engine.Workspace();
  const giving = new engine.Workspace();
  for (const [p, s] of Object.entries(texts)) {
    const a = engine.analyzeText(p, s);
    plain.set(p, s, a);
    giving.set(p, s, a);
  }
  const expected = plain.check();
  let pauses = 0;
  const got = await giving.checkGivingWay(async () => { pauses++; });
  assert.deepStrictEqual(got.contradictions, expected.contradictions);
  // 3,000 claims × 64 pairs: a pause every 64 claims (the old step) would be under 50.
  assert.ok(pauses >= 300, `a pause every few hundred pairs judged (${pauses})`);
});

test('an edit made while a giving-way check pauses leaves the workspace stale for the next check', async () => {
  const ws = new engine.Workspace();
  ws.set('a.txt', t(SENTENCES[0]));
  ws.set('b.txt', t(SENTENCES[1]));
  let edited = false;
  const a = await ws.checkGivingWay(async () => {
    if (!edited) ws.set('c.txt', t(SENTENCES[2]));
    edited = true;
  });
  assert.ok(edited);
  assert.strictEqual(a.contradictions.length, 1);
  assert.strictEqual(ws.stale, true, 'the third report is still to be checked');
  const b = ws.check();
  assert.strictEqual(b.rechecked, 1);
  assert.strictEqual(ws.stale, false);
});

test('two giving-way checks never overlap: the second starts when the first is done', async () => {
  const ws = new engine.Workspace();
  ws.set('a.txt', t(`${SENTENCES[0]} ${SENTENCES[2]}`));
  ws.set('b.txt', t(`${SENTENCES[1]} ${SENTENCES[3]}`));
  const events = [];
  const pause = name => async () => {
    // The first pause of the first check adds a report: the second check is the one to read it.
    if (!events.length) ws.set('c.txt', t(SENTENCES[4]));
    events.push(name);
    await new Promise(resolve => setImmediate(resolve));
  };
  const first = ws.checkGivingWay(pause('first')).then(r => (events.push('first done'), r));
  const second = ws.checkGivingWay(pause('second')).then(r => (events.push('second done'), r));
  const [a, b] = await Promise.all([first, second]);
  assert.ok(events.indexOf('first done') < events.indexOf('second'), events.join(', '));
  assert.strictEqual(b.generation, a.generation + 1);
  assert.strictEqual(b.rechecked, 1);
  assert.strictEqual(ws.stale, false);
});

test('a plain check run while a giving-way check pauses inside one measure is not undone by it', async () => {
  // A hundred reports of one count: the giving-way check pauses inside that measure's comparisons.
  const fill = ws => {
    for (let i = 0; i < 100; i++) {
      ws.set(`r${i}.txt`, t(`Rescuers in Varna said ${10 + (i % 7)} people drowned. Officials said ${20 + (i % 5)} people drowned.`));
    }
    return ws;
  };
  // The check pauses once per report it indexes (100), then inside the measure: the plain check comes halfway there.
  let all = 0;
  await fill(new engine.Workspace()).checkGivingWay(async () => { all++; });
  assert.ok(all > 110, `it pauses inside the measure too (${all})`);
  const ws = fill(new engine.Workspace());
  let pauses = 0;
  await ws.checkGivingWay(async () => {
    // Meanwhile a report is added and checked by a plain check (as a server's partial check while indexing).
    if (++pauses === 100 + Math.floor((all - 100) / 2)) {
      ws.set('late.txt', t('A harbour official said 90 people drowned.'));
      ws.check();
    }
  });
  assert.ok(pauses > 100 + Math.floor((all - 100) / 2), `it paused inside the measure after the plain check (${pauses})`);
  const result = ws.check();
  const fresh = engine.analyzeCorpus([...ws.reports()].map(r => ({ path: r.path, text: r.text })));
  assert.ok(result.contradictions.some(c => c.a.path === 'late.txt' || c.b.path === 'late.txt'));
  assert.deepStrictEqual(result.contradictions, fresh.contradictions);
});

test('a plain check run while a giving-way check pauses between the reports it indexes is not undone by it', async () => {
  const ws = new engine.Workspace();
  for (let i = 0; i < 40; i++) ws.set(`r${i}.txt`, t(`Rescuers in Varna said ${10 + (i % 7)} people drowned.`));
  let pauses = 0;
  await ws.checkGivingWay(async () => {
    // Halfway through indexing, one report indexed already is edited, one not yet indexed is removed, one is added,
    // and a plain check (a server's partial check) takes them all in.
    if (++pauses === 20) {
      ws.set('r3.txt', t('Rescuers in Varna said 44 people drowned.'));
      ws.remove('r30.txt');
      ws.set('late.txt', t('A harbour official said 90 people drowned.'));
      ws.check();
    }
  });
  assert.ok(pauses >= 20, `the plain check ran halfway through indexing (${pauses})`);
  const result = ws.check();
  const fresh = engine.analyzeCorpus([...ws.reports()].map(r => ({ path: r.path, text: r.text })));
  assert.ok(!result.contradictions.some(c => c.a.path === 'r30.txt' || c.b.path === 'r30.txt'));
  assert.ok(result.contradictions.some(c => c.a.path === 'late.txt' || c.b.path === 'late.txt'));
  assert.deepStrictEqual(result.contradictions, fresh.contradictions);
});

test('a superseded check stops at its next pause, and the next check finds what a full one finds', async () => {
  // Many reports of one count, and more measures: the check pauses many times.
  const ws = new engine.Workspace();
  for (let i = 0; i < 60; i++) {
    ws.set(`r${i}.txt`, t(`Rescuers in Varna said ${10 + (i % 7)} people drowned. About ${50 + (i % 4)} passengers were rescued.`));
  }
  let pauses = 0;
  let newer = false;
  const stopped = await ws.checkGivingWay(async () => {
    // A newer edit arrives at the second pause, and asks for a newer check.
    if (++pauses === 2) {
      ws.set('late.txt', t('A harbour official said 90 people drowned.'));
      newer = true;
    }
  }, () => newer);
  assert.strictEqual(stopped, undefined);
  assert.strictEqual(pauses, 2, 'no work after the pause at which it was superseded');
  assert.strictEqual(ws.lastCheck.generation, 0, 'no check result was published');
  assert.strictEqual(ws.stale, true);
  const result = await ws.checkGivingWay(async () => {}, () => false);
  const fresh = engine.analyzeCorpus([...ws.reports()].map(r => ({ path: r.path, text: r.text })));
  assert.ok(result.contradictions.some(c => c.a.path === 'late.txt' || c.b.path === 'late.txt'));
  assert.deepStrictEqual(result.contradictions, fresh.contradictions);
  assert.strictEqual(ws.stale, false);
});

test('a check superseded before it starts does no work', async () => {
  const ws = new engine.Workspace();
  ws.set('a.txt', t(SENTENCES[0]));
  ws.set('b.txt', t(SENTENCES[1]));
  let pauses = 0;
  assert.strictEqual(await ws.checkGivingWay(async () => { pauses++; }, () => true), undefined);
  assert.strictEqual(pauses, 0);
  assert.strictEqual(ws.check().contradictions.length, 1);
});

test('a report removed and set again, then removed during a superseded check, is taken out by the next check', async () => {
  // The property above found it: the first removal left the old report in the index for the new one to replace, and
  // the second came before the new one was indexed, so nothing took the old one out.
  const ws = new engine.Workspace();
  ws.set('a.txt', t(SENTENCES[2]));
  ws.set('b.txt', t(SENTENCES[0]));
  ws.check();
  ws.remove('b.txt');
  ws.set('b.txt', t(SENTENCES[0]));
  // An edit of a.txt, which comes first: the check pauses after indexing it, before the new b.txt.
  ws.set('a.txt', t(SENTENCES[3]));
  let pauses = 0;
  const stopped = await ws.checkGivingWay(async () => {
    if (pauses++ === 0) ws.remove('b.txt');
  }, () => pauses > 0);
  assert.strictEqual(stopped, undefined, 'superseded at its first pause');
  ws.set('a.txt', t(SENTENCES[1]));
  const result = ws.check();
  assert.deepStrictEqual([...ws.reports()].map(r => r.path), ['a.txt']);
  assert.deepStrictEqual(result.contradictions, [], 'no finding against the removed report');
  assert.deepStrictEqual(ws.matches(ws.get('a.txt').analysis.claims[0].id), []);
});

test('a report removed after a superseded check indexed part of it leaves nothing behind', async () => {
  // 1,500 claims: the check pauses inside its indexing and is superseded there, leaving part of it in the index.
  const row = `Rescuers in Varna said 18 people drowned after the ferry went down.\n`;
  const ws = new engine.Workspace();
  ws.set('b.txt', t(row.repeat(1500)));
  let pauses = 0;
  const stopped = await ws.checkGivingWay(async () => { pauses++; }, () => pauses > 1);
  assert.strictEqual(stopped, undefined);
  ws.remove('b.txt');
  ws.set('a.txt', t(SENTENCES[1]));
  const result = ws.check();
  assert.deepStrictEqual(result.contradictions, []);
  assert.deepStrictEqual(ws.matches(ws.get('a.txt').analysis.claims[0].id), []);
});
