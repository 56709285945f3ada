// Early, middle and late parts of a period: "early 2025", "mid-December", "late last year", "the end of 2024", "the
// middle of January", "by the end of this year". "late Monday" is a time of day: its date is the weekday.
import { absoluteAt } from './absolute';
import { weekdayAt, yearAt } from './atoms';
import type { Part } from './calendar';
import type { Located, Match } from './expr';
import { MONTHS, PART_WORDS, PERIOD_SHIFT, SEASONS, UNITS } from './lexicon';
import type { ScanContext } from './scanContext';
import { seasonAt } from './seasons';
import { shiftedAt } from './shifted';
import { decadeAt, decadeStart, yearWithContext } from './years';

/** Periods "the end of the ..." names: the year's, the month's and the week's last part. */
const END_UNITS = new Set(['year', 'month', 'week']);

/** "the end of the year", "by the end of this year": the current year's last part. */
export function endOfPeriodAt(c: ScanContext, i: number, w: string): Located | null {
  if (w === 'the' && c.lower(i + 1) === 'end' && c.lower(i + 2) === 'of' && (c.lower(i + 3) === 'the' || c.lower(i + 3) === 'this') &&
    END_UNITS.has(c.lower(i + 4))) {
    return { start: i, m: { end: i + 5, expr: { k: 'period', unit: UNITS.get(c.lower(i + 4))!, shift: 0, part: 'late' } } };
  }
  return null;
}

/** True for "the start of", "the end of", "the middle of" at i. */
export function partOfStarts(c: ScanContext, i: number, w: string): boolean {
  return w === 'the' && PART_WORDS.has(c.lower(i + 1)) && c.lower(i + 1) !== 'early' && c.lower(i + 2) === 'of';
}

/** "the start of the year", "the end of 2024", "the middle of January" (partOfStarts holds at i). */
export function partOfAt(c: ScanContext, i: number): Located | null {
  const part = PART_WORDS.get(c.lower(i + 1))!;
  const j = i + 3;
  // Only explicit targets ("the end of 2024"): "the start of the year" is too loose to mark.
  const inner = partTarget(c, j);
  if (inner && inner.expr.k !== 'weekday') return { start: i, m: withPart(inner, part) };
  return null;
}

/** The part word before the hyphen of "mid-December", "early-2025", else null. */
export function joinedPartWord(w: string): Part | null {
  const dash = w.indexOf('-');
  if (dash > 0 && PART_WORDS.has(w.slice(0, dash)) && ['early', 'mid', 'late'].includes(w.slice(0, dash))) return PART_WORDS.get(w.slice(0, dash))!;
  return null;
}

/** "mid-December 2024", "early-2025", "the mid-1980s", "late-summer", one token (joinedPartWord gave `part`). */
export function joinedPartAt(c: ScanContext, i: number, part: Part): Located | null {
  const rest = c.tokens[i].text.slice(c.lower(i).indexOf('-') + 1);
  const m = MONTHS.get(rest.toLowerCase());
  if (m !== undefined && rest[0] >= 'A' && rest[0] <= 'Z') {
    const y = yearAt(c, i + 1);
    return { start: i, m: { end: y !== null ? i + 2 : i + 1, expr: { k: 'month', m, y: y ?? undefined, part } } };
  }
  if (/^\d{4}$/.test(rest)) return { start: i, m: { end: i + 1, expr: { k: 'year', y: +rest, part } } };
  const decade = decadeStart(rest);
  if (decade !== null) return { start: i, m: { end: i + 1, expr: { k: 'year', y: decade, to: decade + 9, part } } };
  const s = SEASONS.get(rest.toLowerCase());
  if (s) return { start: i, m: { end: i + 1, expr: { k: 'season', s, part } } };
  return null;
}

/** "early 2025", "mid December", "late last year", "late - 2024"; "late Monday" gives the weekday alone. */
export function spacedPartAt(c: ScanContext, i: number, part: Part): Located | null {
  let j = i + 1;
  if ((c.lower(j) === '-' || c.lower(j) === '–') && c.touches(j)) j++;
  const inner = PERIOD_SHIFT.has(c.lower(j)) ? shiftedAt(c, j) : partTarget(c, j);
  // "late Monday" is a time of day: the date is "Monday".
  if (inner && inner.expr.k === 'weekday') return { start: j, m: inner };
  if (inner) return { start: i, m: withPart(inner, part) };
  return null;
}

/** What early/mid/late and "the end of" apply to: a month, a year, a season or a weekday. */
function partTarget(c: ScanContext, j: number): Match | null {
  const abs = absoluteAt(c, j, true);
  if (abs && (abs.expr.k === 'month' || abs.expr.k === 'date')) return abs;
  const y = yearWithContext(c, j) ?? decadeAt(c, j);
  if (y) return y;
  const s = seasonAt(c, j);
  if (s) return s;
  const wd = weekdayAt(c, j);
  if (wd !== null) return { end: j + 1, expr: { k: 'weekday', wd } };
  // "the end of last year", "the start of next month": a shifted period is explicit enough.
  if (PERIOD_SHIFT.has(c.lower(j)) && c.lower(j) !== 'this') return shiftedAt(c, j);
  return null;
}

function withPart(m: Match, part: Part): Match {
  const e = m.expr;
  if (e.k === 'month' || e.k === 'year' || e.k === 'season' || e.k === 'period') return { end: m.end, expr: { ...e, part } };
  return m;
}
