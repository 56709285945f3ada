// Claims: the clauses that state a figure, with measure, scope, time, source and modality.
import type { Quantity, Attribution, Sentence, Token, Claim, ClaimMeasure, PreparedText, DocumentAnalysis } from '../types';
import type { Prev, FigureValues, Extent, ReportClaims, Site } from './report';
import { claimId } from './id';
import { IndexSet } from '../text/indexSet';
import { tokenAt, restatedClause, clauseAround, sentenceIndexAt, lineOf, paragraphNumber, asidesEnd } from './tokens';
import { modalityOf } from './modality';
import { isRejected, rejectedMakerAt } from './rejection';
import { entityCovering, sourceFor } from './sourced';
import { countedThing } from './counted';
import { measureOf, convertsMoney } from './measured';
import { perCapitaAt, rateScale, RATE_BASE_NAME, TALLIES } from './frame';
import { scopeFor } from './scoped';
import { timeFor, isSpeechDate, isSinceDate, opensCount } from './dated';
import { sharedMeasure, none, claimTimeOf } from './shared';
import { verbEvent, atLeast, isMoney, baseEvent } from './measure';
import { detailFor, markDetail } from './detailed';
import type { DetailedClaim } from './detail';
import { fingerprintAttributions } from './fingerprint';
import { derivedFigures } from './derived';
import { mayHoldOrdinalCount, ordinalFigures, ordinalMeasure } from './ordinalCounts';
import { signedGrowth } from './signed';
import { complementEvent, complementFigure, complementValues, mirrors } from './complement';
import { readPeriods } from './periods';
import { figureOwnedDates, asOfDates } from './time';
import { carryMeasures } from './carry';
import { carryPopulations } from './population';
import { markBreakdowns } from './breakdown';
import { wholesOfParts, addendsOfOneSum, sumClaims, shareClaims, aboardSums, deadWithinCasualties } from './sums';
import { joinAlternatives } from './alternatives';
import { eventTimeClaims } from './eventTime';
import { dateEventProperties } from './eventProperty';
import { isEventMonth } from './eventMonth';
import { toldInPast } from './toldPast';
import { MASS_BASE, tonnesPer } from './mass';


export type { ClaimDetail, DetailedClaim, ScopeRole, TimeBasis } from './detail';
export { detailOf } from './detail';
export type { AttributionFingerprint, FingerprintedAttribution } from './fingerprint';

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
/** Percent in a whole: a fraction of a group (0.25) as the percentage it is (25). */
const PERCENT_PER_WHOLE = 100;
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

/** A figure's tokens [qa, qb) and clause [ca, cb), and the figure before it in its sentence: what each step reads. */
function siteOf(r: ReportClaims, q: Quantity, s: Sentence, atts: Attribution[], derived: boolean, at: number): Site {
  const { tokens, sentences, figureStarts, carried } = r;
  const qa = at >= 0 ? at : tokenAt(tokens, q.start);
  const figEnd = Math.max(q.end, q.noun?.end ?? 0);
  let qb = tokenAt(tokens, figEnd - 1) + 1;
  if (qb <= qa) qb = qa + 1;
  // Read by index: a destructured pair made an array iterator per figure.
  const clause = restatedClause(tokens, s, qa, qb, figureStarts) ?? clauseAround(tokens, s, qa, qb, figureStarts);
  const ca = clause[0];
  const cb = clause[1];
  const samePrev = carried.prev && carried.prev.sentence === s ? carried.prev : null;
  const sIndex = sentenceIndexAt(sentences, s.start);
  return { q, s, atts, derived, qa, qb, ca, cb, samePrev, sIndex, figEnd };
}

/** The figure's modality, and the maker of a figure its sentence rejects when the words name one. */
function modalityFor(r: ReportClaims, site: Site, hitAt: number, inherits: boolean):
  { modality: Claim['modality']; maker: { id: string; name: string } | null } {
  const { tokens } = r;
  const { s, qa, qb, ca, cb, samePrev } = site;
  let modality = modalityOf(tokens, s, qa, qb, hitAt, ca, cb);
  if (modality === 'asserted' && (hitAt < 0 || hitAt > cb) && asideFollows(r.prepared.text, site.figEnd)) {
    modality = modalityPastAsides(tokens, site, hitAt);
  }
  // "were expecting 550,000, including 50,000 in the capital": a part of a forecast is forecast too.
  if (inherits && samePrev && modality === 'asserted' && samePrev.modality !== 'asserted') modality = samePrev.modality;
  // "denied that 500 died": not the speaker's figure; the maker's when the words name one ("the ministry's claim").
  let maker: { id: string; name: string } | null = null;
  if (modality === 'asserted' && isRejected(tokens, qa, qb, s.tokenStart, s.tokenEnd)) {
    const m = rejectedMakerAt(tokens, qa, s.tokenStart);
    if (m < 0) modality = 'rejected';
    else maker = entityCovering(r, tokens[m].start, tokens[m].end) ?? { id: `source:${tokens[m].lower}`, name: tokens[m].text };
  }
  return { modality, maker };
}

/** An "including" or "according to" aside opens soon after the figure: a character test, so a price list reads no tokens. */
const ASIDE_AHEAD = /,\s*(?:including|according to)\b/i;
/** Characters after a figure where its aside's comma may stand ("400 people, including"). */
const ASIDE_AHEAD_REACH = 40;

function asideFollows(text: string, figEnd: number): boolean {
  return ASIDE_AHEAD.test(text.slice(figEnd, figEnd + ASIDE_AHEAD_REACH));
}

/** Tokens past a figure's asides read for the modal words of its predicate ("could have been killed"). */
const PREDICATE_REACH = 8;

/**
 * "Monitors said 250, including at least 9 children, could have been killed": the figure's clause ends at the comma
 * of an inserted aside, and the predicate after it holds the modal words; a possibility or forecast there is the
 * figure's (round 32, dev26fa): read up to the figure's event word past the asides, else to the predicate's comma.
 */
function modalityPastAsides(tokens: readonly Token[], site: Site, hitAt: number): Claim['modality'] {
  const { s, qa, qb, ca, cb } = site;
  if (tokens[cb]?.text !== ',') return 'asserted';
  const at = asidesEnd(tokens, s, cb);
  if (at < 0) return 'asserted';
  let end = hitAt > at ? hitAt + 1 : at + 1;
  if (hitAt <= at) while (end < Math.min(s.tokenEnd, at + 1 + PREDICATE_REACH) && tokens[end].text !== ',') end++;
  const m = modalityOf(tokens, s, qa, qb, hitAt, ca, end);
  return m === 'possibility' || m === 'forecast' ? m : 'asserted';
}

/** One figure's claim, its steps in order (site, counted thing, measure, modality, scope, time, source, detail), or null. */
export function claimFor(r: ReportClaims, q: Quantity, s: Sentence, atts: Attribution[], derived: boolean, at = -1): Claim | null {
  const { analysis, tokens } = r;
  const site = siteOf(r, q, s, atts, derived, at);
  const { qa, ca, cb, samePrev } = site;
  const thing = countedThing(r, site);
  if (!thing) return null;
  const measured = measureOf(r, site, thing);
  const { word, hit, inherits, own } = measured;
  // "per capita GDP of $3,020": a metric per person is a rate too.
  const rate = thing.rate ?? perCapitaAt(tokens, hit.at);
  // "13,157.5 kg" against "15.5 tonnes": a weight is compared in tonnes (a rate keeps its own unit).
  const tonnes = rate ? null : tonnesPer(measured.unit);
  const scale = scaleOf(rate, thing.share) ?? thing.minutes ?? tonnes;
  const unit = rate ? `${measured.unit}/${scale ? RATE_BASE_NAME : rate}` : tonnes ? MASS_BASE : measured.unit;
  const judged = modalityFor(r, site, hit.at, inherits);
  const start = tokens[ca].start;
  const end = tokens[cb - 1].end;
  // A rate's unit differs from the measure's; otherwise the copy was field for field the measure (one object per figure).
  const framed = scopeFor(r, site, thing, unit === measured.unit ? measured : { ...measured, unit }, start, end);
  const { scope } = framed;
  // "set aside 6.5 billion euros ($7.3 billion)", "80 trillion naira, or $488 billion": a sum again in another currency is
  // the same sum, with the measure and the modality of the one it converts (round 22).
  const converts = !derived && samePrev && convertsMoney(r, samePrev, qa, unit) ? samePrev : null;
  const stated = converts ? converts.event : framed.event;
  // "an abstention of 65%": a share told by its complement is read as the measure it completes (complement.ts).
  const completes = !derived && mirrors(q.hedge) ? complementEvent(unit, stated) : null;
  const event = completes ?? stated;
  const modality = converts ? converts.modality : judged.modality;
  const { now, time, voted } = timeFor(r, site, event, modality);
  const att = judged.maker ? { source: judged.maker, via: [] as string[] } : sourceFor(r, site, own);
  const measure = measureFor(r, site, unit, event);
  const detail = detailFor(r, site, { unit, event, word, rate, scope, time: voted.time, start, hasSource: !!att });
  const paragraph = paragraphNumber(r.prepared, q.start);
  if (paragraph) detail.paragraph = paragraph;
  if (isEventMonth(r, site, voted.time)) detail.eventMonth = true;
  // Read only where the check uses it (a figure dated by its report alone): the verb scan is no cost to other figures.
  if (detail.timeBasis === 'published' && toldInPast(r, site, now)) detail.toldPast = true;
  markDetail(r, site, detail, { unit, event, hitAt: hit.at, unitEvent: thing.unitEvent, scope, start, end, now, time, voted });
  const read = signedGrowth(tokens, site, unit, event, valuesOf(r.prepared.text, site, thing.partitive, unit, measured.remains, scale));
  const values = completes ? complementValues(read) : read;
  if (completes) {
    detail.complement = true;
    detail.figure = complementFigure(detail.figure, completes, values.low, values.high);
  }
  // Later figures read the measure as told ("abstention of 60%, up from 55%"), with their own values.
  if (!derived && !isAside(tokens, site, unit)) carryForward(r, { sentence: s, unit, event: stated, word, scope, modality, rate, values: read, qb: site.qb }, site.sIndex);
  const claim: DetailedClaim = {
    id: makeId(analysis.path, q.start, q.end, measure.key, derived),
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

/**
 * The factor a figure's values are put on: "17.1 deaths per million" and "171 per 100,000", rates over a number of
 * people, go on one base; a fraction of a group (`share`) goes in percent, as its share would be written; null keeps
 * them. A rate is its own measure, never a rival of a count.
 */
function scaleOf(rate: string | null, share: boolean | undefined): number | null {
  return rate ? rateScale(rate) : share ? PERCENT_PER_WHOLE : null;
}

/**
 * "uprooted 300 trees": a verb the lexicon does not know names the measure of this figure alone (no figure after it
 * in a list, no tally noun restating it, takes it: they keep the measure the lexicon gave).
 */
function measureFor(r: ReportClaims, site: Site, unit: string, event: string): ClaimMeasure {
  const { qa, qb, ca, cb, derived } = site;
  return sharedMeasure(unit, event === 'unspecified' && !derived ? verbEvent(r.tokens, unit, qa, qb, ca, cb) ?? event : event);
}

/**
 * "have so far confirmed only three deaths", "only confirmed 12 deaths": a count its teller says is all it could check, a
 * floor of the toll rather than a rival of higher tolls (round 32, dev26fa). A character test on the words just before
 * the figure, so a long line of figures reads no tokens for it.
 */
const CONFIRMED_ONLY = /(?:\b(?:confirmed|verified) only|\bonly (?:confirmed|verified))\s+$/i;
/** Characters before a figure read for "confirmed only ". */
const CONFIRMED_ONLY_REACH = 24;

function confirmedOnly(text: string, start: number): boolean {
  return CONFIRMED_ONLY.test(text.slice(Math.max(0, start - CONFIRMED_ONLY_REACH), start));
}

/** The claim's values: a share of the count before it ("half of whom"), a floor ("remains", "confirmed only"), or scaled. */
function valuesOf(text: string, site: Site, partitive: boolean, unit: string, remains: boolean | undefined, scale: number | null): FigureValues {
  const { q, samePrev } = site;
  return shareOfWhole(q, partitive, samePrev, unit)
    ?? (remains || confirmedOnly(text, site.q.start) ? atLeast(q) : { low: scaled(q.low, scale), high: scaled(q.high, scale), value: scaled(q.value, scale), hedge: q.hedge });
}

/**
 * "452 people were injured (24 gendarmes), with 70 of them hospitalized": a figure that is the whole of a parenthesis
 * after another figure of its sentence is an aside on it; what comes after ("of them", a bare figure) reads the figure
 * the sentence is about, not the aside (round 26).
 */
function isAside(tokens: readonly Token[], site: Site, unit: string): boolean {
  const outer = site.samePrev?.unit;
  return !!outer && tokens[site.qa - 1]?.text === '(' && tokens[site.qb]?.text === ')' && isCount(outer) && isCount(unit);
}
/** A count of people or things: a share or a sum in parentheses restates its figure in another unit ("51.95% (6,408,844 votes)"). */
function isCount(unit: string): boolean {
  return unit !== 'percent' && !isMoney(unit) && !unit.includes('/');
}

/** What later figures read of this one: its frame, and its measure when it has one of its own (not a tally's). */
function carryForward(r: ReportClaims, prev: Prev, sIndex: number): void {
  const { carried } = r;
  carried.prev = prev;
  const { unit, event } = prev;
  if (event.startsWith('unspecified') || TALLIES.has(unit)) return;
  const base = baseEvent(event);
  const last = carried.recent;
  const same = last?.sentence === sIndex && last.unit === unit;
  const events = same ? [...last.events, base] : [base];
  const earlier = same ? last.earlier : last && { sentence: last.sentence, unit: last.unit, events: last.events };
  carried.recent = { unit, event: event.includes('+') ? event.replace(/\+(part|change|diff)$/, '') : event, word: prev.word, sentence: sIndex, scope: prev.scope, events,
    earlier };
}

export function extractClaims(prepared: PreparedText, analysis: Omit<DocumentAnalysis, 'claims'>): Claim[] {
  const { tokens, sentences } = prepared;
  fingerprintAttributions(prepared, analysis.attributions);
  if (tokens.length === 0) return [];
  // The day or hour of an event is a claim of its own (eventTime.ts), read apart from the figures.
  const events = eventTimeClaims(prepared, analysis);
  // A report with no figure may still state a count by an ordinal ("its 9th victim").
  if (analysis.quantities.length === 0 && !mayHoldOrdinalCount(prepared.text)) return events;
  const r = readReport(prepared, analysis);
  const claims: Claim[] = [];
  const { quantities } = r;
  const extents = extentsOf(analysis.attributions);
  // Each figure's first token and sentence, read by cursors that only move forward (figures come sorted by start):
  // a binary search per figure over hundreds of thousands of tokens missed the cache at every step of a price list.
  const figureTokens = startIndexes(tokens, quantities);
  const figureSentences = startIndexes(sentences, quantities);
  for (let k = 0; k < quantities.length; k++) r.figureStarts.add(figureTokens[k]);
  // Each line's entry (its figures, the attributions near it), by the line's start, in the order lines are met.
  const lines = new Map<number, Line>();
  // The line of the figure before: figures come sorted, so a line's figures follow one another and only a line's
  // first figure asks the map (five look-ups per figure were most of this loop's own time).
  let line: Line | null = null;
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    const whole = sentences[figureSentences[k]];
    if (!whole || whole.start > q.start) continue;
    const clipped = lineOf(tokens, whole, figureTokens[k]);
    if (line?.s.start !== clipped.start) line = lineEntry(r, clipped, lines, extents);
    if (line.table) continue;
    const { s, list, atts } = line;
    list.push(q);
    const claim = claimFor(r, q, s, atts, false, figureTokens[k]);
    if (claim) claims.push(claim);
  }
  for (const { s, list, atts } of lines.values()) {
    if (list.length < 2) continue;
    for (const d of derivedFigures(tokens, s, list)) {
      const claim = claimFor(r, d.quantity, s, atts, true, d.at);
      if (claim) claims.push(claim);
    }
  }
  claims.push(...ordinalClaims(r, extents));
  const finished = finishClaims(prepared, claims);
  if (!events.length) return finished;
  dateEventProperties(finished, events);
  return [...finished, ...events].sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
}

/**
 * The claims of ordinals that state a count ("its 9th victim", "the sixth president"), read after every figure of the
 * report as derived figures are, so they carry nothing forward to the figures after them (round 35).
 */
function ordinalClaims(r: ReportClaims, extents: readonly Extent[]): Claim[] {
  const out: Claim[] = [];
  for (const { quantity, at, sentence: s } of ordinalFigures(r.prepared.text, r.tokens, r.sentences)) {
    const claim = claimFor(r, quantity, s, attributionsNear(extents, s), true, at);
    if (!claim) continue;
    // The noun says what its ordinal counts, whatever else its clause tells: "its 9th victim, a hospital said" is a
    // death, "won a third term as the currency fell" a place in a series.
    const own = ordinalMeasure(quantity.noun?.text ?? '');
    if (own) {
      claim.measure = sharedMeasure(own.unit, own.event);
      claim.id = makeId(r.analysis.path, quantity.start, quantity.end, claim.measure.key, true);
    }
    out.push(claim);
  }
  return out;
}

/** A line-clipped sentence holding figures: whether it is a table, its figures so far and the attributions near it. */
interface Line { s: Sentence; table: boolean; list: Quantity[]; atts: Attribution[] }

/**
 * The entry of the line-clipped sentence starting where `clipped` does, one per line so its figures share it (kept in
 * `lines`, made on the line's first figure). One map of entries: a map each for the line, whether it is a table, its
 * figures and its attributions grew by four entries per line of a report of one-figure lines.
 */
function lineEntry(r: ReportClaims, clipped: Sentence, lines: Map<number, Line>, extents: readonly Extent[]): Line {
  let entry = lines.get(clipped.start);
  if (entry) return entry;
  const s = clipped;
  const table = isTable(r.tokens, s.tokenStart, s.tokenEnd, r.figureStarts);
  entry = { s, table, list: [], atts: table ? [] : attributionsNear(extents, s) };
  lines.set(s.start, entry);
  return entry;
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
    // "53,735 cases since the outbreak in August 2024": a date in a clause opening the count is a running total's start.
    sinceDate: d => isSinceDate(r, d) || opensCount(r, d),
    carried: { prev: null, recent: null },
    electionText: null, vote: undefined, gathering: undefined, percents: new Map(), nowWords: null, thisMonth: new Map(), pointsBack: new Map(),
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
  addendsOfOneSum(prepared, claims);
  const joined = joinAlternatives(prepared, claims);
  if (joined.length !== claims.length) claims.splice(0, claims.length, ...joined);
  const sums = [...sumClaims(prepared, claims), ...shareClaims(prepared, claims), ...aboardSums(prepared, claims),
    ...deadWithinCasualties(claims)];
  if (sums.length) {
    claims.push(...sums);
    claims.sort((a, b) => a.quantity.start - b.quantity.start || a.start - b.start);
  }
  return claims;
}
