// Finds date expressions by walking the token array once. Every matcher looks at a bounded number of tokens
// ahead, so the scan is linear in the number of tokens whatever the input. The matchers are in match.ts (the
// catalog) and the modules it names; tense.ts reads which way the sentence around a date points.
import { withYearAfter } from './absolute';
import type { Expr, Match } from './expr';
import {
  CENTURY_WORDS, COUNT_WORDS, DAY_WORDS, HOLIDAY_STARTS, MONTH_ABBREVIATIONS, MONTHS, PERIOD_SHIFT, QUARTER_ORDINALS, RELATIONS,
  SEASONS, WEEKDAYS,
} from './lexicon';
import type { Relation } from './lexicon';
import { matchAt } from './match';
import { ScanContext } from './scanContext';
import { LEAD_WINDOW, PAST_WINDOW, aheadAfter, announcedFor, grantedUntil, looksAhead, opensSentence, placedInPast, toldInPast } from './tense';
import { PRESENT_WORDS } from './vague';
import type { Token } from '../types';

export type { Expr } from './expr';

export interface RawDate {
  startTok: number;
  endTok: number;
  expr: Expr;
  rel: Relation | null;
  /** The sentence looks ahead ("will present ... on Wednesday"): pick the next such day, not the last. */
  future: boolean;
  /** The sentence is told in the past ("carried out strikes over the weekend"): the one just gone. */
  past: boolean;
  /** The date opens its sentence, maybe after a preposition ("In January, the firm hired ..."). */
  lead: boolean;
  /** A bare month naming an event after "the" ("the January quake", "the March vote"): told in the past, the last one. */
  names?: boolean;
  /** A month of no year that a past verb places ("changed its timetable in December"): the last one (round 39). */
  placed?: boolean;
}

/** Every word that can open a date expression (numbers are checked by type). */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...PERIOD_SHIFT.keys(),
  ...DAY_WORDS.keys(), ...COUNT_WORDS.keys(), ...PRESENT_WORDS.keys(), ...QUARTER_ORDINALS.keys(), 'the', 'early', 'mid', 'late',
  'earlier', 'later', 'recent', 'future', 'near', 'short', 'long', 'q1', 'q2', 'q3', 'q4', 'fiscal', 'year', ...CENTURY_WORDS.keys(), 'that',
]);

// A report's whole token list is scanned by the metadata (to find a header date's year) and by the recognizer:
// scan it once. Keyed weakly by the array, so nothing outlives the report.
const scannedReports = new WeakMap<readonly Token[], readonly RawDate[]>();

/** scanDates over a report's whole token list, computed once per list. The result is shared: do not change it. */
export function scanReportDates(tokens: Token[]): readonly RawDate[] {
  let raws = scannedReports.get(tokens);
  if (!raws) scannedReports.set(tokens, (raws = scanDates(tokens)));
  return raws;
}

export function scanDates(tokens: Token[]): RawDate[] {
  const c = new ScanContext(tokens);
  const out: RawDate[] = [];
  for (let i = 0; i < c.n; ) {
    if (!mayOpen(c, i)) { i++; continue; }
    const found = matchAt(c, i);
    if (!found || found.m.end <= i) { i++; continue; }
    const { start } = found;
    const m = withDayInParens(c, withYearAfter(c, found.m));
    const prevRaw = out.length ? out[out.length - 1] : null;
    if (prevRaw && prevRaw.endTok > start) { i = m.end; continue; }
    out.push(rawDate(c, start, m, prevRaw));
    i = m.end;
  }
  return out;
}

/** A day of the month in parentheses, alone or before its month: "(7)", "(13/08)". */
const DAY_IN_PARENS = /^(\d{1,2})(?:\/\d{1,2})?$/;

/**
 * "released this Sunday (7)", "said on Monday (13/08)": a weekday followed by its day of the month in parentheses
 * (news agencies' style) is the weekday that falls on that day, whichever week "this" would pick (round 30).
 */
function withDayInParens(c: ScanContext, m: Match): Match {
  if (m.expr.k !== 'weekday' || c.lower(m.end) !== '(' || c.lower(m.end + 2) !== ')') return m;
  const day = DAY_IN_PARENS.exec(c.lower(m.end + 1));
  const dom = day ? Number(day[1]) : 0;
  return dom >= 1 && dom <= 31 ? { end: m.end, expr: { ...m.expr, dom } } : m;
}

/** Most tokens cannot open a date: skip them with one set look-up. */
function mayOpen(c: ScanContext, i: number): boolean {
  const t = c.tokens[i];
  // Holiday names open a date only capitalised ("New Year's Day", not "new").
  return t.type === 'number' || t.type === 'ordinal' || t.type === 'decade' || STARTERS.has(t.lower) || t.lower.indexOf('-') >= 0 ||
    (HOLIDAY_STARTS.has(t.lower) && c.isCap(i));
}

/** The date matched at `start`, with its relation word and the direction its sentence gives it. */
function rawDate(c: ScanContext, start: number, m: Match, prevRaw: RawDate | null): RawDate {
  const { tokens } = c;
  // "until 9 a.m. EST Tuesday": the relation stands before the time of day.
  const before = clockBefore(tokens, start) ?? start - 1;
  let rel: Relation | null = RELATIONS.get(c.lower(before)) ?? null;
  // "as of January 2025" is a snapshot: read like "in".
  if (c.lower(before) === 'of' && c.lower(before - 1) === 'as') rel = 'in';
  // "zones announced for Wednesday and Thursday": the second weekday shares the first one's direction.
  const chained = prevRaw !== null && prevRaw.endTok === start - 1 && (c.lower(start - 1) === 'and' || c.lower(start - 1) === 'or') &&
    prevRaw.expr.k === m.expr.k;
  const lead = opensSentence(tokens, rel === null ? start : start - 1);
  // A date that opens its sentence is told in the tense of the whole sentence ("In January, ..., a bomb killed").
  const told = toldInPast(tokens, start, m.end, lead ? LEAD_WINDOW : PAST_WINDOW);
  // "is to run through June", "stays open until Friday": an end point in a sentence not told in the past lies ahead.
  // "gave the firm until mid-November", "extended the deadline until Friday": a time granted reaches ahead even told
  // in the past.
  const until = rel === 'until' && (!told || grantedUntil(tokens, before)) &&
    ((m.expr.k === 'month' && m.expr.y === undefined) || m.expr.k === 'weekday');
  // "to pay down the loan by February", "a decision by Friday": "by" in a sentence not told in the past sets a
  // deadline, which lies ahead ("had filed reports by Wednesday" is told in the past and looks back). Opening the
  // sentence it is a stage reached ("By Thursday, 900 homes are without power"), read in the sentence's tense.
  const by = rel === 'by' && !told && !lead && DEADLINE_KINDS.has(m.expr.k);
  const future = chained ? prevRaw.future : looksAhead(tokens, start) || announcedFor(tokens, start, m.expr) || until || by ||
    (lead && aheadAfter(tokens, m.end));
  return { startTok: start, endTok: m.end, expr: m.expr, rel, future, past: !future && told, lead,
    names: namesEvent(c, start, m), placed: isBareMonth(m) && placedInPast(tokens, before) };
}

/** A month with no year stated or counted ("in December", "in early November"). */
const isBareMonth = (m: Match): boolean => m.expr.k === 'month' && m.expr.y === undefined && m.expr.yRel === undefined &&
  m.expr.shift === undefined;

/**
 * "since the January quake killed 250,000", "after the March vote": a month of no year, after "the" and before a
 * lowercase noun, names an event by its month; told in the past it is the last such month, not the nearest (round 24).
 */
function namesEvent(c: ScanContext, start: number, m: Match): boolean {
  const next = c.tokens[m.end];
  return m.expr.k === 'month' && m.expr.y === undefined && c.lower(start - 1) === 'the' && !!next && next.type === 'word'
    && next.pos === 'NOUN' && !c.isCap(m.end);
}

/** Expressions without a year that "by" turns into a deadline (a stated year needs no direction). */
const DEADLINE_KINDS: ReadonlySet<Expr['k']> = new Set(['month', 'date', 'weekday', 'season', 'holiday']);

/** Markers of a clock time: "9 a.m.", "10:30 p.m. EST". */
const CLOCK_MARKS = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m']);
const TIME_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'mst', 'mdt']);

/** The token before a clock time that ends right before `start` ("until [9 a.m. EST] Tuesday"), else null. */
function clockBefore(tokens: Token[], start: number): number | null {
  let k = start - 1;
  if (k >= 0 && TIME_ZONES.has(tokens[k].lower)) k--;
  if (k < 1 || !CLOCK_MARKS.has(tokens[k].lower) || tokens[k - 1].type !== 'number') return null;
  return k - 2;
}
