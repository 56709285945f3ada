// Claims: the clauses that state a figure, with measure, scope, time, source and modality.
import { isSpeech, COUNT_HEDGE_REACH } from './claimWords';
import type { Attribution, Claim, DocumentAnalysis, PreparedText, Quantity, Sentence, Token } from '../types';
import type { TimeBasis, FramePart, DetailedClaim } from './detail';
import { type ScopeEntry, UNNAMED_PREFIX, placeList } from './scope';
import type { Prev, FigureValues, Extent, Site, ReportClaims } from './report';
import { claimId } from './id';
import { hedgeStart } from '../quantities/hedges';
import { IndexSet } from '../text/indexSet';
import { tokenAt, restatedClause, clauseAround, sentenceIndexAt, presentRelative, nearFigure, paragraphStart, lineOf } from './tokens';
import { countedThing } from './counted';
import { measureOf, convertsMoney } from './measured';
import { perCapitaAt, rateScale, RATE_BASE_NAME, TALLIES } from './frame';
import { modalityOf } from './modality';
import { isRejected, rejectedMakerAt } from './rejection';
import { entityCovering, sourceFor } from './sourced';
import { scopeFor, isWherePlaceAt } from './scoped';
import { saysNow, opensNow, reportedPerfect, isSpeechDate, isSinceDate, isBackgroundDate, opensWhenClauseOf, isYardstickDateOf, isForwardSpan, ownPerfect, resultTime, occasionTime, reference, sinceStartOf } from './dated';
import { baseEvent, verbEvent, singular, atLeast } from './measure';
import { claimTime, inConcessionAfter, heldElsewhere, reportedWithFigure, figureOwnedDates, asOfDates } from './time';
import { sharedMeasure, none, claimTimeOf } from './shared';
import { detailFor } from './detailed';
import { pluralHolder, singledOutPlace, isRanked, partSettingOf, markBreakdowns } from './breakdown';
import { fingerprintAttributions } from './fingerprint';
import { readPeriods } from './periods';
import { carryPopulations } from './population';
import { derivedFigures } from './derived';
import { carryMeasures } from './carry';
import { wholesOfParts, sumClaims, shareClaims } from './sums';
import { joinAlternatives } from './alternatives';


export type { ClaimDetail, DetailedClaim, ScopeRole, TimeBasis } from './detail';
export { detailOf } from './detail';
export type { AttributionFingerprint, FingerprintedAttribution } from './fingerprint';

/** A participle of such a word, which may follow the figure it reports: "33.1 per cent reported in March 2021". */
function isSpeechParticiple(w: string): boolean {
  return (w.endsWith('ed') || w.endsWith('en')) && isSpeech(w);
}
/**
 * The parts of a claim's frame no word beside the figure states: no counted noun or unit of its own, no event word (the
 * noun's own event counts), no date in the report's words (only its publication, or none), an area left unnamed.
 */
function inferredParts(q: Quantity, unitEvent: string | null | undefined, eventAt: number, basis: TimeBasis,
  scope: readonly ScopeEntry[]): readonly FramePart[] {
  let mask = 0;
  if (!q.noun && !q.unit) mask |= 1;
  if (eventAt < 0 && !(unitEvent && q.noun)) mask |= 2;
  if (basis === 'published' || basis === 'none') mask |= 4;
  for (const e of scope) if (e.id.startsWith(UNNAMED_PREFIX)) { mask |= 8; break; }
  return INFERRED_LISTS[mask];
}
/**
 * The 16 lists inferredParts can return, made once and frozen: a report of thousands of figures keeps one list per
 * combination, not one per claim. Bit k of the index stands for FRAME_PARTS[k].
 */
const FRAME_PARTS: readonly FramePart[] = ['thing', 'measure', 'time', 'place'];
const INFERRED_LISTS: readonly (readonly FramePart[])[] = Array.from({ length: 16 },
  (_, mask) => Object.freeze(FRAME_PARTS.filter((_, k) => mask & (1 << k))));
/**
 * "more than 110 people were killed, half of whom were children": a fraction taken "of whom" / "of them" of a count
 * counts that share of it (more than 55), not half a person. Null when the figure is no such share.
 */
function shareOfWhole(q: Quantity, partitive: boolean, whole: Prev | null, unit: string): FigureValues | null {
  if (q.unit !== 'fraction' || !partitive || !whole || whole.unit !== unit || q.value === null) return null;
  const { low, high, hedge } = whole.values;
  if (low === null && high === null) return null;
  const times = (x: number | null): number | null => (x === null ? null : Math.round(x * q.value! * 100) / 100);
  return { low: times(low), high: times(high), value: times(whole.values.value), hedge };
}
/** A copy of `xs` sorted by start; the recognizers' lists come sorted, so most calls only check and copy. */
function byStart<T extends { start: number }>(xs: readonly T[]): T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i].start < xs[i - 1].start) return [...xs].sort((a, b) => a.start - b.start);
  return xs.slice();
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
/** A figure put on a rate's common base (`scale` = base / its own denominator), to twelve significant digits. */
function scaled(v: number | null, scale: number | null): number | null {
  return v === null || scale === null ? v : Number((v * scale).toPrecision(12));
}
function makeId(path: string, start: number, end: number, key: string, derived: boolean): string {
  return claimId(path, start, end, key, derived ? 'd' : '');
}
/** How far after a figure an opening parenthesis is looked for, in characters. */
const PAREN_REACH = 240;
/**
 * A date inside a parenthesis that also holds a figure of its own dates the figures of that aside, not a figure outside
 * it: "the reported toll of 4,81,486 (1,48,994 in 2020 and 3,32,492 in 2021)" counts over both years, not over 2020;
 * "revised the rate (previously 33.3 per cent as at Q4 2020) to 4.1 per cent" is no rate of 2020. A parenthesis of
 * dates alone ("4.1 per cent for (Q4 2022 and Q1 2023)") dates the figure it follows.
 */
/** Words before a change's earlier value: "down from 6.8 percent in 2017", "compared with 41 in 2030". */
const OLD_VALUE_LEADS: ReadonlySet<string> = new Set(['from', 'with', 'against']);
/** Prepositions between a figure and its date ("6.8 percent in 2017"). */
const DATE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'for', 'as']);
/** Most words between an earlier value's number and its date: a unit or a counted noun ("per cent", "million people"). */
const OLD_VALUE_REACH = 3;
/**
 * A date right after a change's earlier value ("grew 6.6 percent, down from 6.8 percent in 2017"; "37,000 marched,
 * against 48,000 last Saturday") dates that value only: the figure the change leads to holds at another time. Read in
 * the figure's own sentence only (the date still frames later sentences: as no frame, wages "up 4.4% from a year
 * earlier" after "from 3.7% in May" took June and paired as a misread jobless rate, three false alarms on check-dev).
 */
function oldValueDate(tokens: readonly Token[], at: number, q: Quantity): boolean {
  let j = at - 1;
  if (DATE_PREPS.has(tokens[j]?.lower ?? '')) j--;
  for (let n = 0; j >= 0 && n <= OLD_VALUE_REACH; n++, j--) {
    const t = tokens[j];
    if (t.type === 'number') {
      if (t.start >= q.start && t.start < q.end) return false;
      // Past the value's hedges ("up from about 40"), read from the one hedge table.
      const k = hedgeStart(tokens, j, Math.max(0, j - COUNT_HEDGE_REACH)) - 1;
      return OLD_VALUE_LEADS.has(tokens[k]?.lower ?? '');
    }
    if (t.type !== 'word' && t.type !== 'symbol') return false;
  }
  return false;
}
/** Ordinal numbers in digits ("3rd"), no figure of an aside. */
const ORDINAL_DIGITS = /\b\d{1,4}(?:st|nd|rd|th)\b/gi;
function inFigureAside(text: string, sentenceStart: number, figureStart: number, figureEnd: number, dateStart: number,
  dateEnd: number): boolean {
  let open: number;
  let close: number;
  if (dateStart >= figureEnd) {
    if (dateStart - figureEnd > PAREN_REACH) return false;
    const gap = text.slice(figureEnd, dateStart);
    const o = gap.lastIndexOf('(');
    if (o < 0 || o < gap.lastIndexOf(')')) return false;
    open = figureEnd + o;
    close = text.indexOf(')', dateEnd);
    if (close < 0 || close - dateEnd > PAREN_REACH) close = Math.min(text.length, dateEnd + PAREN_REACH);
  } else {
    if (dateStart < sentenceStart || figureStart < dateEnd || figureStart - dateEnd > PAREN_REACH) return false;
    const gap = text.slice(dateEnd, figureStart);
    const c = gap.indexOf(')');
    const o = gap.indexOf('(');
    if (c < 0 || (o >= 0 && o < c)) return false;
    close = dateEnd + c;
    const before = text.slice(Math.max(0, dateStart - PAREN_REACH), dateStart);
    const ob = before.lastIndexOf('(');
    if (ob < 0 || ob < before.lastIndexOf(')')) return false;
    open = dateStart - before.length + ob;
  }
  // A figure of the aside's own: a digit, not an ordinal's ("Sputnik - 3rd November, 2022").
  return /\d/.test((text.slice(open + 1, dateStart) + ' ' + text.slice(dateEnd, close)).replace(ORDINAL_DIGITS, ''));
}
/**
 * A line-clipped sentence holding at least this many figures and no verb is a table or a price list, not a sentence of
 * claims: nothing in it says what happened to what is counted, who says it or when. Its figures stay quantities; the
 * claim steps (about 25 µs a figure) are skipped. Prose never puts this many figures in one verbless span.
 */
const TABLE_FIGURES = 40;
const VERB_POS = new Set(['VERB', 'AUX']);
/** Whether tokens [a, b) hold TABLE_FIGURES figure starts or more and no verb. One pass over the span. */
function isTable(tokens: readonly Token[], a: number, b: number, figureStarts: IndexSet): boolean {
  if (b - a < TABLE_FIGURES) return false;
  let figures = 0;
  for (let i = a; i < b; i++) {
    if (VERB_POS.has(tokens[i].pos)) return false;
    if (figureStarts.has(i)) figures++;
  }
  return figures >= TABLE_FIGURES;
}
/**
 * The index of the span (token or sentence) holding each item's start, in one forward pass over items sorted by start
 * (span ends never decrease): what tokenAt / sentenceIndexAt give per item, without a search per figure.
 */
function startIndexes(spans: readonly { end: number }[], items: readonly { start: number }[]): Int32Array {
  const out = new Int32Array(items.length);
  let at = 0;
  for (let k = 0; k < items.length; k++) {
    while (at < spans.length && spans[at].end <= items[k].start) at++;
    out[k] = at;
  }
  return out;
}

export function claimFor(r: ReportClaims, q: Quantity, s: Sentence, atts: Attribution[], derived: boolean, at = -1): Claim | null {
  const { prepared, analysis, tokens, sentences, dates, entities, ownedDates, stockDates, figureStarts, carried } = r;
  const qa = at >= 0 ? at : tokenAt(tokens, q.start);
  const figEnd = Math.max(q.end, q.noun?.end ?? 0);
  let qb = tokenAt(tokens, figEnd - 1) + 1;
  if (qb <= qa) qb = qa + 1;
  const [ca, cb] = restatedClause(tokens, s, qa, qb, figureStarts) ?? clauseAround(tokens, s, qa, qb, figureStarts);
  const samePrev = carried.prev && carried.prev.sentence === s ? carried.prev : null;
  const sIndex = sentenceIndexAt(sentences, s.start);
  const site: Site = { q, s, atts, derived, qa, qb, ca, cb, samePrev, sIndex, figEnd };
  const thing = countedThing(r, site);
  if (!thing) return null;
  const measured = measureOf(r, site, thing);
  let { unit, event } = measured;
  const { word, hit, inherits, own } = measured;
  // "per capita GDP of $3,020": a metric per person is a rate too.
  const rate = thing.rate ?? perCapitaAt(tokens, hit.at);
  // "17.1 deaths per million people": a rate is its own measure, never a rival of a count.
  // "17.1 deaths per million" and "171 per 100,000": rates over a number of people are put on one base.
  const scale = rate ? rateScale(rate) : null;
  if (rate) unit = `${unit}/${scale ? RATE_BASE_NAME : rate}`;
  let modality = modalityOf(tokens, s, qa, qb, hit.at, ca, cb);
  // "were expecting 550,000, including 50,000 in the capital": a part of a forecast is forecast too.
  if (inherits && samePrev && modality === 'asserted' && samePrev.modality !== 'asserted') modality = samePrev.modality;
  // "denied that 500 died": not the speaker's figure; the maker's when the words name one ("the ministry's claim").
  let maker: { id: string; name: string } | null = null;
  if (modality === 'asserted' && isRejected(tokens, qa, qb, s.tokenStart, s.tokenEnd)) {
    const m = rejectedMakerAt(tokens, qa, s.tokenStart);
    if (m < 0) modality = 'rejected';
    else maker = entityCovering(r, tokens[m].start, tokens[m].end) ?? { id: `source:${tokens[m].lower}`, name: tokens[m].text };
  }
  const start = tokens[ca].start;
  const end = tokens[cb - 1].end;
  const framed = scopeFor(r, site, thing, { ...measured, unit, event }, start, end);
  const { scope } = framed;
  event = framed.event;
  // "set aside 6.5 billion euros ($7.3 billion)", "80 trillion naira, or $488 billion": a sum again in another currency is
  // the same sum, with the measure and the modality of the one it converts (round 22).
  if (!derived && samePrev && convertsMoney(r, samePrev, qa, unit)) {
    event = samePrev.event;
    modality = samePrev.modality;
  }
  // A distance is a position, not an event in time.
  // "Carillion, which employs 20,000 people, said talks over the weekend failed": the relative clause's present state
  // holds as of the report; only a date inside that clause dates it.
  const state = presentRelative(tokens, s, qa);
  const now = !!state || saysNow(r, ca, cb) || opensNow(r, s) || (baseEvent(event) === 'killed' && reportedPerfect(r, site));
  const time = event === 'distance' ? { from: null, to: null, basis: 'none' as const, text: null, label: null }
    : claimTime(dates, q, state ?? nearFigure(tokens, s, qa, qb), paragraphStart(prepared, s.tokenStart), analysis.published, r.speechDate, r.sinceDate,
      now, d => (isBackgroundDate(r, d) && !opensWhenClauseOf(r, d, q)) || isYardstickDateOf(r, d, q) || (modality === 'asserted' && isForwardSpan(r, d)) || (d.start >= s.start && oldValueDate(tokens, tokenAt(tokens, d.start), q))
        || inFigureAside(prepared.text, s.start, q.start, q.end, d.start, d.end) || inConcessionAfter(prepared.text, q.end, d.start)
        || (ownedDates.get(q.start) ?? d.start) !== d.start || heldElsewhere(stockDates, d.start, q.start),
      () => ownPerfect(r, qa, qb), d => r.speechDate(d) && reportedWithFigure(tokens, q.end, d.start, isSpeechParticiple));
  const voted = resultTime(r, event, occasionTime(r, event, reference(r, event, time, s)));
  const att = maker ? { source: maker, via: [] as string[] } : sourceFor(r, site, own);
  // "uprooted 300 trees": a verb the lexicon does not know names the measure of this figure alone (no figure after it
  // in a list, no tally noun restating it, takes it: they keep the measure the lexicon gave).
  const measure = sharedMeasure(unit, event === 'unspecified' && !derived ? verbEvent(tokens, unit, site.qa, site.qb, site.ca, site.cb) ?? event : event);
  const key = measure.key;
  const detail = detailFor(r, site, { unit, event, word, rate, scope, time: voted.time, start, hasSource: !!att });
  // "airlines cancelled 46,000 flights": several holders' sum; "the biggest number of deaths at 136": one holder's part.
  const aggregate = unit === 'percent' || unit.includes('/') ? null : pluralHolder(tokens, hit.at, site.ca, site.qa, singular);
  if (aggregate) detail.aggregate = aggregate;
  if (voted.vote) detail.vote = voted.vote;
  if (now) detail.running = true;
  // "the lowest turnout was in the capital Minsk, where just 52.67%": one area's part, no rival of an unplaced whole.
  if (scope.some(x => x.role === 'where' && x.id.startsWith('place:'))
    && singledOutPlace(tokens, s.tokenStart, site.qa, i => isWherePlaceAt(r, i, scope))) detail.listed = true;
  // "above 4,500 in Nepal, India and Tibet": the sum over a list of places, the whole of each one's count.
  const listed = placeList(entities, tokens, start, end, scope);
  if (listed) detail.placeList = listed;
  if (isRanked(tokens, site.ca, site.qa)) detail.breakdown = 'rank';
  // "including 27 who died in hospitals and 44 in the community": a listed part is the part of its setting.
  else if (event.endsWith('+part') && !detail.breakdown) {
    const setting = partSettingOf(tokens, site.qb, s.tokenEnd, singular);
    if (setting) detail.breakdown = `in:${setting}`;
  }
  const since = time.basis === 'none' ? null : sinceStartOf(r, s, q);
  if (since) detail.since = since;
  // "so far", "now", "since January": the publication date is the time the words give, not one inferred.
  const inferred = inferredParts(q, thing.unitEvent, hit.at, now || since ? 'explicit' : voted.time.basis, scope);
  if (inferred.length) detail.inferred = inferred as FramePart[];
  const values: FigureValues = shareOfWhole(q, thing.partitive, samePrev, unit)
    ?? (measured.remains ? atLeast(q) : { low: scaled(q.low, scale), high: scaled(q.high, scale), value: scaled(q.value, scale), hedge: q.hedge });
  if (!derived) carried.prev = { sentence: s, unit, event, word, scope, modality, rate, values, qb: site.qb };
  if (!derived && !event.startsWith('unspecified') && !TALLIES.has(unit)) {
    carried.recent = { unit, event: event.replace(/\+(part|change|diff)$/, ''), word, sentence: sIndex, scope };
  }
  const claim: DetailedClaim = {
    id: makeId(analysis.path, q.start, q.end, key, derived),
    path: analysis.path,
    start, end,
    quantity: { start: q.start, end: q.end, text: q.text },
    ...values,
    measure,
    scope: scope.length ? scope.map(e => e.id) : none(),
    time: claimTimeOf(voted.time.from, voted.time.to),
    modality,
    source: att ? { id: att.source.id, name: att.source.name } : null,
    via: att?.via.length ? [...att.via] : none(),
    derived,
    detail,
  };
  return claim;
}

export function extractClaims(prepared: PreparedText, analysis: Omit<DocumentAnalysis, 'claims'>): Claim[] {
  const { tokens, sentences } = prepared;
  fingerprintAttributions(prepared, analysis.attributions);
  if (tokens.length === 0 || analysis.quantities.length === 0) return [];
  const r = readReport(prepared, analysis);
  const claims: Claim[] = [];
  const { quantities } = r;
  // Attributions grouped by the sentences they touch, so each figure looks only at its own sentence's few.
  const attsBySentence = new Map<Sentence, Attribution[]>();
  const extents = extentsOf(analysis.attributions);
  // Each figure's first token and sentence, read by cursors that only move forward (figures come sorted by start):
  // a binary search per figure over hundreds of thousands of tokens missed the cache at every step of a price list.
  const figureTokens = startIndexes(tokens, quantities);
  const figureSentences = startIndexes(sentences, quantities);
  for (let k = 0; k < quantities.length; k++) r.figureStarts.add(figureTokens[k]);
  const bySentence = new Map<Sentence, Quantity[]>();
  const lines = new Map<number, Sentence>();
  const tables = new Map<Sentence, boolean>();
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    const whole = sentences[figureSentences[k]];
    if (!whole || whole.start > q.start) continue;
    // One Sentence object per line-clipped sentence, so figures of one sentence share it.
    const clipped = lineOf(tokens, whole, figureTokens[k]);
    const s = lines.get(clipped.start) ?? clipped;
    lines.set(s.start, s);
    let table = tables.get(s);
    if (table === undefined) tables.set(s, (table = isTable(tokens, s.tokenStart, s.tokenEnd, r.figureStarts)));
    if (table) continue;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(q);
    let atts = attsBySentence.get(s);
    if (!atts) attsBySentence.set(s, (atts = attributionsNear(extents, s)));
    const claim = claimFor(r, q, s, atts, false, figureTokens[k]);
    if (claim) claims.push(claim);
  }
  for (const [s, qs] of bySentence) {
    if (qs.length < 2) continue;
    for (const d of derivedFigures(tokens, s, qs)) {
      const claim = claimFor(r, d.quantity, s, attsBySentence.get(s) ?? [], true, d.at);
      if (claim) claims.push(claim);
    }
  }
  return finishClaims(prepared, claims);
}

/** The report's state every figure reads, sorted and indexed once; figure starts are added by the driver. */
function readReport(prepared: PreparedText, analysis: Omit<DocumentAnalysis, 'claims'>): ReportClaims {
  const { tokens, sentences } = prepared;
  const quantities = byStart(analysis.quantities);
  const dates = readPeriods(byStart(analysis.dates), tokens, analysis.published);
  const entities = byStart(analysis.entities);
  const r: ReportClaims = {
    prepared, analysis, tokens, sentences, quantities, dates, entities,
    // "two in April, six in June": a figure with a date right after it is dated by that date alone.
    ownedDates: figureOwnedDates(prepared.text, quantities, dates),
    stockDates: asOfDates(prepared.text, quantities, dates),
    figureStarts: new IndexSet(tokens.length + 1),
    speechDate: d => isSpeechDate(r, d),
    sinceDate: d => isSinceDate(r, d),
    carried: { prev: null, recent: null },
    electionText: null, vote: undefined, gathering: undefined, percents: new Map(), nowWords: null, thisMonth: new Map(),
    framedAt: -1, framed: { filed: -1, place: null },
  };
  return r;
}

/** The passes over a report's claims once each figure has one: carried measures, parts, alternatives and sums. */
function finishClaims(prepared: PreparedText, claims: Claim[]): Claim[] {
  claims.sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
  carryMeasures(prepared, claims);
  carryPopulations(prepared, claims);
  markBreakdowns(prepared, claims);
  wholesOfParts(prepared, claims);
  const joined = joinAlternatives(prepared, claims);
  if (joined.length !== claims.length) claims.splice(0, claims.length, ...joined);
  const sums = [...sumClaims(prepared, claims), ...shareClaims(prepared, claims)];
  if (sums.length) {
    claims.push(...sums);
    claims.sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
  }
  return claims;
}
