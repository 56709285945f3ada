// Periods after a direction word ("last", "next", "this", "the previous", "the coming"): "last month", "the past
// 24 hours", "next Monday", "this summer", "last Christmas", "the next day", "previous weeks".
import { countAt, monthAt, weekdayAt } from './atoms';
import type { Located, Match } from './expr';
import { DAY_PARTS, PERIOD_SHIFT, SEASONS, UNITS } from './lexicon';
import { holidayAt } from './named';
import type { ScanContext } from './scanContext';
import { LOOSE_COUNT, vagueTimeAt } from './vague';

/** Units whose "the last <unit> of" names the end of a longer period: "the last day of the month". */
const BOUNDARY_UNITS: ReadonlySet<string> = new Set(['day', 'week']);

/** Opening quotation marks (the tokenizer keeps `` and " as they are). */
const OPENING_QUOTES = new Set(['"', '“', '``', "'", '‘']);

/** A direction word at i (PERIOD_SHIFT) and what follows it; "the" before it joins the span. */
export function shiftedPhraseAt(c: ScanContext, i: number, w: string, prev: string): Located | null {
  // "ABC's \"This Week\"": a period in title case right after an opening quote is a programme's or a work's name.
  if (c.isCap(i) && c.isCap(i + 1) && UNITS.has(c.lower(i + 1)) && OPENING_QUOTES.has(prev)) return null;
  const m = shiftedAt(c, i);
  if (m) return { start: prev === 'the' ? i - 1 : i, m };
  return vagueTimeAt(c, i);
}

/** Periods after a direction word: "last month", "the past 24 hours", "next Monday", "this summer". */
export function shiftedAt(c: ScanContext, i: number): Match | null {
  const w = c.lower(i);
  const shift = PERIOD_SHIFT.get(w);
  if (shift === undefined) return null;
  const withThe = c.lower(i - 1) === 'the';
  return shiftedDayAt(c, i + 1, w, withThe) ?? shiftedNameAt(c, i + 1, w, shift, withThe) ?? shiftedUnitAt(c, i + 1, w, shift, withThe);
}

/** "last night", "this morning", "the previous evening", "the next day": a day from publication or the story's day. */
function shiftedDayAt(c: ScanContext, j: number, w: string, withThe: boolean): Match | null {
  if (w === 'last' && DAY_PARTS.has(c.lower(j))) return { end: j + 1, expr: { k: 'dayrel', offset: -1 } };
  if ((w === 'this') && DAY_PARTS.has(c.lower(j))) return { end: j + 1, expr: { k: 'dayrel', offset: 0 } };
  if (withThe && (w === 'previous' || w === 'preceding') && (c.lower(j) === 'day' || DAY_PARTS.has(c.lower(j)))) {
    return { end: j + 1, expr: { k: 'dayrel', offset: -1 } };
  }
  // "appeared in court the next morning", "the next day": the day after the one the story is at.
  if (withThe && (w === 'next' || w === 'following') && (c.lower(j) === 'day' || DAY_PARTS.has(c.lower(j)))) {
    return { end: j + 1, expr: { k: 'period', unit: 'day', shift: 1, anaphoric: true } };
  }
  return null;
}

/** A named day or period after the direction word: a weekday, a holiday, a season, a month. */
function shiftedNameAt(c: ScanContext, j: number, w: string, shift: number, withThe: boolean): Match | null {
  const wd = weekdayAt(c, j);
  // "the previous Friday", "the following Monday": the one before or after the day the story is at.
  if (wd !== null) return { end: j + 1, expr: { k: 'weekday', wd, shift, anaphoric: withThe && shift !== 0 && w !== 'last' && w !== 'past' } };
  const holiday = holidayAt(c.tokens, j);
  if (holiday) return { end: holiday.end, expr: { k: 'holiday', rule: holiday.expr, shift } };
  const s = SEASONS.get(c.lower(j));
  if (s) return { end: j + 1, expr: { k: 'season', s, shift } };
  const m = monthAt(c, j, false);
  if (m !== null) return { end: j + 1, expr: { k: 'month', m, shift } };
  return null;
}

/** A unit after the direction word, maybe counted: "the past 24 hours", "next fiscal year", "last month", "previous weeks". */
function shiftedUnitAt(c: ScanContext, j: number, w: string, shift: number, withThe: boolean): Match | null {
  const dir: -1 | 1 = shift > 0 ? 1 : -1;
  const count = shift !== 0 ? countAt(c, j) : null;
  if (count && count.n > 0) {
    const unit = UNITS.get(c.lower(count.end));
    if (unit) return { end: count.end + 1, expr: { k: 'window', unit, n: count.n, dir } };
  }
  // "this fiscal year", "next fiscal year": read as the calendar year, the nearest reading without the company's calendar.
  if (c.lower(j) === 'fiscal' && c.lower(j + 1) === 'year') return { end: j + 2, expr: { k: 'period', unit: 'year', shift } };
  const unit = UNITS.get(c.lower(j));
  if (!unit) return null;
  const plural = c.lower(j).endsWith('s');
  if (plural) {
    // "compared to previous weeks" is a comparison, not a stretch of time; "the previous weeks" is.
    // "the coming days" is too loose to mark; "previous weeks", "the last months" are vague but past.
    if (shift !== -1) return null;
    return { end: j + 1, expr: { k: 'window', unit, n: LOOSE_COUNT[unit], dir, vague: true } };
  }
  if (unit === 'hour') return null;
  // "the last day of the month", "the last week of March": the end of a period named after it, no window back from now
  // (round 31); the period after "of" is read on its own.
  if (w === 'last' && withThe && c.lower(j + 1) === 'of' && BOUNDARY_UNITS.has(unit)) return null;
  if (w === 'past' || (w === 'last' && withThe)) return { end: j + 1, expr: { k: 'window', unit, n: 1, dir: -1 } };
  const anaphoric = w === 'previous' || w === 'preceding' || w === 'prior' || w === 'following';
  return { end: j + 1, expr: { k: 'period', unit, shift, anaphoric } };
}
