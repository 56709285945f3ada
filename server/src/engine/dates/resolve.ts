// Places a scanned expression on the calendar: an inclusive interval of days, or open ends where the text
// does not say enough. Relative expressions need the publication date; absolute ones without a year borrow it
// from the publication date, else from a year the report states nearby, else from the copyright year.
import {
  addMonths, dayOf, easterOf, mondayOf, monthEnd, monthPart, monthStart, nthWeekday, partOf, validDay, weekdayOf, ymdOf,
} from './calendar';
import type { Day, Interval } from './calendar';
import { SEASON_START } from './lexicon';
import type { HolidayRule, Relation, Season, Unit } from './lexicon';
import type { Expr } from './scan';

export interface ResolveContext {
  /** Publication day, when known. */
  pub: Day | null;
  /** A year known to be the publication year without a day (a copyright line), else null. */
  refYear: number | null;
  /** Years the report states explicitly, with their offsets, in text order. */
  years: { offset: number; y: number }[];
  /**
   * The stated years that say when things happen, in text order: `years` less a bound ("since 1992", "by 2030"), which
   * tells of a time before or after the story's, not of its year. Absent: all of `years`.
   */
  storyYears?: { offset: number; y: number }[];
  /** The current year: the last resort for a weekday + month-day with no year anywhere. */
  nowYear: number;
  /** The quarter the report is about so far: the latest one it named that was over by publication, else none. */
  quarter?: { y: number; q: number } | null;
}

const NONE: Interval = { from: null, to: null };
/** A stated year this close to an expression (in characters) is taken as its year before the copyright year. */
const LOCAL_YEAR_DISTANCE = 400;

/**
 * The interval of the expression itself: "since August" is August (the preposition is not part of the date, and
 * `rel` does not widen it), but a forward-looking sentence ("will meet on Wednesday", "would send troops before the
 * summer") picks the next occurrence instead of the last.
 */
export function resolveExpr(
  expr: Expr, rel: Relation | null, future: boolean, offset: number, ctx: ResolveContext, anchor: Interval | null, past = false,
  lead = false,
): Interval {
  // "carried out strikes over the weekend" (published on a Tuesday): the weekend just gone.
  // "through/until/by the weekend" still reaches ahead.
  if (past && !future && (rel === null || rel === 'in') && expr.k === 'period' && expr.unit === 'weekend' && expr.shift === 0 && ctx.pub !== null) {
    const wd = weekdayOf(ctx.pub);
    const sun = wd === 0 ? ctx.pub : wd === 6 ? ctx.pub + 1 : mondayOf(ctx.pub) - 1;
    return inCalendar({ from: sun - 1, to: sun });
  }
  // "ran through June", "In January, the firm hired ...": a past sentence keeps the last such month; so does "since"
  // ("up since year-end" in October is last December's).
  if (rel === 'since' || rel === 'ended') return inCalendar(resolveCore(expr, false, offset, ctx, anchor, true, true));
  return inCalendar(resolveCore(expr, future, offset, ctx, anchor, past && (rel === 'until' || lead)));
}

/** First and last day a YYYY-MM-DD date can name (years 1-9999). */
const FIRST_DAY = dayOf(1, 1, 1);
const LAST_DAY = dayOf(9999, 12, 31);

/** "next year" in a report of 9999-12-31 falls off the calendar the output can write: it is left unresolved. */
function inCalendar(x: Interval): Interval {
  const out = (d: Day | null) => d !== null && (d < FIRST_DAY || d > LAST_DAY);
  return out(x.from) || out(x.to) ? NONE : x;
}

/** The expression of kind K. */
type ExprOf<K extends Expr['k']> = Extract<Expr, { k: K }>;

/**
 * The interval of an expression, one step per kind. `forward`: the sentence looks ahead; `pastFirm`: it looks firmly
 * back (a month takes its last occurrence); `dayPast`: a month-day must be on or before publication.
 */
function resolveCore(e: Expr, forward: boolean, offset: number, ctx: ResolveContext, anchor: Interval | null, pastFirm: boolean,
  dayPast = false): Interval {
  const { pub } = ctx;
  switch (e.k) {
    case 'date':
      return dateInterval(e, forward, offset, ctx, dayPast);
    case 'month':
      return monthInterval(e, forward, offset, ctx, pastFirm);
    case 'year':
      if (e.to === undefined) return yearPart(e.y, e.part);
      return e.part && e.to - e.y === 9 ? decadePart(e.y, e.part) : { from: dayOf(e.y, 1, 1), to: dayOf(e.to, 12, 31) };
    case 'season':
      return seasonInterval(e, forward, pub);
    case 'weekday':
      return weekdayInterval(e, forward, pub, anchor);
    case 'dayrel':
      return pub === null ? NONE : { from: pub + e.offset, to: pub + e.offset };
    case 'period':
      return periodInterval(e, pub, anchor);
    case 'quarter':
      return quarterInterval(e, forward, offset, ctx);
    case 'window':
      // "recent weeks", "the last months": marked, but too vague to place.
      if (pub === null || e.vague) return NONE;
      return windowInterval(e, pub);
    case 'ago':
      return agoInterval(e, ctx, anchor);
    case 'holiday':
      return holidayInterval(e.rule, e.y, e.shift, forward, offset, ctx);
    case 'half': {
      const y = e.y ?? (e.yRel !== undefined && pub !== null ? ymdOf(pub).y + e.yRel : null);
      if (y === null) return NONE;
      return { from: monthStart(y, e.h === 1 ? 1 : 7), to: monthEnd(y, e.h === 1 ? 6 : 12) };
    }
  }
}

/** A month-day (or a span of days, or the week of a day) in its stated, relative or borrowed year. */
function dateInterval(e: ExprOf<'date'>, forward: boolean, offset: number, ctx: ResolveContext, dayPast: boolean): Interval {
  const { pub } = ctx;
  let y = e.y ?? (e.yRel !== undefined ? (pub === null ? null : ymdOf(pub).y + e.yRel) : dayYear(e.m, e.d, e.wd, offset, ctx, forward));
  // Firmly past ("the year ended Jan. 31", "since March 3"): the latest such day by publication.
  if (dayPast && e.y === undefined && e.yRel === undefined && pub !== null && y !== null && validDay(y, e.m, e.d) && dayOf(y, e.m, e.d) > pub) y--;
  if (y === null || !validDay(y, e.m, e.d)) return NONE;
  const from = dayOf(y, e.m, e.d);
  if (e.week) return { from: mondayOf(from), to: mondayOf(from) + 6 };
  const to = e.d2 !== undefined && validDay(y, e.m, e.d2) ? dayOf(y, e.m, e.d2) : from;
  return { from, to };
}

/** A month (or part of one): stated year, else the one publication and the sentence's direction pick, else a stated one. */
function monthInterval(e: ExprOf<'month'>, forward: boolean, offset: number, ctx: ResolveContext, pastFirm: boolean): Interval {
  const { pub } = ctx;
  let y: number | null = e.y ?? null;
  if (y === null && e.yRel !== undefined) y = pub === null ? null : ymdOf(pub).y + e.yRel;
  else if (y === null && pub !== null) {
    const p = ymdOf(pub);
    if (e.shift === -1) y = e.m < p.m ? p.y : p.y - 1;
    else if (e.shift === 1) y = e.m > p.m ? p.y : p.y + 1;
    else if (forward) y = e.m >= p.m ? p.y : p.y + 1;
    else if (pastFirm) y = e.m <= p.m ? p.y : p.y - 1;
    else y = nearestMonthYear(e.m, p.y, p.m);
  }
  if (y === null && e.shift === undefined && e.yRel === undefined) y = statedYear(offset, ctx);
  return y === null ? NONE : monthPart(y, e.m, e.part);
}

/** A season: of its stated year, else the one before, after or around publication the shift or direction picks. */
function seasonInterval(e: ExprOf<'season'>, forward: boolean, pub: Day | null): Interval {
  if (e.y !== undefined) return seasonPart(e.s, e.y, e.part);
  if (pub === null) return NONE;
  const { y } = ymdOf(pub);
  const candidates = [y - 2, y - 1, y, y + 1].map(cy => seasonOf(e.s, cy));
  let pick: Interval | undefined;
  if (e.shift === -1) pick = [...candidates].reverse().find(c => c.to! < pub);
  else if (e.shift === 1) pick = candidates.find(c => c.from! > pub);
  // "this summer": the one holding publication, else the one of publication's year, over or to come.
  else if (e.shift === 0) pick = candidates.find(c => c.from! <= pub && c.to! >= pub) ?? seasonOf(e.s, y);
  else if (forward) pick = candidates.find(c => c.to! >= pub);
  else pick = [...candidates].reverse().find(c => c.from! <= pub);
  return pick ? partOf(pick.from!, pick.to!, e.part) : NONE;
}

/** A weekday: the last one by publication unless shifted, looked ahead to, or "this" week's. */
function weekdayInterval(e: ExprOf<'weekday'>, forward: boolean, pub: Day | null, anchor: Interval | null): Interval {
  if (pub === null) return NONE;
  const diff = (weekdayOf(pub) - e.wd + 7) % 7;
  // "the previous Friday" after a story told on a Friday: the Friday a week before it.
  const base = e.anaphoric && anchor?.from != null ? anchor.from : pub;
  let day: Day;
  if (e.shift === -1) day = base - ((weekdayOf(base) - e.wd + 7) % 7 || 7);
  else if (e.shift === 1) day = base + ((e.wd - weekdayOf(base) + 7) % 7 || 7);
  else if (forward && e.shift === undefined) day = pub + ((e.wd - weekdayOf(pub) + 7) % 7);
  else if (e.shift === 0) day = mondayOf(pub) + ((e.wd + 6) % 7);
  else day = pub - diff; // the most recent such day on or before publication
  if (e.dom !== undefined) day = [day, day - 7, day + 7].find(x => ymdOf(x).d === e.dom) ?? day;
  return { from: day, to: day };
}

/** A calendar period shifted from publication, or from the date just stated when anaphoric. */
function periodInterval(e: ExprOf<'period'>, pub: Day | null, anchor: Interval | null): Interval {
  // "the previous year" right after "in 2024" means 2023: shift from the stated period, not from publication.
  // "that year" has no meaning without such a date.
  if (e.that && anchor?.from == null) return NONE;
  const stated = e.anaphoric && anchor?.from != null ? anchor.from : pub;
  if (stated === null) return NONE;
  const base = inOtherYear(stated, e);
  // "the weekend" is the Saturday-Sunday of the publication week (the coming one on weekdays).
  const p = period(e.unit, base, e.shift);
  if (!p) return NONE;
  if (e.unit === 'year' && e.part) return yearPart(ymdOf(p.from!).y, e.part);
  return partOf(p.from!, p.to!, e.part);
}

/** "the same month of the previous year", "... of 2019": the day a period is counted from, moved to that year. */
function inOtherYear(day: Day, e: ExprOf<'period'>): Day {
  if (e.yearsBack === undefined && e.y === undefined) return day;
  const { y, m, d } = ymdOf(day);
  // February 29 has no day in most years: its month's 28th stands for it.
  return dayOf(e.y ?? y - e.yearsBack!, m, m === 2 && d === 29 ? 28 : d);
}

/** A stretch from publication back or ahead by n units. */
function windowInterval(e: ExprOf<'window'>, pub: Day): Interval {
  const far = shiftBy(pub, e.unit, e.n * e.dir);
  return e.dir < 0 ? { from: far, to: pub } : { from: pub, to: far };
}

/** "n units ago": the day, or the unit's whole period, that far before publication (or before the story's date). */
function agoInterval(e: ExprOf<'ago'>, ctx: ResolveContext, anchor: Interval | null): Interval {
  const { pub } = ctx;
  if (e.earlier) return earlierInterval(e.unit, e.n, ctx, anchor);
  // "net income of $5 million a year ago" in a report about a quarter: that quarter a year back.
  if (e.unit === 'year' && e.n === 1 && ctx.quarter) return quarterDays(ctx.quarter.y - 1, ctx.quarter.q);
  if (pub === null) return NONE;
  const day = shiftBy(pub, e.unit, -e.n);
  // TimeML's granularity: "two years ago" is that year, "five months ago" that month, "six weeks ago" that week
  // ("a decade ago" the year ten back). "days ago" is a day, and so is "a year ago": news uses it as the
  // year-on-year baseline ("up 5% from a year ago"), the same point a year back.
  if (e.unit === 'day' || e.unit === 'hour' || (e.unit === 'year' && e.n === 1)) return { from: day, to: day };
  return period(e.unit === 'decade' ? 'year' : e.unit, day, 0) ?? NONE;
}

/** The day of a holiday in year y. */
function holidayDay(rule: HolidayRule, y: number): Day {
  if ('easter' in rule) return easterOf(y) + rule.easter;
  if ('wd' in rule) return nthWeekday(y, rule.m, rule.wd, rule.n) + (rule.plus ?? 0);
  return dayOf(y, rule.m, rule.d);
}

/**
 * A holiday: in its stated year; "last/next Christmas" the one before/after publication ("this" the one of its year);
 * else the nearest to publication, a future one counting double unless the sentence looks ahead (as month-days do).
 */
function holidayInterval(rule: HolidayRule, y: number | undefined, shift: number | undefined, forward: boolean, offset: number,
  ctx: ResolveContext): Interval {
  const one = (d: Day): Interval => ({ from: d, to: d });
  if (y !== undefined) return one(holidayDay(rule, y));
  const { pub } = ctx;
  if (pub === null) {
    const stated = statedYear(offset, ctx);
    return stated === null ? NONE : one(holidayDay(rule, stated));
  }
  const py = ymdOf(pub).y;
  const days = [py - 1, py, py + 1].map(cy => holidayDay(rule, cy));
  if (shift === -1) return one([...days].reverse().find(d => d < pub)!);
  if (shift === 1) return one(days.find(d => d > pub)!);
  if (shift === 0) return one(days[1]);
  let best = days[1];
  let bestCost = Infinity;
  for (const d of days) {
    const delta = d - pub;
    const cost = forward ? (delta >= 0 ? delta : 2 * -delta) : delta > 0 ? 2 * delta : -delta;
    if (cost < bestCost) { bestCost = cost; best = d; }
  }
  return one(best);
}

/**
 * A month named without a year in a sentence that does not look ahead (nor is firmly past): the most recent
 * such month at or before publication, unless the coming one is less than half as far ("in November" in a report of
 * 30 October).
 */
function nearestMonthYear(m: number, py: number, pm: number): number {
  const back = (pm - m + 12) % 12;
  const ahead = (m - pm + 12) % 12;
  if (back !== 0 && PAST_BIAS * ahead < back) return m > pm ? py : py + 1;
  return m <= pm ? py : py - 1;
}

/** How much farther a past reading may lie than a future one and still win: reports mostly look back. */
const PAST_BIAS = 2;

/** Quarter q of year y as days. */
function quarterDays(y: number, q: number): Interval {
  return { from: monthStart(y, 3 * q - 2), to: monthEnd(y, 3 * q) };
}

/** The last quarter that ended before the publication day: what a results report is about. */
function lastCompletedQuarter(pub: Day): { y: number; q: number } {
  const p = ymdOf(pub);
  const current = Math.ceil(p.m / 3);
  return current === 1 ? { y: p.y - 1, q: 4 } : { y: p.y, q: current - 1 };
}

/**
 * "the third quarter" without a year: the most recent such quarter (the current one included). Looking ahead, the
 * next one, except a quarter that has just ended ("will report third-quarter results" in November is this year's).
 * "the quarter", "the latest quarter": the report's quarter, else the last completed one. "the year-ago quarter":
 * a year before the report's quarter. "the 1989 period": the report's quarter number in that year.
 */
function quarterInterval(e: Extract<Expr, { k: 'quarter' }>, forward: boolean, offset: number, ctx: ResolveContext): Interval {
  const { pub } = ctx;
  const reported = ctx.quarter ?? (pub !== null ? lastCompletedQuarter(pub) : null);
  const q = e.q ?? reported?.q;
  if (q === undefined) return NONE;
  let y: number | null = e.y ?? null;
  if (y === null && e.yRel !== undefined) y = pub === null ? null : ymdOf(pub).y + e.yRel;
  if (y === null && e.back !== undefined) {
    const base = reported && (e.q === undefined || reported.q === e.q) ? reported.y : pub === null ? null : pastQuarterYear(q, pub);
    y = base === null ? null : base - e.back;
  }
  if (y === null && e.q === undefined && reported) y = reported.y;
  if (y === null && pub !== null) {
    const p = ymdOf(pub);
    const current = Math.ceil(p.m / 3);
    const justEnded = lastCompletedQuarter(pub);
    if (!forward) y = pastQuarterYear(q, pub);
    else if (q === justEnded.q) y = justEnded.y;
    else y = q >= current ? p.y : p.y + 1;
  }
  if (y === null) y = statedYear(offset, ctx);
  return y === null ? NONE : quarterDays(y, q);
}

/** The year of the most recent quarter q at or before the publication day. */
function pastQuarterYear(q: number, pub: Day): number {
  const p = ymdOf(pub);
  return q <= Math.ceil(p.m / 3) ? p.y : p.y - 1;
}

/**
 * "a year earlier", "two months earlier": back from the time the story is at. In a report about a quarter, a year
 * earlier is that quarter a year before; after a stated date in the same or previous sentence, the calendar unit
 * that many units before it; else the calendar unit that many units before publication.
 */
function earlierInterval(unit: Unit, n: number, ctx: ResolveContext, anchor: Interval | null): Interval {
  if (unit === 'year' && n === 1 && ctx.quarter) return quarterDays(ctx.quarter.y - 1, ctx.quarter.q);
  const base = anchor?.from ?? ctx.pub;
  if (base === null) return NONE;
  return period(unit, base, -n) ?? NONE;
}

/** The year of a month-day with no year: nearest to publication (a little past-biased), else stated context. */
function dayYear(m: number, d: number, wd: number | undefined, offset: number, ctx: ResolveContext, forward: boolean): number | null {
  if (ctx.pub !== null) {
    const py = ymdOf(ctx.pub).y;
    let best: number | null = null;
    let bestCost = Infinity;
    for (const y of [py - 1, py, py + 1]) {
      if (!validDay(y, m, d)) continue;
      const delta = dayOf(y, m, d) - ctx.pub;
      // Reports mostly look back: a future reading costs twice as much as a past one.
      const cost = forward ? (delta >= 0 ? delta : 2 * -delta) : delta > 0 ? 2 * delta : -delta;
      if (cost < bestCost) { bestCost = cost; best = y; }
    }
    return best;
  }
  const stated = statedYear(offset, ctx);
  if (wd === undefined) return stated;
  // A weekday fixes the year among the years the report states: "Thursday, January 19" in a report stating 2019 and
  // (copyright or address) 2023 is 2023's. When none of them fits, the year stays open rather than guessed.
  // A report stating only bounds or yardsticks ("since 1992", "lower than in 2019") still states years: its weekday
  // fits one of them or stays open, never the current year's neighbourhood.
  if (stated !== null || ctx.years.length) return fittingStatedYear(m, d, wd, offset, ctx);
  let best: number | null = null;
  const base = ctx.nowYear;
  for (let y = base - 40; y <= base + 40; y++) {
    if (!validDay(y, m, d) || weekdayOf(dayOf(y, m, d)) !== wd) continue;
    if (stated === null && y > ctx.nowYear) break;
    if (best === null || Math.abs(y - base) < Math.abs(best - base) || stated === null) best = y;
  }
  return best;
}

/**
 * Among the publication year the report gives (copyright line, address) and the years it states (or the year after or
 * before one: "since 2024 ... on Saturday, January 11"), the one where month m, day d falls on weekday wd: the reference
 * year first, then by the stated year nearest to `offset`; null when none fits.
 */
function fittingStatedYear(m: number, d: number, wd: number, offset: number, ctx: ResolveContext): number | null {
  const fits = (y: number) => validDay(y, m, d) && weekdayOf(dayOf(y, m, d)) === wd;
  if (ctx.refYear !== null && fits(ctx.refYear)) return ctx.refYear;
  let best: number | null = null;
  let bestDist = Infinity;
  for (const c of ctx.years) {
    const dist = Math.abs(c.offset - offset);
    if (dist >= bestDist) continue;
    const y = [c.y, c.y + 1, c.y - 1].find(fits);
    if (y !== undefined) { best = y; bestDist = dist; }
  }
  return best;
}

/** A year stated near `offset`, else the copyright year, else the nearest stated year anywhere. */
function statedYear(offset: number, ctx: ResolveContext): number | null {
  const ys = ctx.storyYears ?? ctx.years;
  if (!ys.length) return ctx.refYear;
  // Binary search for the first stated year after the offset; its neighbour before is the other candidate.
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  let best: { offset: number; y: number } | null = null;
  for (const c of [ys[lo - 1], ys[lo]]) {
    if (c && (!best || Math.abs(c.offset - offset) < Math.abs(best.offset - offset))) best = c;
  }
  if (best && Math.abs(best.offset - offset) <= LOCAL_YEAR_DISTANCE) return best.y;
  return ctx.refYear ?? best?.y ?? null;
}

/** Early/mid/late of a year: January-April, May-August, September-December. */
function yearPart(y: number, part: 'early' | 'mid' | 'late' | undefined): Interval {
  if (part === 'early') return { from: dayOf(y, 1, 1), to: dayOf(y, 4, 30) };
  if (part === 'mid') return { from: dayOf(y, 5, 1), to: dayOf(y, 8, 31) };
  if (part === 'late') return { from: dayOf(y, 9, 1), to: dayOf(y, 12, 31) };
  return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31) };
}

/** Early/mid/late of a decade: its years 0-3, 3-6, 6-9 ("the late 1970s" = 1976-1979). */
function decadePart(y0: number, part: 'early' | 'mid' | 'late'): Interval {
  const first = part === 'early' ? y0 : part === 'mid' ? y0 + 3 : y0 + 6;
  return { from: dayOf(first, 1, 1), to: dayOf(first + 3, 12, 31) };
}

function seasonOf(s: Season, y: number): Interval {
  const start = SEASON_START[s];
  const from = monthStart(y, start);
  const endMonth = start + 2;
  const to = endMonth > 12 ? monthEnd(y + 1, endMonth - 12) : monthEnd(y, endMonth);
  return { from, to };
}

function seasonPart(s: Season, y: number, part: 'early' | 'mid' | 'late' | undefined): Interval {
  const x = seasonOf(s, y);
  return partOf(x.from!, x.to!, part);
}

/** The calendar period holding `base`, shifted by whole periods. */
function period(unit: Unit, base: Day, shift: number): Interval | null {
  const { y, m } = ymdOf(base);
  switch (unit) {
    case 'day':
      return { from: base + shift, to: base + shift };
    case 'week': {
      const mon = mondayOf(base) + 7 * shift;
      return { from: mon, to: mon + 6 };
    }
    case 'weekend': {
      // The weekend ending on the Sunday of base's week; "last weekend" seen from a Sunday is the one before.
      const sun = mondayOf(base) + 6 + 7 * shift;
      return { from: sun - 1, to: sun };
    }
    case 'month': {
      const first = addMonths(monthStart(y, m), shift);
      const f = ymdOf(first);
      return { from: first, to: monthEnd(f.y, f.m) };
    }
    case 'quarter': {
      const first = addMonths(monthStart(y, 3 * Math.floor((m - 1) / 3) + 1), 3 * shift);
      const f = ymdOf(first);
      return { from: first, to: monthEnd(f.y, f.m + 2) };
    }
    case 'year':
      return { from: dayOf(y + shift, 1, 1), to: dayOf(y + shift, 12, 31) };
    case 'decade': {
      const d0 = Math.floor(y / 10) * 10 + 10 * shift;
      return { from: dayOf(d0, 1, 1), to: dayOf(d0 + 9, 12, 31) };
    }
    default:
      return null;
  }
}

function shiftBy(day: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'hour':
      return day + Math.sign(n) * Math.ceil(Math.abs(n) / 24);
    case 'day':
      return day + n;
    case 'week':
    case 'weekend':
      return day + 7 * n;
    case 'month':
      return addMonths(day, n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
  }
}
