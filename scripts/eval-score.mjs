// Scores an engine analysis against a golden expected document. Importable (the golden test and eval.mjs share it).
// Matching is one-to-one and greedy: each gold item takes the best still-unmatched predicted item that qualifies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every folder under test/fixtures/golden is a set: the three historical ones first, then any other by name. */
export const FIXTURE_SETS = (() => {
  const known = ['seeds', 'general', 'heldout'];
  const dir = path.join(root, 'test/fixtures/golden');
  const all = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name) : [];
  return [...known.filter(s => all.includes(s)), ...all.filter(s => !known.includes(s)).sort()];
})();
/** Sets annotated for some categories only (the others are not scored there): the quantity set marks figures alone. */
export const SET_SCOPE = {
  quantities: ['quantities', 'quantitySpans'], quantities2: ['quantities', 'quantitySpans'], quantities3: ['quantities', 'quantitySpans'],
  quantities4: ['quantities', 'quantitySpans'], quantities5: ['quantities', 'quantitySpans'], quantities6: ['quantities', 'quantitySpans'],
  quantities7: ['quantities', 'quantitySpans'], quantities8: ['quantities', 'quantitySpans'],
  quantities9: ['quantities', 'quantitySpans'],
};

/** The categories scored; each is a count of true positives over gold and predicted items. */
export const CATEGORIES = [
  'entities', // span overlap >= 50 % of the longer span + same kind
  'entityLinks', // as entities, and the same canonical id
  'quantities', // any span overlap + low/high within 1 %
  'quantitySpans', // any span overlap (recognized, whatever the value)
  'dates', // any span overlap (recognized)
  'datesResolved', // gold dates with non-null from/to that a prediction matches with equal from/to (recall only)
  'attributions', // content overlap >= 50 % of the longer span + same source id or overlapping source span
];

const inter = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** Overlap as a share of the longer span: 1 for equal spans, 0.5 when one is twice the other and inside it. */
export const overlapRatio = (a, b) => inter(a, b) / Math.max(a.end - a.start, b.end - b.start, 1);

const close = (g, p) => {
  if (g === null || g === undefined) return p === null || p === undefined;
  if (p === null || p === undefined) return false;
  return Math.abs(g - p) <= 0.01 * Math.max(Math.abs(g), Math.abs(p)) + 1e-9;
};

/** Greedy one-to-one matching by descending score; `score` returns a number > 0 for a qualifying pair, else 0. */
function match(gold, pred, score) {
  const pairs = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const s = score(g, p);
    if (s > 0) pairs.push({ gi, pi, s });
  }));
  pairs.sort((a, b) => b.s - a.s || a.gi - b.gi || a.pi - b.pi);
  const usedG = new Set();
  const usedP = new Set();
  const out = [];
  for (const { gi, pi } of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push([gold[gi], pred[pi]]);
  }
  return out;
}

const count = (tp, gold, pred) => ({ tp, gold, pred });

/** Scores one document. `pred` is a DocumentAnalysis (or an expected document: the self-test scores gold on gold). */
export function scoreDocument(gold, pred) {
  const r = {};
  const pe = pred.entities ?? [];
  const ents = match(gold.entities, pe, (g, p) => (g.kind === p.kind && overlapRatio(g, p) >= 0.5 ? overlapRatio(g, p) : 0));
  r.entities = count(ents.length, gold.entities.length, pe.length);
  const links = match(gold.entities, pe, (g, p) =>
    g.kind === p.kind && g.id === p.id && overlapRatio(g, p) >= 0.5 ? overlapRatio(g, p) : 0);
  r.entityLinks = count(links.length, gold.entities.length, pe.length);

  const pq = pred.quantities ?? [];
  const qv = match(gold.quantities, pq, (g, p) =>
    inter(g, p) > 0 && close(g.low, p.low) && close(g.high, p.high) ? overlapRatio(g, p) + 1e-6 : 0);
  r.quantities = count(qv.length, gold.quantities.length, pq.length);
  const qs = match(gold.quantities, pq, (g, p) => (inter(g, p) > 0 ? overlapRatio(g, p) + 1e-6 : 0));
  r.quantitySpans = count(qs.length, gold.quantities.length, pq.length);

  const pd = pred.dates ?? [];
  const dm = match(gold.dates, pd, (g, p) => (inter(g, p) > 0 ? overlapRatio(g, p) + 1e-6 : 0));
  r.dates = count(dm.length, gold.dates.length, pd.length);
  const resolvable = gold.dates.filter(d => d.from !== null);
  const dr = match(resolvable, pd, (g, p) => (inter(g, p) > 0 && g.from === p.from && g.to === p.to ? 1 : 0));
  r.datesResolved = count(dr.length, resolvable.length, resolvable.length);

  const pa = pred.attributions ?? [];
  const am = match(gold.attributions, pa, (g, p) => {
    const o = overlapRatio(g.content, p.content);
    const sameSource = g.source.id === p.source.id || inter(g.source, p.source) > 0;
    return o >= 0.5 && sameSource ? o : 0;
  });
  r.attributions = count(am.length, gold.attributions.length, pa.length);

  // Reported beside the F1 table, not part of it.
  const unitsOk = qs.filter(([g, p]) => g.unit === p.unit).length;
  const viaOk = am.filter(([g, p]) => JSON.stringify(g.via) === JSON.stringify(p.via ?? [])).length;
  const extra = {
    units: { ok: unitsOk, of: qs.length },
    via: { ok: viaOk, of: am.length },
    published: { ok: (gold.published ?? null) === (pred.published ?? null) ? 1 : 0, of: 1 },
    outlet: { ok: (gold.outlet ?? null) === (pred.outlet ?? null) ? 1 : 0, of: 1 },
  };
  return { counts: r, extra };
}

/** Adds per-document counts up (micro-average). */
export function sumScores(scores) {
  const counts = Object.fromEntries(CATEGORIES.map(c => [c, count(0, 0, 0)]));
  const extra = {};
  for (const s of scores) {
    for (const c of CATEGORIES) {
      counts[c].tp += s.counts[c].tp;
      counts[c].gold += s.counts[c].gold;
      counts[c].pred += s.counts[c].pred;
    }
    for (const [k, v] of Object.entries(s.extra)) {
      extra[k] ??= { ok: 0, of: 0 };
      extra[k].ok += v.ok;
      extra[k].of += v.of;
    }
  }
  return { counts, extra };
}

/** Precision, recall, F1 from counts; an empty side counts as perfect so an empty gold set does not fail. */
export function prf({ tp, gold, pred }) {
  const p = pred === 0 ? (gold === 0 ? 1 : 0) : tp / pred;
  const r = gold === 0 ? 1 : tp / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1 };
}

/** Every expected document of a fixture set, with the text it annotates. */
export function loadFixtures(set) {
  const dir = path.join(root, 'test/fixtures/golden', set);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter(f => f.endsWith('.expected.json')).sort().map(f => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    return { name: f.replace(/\.expected\.json$/, ''), gold, text: fs.readFileSync(path.join(root, gold.path), 'utf8') };
  });
}

/**
 * Runs `analyze(path, text)` on every fixture and returns per-set and overall totals plus per-document scores.
 * `analyze` is injected so tests can score the gold itself.
 */
export function evaluate(analyze, sets = FIXTURE_SETS) {
  const perSet = {};
  const docs = [];
  for (const set of sets) {
    const scores = [];
    for (const fx of loadFixtures(set)) {
      const s = scoreDocument(fx.gold, analyze(fx.gold.path, fx.text, fx));
      const scope = SET_SCOPE[set];
      if (scope) for (const c of CATEGORIES) if (!scope.includes(c)) s.counts[c] = count(0, 0, 0);
      scores.push(s);
      docs.push({ set, name: fx.name, ...s });
    }
    perSet[set] = sumScores(scores);
  }
  return { perSet, overall: sumScores(Object.values(perSet).map(s => ({ counts: s.counts, extra: s.extra }))), docs };
}

/** Plain numbers for --json and for thresholds: { set: { category: {precision, recall, f1, tp, gold, pred} } }. */
export function summarize(result) {
  const out = {};
  for (const [set, s] of [...Object.entries(result.perSet), ['overall', result.overall]]) {
    out[set] = {};
    for (const c of CATEGORIES) out[set][c] = { ...prf(s.counts[c]), ...s.counts[c] };
    out[set].extra = s.extra;
  }
  return out;
}
