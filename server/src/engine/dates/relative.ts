// Days and periods counted from publication or from the story's time: "yesterday", "the day before yesterday",
// "earlier this month", "later that year", "three weeks ago", "a year earlier", "year-earlier profit".
import { countAt, modifiedAt } from './atoms';
import type { Located } from './expr';
import { DAY_PARTS, DAY_WORDS, ERA_NOUNS, UNITS, YEAR_BACK_WORDS } from './lexicon';
import { thatPeriodAt } from './periods';
import type { ScanContext } from './scanContext';

/** After "earlier" or "later" at i: "earlier today", "later that year", "earlier this month" (else no date). */
export function earlierLaterAt(c: ScanContext, i: number): Located | null {
  if (c.lower(i + 1) === 'today' || c.lower(i + 1) === 'tonight') return { start: i, m: { end: i + 2, expr: { k: 'dayrel', offset: 0 } } };
  // "later that year", "earlier that day": the period of a date stated just before.
  const that = c.lower(i + 1) === 'that' ? thatPeriodAt(c, i + 1) : null;
  if (that) return { start: i, m: that };
  if (c.lower(i + 1) === 'this') {
    const unit = UNITS.get(c.lower(i + 2));
    if (unit && unit !== 'hour' && !c.lower(i + 2).endsWith('s')) {
      return { start: i, m: { end: i + 3, expr: { k: 'period', unit, shift: 0 } } };
    }
  }
  return null;
}

/** "compared with year-earlier profit", "the year-ago results": the same period a year back. */
export function yearEarlierAt(c: ScanContext, i: number, w: string): Located | null {
  if (w === 'year' && c.lower(i + 1) === '-' && YEAR_BACK_WORDS.has(c.lower(i + 2)) && c.touches(i + 1) && c.touches(i + 2) && modifiedAt(c, i + 3)) {
    return { start: i, m: { end: i + 3, expr: { k: 'ago', unit: 'year', n: 1, earlier: true } } };
  }
  return null;
}

/** Possessive marks after a day word ("today's"). */
const POSSESSIVE = new Set(["'s", '’s']);

/**
 * "today's teenagers", "most of today's portable phones", "the cities of tomorrow": the day word only qualifies a
 * generic noun (adjectives may stand between), so it names an era, not a day. "today's vote" stays the day.
 */
function eraWordAt(c: ScanContext, i: number, w: string): boolean {
  if (w !== 'today' && w !== 'tomorrow') return false;
  if (c.lower(i - 1) === 'of' && ERA_NOUNS.has(c.lower(i - 2))) return true;
  if (!POSSESSIVE.has(c.lower(i + 1))) return false;
  let k = i + 2;
  while (k < i + 4 && c.tokens[k]?.pos === 'ADJ') k++;
  return ERA_NOUNS.has(c.lower(k));
}

/** "today", "yesterday morning", "the day before yesterday". */
export function dayWordAt(c: ScanContext, i: number, w: string): Located | null {
  const dw = DAY_WORDS.get(w);
  if (dw === undefined || eraWordAt(c, i, w)) return null;
  const end = DAY_PARTS.has(c.lower(i + 1)) ? i + 2 : i + 1;
  // "the day before yesterday", "the day after tomorrow": one day further.
  if (c.lower(i - 2) === 'day' && ((w === 'yesterday' && c.lower(i - 1) === 'before') || (w === 'tomorrow' && c.lower(i - 1) === 'after'))) {
    const start = c.lower(i - 3) === 'the' ? i - 3 : i - 2;
    return { start, m: { end, expr: { k: 'dayrel', offset: dw * 2 } } };
  }
  return { start: i, m: { end, expr: { k: 'dayrel', offset: dw } } };
}

/**
 * A count is one to three tokens ("24", "a few", "a couple of"), so its unit stands at i+1..i+3: without one there,
 * no count is read (agoAt ran at every token, and every figure's count was an object thrown away).
 */
function unitWithin(c: ScanContext, i: number): boolean {
  return UNITS.has(c.lower(i + 1)) || UNITS.has(c.lower(i + 2)) || UNITS.has(c.lower(i + 3));
}

/** "three weeks ago", "a year ago", "a week or so ago", "two months earlier". */
export function agoAt(c: ScanContext, i: number): Located | null {
  if (!unitWithin(c, i)) return null;
  const count = countAt(c, i);
  if (!count) return null;
  const unit = UNITS.get(c.lower(count.end));
  if (unit && c.lower(count.end + 1) === 'ago') {
    return { start: i, m: { end: count.end + 2, expr: { k: 'ago', unit, n: count.n } } };
  }
  // "a week or so ago": an approximate point back.
  if (unit && c.lower(count.end + 1) === 'or' && c.lower(count.end + 2) === 'so' && c.lower(count.end + 3) === 'ago') {
    return { start: i, m: { end: count.end + 4, expr: { k: 'ago', unit, n: count.n } } };
  }
  // "a year earlier", "two months earlier": back from the time the story is at.
  if (unit && unit !== 'hour' && c.lower(count.end + 1) === 'earlier' && (count.n > 1 || !c.lower(count.end).endsWith('s'))) {
    return { start: i, m: { end: count.end + 2, expr: { k: 'ago', unit, n: count.n, earlier: true } } };
  }
  return null;
}
