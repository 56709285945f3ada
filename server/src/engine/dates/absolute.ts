// Dates named on the calendar: a day and month ("January 5, 2025", "5 January", "Jan. 5", "Friday, 31 January
// 2025"), day ranges ("June 3-5", "14–20 May 2025"), a month ("December 2024", "in May", "the August offensive"),
// numeric dates ("2024-12-05") and weekdays ("Sunday night").
import { dayAt, monthAt, nounAt, nounLike, weekdayAt, yearAt } from './atoms';
import type { Match } from './expr';
import { DAY_PARTS, DETERMINERS, MONTHS, PERIOD_SHIFT, POSSESSIVES } from './lexicon';
import { spelledYearAt } from './named';
import type { ScanContext } from './scanContext';
import { isPossessiveEnding } from '../text/possessive';

/** Day-level and month-level absolute forms starting at i: "January 5, 2025", "5 January", "Jan. 5", "December 2024". */
export function absoluteAt(c: ScanContext, i: number, hasContext: boolean): Match | null {
  // Weekday first: "Saturday, January 11" / "Friday, 31 January 2025".
  const wd = weekdayAt(c, i);
  if (wd !== null) {
    const j = c.lower(i + 1) === ',' ? i + 2 : i + 1;
    const inner = absoluteAt(c, j, false);
    if (inner && inner.expr.k === 'date') return { end: inner.end, expr: { ...inner.expr, wd } };
    return null;
  }
  const m = monthAt(c, i, true);
  if (m !== null) return monthDayAt(c, i, m) ?? monthDaysTokenAt(c, i, m) ?? monthYearAt(c, i, m) ?? bareMonthAt(c, i, m, hasContext);
  return dayFirstAt(c, i);
}

/**
 * The second day of a range whose joiner is at j ("-", "–", "to", "through", "and"), the first day being d
 * at `first`. "and" joins a range only after "between" or for two days in a row ("February 4 and 5").
 */
function dayRangeEnd(c: ScanContext, j: number, d: number, first: number): number | null {
  const w = c.lower(j);
  const dash = w === '-' || w === '–';
  const and = w === 'and' && (c.lower(first - 1) === 'between' || dayAt(c, j + 1) === d + 1);
  if (!dash && !and && w !== 'to' && w !== 'through' && w !== 'until') return null;
  const e = dayAt(c, j + 1);
  return e !== null && e > d ? e : null;
}

/** The month m at i, then a day and maybe a year: "January 5", "January 5-6, 2025". */
function monthDayAt(c: ScanContext, i: number, m: number): Match | null {
  const d = dayAt(c, i + 1);
  if (d === null || yearAt(c, i + 1) !== null) return null;
  let end = i + 2;
  let d2: number | undefined;
  // "January 5-6", "June 3 – 5", "June 3 to 5", "February 4 and 5": a day range.
  const e = dayRangeEnd(c, end, d, i);
  if (e !== null && !nounAt(c, end + 2) && !nounLike(c, end + 2)) { d2 = e; end += 2; }
  let y: number | undefined;
  const yi = c.lower(end) === ',' ? end + 1 : end;
  const yy = yearAt(c, yi);
  if (yy !== null) { y = yy; end = yi + 1; }
  return { end, expr: { k: 'date', m, d, d2, y } };
}

/** "March 3-5" comes as one token. */
function monthDaysTokenAt(c: ScanContext, i: number, m: number): Match | null {
  const range = i + 1 < c.n && c.tokens[i + 1].type === 'number' ? /^(\d{1,2})[-–](\d{1,2})$/.exec(c.tokens[i + 1].text) : null;
  if (!range || !(+range[1] >= 1 && +range[2] > +range[1] && +range[2] <= 31)) return null;
  const yi = c.lower(i + 2) === ',' ? i + 3 : i + 2;
  const yy = yearAt(c, yi);
  return { end: yy !== null ? yi + 1 : i + 2, expr: { k: 'date', m, d: +range[1], d2: +range[2], y: yy ?? undefined } };
}

/** "December 2024", "May of 2024", "January nineteen ninety-seven". */
function monthYearAt(c: ScanContext, i: number, m: number): Match | null {
  const y = yearAt(c, i + 1) ?? (c.lower(i + 1) === 'of' ? yearAt(c, i + 2) : null);
  if (y !== null) return { end: c.lower(i + 1) === 'of' ? i + 3 : i + 2, expr: { k: 'month', m, y } };
  const spelled = spelledYearAt(c.tokens, i + 1);
  if (spelled) return { end: spelled.end, expr: { k: 'month', m, y: spelled.expr } };
  return null;
}

/** A month name alone, where the words around say it is the month. */
function bareMonthAt(c: ScanContext, i: number, m: number, hasContext: boolean): Match | null {
  if (hasContext && MONTHS.has(c.lower(i))) {
    // "May" stays a modal verb unless the context says month ("in May" is still read as a month).
    return { end: i + 1, expr: { k: 'month', m } };
  }
  // Possessive: "March's total of 4,236", "October's inflation index" (monthAt already asked for a capital).
  if (MONTHS.has(c.lower(i)) && POSSESSIVES.has(c.lower(i + 1))) return { end: i + 1, expr: { k: 'month', m } };
  // Attributive: "the August offensive", "its January attacks"; "May"/"March" (also verbs) only capitalised between
  // a determiner and a lower-case noun ("The March accession").
  const modal = m === 3 || m === 5;
  if (MONTHS.has(c.lower(i)) && (modal ? c.isCap(i) && DETERMINERS.has(c.lower(i - 1)) && nounAt(c, i + 1) : DETERMINERS.has(c.lower(i - 1)) || nounAt(c, i + 1))) {
    return { end: i + 1, expr: { k: 'month', m } };
  }
  return null;
}

/** A day before its month ("5 January", "the 5th of January"), a range before it, or a numeric date. */
function dayFirstAt(c: ScanContext, i: number): Match | null {
  const range = daysMonthAt(c, i);
  if (range) return range;
  const d = dayAt(c, i);
  if (d !== null) {
    const j = c.lower(i + 1) === 'of' ? i + 2 : i + 1;
    const dm = monthAt(c, j, true);
    if (dm === null) return null;
    const yy = yearAt(c, j + 1);
    return yy !== null
      ? { end: j + 2, expr: { k: 'date', m: dm, d, y: yy } }
      : { end: j + 1, expr: { k: 'date', m: dm, d } };
  }
  return numericAt(c, i);
}

/** "14-20", "3–5": a day range in one token; the regex runs only on three to five characters ("5", "2024" skip it). */
function joinedDays(s: string): RegExpExecArray | null {
  return s.length >= 3 && s.length <= 5 ? /^(\d{1,2})[-–](\d{1,2})$/.exec(s) : null;
}

/** "14–20 May 2025", "3-5 June", "between 3 and 5 June", "3 to 5 June": a day range before the month. */
function daysMonthAt(c: ScanContext, i: number): Match | null {
  const joined = i < c.n && c.tokens[i].type === 'number' ? joinedDays(c.tokens[i].text) : null;
  const d1 = joined ? +joined[1] : dayAt(c, i);
  const d2 = joined ? +joined[2] : d1 !== null ? dayRangeEnd(c, i + 1, d1, i) : null;
  if (d1 === null || d2 === null || !(d2 > d1 && d2 <= 31)) return null;
  const j = joined ? i + 1 : i + 3;
  const dm = monthAt(c, j, true);
  if (dm === null) return null;
  const yy = yearAt(c, j + 1);
  return { end: yy !== null ? j + 2 : j + 1, expr: { k: 'date', m: dm, d: d1, d2, y: yy ?? undefined } };
}

/** A whole-token numeric date: 2024-12-05, 05.12.2024 (day first), 12/5/2024 (month first unless > 12). */
function numericAt(c: ScanContext, i: number): Match | null {
  if (i >= c.n || c.tokens[i].type !== 'number') return null;
  const s = c.tokens[i].text;
  if (s.length < 8 || s.length > 10) return null;
  let r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (r) return { end: i + 1, expr: { k: 'date', y: +r[1], m: +r[2], d: +r[3] } };
  r = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (r) return { end: i + 1, expr: { k: 'date', y: +r[3], m: +r[2], d: +r[1] } };
  r = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (r) {
    const a = +r[1];
    const b = +r[2];
    return a > 12 ? { end: i + 1, expr: { k: 'date', y: +r[3], m: b, d: a } } : { end: i + 1, expr: { k: 'date', y: +r[3], m: a, d: b } };
  }
  return null;
}

/** A weekday alone: "Sunday", "Sunday night". */
export function weekdayAloneAt(c: ScanContext, i: number): Match | null {
  const wd = weekdayAt(c, i);
  if (wd === null) return null;
  // "Sunday night" is still Sunday.
  const end = DAY_PARTS.has(c.lower(i + 1)) ? i + 2 : i + 1;
  return { end, expr: { k: 'weekday', wd } };
}

/**
 * "February this year", "July 4 last year": a month or day without a year takes the one named after it; "of" may stand
 * between them ("September of last year", round 35), as it does after a quarter (namedYearAfter).
 */
export function withYearAfter(c: ScanContext, m: Match): Match {
  const e = m.expr;
  if ((e.k !== 'month' && e.k !== 'date') || e.y !== undefined || (e.k === 'month' && e.shift !== undefined)) return m;
  const of = c.lower(m.end) === 'of' ? 1 : 0;
  const w = c.lower(m.end + of);
  if (!YEAR_NAMING_SHIFTS.has(w) || c.lower(m.end + of + 1) !== 'year' || (of && isPossessiveEnding(c.lower(m.end + 3)))) return m;
  return { end: m.end + of + 2, expr: { ...e, yRel: PERIOD_SHIFT.get(w)! } };
}

/** Shift words that name a year after a month or day: "this year", "last year", "next year". */
const YEAR_NAMING_SHIFTS = new Set(['this', 'last', 'next']);
