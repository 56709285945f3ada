// The cross-source check: hand-made claims first, then the seeds and report sets in test/fixtures/check.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const FIXTURES = path.join(__dirname, '../fixtures/check');
const GOLDEN = path.join(__dirname, '../fixtures/golden/seeds');
const SEEDS = path.join(__dirname, '../../seeds');

let n = 0;
/** A hand-made claim; `detail` carries what the extractor would have found. */
function claim(o) {
  const value = o.value ?? null;
  const low = 'low' in o ? o.low : value;
  const high = 'high' in o ? o.high : value;
  const scope = o.scope ?? [];
  return {
    id: `claim:t${n++}`, path: o.path, start: o.start ?? 0, end: (o.start ?? 0) + 10,
    quantity: { start: o.start ?? 0, end: (o.start ?? 0) + 2, text: String(o.text ?? value) },
    low, high, value, hedge: o.hedge ?? 'exact',
    measure: { unit: o.unit ?? 'clash', event: o.event ?? 'recorded', key: `${o.unit ?? 'clash'}|${o.event ?? 'recorded'}` },
    scope: scope.map(s => s[1]), time: { from: o.from ?? null, to: o.to ?? o.from ?? null },
    modality: o.modality ?? 'asserted', source: o.source ? { id: o.source, name: o.source } : null, via: o.via ?? [],
    derived: o.derived ?? false,
    detail: { eventWord: o.word ?? null, sense: o.sense ?? null, roles: scope.map(s => s[0]),
      timeBasis: o.basis ?? (o.from ? 'explicit' : 'none'), timeText: o.timeText ?? null, timeLabel: null,
      figure: String(o.text ?? value) },
  };
}
function doc(p, claims, extra = {}) {
  return { path: p, published: null, outlet: null, title: null, entities: [], quantities: [], dates: [], attributions: [],
    claims, warnings: [], ...extra };
}
function pair(a, b) {
  return engine.checkDocuments([doc(a.path, [a]), doc(b.path, [b])]);
}

test('exact disjoint figures on the same day are a clear contradiction, named with both sources and dates', () => {
  const found = pair(claim({ path: 'r/a.txt', value: 42, from: '2025-01-05', source: 'General Staff' }),
    claim({ path: 'r/b.txt', value: 44, from: '2025-01-05', source: 'General Staff' }));
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'clear');
  assert.strictEqual(found[0].message, '42 here vs 44 in b (General Staff), same day, both from General Staff');
  assert.strictEqual(found[0].messageB, '44 here vs 42 in a (General Staff), same day, both from General Staff');
  assert.match(found[0].why, /a\.txt, according to General Staff, 2025-01-05.*b\.txt.*Clear: both figures are stated precisely/);
});

test('messages: this report\'s figure first, the other side short, plain units, no jargon, and why only possible', () => {
  const mk = (p, value, o = {}) => claim({ path: p, value, unit: 'km2', event: 'held', from: '2025-01-05', text: `${value} km2`, ...o });
  const [f] = pair(mk('r/003_79037f0ed4309734.txt', 1000, { source: 'army' }), mk('r/004_adff6eb275203194.txt', 800, { source: 'ministry' }));
  assert.strictEqual(f.message, '1000 km² here vs 800 in 004 (ministry), same day, army vs ministry');
  assert.match(f.why, /the same count \(km², held\)/);
  assert.doesNotMatch(`${f.message} ${f.messageB} ${f.why}`, /km2|\[derived|echo|independent|undated report/);
  assert.match(f.why, /Possible, not clear: the figures are round/);
  const [d] = pair(claim({ path: 'a.txt', value: 12, event: 'ongoing', from: '2025-01-05', text: '12 clashes' }),
    claim({ path: 'b.txt', value: 9, event: 'ongoing', derived: true, from: '2025-01-05', text: 'the rest' }));
  assert.strictEqual(d.message, '12 clashes here vs 9 in b, same day');
  assert.strictEqual(d.messageB, '9 clashes here vs 12 in a, same day');
  assert.match(d.why, /worked out from "the rest".*one figure is worked out from the report's other figures/);
  const [s] = engine.checkDocuments([doc('one.txt', [claim({ path: 'one.txt', value: 80000, unit: 'participant', event: 'participated', from: '2025-03-08', source: 'police', text: '80,000 marchers' }),
    { ...claim({ path: 'one.txt', value: 400000, unit: 'participant', event: 'participated', from: '2025-03-08', source: 'organizers', text: '400,000 people' }), start: 50 }])]);
  assert.match(s.message, /^80,000 marchers here \(police\) vs 400,000 \(organizers\) in the same report, same day$/);
});

test('hedged figures that overlap are not flagged', () => {
  assert.deepStrictEqual(pair(claim({ path: 'a', value: null, low: 9, high: null, hedge: 'at_least' }),
    claim({ path: 'b', value: 12 })), []);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 4000, low: 3600, high: 4400, hedge: 'approximate', unit: 'soldier', event: 'losses' }),
    claim({ path: 'b', value: null, low: 2000, high: 9999, hedge: 'vague', unit: 'soldier', event: 'losses' })), []);
});

test('round figures that rounding brings together, derived figures and different senses are only possible', () => {
  const r = pair(claim({ path: 'a', value: 60000, unit: 'soldier', event: 'deployed', from: '2025-01-11' }),
    claim({ path: 'b', value: 50000, unit: 'soldier', event: 'deployed', from: '2025-01-11' }));
  assert.strictEqual(r[0].severity, 'possible');
  const d = pair(claim({ path: 'a', value: 12, event: 'ongoing' }), claim({ path: 'b', value: 9, event: 'ongoing', derived: true }));
  assert.strictEqual(d[0].severity, 'possible');
  const s = pair(claim({ path: 'a', value: 120, unit: 'soldier', event: 'deployed', sense: 'stationed', from: '2025-01-11' }),
    claim({ path: 'b', value: 90, unit: 'soldier', event: 'deployed', sense: 'mobilized', from: '2025-01-11' }));
  assert.strictEqual(s[0].severity, 'possible');
});

test('different measures, modalities, dates and scopes never pair', () => {
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 10000, unit: 'soldier', event: 'deployed' }),
    claim({ path: 'b', value: 450, low: 400, high: 500, hedge: 'range', unit: 'soldier', event: 'assault' })), []);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 40, modality: 'conditional' }), claim({ path: 'b', value: 23 })), []);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 40, modality: 'forecast' }), claim({ path: 'b', value: 23 })), []);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 23, from: '2024-09-13' }), claim({ path: 'b', value: 31, from: '2024-09-16' })), []);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 23, scope: [['where', 'place:coimbra']] }),
    claim({ path: 'b', value: 5, scope: [['where', 'place:braga']] })), []);
  // One battalion is not the whole army: a counted group must be the same on both sides.
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 40, unit: 'soldier', event: 'killed', scope: [['group', 'military_unit:3rd-battalion']] }),
    claim({ path: 'b', value: 400, unit: 'soldier', event: 'killed' })), []);
  // A week's gains are not a year's, though the spans overlap.
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 25, unit: 'km2', event: 'captured', from: '2025-01-24', to: '2025-01-31' }),
    claim({ path: 'b', value: 3600, unit: 'km2', event: 'captured', from: '2024-02-01', to: '2025-01-31' })), []);
});

test('one report pairs its own claims only when different sources state them', () => {
  const a = claim({ path: 'a', value: 42, source: 'x' });
  const b = claim({ path: 'a', value: 44, source: 'x', start: 50 });
  assert.deepStrictEqual(engine.checkDocuments([doc('a', [a, b])]), []);
  const c = claim({ path: 'a', value: 44, source: 'y', start: 80 });
  assert.strictEqual(engine.checkDocuments([doc('a', [a, c])]).length, 1);
});

test('unresolved dates: "Sunday" may be January 5 in another report, but November is not December', () => {
  const sun = claim({ path: 'a', value: 42, basis: 'unresolved', timeText: 'weekday:sunday' });
  const jan5 = claim({ path: 'b', value: 44, basis: 'unresolved', timeText: 'date:1-5' });
  assert.strictEqual(pair(sun, jan5).length, 1);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 610, unit: 'km2', event: 'captured', basis: 'unresolved', timeText: 'month:11' }),
    claim({ path: 'b', value: 510, unit: 'km2', event: 'captured', basis: 'unresolved', timeText: 'month:12' })), []);
  // A known Sunday matches "Sunday"; a known Monday does not.
  assert.strictEqual(pair(claim({ path: 'a', value: 42, from: '2025-01-05' }), claim({ path: 'b', value: 44, basis: 'unresolved', timeText: 'weekday:sunday' })).length, 1);
  assert.deepStrictEqual(pair(claim({ path: 'a', value: 42, from: '2025-01-06' }), claim({ path: 'b', value: 44, basis: 'unresolved', timeText: 'weekday:sunday' })), []);
});

test('an undated claim does not pair eagerly with dated claims that disagree on when', () => {
  const undated = claim({ path: 'u', value: 30 });
  const d1 = claim({ path: 'a', value: 23, from: '2024-09-13' });
  const d2 = claim({ path: 'b', value: 31, from: '2024-09-16' });
  const found = engine.checkDocuments([doc('u', [undated]), doc('a', [d1]), doc('b', [d2])]);
  assert.deepStrictEqual(found, []);
  const one = engine.checkDocuments([doc('u', [undated]), doc('a', [d1])]);
  assert.strictEqual(one.length, 1);
  assert.strictEqual(one[0].severity, 'possible');
});

test('corroboration: independent sources vs an echo of one upstream source', () => {
  const a = claim({ path: 'a', value: 12, source: 'person:kiviselg', via: ['outlet:err'] });
  const b = claim({ path: 'b', value: 12, source: 'outlet:err' });
  const c = claim({ path: 'c', value: 12, source: 'organization:ministry' });
  const cs = engine.findCorroborations([doc('a', [a]), doc('b', [b]), doc('c', [c])]);
  assert.strictEqual(cs.length, 3);
  const ab = cs.find(x => x.a.path === 'a' && x.b.path === 'b');
  assert.strictEqual(ab.independent, false);
  assert.strictEqual(ab.upstream, 'outlet:err');
  assert.strictEqual(cs.find(x => x.a.path === 'a' && x.b.path === 'c').independent, true);
  const m = engine.matchingClaims([doc('a', [a]), doc('b', [b]), doc('c', [c])], a.id);
  assert.strictEqual(m.length, 2);
  assert.ok(m.every(x => x.relation === 'agree'));
});

test('ClaimIndex: add, remove and re-check only what changed', () => {
  const idx = new engine.ClaimIndex();
  const a = claim({ path: 'a', value: 42 });
  idx.add(doc('a', [a]));
  idx.add(doc('b', [claim({ path: 'b', value: 44 })]));
  assert.strictEqual(idx.contradictions().length, 1);
  assert.strictEqual(idx.matches(a.id)[0].relation, 'contradict');
  idx.add(doc('b', [claim({ path: 'b', value: 42 })]));
  assert.strictEqual(idx.contradictions().length, 0);
  assert.strictEqual(idx.matches(a.id)[0].relation, 'agree');
  idx.remove('b');
  assert.deepStrictEqual(idx.matches(a.id), []);
});

test('the same words given to different sources in different reports', () => {
  const fp = { shingles: [1, 2, 3, 4, 5, 6, 7, 8], words: 12, quote: 'the offensive will fail' };
  const att = (p, src) => ({ source: { id: src, name: src, start: 0, end: 1, text: src }, cue: { start: 2, end: 3, text: 'said' },
    content: { start: 5, end: 60 }, via: [], fingerprint: fp });
  const found = engine.checkDocuments([doc('a', [], { attributions: [att('a', 'person:x')] }), doc('b', [], { attributions: [att('b', 'person:y')] })]);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].kind, 'attribution');
  assert.strictEqual(found[0].severity, 'possible');
  const same = engine.checkDocuments([doc('a', [], { attributions: [att('a', 'person:x')] }), doc('b', [], { attributions: [att('b', 'person:x')] })]);
  assert.deepStrictEqual(same, []);
});

test('cost grows near-linearly with the number of reports', () => {
  const make = count => {
    const docs = [];
    for (let i = 0; i < count; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const key = i % 7;
      docs.push(doc(`r${i}.txt`, [
        claim({ path: `r${i}.txt`, value: 40 + (i % 5), unit: `u${key}`, from: `2025-01-${day}`, source: `s${i % 13}` }),
        claim({ path: `r${i}.txt`, value: 100 + i, unit: 'soldier', event: 'killed', start: 40 }),
      ]));
    }
    return docs;
  };
  // Best of three, so a collection pause or a busy machine does not decide the test.
  const time = count => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const docs = make(count);
      const t0 = process.hrtime.bigint();
      engine.checkDocuments(docs);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return best;
  };
  time(500);
  const t1 = time(2000);
  const t2 = time(4000);
  assert.ok(t2 < 3 * t1 + 200, `2000 reports: ${t1.toFixed(0)} ms, 4000 reports: ${t2.toFixed(0)} ms`);
});

/** Compares findings with an expected list by file, quote (inside the claim's clause), kind and severity; exact. */
function compareFindings(found, texts, expected) {
  // A finding stands for its own pair and the pairs restating it, from any reports (round 18): an expected finding is
  // found through any of them, as the scorer does (scripts/eval-check.mjs).
  const describe = f => {
    const side = r => ({ file: path.basename(r.path), text: texts.get(r.path).slice(r.start, r.end) });
    return { kind: f.kind, severity: f.severity, pairs: engine.locationPairs(f).map(p => ({ a: side(p.a), b: side(p.b) })), message: f.message };
  };
  const actual = found.map(describe);
  const fitsPair = (x, e) => (x.a.file === e.a.file && x.a.text.includes(e.a.quote) && x.b.file === e.b.file && x.b.text.includes(e.b.quote))
    || (x.b.file === e.a.file && x.b.text.includes(e.a.quote) && x.a.file === e.b.file && x.a.text.includes(e.b.quote));
  const fits = (x, e) => x.kind === e.kind && x.severity === e.severity && x.pairs.some(p => fitsPair(p, e));
  const missing = expected.filter(e => !actual.some(x => fits(x, e)));
  const extra = actual.filter(x => !expected.some(e => fits(x, e)));
  assert.deepStrictEqual({ missing, extra: extra.map(x => x.message) }, { missing: [], extra: [] });
}

function runSet(dir, files) {
  const inputs = files.map(f => ({ path: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const result = engine.analyzeCorpus(inputs);
  return { result, texts: new Map(inputs.map(i => [i.path, i.text])) };
}

test('seeds, on the golden annotations: exactly the expected findings', t => {
  if (!fs.existsSync(GOLDEN)) return t.skip('no golden annotations');
  const names = fs.readdirSync(SEEDS).filter(f => fs.existsSync(path.join(GOLDEN, f.replace('.txt', '.expected.json'))));
  if (names.length < 5) return t.skip('golden annotations for some seeds are missing');
  const texts = new Map();
  const docs = names.map(f => {
    const g = JSON.parse(fs.readFileSync(path.join(GOLDEN, f.replace('.txt', '.expected.json')), 'utf8'));
    const text = fs.readFileSync(path.join(SEEDS, f), 'utf8');
    const { prepared } = engine.prepare(text);
    const quantities = g.quantities.map(q => ({ ...q, noun: q.noun ?? null, value: q.value ?? (q.low === q.high ? q.low : null),
      hedge: q.hedge ?? (q.low === q.high ? 'exact' : q.high === null ? 'at_least' : 'range') }));
    const partial = { path: g.path, published: g.published, outlet: g.outlet, title: null, entities: g.entities, quantities,
      dates: g.dates, attributions: g.attributions, warnings: [] };
    texts.set(g.path, text);
    return { ...partial, claims: engine.extractClaims(prepared, partial) };
  });
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seeds.expected.json'), 'utf8')).findings;
  compareFindings(engine.checkDocuments(docs), texts, expected);
});

test('seeds, end to end: exactly the expected findings', t => {
  const files = fs.readdirSync(SEEDS).filter(f => f.endsWith('.txt')).sort();
  const { result, texts } = runSet(SEEDS, files);
  if (result.documents.every(d => d.quantities.length === 0)) return t.skip('quantity recognizer not available yet');
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seeds.expected.json'), 'utf8')).findings;
  compareFindings(result.contradictions, texts, expected);
});

for (const set of fs.readdirSync(FIXTURES).filter(f => fs.statSync(path.join(FIXTURES, f)).isDirectory())) {
  // A set may name a known gap outside the check ("pending"): it runs, but as a to-do that does not fail the suite.
  const pending = JSON.parse(fs.readFileSync(path.join(FIXTURES, set, 'expected.json'), 'utf8')).pending;
  test(`report set "${set}": exactly the expected findings`, pending ? { todo: pending } : {}, t => {
    const dir = path.join(FIXTURES, set);
    const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
    const { result, texts } = runSet(dir, files);
    if (result.documents.every(d => d.quantities.length === 0)) return t.skip('quantity recognizer not available yet');
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')).findings;
    compareFindings(result.contradictions, texts, expected);
  });
}

test('reports that name different countries, none in common, are about different events', () => {
  const greece = 'Published 2024-08-12\n\nA wildfire raged near Athens, Greece. Officials said 5 people were injured.\n';
  const nepal = 'Published 2024-08-12\n\nAn earthquake struck western Nepal. Officials said 338 people were injured.\n';
  const alsoGreece = 'Published 2024-08-12\n\nThe Greek fire brigade said 40 people were injured near the capital.\n';
  const findings = docs => engine.checkDocuments(docs.map(([p, t]) => engine.analyzeText(p, t))).filter(c => c.kind === 'value');
  assert.strictEqual(findings([['gr.txt', greece], ['np.txt', nepal]]).length, 0);
  // The same figures from two reports on one country still pair (a nationality names its country).
  assert.strictEqual(findings([['gr.txt', greece], ['gr2.txt', alsoGreece]]).length, 1);
});

test('a figure stated less precisely is the finer one rounded: 54 percent agrees with 53.6%; one unit off is possible', () => {
  const share = (path, value) => claim({ path, value, unit: 'percent', event: 'vote_share', from: '2025-05-18', scope: [['who', 'person:ana-costa']] });
  assert.strictEqual(pair(share('a.txt', 53.6), share('b.txt', 54)).length, 0);
  // One unit off the rounded figure is possible; a whole percent just below is the share cut short (round 23).
  assert.strictEqual(pair(share('a.txt', 53.6), share('b.txt', 55))[0]?.severity, 'possible');
  assert.strictEqual(pair(share('a.txt', 53.6), share('b.txt', 53)).length, 0);
  assert.strictEqual(pair(share('a.txt', 53.6), share('b.txt', 57))[0]?.severity, 'clear');
});
