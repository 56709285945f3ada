// Named periods and the story's own periods: holidays and halves of a year with their year ("Christmas 2024", "the
// first half of 1989"), "the week of March 6", "the nineties", "the year 2000", year-end, "the full year", "for the
// week", "that year", "the same day", "the weekend" (named.ts holds the words).
import { absoluteAt } from './absolute';
import { yearAt } from './atoms';
import type { Located, Match } from './expr';
import { DECADE_WORDS, PART_WORDS, PERIOD_SHIFT, POSSESSIVES, UNITS, YEAR_BACK_WORDS } from './lexicon';
import { halfAt, holidayAt, namedYearAt } from './named';
import type { ScanContext } from './scanContext';

/** Periods "that" and "the same" point back to: "that year", "the same day". */
const THAT_UNITS = new Set(['day', 'week', 'month', 'year', 'quarter']);

/** Prepositions that frame "the year" as the story's year: "sales for the year", "the best of the year". */
const YEAR_FRAMES = new Set(['for', 'of', 'during', 'through', 'throughout']);
/** Words after "the year" that make it another year or a length: "the year before", "the year to March", "the year that". */
const YEAR_NOT_BEFORE = new Set([
  'before', 'after', 'earlier', 'later', 'ago', 'since', 'that', 'when', 'in', 'following', 'prior', 'to', 'which', 'of',
  'through', 'until', 'from', 'leading', 'long', 'round', 'ahead', 'between',
]);

/** Parts before "of the year" that make a loose part of it, left unmarked: "the start of the year", "the rest of the year". */
const YEAR_PARTS = new Set([...PART_WORDS.keys(), 'rest', 'remainder', 'turn', 'half', 'course', 'balance']);

/** "that year", "that same day": a period of the date stated just before, never of publication. */
export function thatPeriodAt(c: ScanContext, i: number): Match | null {
  let j = i + 1;
  const same = c.lower(j) === 'same';
  if (same) j++;
  const unit = UNITS.get(c.lower(j));
  if (!unit || !THAT_UNITS.has(c.lower(j)) || c.lower(j + 1) === '-' || POSSESSIVES.has(c.lower(j + 1))) return null;
  const expr = { k: 'period', unit, shift: 0, anaphoric: true, that: true } as const;
  // "the same month of the previous year", "the same day last year", "the same month of 2019" (round 35): the period of
  // the date just stated, in another year; read alone, the year would be the stated date's own.
  const other = same && unit !== 'year' ? otherYearAfter(c, j + 1) : null;
  return other ? { end: other.end, expr: { ...expr, ...other.year } } : { end: j + 1, expr };
}

/** Words that say "previous" before "year": "the previous year", "the preceding year", "the prior year". */
const PREVIOUS_WORDS = new Set([...PERIOD_SHIFT].filter(([, shift]) => shift === -1).map(([w]) => w));

/**
 * A year after "the same month" that is not the stated date's: "of the previous year", "(of) last year", "a year
 * earlier", "the year before", "of 2019". Null when none.
 */
function otherYearAfter(c: ScanContext, j: number): { end: number; year: { yearsBack: number } | { y: number } } | null {
  const k = c.lower(j) === 'of' || c.lower(j) === 'in' ? j + 1 : j;
  const y = k > j ? yearAt(c, k) : null;
  if (y !== null) return { end: k + 1, year: { y } };
  const back = { yearsBack: 1 };
  // "last year", "of last year", "of the previous year", "the preceding year"
  if (c.lower(k) === 'last' && c.lower(k + 1) === 'year') return { end: k + 2, year: back };
  if (c.lower(k) === 'the' && PREVIOUS_WORDS.has(c.lower(k + 1)) && c.lower(k + 2) === 'year') return { end: k + 3, year: back };
  // "the year before", "a year earlier", "a year ago" (only right after the period: "of a year ago" is no English)
  if (k === j && c.lower(k + 1) === 'year' && YEAR_BACK_WORDS.has(c.lower(k + 2)) && (c.lower(k) === 'a' || (c.lower(k) === 'the' && c.lower(k + 2) === 'before'))) {
    return { end: k + 3, year: back };
  }
  return null;
}

/** A year stated right after a name ("Christmas 2024", "the first half of 1989", "... of this year"). */
function yearAfter(c: ScanContext, j: number): { end: number; y?: number; yRel?: number } {
  const of = c.lower(j) === 'of' ? j + 1 : j;
  const y = yearAt(c, of);
  if (y !== null) return { end: of + 1, y };
  const shift = PERIOD_SHIFT.get(c.lower(of));
  if (of > j && (shift !== undefined || c.lower(of) === 'the') && c.lower(of + 1) === 'year' && (shift === undefined || shift === 0 || c.lower(of) === 'last' || c.lower(of) === 'next')) {
    return { end: of + 2, yRel: shift ?? 0 };
  }
  return { end: j };
}

/** Holidays, halves of a year, year-end, "the year 2000", "the full year", "that year" (named.ts holds the words). */
export function namedAt(c: ScanContext, i: number, w: string, prev: string): Located | null {
  return namedPeriodAt(c, i, w) ?? storyYearAt(c, i, w, prev) ?? storyPeriodAt(c, i, w, prev);
}

/** A holiday, a half of a year, "the week of March 6", a decade in words, "the year 2000". */
function namedPeriodAt(c: ScanContext, i: number, w: string): Located | null {
  const holiday = holidayAt(c.tokens, i);
  if (holiday) {
    const after = yearAfter(c, holiday.end);
    return { start: i, m: { end: after.y !== undefined ? after.end : holiday.end, expr: { k: 'holiday', rule: holiday.expr, y: after.y } } };
  }
  // "the first half of 1989", "the last half of this year", "first two quarters of 1990": only with their year.
  const half = halfAt(c.tokens, w === 'the' ? i + 1 : i);
  if (half) {
    const after = yearAfter(c, half.end);
    if (after.end > half.end) return { start: i, m: { end: after.end, expr: { k: 'half', h: half.expr, y: after.y, yRel: after.yRel } } };
  }
  // "the week of March 6": the Monday-Sunday week holding that day.
  if (w === 'the' && c.lower(i + 1) === 'week' && c.lower(i + 2) === 'of') {
    const day = absoluteAt(c, i + 3, true);
    if (day && day.expr.k === 'date' && day.expr.d2 === undefined) return { start: i, m: { end: day.end, expr: { ...day.expr, week: true } } };
  }
  // "the nineties", "the eighties": a decade in words (read in the 1900s); "in their nineties" is an age.
  const decadeWord = w === 'the' ? DECADE_WORDS.get(c.lower(i + 1)) : undefined;
  if (decadeWord !== undefined) return { start: i, m: { end: i + 2, expr: { k: 'year', y: decadeWord, to: decadeWord + 9 } } };
  // "the year 2000": only "the" opens one, so other words make no closure (this is read for every token).
  const named = w === 'the' ? namedYearAt(c.tokens, i, k => yearAt(c, k)) : null;
  if (named) return { start: i, m: { end: named.end, expr: { k: 'year', y: named.expr } } };
  return null;
}

/** Year-end and the year the story is at ("the full year", "sales for the year"). */
function storyYearAt(c: ScanContext, i: number, w: string, prev: string): Located | null {
  // "by year-end", "at year end", "since year's end": the year's closing month (a past one after "since").
  if (w === 'year') {
    const end = c.lower(i + 1) === '-' && c.lower(i + 2) === 'end' && c.touches(i + 1) && c.touches(i + 2) ? i + 3
      : c.lower(i + 1) === 'end' || (POSSESSIVES.has(c.lower(i + 1)) && c.lower(i + 2) === 'end') ? i + (c.lower(i + 1) === 'end' ? 2 : 3) : -1;
    if (end > 0) return { start: i, m: { end, expr: { k: 'month', m: 12 } } };
  }
  // "the full year", "the fiscal year", "sales for the year": the year of publication (a results report's year),
  // unless a word after makes it another ("the year before", "the year to March") or it is a part's ("the start of
  // the year" stays unmarked).
  if (w === 'the' && !c.isCap(i + 1)) {
    const j = c.lower(i + 1) === 'full' || c.lower(i + 1) === 'fiscal' ? i + 2 : i + 1;
    // "earlier in the year", "later in the year": a part of the story's year too.
    const framed = j > i + 1 || (YEAR_FRAMES.has(prev) && !(prev === 'of' && YEAR_PARTS.has(c.lower(i - 2)))) ||
      (prev === 'in' && (c.lower(i - 2) === 'earlier' || c.lower(i - 2) === 'later'));
    if (framed && c.lower(j) === 'year' && !c.isCap(j) && !YEAR_NOT_BEFORE.has(c.lower(j + 1)) && !POSSESSIVES.has(c.lower(j + 1))) {
      return { start: i, m: { end: j + 1, expr: { k: 'period', unit: 'year', shift: 0 } } };
    }
  }
  return null;
}

/** The week the story is at, and periods of a date stated before ("the same day", "that year"). */
function storyPeriodAt(c: ScanContext, i: number, w: string, prev: string): Located | null {
  // "for the week", "the week's most active session": the week the story is at (of the date it named last), as
  // "that week"; unplaced without one. "Figures of the week", "the day of the week" name no week.
  if (w === 'the' && c.lower(i + 1) === 'week' && !c.isCap(i + 1) && !YEAR_NOT_BEFORE.has(c.lower(i + 2)) &&
    (POSSESSIVES.has(c.lower(i + 2)) || (YEAR_FRAMES.has(prev) && prev !== 'of'))) {
    return { start: i, m: { end: i + 2, expr: { k: 'period', unit: 'week', shift: 0, anaphoric: true, that: true } } };
  }
  if (w === 'the' && c.lower(i + 1) === 'same') {
    const same = thatPeriodAt(c, i);
    if (same) return { start: i, m: same };
  }
  if (w === 'that' && !c.isCap(i)) {
    const that = thatPeriodAt(c, i);
    if (that) return { start: i, m: that };
  }
  return null;
}

/** "the weekend". */
export function weekendAt(c: ScanContext, i: number, w: string): Located | null {
  if (w === 'the' && c.lower(i + 1) === 'weekend') return { start: i, m: { end: i + 2, expr: { k: 'period', unit: 'weekend', shift: 0 } } };
  return null;
}
