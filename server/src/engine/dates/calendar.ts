// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so intervals never drift with time zones.

import { BoundedMemo } from '../text/boundedMemo';

export type Day = number;

/** Day number of a civil date (Hinnant's days-from-civil); d past the month's end rolls over like Date.UTC. */
export function dayOf(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date of a day number (Hinnant's days-to-civil): pure integer math, no Date objects on the hot path. */
export function ymdOf(day: Day): { y: number; m: number; d: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function isoOf(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Milliseconds in a day, for times held as a Date's milliseconds (the annotation store's horizon). */
export const DAY_MS = 86_400_000;

/** Day numbers by ISO date: a folder holds few dates and the check asks for each many times (Date.parse is slow). */
const MAX_DAY_NUMBERS = 1 << 16;
const DAY_NUMBERS = new BoundedMemo<string, number>(MAX_DAY_NUMBERS, iso => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS));

/**
 * Days since 1970-01-01 of an ISO date (its first ten characters), read as Date.parse reads it (a day past its month's
 * end rolls over, as in dayOf); NaN when it is no date. The one reading of a stored ISO day as a number.
 */
export function dayNumber(iso: string): number {
  return DAY_NUMBERS.get(iso);
}

/** Days from one ISO date to another (negative when `to` is earlier; NaN when either is no date). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The ISO date `days` whole days before `iso` (after it for a negative count). */
export function daysBefore(iso: string, days: number): string {
  return isoOf(dayNumber(iso) - days);
}

/** Parses exactly YYYY-MM-DD; null when malformed or not a real calendar day. */
export function dayFromIso(iso: string | null): Day | null {
  if (!iso || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return validDay(y, m, d) ? dayOf(y, m, d) : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1];
}

export function validDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: Day): Day {
  return day - ((weekdayOf(day) + 6) % 7);
}

export function monthStart(y: number, m: number): Day {
  return dayOf(y, m, 1);
}

export function monthEnd(y: number, m: number): Day {
  return dayOf(y, m, daysInMonth(y, m));
}

/** Shifts a day by whole months, clamping the day of month (Mar 31 - 1 month = Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  const { y, m, d } = ymdOf(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export interface Interval {
  from: Day | null;
  to: Day | null;
}

/** A part of a period: early/mid/late are its first, middle and last third. */
export type Part = 'early' | 'mid' | 'late';

export function partOf(from: Day, to: Day, part: Part | undefined): Interval {
  if (!part) return { from, to };
  const len = to - from + 1;
  const a = from + Math.floor(len / 3);
  const b = from + Math.floor((2 * len) / 3);
  if (part === 'early') return { from, to: a - 1 };
  if (part === 'mid') return { from: a, to: b - 1 };
  return { from: b, to };
}

/** Early/mid/late of a month follow the usual 1-10 / 11-20 / 21-end reading. */
export function monthPart(y: number, m: number, part: Part | undefined): Interval {
  const start = monthStart(y, m);
  const end = monthEnd(y, m);
  if (part === 'early') return { from: start, to: start + 9 };
  if (part === 'mid') return { from: start + 10, to: start + 19 };
  if (part === 'late') return { from: start + 20, to: end };
  return { from: start, to: end };
}

/** Easter Sunday of year y (Gregorian; the anonymous algorithm). */
export function easterOf(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(y, month, day);
}

/** The n-th weekday wd (0 = Sunday) of month m in year y; n = -1 is the last. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n < 0) {
    const last = monthEnd(y, m);
    return last - ((weekdayOf(last) - wd + 7) % 7);
  }
  const first = monthStart(y, m);
  return first + ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}
