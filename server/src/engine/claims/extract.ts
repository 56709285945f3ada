// Claims: the clauses that state a figure, with measure, scope, time, source and modality.
import type { Attribution, Claim, DocumentAnalysis, PreparedText, Quantity, Sentence } from '../types';
import type { ClaimDetail, DetailedClaim, ScopeRole } from './detail';
import { derivedFigures } from './derived';
import { stableHash } from './id';
import { fingerprintAttributions } from './fingerprint';
import { findEvent, findSharedEvent, isChange, measureKey, normalizeUnit, senseOf, unitOf } from './measure';
import { modalityOf } from './modality';
import { scopeOf, type ScopeEntry } from './scope';
import { claimTime } from './time';
import { clauseAround, lineOf, paragraphStart, sentenceAt, tokenAt } from './tokens';

export type { ClaimDetail, DetailedClaim, ScopeRole, TimeBasis } from './detail';
export { detailOf } from './detail';
export type { AttributionFingerprint, FingerprintedAttribution } from './fingerprint';

/** Units that measure time or ratios, not counts anyone reports as a finding. */
const NOT_COUNTS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'time', 'times', 'fraction',
  'direction', 'percent-of', 'age']);
/** "12 of which", "nine of them": the figure counts the previous figure's noun. */
const PARTITIVE = new Set(['which', 'whom', 'them', 'these', 'those']);

interface Prev {
  sentence: Sentence;
  unit: string;
  event: string;
  word: string | null;
  scope: ScopeEntry[];
}

function byStart<T extends { start: number }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => a.start - b.start);
}

/** The attribution whose content covers the figure (smallest first), else one whose cue lies in the sentence. */
function attributionFor(atts: readonly Attribution[], start: number, end: number, s: Sentence): Attribution | null {
  let best: Attribution | null = null;
  for (const a of atts) {
    if (a.content.start <= start && end <= a.content.end) {
      if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
    }
  }
  if (best) return best;
  for (const a of atts) if (a.cue.start >= s.start && a.cue.end <= s.end) return a;
  return null;
}

interface Extent {
  lo: number;
  hi: number;
  a: Attribution;
}

/** Attribution extents (source, cue and content together), sorted by start, for per-sentence look-ups. */
function extentsOf(atts: readonly Attribution[]): Extent[] {
  return atts.map(a => ({ lo: Math.min(a.content.start, a.cue.start, a.source.start), hi: Math.max(a.content.end, a.cue.end, a.source.end), a }))
    .sort((x, y) => x.lo - y.lo);
}

/** Attributions that touch sentence s. Attributions span a few sentences at most, so a bounded look-back suffices. */
function attributionsNear(extents: readonly Extent[], s: Sentence): Attribution[] {
  let lo = 0;
  let hi = extents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (extents[mid].lo < s.end) lo = mid + 1;
    else hi = mid;
  }
  const out: Attribution[] = [];
  for (let i = lo - 1; i >= Math.max(0, lo - 64); i--) if (extents[i].hi > s.start) out.push(extents[i].a);
  return out.reverse();
}

/** The figure as a reader would quote it: "12" alone becomes "12 clashes" (from its unit). */
function figureText(q: Quantity, unit: string, derived: boolean): string {
  const plural = unit.includes('/') || unit.endsWith('s') ? unit : /(ch|sh|x)$/.test(unit) ? `${unit}es`
    : /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;
  if (derived) return `${q.text} (${q.value ?? `${q.low}-${q.high}`} ${plural})`;
  if (q.noun && (q.noun.start >= q.end || q.noun.end <= q.start)) return `${q.text} ${q.noun.text}`;
  return /[a-z]/i.test(q.text) ? q.text : `${q.text} ${plural}`;
}

function makeId(path: string, start: number, end: number, key: string, derived: boolean): string {
  return `claim:${stableHash(`${path}\u0000${start}\u0000${end}\u0000${key}\u0000${derived ? 'd' : ''}`)}`;
}

export function extractClaims(prepared: PreparedText, analysis: Omit<DocumentAnalysis, 'claims'>): Claim[] {
  const { tokens, sentences } = prepared;
  fingerprintAttributions(prepared, analysis.attributions);
  if (tokens.length === 0 || analysis.quantities.length === 0) return [];
  const quantities = byStart(analysis.quantities);
  const dates = byStart(analysis.dates);
  const entities = byStart(analysis.entities);
  // Attributions grouped by the sentences they touch, so each figure looks only at its own sentence's few.
  const attsBySentence = new Map<Sentence, Attribution[]>();
  const extents = extentsOf(analysis.attributions);
  const figureStarts = new Set<number>();
  for (const q of quantities) figureStarts.add(tokenAt(tokens, q.start));

  const claims: Claim[] = [];
  const bySentence = new Map<Sentence, Quantity[]>();
  const lines = new Map<number, Sentence>();
  let prev: Prev | null = null;
  for (const q of quantities) {
    const whole = sentenceAt(sentences, q.start);
    if (!whole) continue;
    // One Sentence object per line-clipped sentence, so figures of one sentence share it.
    const clipped = lineOf(tokens, whole, tokenAt(tokens, q.start));
    const s = lines.get(clipped.start) ?? clipped;
    lines.set(s.start, s);
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(q);
    let atts = attsBySentence.get(s);
    if (!atts) attsBySentence.set(s, (atts = attributionsNear(extents, s)));
    const claim = claimFor(q, s, atts, false);
    if (claim) claims.push(claim);
  }
  for (const [s, qs] of bySentence) {
    if (qs.length < 2) continue;
    for (const d of derivedFigures(tokens, s, qs)) {
      const claim = claimFor(d.quantity, s, attsBySentence.get(s) ?? [], true, d.at);
      if (claim) claims.push(claim);
    }
  }
  claims.sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
  return claims;

  function claimFor(q: Quantity, s: Sentence, atts: Attribution[], derived: boolean, at = -1): Claim | null {
    const qa = at >= 0 ? at : tokenAt(tokens, q.start);
    const figEnd = Math.max(q.end, q.noun?.end ?? 0);
    let qb = tokenAt(tokens, figEnd - 1) + 1;
    if (qb <= qa) qb = qa + 1;
    const [ca, cb] = clauseAround(tokens, s, qa, qb, figureStarts);
    const samePrev = prev && prev.sentence === s ? prev : null;
    let { unit, event: unitEvent } = normalizeUnit(unitOf(q, tokens, qb));
    const partitive = tokens[qb]?.lower === 'of' && PARTITIVE.has(tokens[qb + 1]?.lower ?? '');
    if ((!unit || partitive) && samePrev) unit = samePrev.unit;
    // "the death toll rose to 31": the figure counts the dead though no noun follows it.
    if (!unit && tokens.slice(Math.max(s.tokenStart, qa - 8), qa).some(t => t.lower === 'toll')) {
      unit = 'person';
      unitEvent = 'killed';
    }
    if (!unit || NOT_COUNTS.has(unit)) return null;
    let hit = findEvent(tokens, unit, qa, qb, ca, cb);
    if (hit.event === 'unspecified' && !unitEvent) hit = findSharedEvent(tokens, unit, qa, s.tokenStart) ?? hit;
    let event = unitEvent && hit.event === 'unspecified' ? unitEvent : hit.event;
    let word = hit.word;
    const opener = tokens[ca]?.lower;
    const inherits = samePrev && (opener === 'including' || opener === 'among' || opener === 'with' || partitive || derived);
    if (event === 'unspecified' && samePrev && (opener === 'including' || opener === 'among') && samePrev.unit === unit) {
      event = samePrev.event;
      word = samePrev.word;
    }
    if (isChange(tokens, qa, ca)) event = `${event}+change`;
    const modality = modalityOf(tokens, s, qa, qb, hit.at, ca, cb);
    const start = tokens[ca].start;
    const end = tokens[cb - 1].end;
    const scope = scopeOf(entities, tokens, start, end, q.start, figEnd, atts);
    if (inherits && samePrev) {
      for (const e of samePrev.scope) {
        if (e.role === 'group' && (opener === 'including' || opener === 'among')) continue;
        if (!scope.some(x => x.id === e.id && x.role === e.role)) scope.push(e);
      }
    }
    // A distance is a position, not an event in time.
    const time = event === 'distance' ? { from: null, to: null, basis: 'none' as const, text: null, label: null }
      : claimTime(dates, q, s, paragraphStart(prepared, s.tokenStart), analysis.published);
    const att = attributionFor(atts, q.start, q.end, s);
    const key = measureKey(unit, event);
    const detail: ClaimDetail = {
      eventWord: word,
      roles: scope.map(e => e.role as ScopeRole),
      timeBasis: time.basis,
      timeText: time.text,
      timeLabel: time.label,
      sense: senseOf(word),
      figure: figureText(q, unit, derived),
    };
    if (!derived) prev = { sentence: s, unit, event, word, scope };
    const claim: DetailedClaim = {
      id: makeId(analysis.path, q.start, q.end, key, derived),
      path: analysis.path,
      start, end,
      quantity: { start: q.start, end: q.end, text: q.text },
      low: q.low, high: q.high, value: q.value, hedge: q.hedge,
      measure: { unit, event, key },
      scope: scope.map(e => e.id),
      time: { from: time.from, to: time.to },
      modality,
      source: att ? { id: att.source.id, name: att.source.name } : null,
      via: att ? [...att.via] : [],
      derived,
      detail,
    };
    return claim;
  }
}
