// Figures of different times that cannot both hold. The same-time comparison (claimIndex.ts, judge) pairs figures of one
// time only; a count that only grows (GROWTH in places.ts: a toll, cases confirmed, flights cancelled so far) also orders
// figures of different times and places:
// - later and lower: a running total cannot fall below a count of days it holds, stated no later than it;
// - a day above its whole period: a period's count cannot be below that of a day (or a shorter period) inside it;
// - a part above its whole: a place's count cannot exceed that of a place holding it, as of then or later.
// Rates, shares, levels, crowds and the missing are never ordered; a rising series never breaks an order; a change some
// report states (revisions.ts) or a figure marked as revised excuses the fall.
import { detailOf, type ClaimDetail } from '../claims/detail';
import { UNDER_WAY } from '../claims/hour';
import { DEATH_WORDS } from '../claims/measure';
import { LEVEL_UNITS } from '../quantities/units';
import { TALLIES } from '../text/yardsticks';
import type { Claim, DocumentAnalysis, Severity } from '../types';
import { asOfReach } from './asOf';
import {
  compareValues, differentVoices, groupSide, scopeObstacle, scopesOf, settingOf, settingsOverlap, spanOf, timeFit, wholeOverPart, type Scopes,
} from './compare';
import type { PossibleReason } from './messages';
import { dayNumber } from '../dates/calendar';
import { aggregatePart, breakdownApart, caseStatesApart, confirmationApart, listedPart, occasionsApart, readingsApart, runningTotalsApart, sitePartApart, weakOnBothSides } from './parts';
import { GROWTH, partSide } from './places';
import { isStatedChange, statedChanges } from './revisions';

/** What the order check reads of a claim: its frame, its report's setting, and the day it was said. */
export interface OrderSide {
  claim: Claim;
  detail: ClaimDetail | undefined;
  scopes: Scopes;
  setting: Set<string>;
  /** The day the figure was said (its statement's date, else its report's publication), as a day number; null unknown. */
  said: number | null;
}

/** Which order two figures break. */
export type OrderKind = 'later' | 'day' | 'period' | 'part';

export interface OrderVerdict {
  severity: Severity;
  reasons: PossibleReason[];
  order: OrderKind;
}

function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const n = dayNumber(iso);
  return Number.isNaN(n) ? null : n;
}

/** The day a report was published (stated or inferred), as a day number. */
export function issuedDay(doc: DocumentAnalysis | undefined): number | null {
  return dayOf(doc?.published ?? doc?.publishedInferred?.date);
}

/** The day a figure was said: its statement's date, else its report's publication (stated or inferred). */
export function saidDay(c: Claim, d: ClaimDetail | undefined, doc: DocumentAnalysis | undefined): number | null {
  if (d?.timeBasis === 'statement') return dayOf(c.time.to);
  return issuedDay(doc);
}

/** How far back (days) a later total is held to an earlier count: further apart, two figures are of other events. */
const MAX_GAP_DAYS = 366;
/** How far apart two counts' starts may be and still be one count ("since December 1" and "from December 8"). */
const START_SLACK_DAYS = 7;
/** The start of a count that runs from its event's beginning, whenever that was. */
const NO_START = -Infinity;

/** The growth class of a claim's count, or null: marked counts (parts, changes, increments) and levels are not ordered. */
export function growthOf(c: Claim): 'toll' | 'flow' | null {
  const g = GROWTH.get(c.measure.event);
  return g && !LEVEL_UNITS.has(c.measure.unit) ? g : null;
}

/** Time bases of a figure dated by its own words or paragraph (a stated period). */
const STATED = new Set(['explicit', 'context']);

interface Window {
  from: number;
  to: number;
  /** The count holds everything up to `to` from its start: a running total, or a stated period. */
  whole: boolean;
  /** A running total ("so far", "since", a toll as of a day), not a stated period. */
  running: boolean;
  /** A toll its own words date by one day and tell as done, not running: "14 were killed on March 10". */
  ownDay?: boolean;
  /** A stated period its clause dates a year back ("this month last year"): told for comparison (detail.yearBack). */
  yearBack?: boolean;
}

/**
 * The days a figure counts:
 * - a running total from its start ("since December 1"), or from its event's beginning (NO_START) when it holds as of
 *   its statement or publication and is a toll ("the toll stands at 151") or a flow said to run ("so far");
 * - a stated period its days ("in November", "between December 8 and January 12"), whatever its verb's tense;
 * - a toll of one stated day ("the blast on Tuesday killed 12") no days of its own (NO_START) and no whole: the day names
 *   its event, not the end of a running count, and its toll is counted after it;
 * - a flow of one stated day that day; a flow as of a day, not said to run, no days of its own.
 * Null for a figure with no resolved time or no growth class.
 */
export function windowOf(c: Claim, d: ClaimDetail | undefined): Window | null {
  let w = WINDOWS.get(c);
  if (w === undefined) WINDOWS.set(c, (w = workOutWindow(c, d)));
  return w;
}

/** Each claim's window, worked out once: a claim and its detail do not change once made, and the check asks per pair. */
const WINDOWS = new WeakMap<Claim, Window | null>();

function workOutWindow(c: Claim, d: ClaimDetail | undefined): Window | null {
  const g = growthOf(c);
  const from = dayOf(c.time.from);
  const to = dayOf(c.time.to);
  if (!g || from === null || to === null) return null;
  const since = dayOf(d?.since);
  if (since !== null) return { from: since, to, whole: true, running: true };
  if (!STATED.has(d?.timeBasis ?? '')) {
    const running = g === 'toll' || !!d?.running;
    return { from: NO_START, to, whole: running, running };
  }
  if (from < to) return { from, to, whole: true, running: false, yearBack: d?.yearBack };
  // "the official death toll rose to 245 on Tuesday": a toll risen to a value on a stated day is the running total as of
  // that day, which holds every earlier running total of its count.
  if (g === 'toll' && d?.revised === 'up' && from === to) return { from: NO_START, to, whole: true, running: true };
  if (g === 'toll') return { from: NO_START, to, whole: false, running: false, ownDay: diedOnOwnDay(d) };
  return { from, to, whole: false, running: false };
}

/**
 * The toll's own words date its deaths to one day: a verb of dying with the day ("eight were killed Monday", "52 died on
 * Saturday"), not a tally or a noun of deaths given on a day ("a toll of 40,000 on Sunday", "577 deaths for the two
 * days", "21 dead on Monday"), which is a count as of that day or of days around it (round 37), nor a count still running.
 */
function diedOnOwnDay(d: ClaimDetail | undefined): boolean {
  if (d?.timeBasis !== 'explicit' || d.running) return false;
  const word = d.eventWord?.toLowerCase() ?? '';
  return !!word && !TALLIES.has(word) && !DEATH_WORDS.has(word);
}

/** Days after an event's day a running total of the same place still counts that event's toll and little else. */
const EVENT_TOLL_DAYS = 3;

/** Which order `inner` (earlier, or inside) and `whole` break, from their windows; null when `inner` is not held. */
function heldKind(inner: Window, whole: Window): 'later' | 'day' | 'period' | null {
  if (!whole.whole || inner.to > whole.to) return null;
  if (dayTollInPeriod(inner, whole)) return 'day';
  // Inside the whole's days: a running total may start a few days before ("since December 1" in a count from December 8).
  if (whole.from !== NO_START && !(inner.from >= whole.from - (inner.running ? START_SLACK_DAYS : 0))) return null;
  if (inner.from === whole.from && inner.to === whole.to) return null;
  // "26 died during this month last year" against a count "so far" of no stated start: the running count is of the
  // current event, the past period a baseline told beside it (round 45, fa45b).
  if (inner.yearBack && whole.from === NO_START) return null;
  if (whole.to - inner.to > MAX_GAP_DAYS) return null;
  // Two running totals of one tally: the later one holds the earlier.
  if (inner.running) return inner.to < whole.to ? 'later' : null;
  // A toll dated by one day in its own words is no running total and has no days of its own: the day names its event,
  // whose toll may be of one incident only. Yet the toll of that day's event, stated by then, is held by a running total
  // of the days just after it ("mudslides killed more than 300 early Monday" and, on Tuesday, "the toll rose to 245").
  if (inner.from === NO_START) return whole.running && whole.to - inner.to <= EVENT_TOLL_DAYS ? 'later' : null;
  return inner.from === inner.to ? 'day' : 'period';
}

/**
 * A toll its own words date by one day and tell as done (`ownDay`) inside a stated period's toll ("14 killed on March 10"
 * and "five killed between March 9 and March 13"): whatever incident the day names, the period's dead of that key hold
 * it, so the period's count cannot be below the day's (round 37). Not a toll a paragraph's day dates (that day may be
 * another sentence's), nor one still running ("have died", "so far": it holds the days before it).
 */
function dayTollInPeriod(inner: Window, whole: Window): boolean {
  return !!inner.ownDay && !whole.running && whole.from !== NO_START && inner.to >= whole.from && inner.to <= whole.to;
}

/** Days before a running total's day a period's count must have ended to be held by it, whenever that count was said. */
const SETTLED_DAYS = 7;

/** A stated period or day over at least SETTLED_DAYS before the total's day: the total counts it, said later or not. */
function settledBefore(kind: string, inner: Window, whole: Window): boolean {
  return kind !== 'later' && whole.to - inner.to >= SETTLED_DAYS;
}

/**
 * Whether `whole` (a running total or a period's count) is below `inner` (a count of days it holds, said no later), in
 * a frame that makes the order hold: same count, places and parties (or the inner figure's place inside the whole's),
 * different voices, no stated change. Only pairs the same-time comparison keeps apart by time are ordered, and only
 * counts: an estimate ("about 1,052", "some 9,000") is no count of a tally, so a later count below it is its rival (the
 * same-time comparison's when their times meet), not a count that fell.
 */
export function orderVerdict(inner: OrderSide, whole: OrderSide, changes?: ReadonlySet<string>): OrderVerdict | null {
  const a = inner.claim;
  const b = whole.claim;
  if (a.measure.key !== b.measure.key || b.high === null || a.low === null || b.high >= a.low) return null;
  if (a.hedge === 'approximate' || b.hedge === 'approximate') return null;
  if (undatedSide(inner.detail, whole.detail)) return null;
  const wa = windowOf(a, inner.detail);
  const wb = windowOf(b, whole.detail);
  if (!wa || !wb) return null;
  const kind = heldKind(wa, wb);
  // What the whole knew: said no earlier than the inner figure (one report states both as current).
  if (!kind || (a.path !== b.path && !settledBefore(kind, wa, wb) && (inner.said === null || whole.said === null || inner.said > whole.said))) return null;
  if (timeFit(a, b, inner.detail, whole.detail) !== 'different' || asOfReach(a, inner.detail, spanOf(a), b, whole.detail, spanOf(b))) return null;
  const place = framesHold(inner, whole, changes);
  if (place === null) return null;
  const v = compareValues(a, b, false);
  if (v.relation !== 'contradict') return null;
  return severityOf(inner, whole, place ? 'part' : kind, v.severity, v.reasons);
}

/**
 * An order (later and lower, a period above its whole) rests on when each figure holds; a figure its sentence and
 * paragraph leave undated holds "as of" its report's publication only by default, and may be older background ("the
 * toll stood at 80" in a report of a later week). Over the tuning sets no ordered pair with such a side joined an
 * annotated pair (0 of 14, in 9 stories of 9 sets; docs/claims.md, round 33): no finding.
 */
function undatedSide(a: ClaimDetail | undefined, b: ClaimDetail | undefined): boolean {
  return (a?.inferred?.includes('time') ?? false) || (b?.inferred?.includes('time') ?? false);
}

/**
 * The frame tests of the same-time comparison, read for an ordered pair: null when they keep the figures apart, true
 * when the inner figure is a part (its place inside the whole's, or one holder's share of a sum), false when they count
 * the same.
 */
function framesHold(inner: OrderSide, whole: OrderSide, changes?: ReadonlySet<string>): boolean | null {
  const a = inner.claim;
  const b = whole.claim;
  if (scopeObstacle(inner.scopes, whole.scopes, a.measure.event)) return null;
  // The later or wider count is of a kind of the people the other counts ("120 Freedonian policemen" after "900
  // Freedonians"): a part, which holds nothing of the whole.
  if (groupSide(inner.scopes, whole.scopes) === 'b') return null;
  const place = partSide(inner.scopes.places, whole.scopes.places, inner.scopes.placeList, whole.scopes.placeList);
  if (place === 'b' || !settingsOverlap(inner.setting, whole.setting) || !differentVoices(a, b)) return null;
  if (breakdownApart(inner.detail, whole.detail) || readingsApart(a, b)) return null;
  if (confirmationApart(inner.detail, whole.detail) || runningTotalsApart(inner.detail, whole.detail) || occasionsApart(inner.detail, whole.detail)) return null;
  if (caseStatesApart(inner.detail, whole.detail) || sitePartApart(inner.detail, whole.detail)) return null;
  const holder = aggregatePart(inner.detail, whole.detail)
    ?? listedPart(a, inner.detail, inner.scopes.places.size, b, whole.detail, whole.scopes.places.size);
  if (holder === 'b' || wholeOverPart(a, inner.scopes, b, whole.scopes)) return null;
  // A sum over several holders ("airlines cancelled 46,000") is held by no one holder's count, stated as a total or not.
  if (inner.detail?.aggregate && !whole.detail?.aggregate && whole.scopes.who.size) return null;
  // A fall the words account for: a revised figure, a stated change, a count "already" made at an hour not given.
  if (whole.detail?.revised === 'any' || whole.detail?.revised === 'down' || whole.detail?.hour === UNDER_WAY) return null;
  if (isStatedChange(a, b, changes)) return null;
  return place === 'a' || holder === 'a';
}

/**
 * Clear only when both figures' own sentences date them and nothing else weakens the pair; a part above its whole is
 * possible at most, as the places may be counted a little differently (places.ts).
 */
function severityOf(inner: OrderSide, whole: OrderSide, order: OrderKind, severity: Severity, reasons: PossibleReason[]): OrderVerdict {
  const out = [...reasons];
  const add = (r: PossibleReason) => { if (!out.includes(r)) out.push(r); };
  if (order === 'part') add('part');
  if (inner.detail?.timeBasis !== 'explicit' || whole.detail?.timeBasis !== 'explicit') add('ordered');
  if (weakOnBothSides(inner.detail, whole.detail)) add('inferred');
  return { severity: severity === 'clear' && !out.length ? 'clear' : 'possible', reasons: out, order };
}

/**
 * The ordered pairs of one measure key's claims worth judging, in n log n: claims sorted by the end of the days they
 * count; for each running total or period, the claims ending in the MAX_GAP_DAYS up to its end whose low bound exceeds
 * its high bound, found by a max tree over the low bounds (at most `cap` per whole). A rising series yields none.
 */
export function orderCandidates<T extends OrderSide>(sides: readonly T[], cap: number, visit: (inner: T, whole: T) => void): void {
  if (!sides.length || !growthOf(sides[0].claim)) return;
  const items: { side: T; w: Window }[] = [];
  for (const side of sides) {
    const w = windowOf(side.claim, side.detail);
    if (w) items.push({ side, w });
  }
  if (items.length < 2) return;
  items.sort((x, y) => x.w.to - y.w.to);
  const tree = new MaxTree(items.map(x => x.side.claim.low ?? -Infinity));
  for (const it of items) {
    const high = it.side.claim.high;
    if (!it.w.whole || high === null) continue;
    // Counts ending inside the whole's days (a running total from its event's start: in the year before it).
    const first = it.w.from === NO_START ? it.w.to - MAX_GAP_DAYS : it.w.from - START_SLACK_DAYS;
    const lo = firstEndingFrom(items, first);
    const hi = firstEndingFrom(items, it.w.to + 1);
    let n = 0;
    tree.above(lo, hi, high, i => {
      const inner = items[i];
      if (inner !== it && heldKind(inner.w, it.w)) visit(inner.side, it.side);
      return ++n < cap;
    });
  }
}

/** The first index whose window ends on or after `day` (items sorted by end). */
function firstEndingFrom(items: readonly { w: Window }[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].w.to < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A max segment tree over fixed values: lists the indices in a range whose value exceeds a bound, latest first. */
class MaxTree {
  private readonly size: number;
  private readonly max: Float64Array;
  constructor(values: readonly number[]) {
    let size = 1;
    while (size < values.length) size <<= 1;
    this.size = size;
    this.max = new Float64Array(2 * size).fill(-Infinity);
    values.forEach((v, i) => { this.max[size + i] = v; });
    for (let i = size - 1; i >= 1; i--) this.max[i] = Math.max(this.max[2 * i], this.max[2 * i + 1]);
  }

  /** Calls `f` on each index in [lo, hi) whose value exceeds `bound`, latest first, while `f` returns true. */
  above(lo: number, hi: number, bound: number, f: (i: number) => boolean): void {
    this.walk(1, 0, this.size, lo, hi, bound, f);
  }

  private walk(node: number, from: number, to: number, lo: number, hi: number, bound: number, f: (i: number) => boolean): boolean {
    if (to <= lo || hi <= from || this.max[node] <= bound) return true;
    if (node >= this.size) return f(node - this.size);
    const mid = (from + to) >> 1;
    return this.walk(2 * node + 1, mid, to, lo, hi, bound, f) && this.walk(2 * node, from, mid, lo, hi, bound, f);
  }
}

/** An ordered side for a claim of `docs` (explain.ts): its scopes, its report's setting and the day it was said. */
function sideOf(c: Claim, docs: readonly DocumentAnalysis[]): OrderSide {
  const doc = docs.find(d => d.path === c.path);
  const detail = detailOf(c);
  return { claim: c, detail, scopes: scopesOf(c), setting: settingOf(doc?.entities ?? []), said: saidDay(c, detail, doc) };
}

/** The order two claims of `docs` break, either way round, with which of them is the whole; null when none. */
export function orderBetween(a: Claim, b: Claim, docs: readonly DocumentAnalysis[]): (OrderVerdict & { whole: 'a' | 'b' }) | null {
  if (!growthOf(a) || a.measure.key !== b.measure.key) return null;
  const changes = new Set<string>();
  for (const doc of docs) for (const change of statedChanges(doc).get(a.measure.key) ?? []) changes.add(change);
  const sa = sideOf(a, docs);
  const sb = sideOf(b, docs);
  const ab = orderVerdict(sa, sb, changes);
  if (ab) return { ...ab, whole: 'b' };
  const ba = orderVerdict(sb, sa, changes);
  return ba ? { ...ba, whole: 'a' } : null;
}
