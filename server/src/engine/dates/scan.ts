// Finds date expressions by walking the token array once. Every matcher looks at a bounded number of tokens
// ahead, so the scan is linear in the number of tokens whatever the input.
import type { Part } from './calendar';
import {
  CENTURY_WORDS, COUNT_WORDS, DAY_PARTS, DECADE_WORDS, HOLIDAY_STARTS, DAY_WORDS, MONTH_ABBREVIATIONS, MONTH_CONTEXT, MONTHS, PART_WORDS, PERIOD_SHIFT,
  QUARTER_ORDINALS, RELATIONS, REPORTING_WORDS, SEASONS, UNITS, WEEKDAYS, YEAR_BACK_WORDS,
} from './lexicon';
import type { HolidayRule, Relation, Season, Unit } from './lexicon';
import { centuryAt, halfAt, holidayAt, namedYearAt, spelledYearAt } from './named';
import type { Token } from '../types';

/** What an expression says, before it is placed on the calendar. */
export type Expr =
  /** `yRel` counts years from publication: "in February this year", "July 4 last year". */
  | { k: 'date'; y?: number; m: number; d: number; d2?: number; wd?: number; yRel?: number; week?: boolean }
  | { k: 'month'; y?: number; m: number; part?: Part; shift?: number; yRel?: number }
  /** A year, or a span of years when `to` is set ("the 2009-2010 pandemic"). */
  | { k: 'year'; y: number; part?: Part; to?: number }
  | { k: 'season'; s: Season; y?: number; shift?: number; part?: Part }
  /** `anaphoric`: counted from the day the story is at ("the previous Friday"), not from publication. */
  | { k: 'weekday'; wd: number; shift?: number; anaphoric?: boolean }
  | { k: 'dayrel'; offset: number }
  /**
   * A calendar period relative to publication ("last month", "earlier this month": TimeML gives the whole month);
   * `anaphoric` counts from a date stated just before when there is one, `that` only from it ("that year").
   */
  | { k: 'period'; unit: Unit; shift: number; part?: Part; anaphoric?: boolean; that?: boolean }
  /** A stretch reaching back or ahead from publication ("the past week", "in recent weeks", "the coming days"). */
  | { k: 'window'; unit: Unit; n: number; dir: -1 | 1; vague?: boolean }
  /**
   * A quarter. Without `q` it is the quarter the report is about ("the latest quarter", "the year-earlier period");
   * `yRel` counts years from publication ("this year's third quarter"), `back` years before the report's quarter
   * ("the year-ago quarter"); `period` marks "the ... period" (the report's quarter, as for "the quarter").
   */
  | { k: 'quarter'; q?: number; y?: number; yRel?: number; back?: number; period?: boolean }
  /**
   * "three weeks ago" (the calendar unit holding that day, as TimeML gives it; a day for "days ago"); `earlier` for
   * "a year earlier", which counts back from the story's time, not from publication.
   */
  | { k: 'ago'; unit: Unit; n: number; earlier?: boolean }
  /** A holiday ("Thanksgiving Day"), in a stated year or `shift` occurrences from publication ("last Christmas"). */
  | { k: 'holiday'; rule: HolidayRule; y?: number; shift?: number }
  /** A half of a year: stated, counted from publication ("the second half of this year", `yRel`), else the latest. */
  | { k: 'half'; h: 1 | 2; y?: number; yRel?: number };

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
}

interface Match {
  end: number;
  expr: Expr;
}

/**
 * Adverbs of the present: marked, as TimeML does, but too vague to place ("now", "currently"). "now that" is a
 * conjunction and stays out; "recently" is left out (a reader does not mark it).
 */
const PRESENT_WORDS = new Map<string, -1 | 1>([['now', 1], ['currently', 1], ['nowadays', 1]]);

/** Determiners and possessives before an attributive date ("the August offensive", "their summer offensive"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'a', 'an']);

/** A possessive before an attributive year: "the company's 1989 results". */
const POSSESSIVES = new Set(["'s", '’s']);

/** Owners before a quarter ("its fourth quarter"); "a third quarter" is rarely a date. */
const OWNER_DETERMINERS = new Set(['its', 'their', 'our', 'his', 'her', 'your', 'my']);

/** Function words that do not modify a quarter: "the end of third quarter" keeps its own reading. */
const NOT_MODIFIERS = new Set(['of', 'and', 'or', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'than', 'as', 'that', 'the', 'a', 'an']);

/** Every word that can open a date expression (numbers are checked by type). */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...PERIOD_SHIFT.keys(),
  ...DAY_WORDS.keys(), ...COUNT_WORDS.keys(), ...PRESENT_WORDS.keys(), ...QUARTER_ORDINALS.keys(), 'the', 'early', 'mid', 'late',
  'earlier', 'later', 'recent', 'future', 'near', 'short', 'long', 'q1', 'q2', 'q3', 'q4', 'fiscal', 'year', ...CENTURY_WORDS.keys(), 'that',
]);

/** Periods "the end of the ..." names: the year's, the month's and the week's last part. */
const END_UNITS = new Set(['year', 'month', 'week']);

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

/** Opening quotation marks (the tokenizer keeps `` and " as they are). */
const OPENING_QUOTES = new Set(['"', '“', '``', "'", '‘']);

/** Prepositions before "the past", "the future", "the near term" that make them a time, not a thing. */
const VAGUE_FRAMES = new Set(['in', 'about', 'into']);

/** Typical length of a vague stretch: "recent weeks" is taken as about four weeks. */
const LOOSE_COUNT: Record<Unit, number> = { hour: 24, day: 7, week: 4, weekend: 4, month: 3, quarter: 2, year: 3, decade: 1 };

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
  const out: RawDate[] = [];
  const n = tokens.length;
  const lower = (i: number): string => (i >= 0 && i < n ? tokens[i].lower : '');
  const isCap = (i: number): boolean => {
    if (i < 0 || i >= n) return false;
    const c = tokens[i].text.charCodeAt(0);
    return c >= 65 && c <= 90;
  };
  /** True when tokens i-1 and i touch (no space between), as in "mid" "-" "December". */
  const touches = (i: number): boolean => i > 0 && i < n && tokens[i - 1].end === tokens[i].start;

  /** A capitalised word or a number after a day range's end: "June 3 to 5 soldiers" is no range. */
  const nounLike = (i: number): boolean => i < n && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') && monthAt(i, true) === null;
  /**
   * The second day of a range whose joiner is at j ("-", "–", "to", "through", "and"), the first day being d
   * at `first`. "and" joins a range only after "between" or for two days in a row ("February 4 and 5").
   */
  const dayRangeEnd = (j: number, d: number, first: number): number | null => {
    const w = lower(j);
    const dash = w === '-' || w === '–';
    const and = w === 'and' && (lower(first - 1) === 'between' || dayAt(j + 1) === d + 1);
    if (!dash && !and && w !== 'to' && w !== 'through' && w !== 'until') return null;
    const e = dayAt(j + 1);
    return e !== null && e > d ? e : null;
  };
  const dayAt = (i: number): number | null => {
    if (i < 0 || i >= n) return null;
    const t = tokens[i];
    let s = t.text;
    if (t.type === 'ordinal') s = s.slice(0, -2);
    else if (t.type !== 'number') return null;
    if (s.length < 1 || s.length > 2) return null;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) return null;
    }
    const d = Number(s);
    return d >= 1 && d <= 31 ? d : null;
  };
  const yearAt = (i: number): number | null => {
    if (i < 0 || i >= n) return null;
    const t = tokens[i];
    if (t.type !== 'number' || t.text.length !== 4) return null;
    const y = Number(t.text);
    return Number.isInteger(y) && y >= 1800 && y <= 2199 ? y : null;
  };
  /** A month name at i; abbreviations only when `abbrOk` (i.e. next to a day or year). */
  const monthAt = (i: number, abbrOk: boolean): number | null => {
    if (!isCap(i)) return null;
    const full = MONTHS.get(lower(i));
    if (full !== undefined) return full;
    return abbrOk ? MONTH_ABBREVIATIONS.get(lower(i)) ?? null : null;
  };
  /** A lower-case noun or adjective: what an attributive date modifies ("summer offensive", "January attacks"). */
  const nounAt = (i: number): boolean =>
    i < n && tokens[i].type === 'word' && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'ADJ') && !isCap(i);
  /** A lower-case content word after an adjective ("year-earlier profit": the tagger may call "profit" a verb). */
  const modifiedAt = (i: number): boolean =>
    nounAt(i) || (i < n && tokens[i].type === 'word' && tokens[i].pos === 'VERB' && !isCap(i) && !NOT_PAST_BEFORE.has(tokens[i].lower) && !PAST_IRREGULAR.has(tokens[i].lower));
  const weekdayAt = (i: number): number | null => (isCap(i) ? WEEKDAYS.get(lower(i)) ?? null : null);
  const countAt = (i: number): { n: number; end: number } | null => {
    const w = lower(i);
    if (w === 'a' && (lower(i + 1) === 'few' || lower(i + 1) === 'couple')) {
      return { n: COUNT_WORDS.get(lower(i + 1))!, end: lower(i + 2) === 'of' ? i + 3 : i + 2 };
    }
    const c = COUNT_WORDS.get(w);
    if (c !== undefined) return { n: c, end: i + 1 };
    if (i < n && tokens[i].type === 'number' && /^\d{1,3}$/.test(tokens[i].text)) return { n: Number(tokens[i].text), end: i + 1 };
    return null;
  };

  /** Day-level and month-level absolute forms starting at i: "January 5, 2025", "5 January", "Jan. 5", "December 2024". */
  const absoluteAt = (i: number, hasContext: boolean): Match | null => {
    // Weekday first: "Saturday, January 11" / "Friday, 31 January 2025".
    const wd = weekdayAt(i);
    if (wd !== null) {
      const j = lower(i + 1) === ',' ? i + 2 : i + 1;
      const inner = absoluteAt(j, false);
      if (inner && inner.expr.k === 'date') return { end: inner.end, expr: { ...inner.expr, wd } };
      return null;
    }
    const m = monthAt(i, true);
    if (m !== null) {
      const d = dayAt(i + 1);
      if (d !== null && yearAt(i + 1) === null) {
        let end = i + 2;
        let d2: number | undefined;
        // "January 5-6", "June 3 – 5", "June 3 to 5", "February 4 and 5": a day range.
        const e = dayRangeEnd(end, d, i);
        if (e !== null && !nounAt(end + 2) && !nounLike(end + 2)) { d2 = e; end += 2; }
        let y: number | undefined;
        const yi = lower(end) === ',' ? end + 1 : end;
        const yy = yearAt(yi);
        if (yy !== null) { y = yy; end = yi + 1; }
        return { end, expr: { k: 'date', m, d, d2, y } };
      }
      // "March 3-5" comes as one token.
      const range = i + 1 < n && tokens[i + 1].type === 'number' ? /^(\d{1,2})[-–](\d{1,2})$/.exec(tokens[i + 1].text) : null;
      if (range && +range[1] >= 1 && +range[2] > +range[1] && +range[2] <= 31) {
        const yi = lower(i + 2) === ',' ? i + 3 : i + 2;
        const yy = yearAt(yi);
        return { end: yy !== null ? yi + 1 : i + 2, expr: { k: 'date', m, d: +range[1], d2: +range[2], y: yy ?? undefined } };
      }
      const y = yearAt(i + 1) ?? (lower(i + 1) === 'of' ? yearAt(i + 2) : null);
      if (y !== null) return { end: lower(i + 1) === 'of' ? i + 3 : i + 2, expr: { k: 'month', m, y } };
      const spelled = spelledYearAt(tokens, i + 1);
      if (spelled) return { end: spelled.end, expr: { k: 'month', m, y: spelled.expr } };
      if (hasContext && MONTHS.has(lower(i))) {
        // "May" stays a modal verb unless the context says month ("in May" is still read as a month).
        return { end: i + 1, expr: { k: 'month', m } };
      }
      // Possessive: "March's total of 4,236", "October's inflation index" (monthAt already asked for a capital).
      if (MONTHS.has(lower(i)) && POSSESSIVES.has(lower(i + 1))) return { end: i + 1, expr: { k: 'month', m } };
      // Attributive: "the August offensive", "its January attacks"; "May"/"March" (also verbs) only capitalised between
      // a determiner and a lower-case noun ("The March accession").
      const modal = m === 3 || m === 5;
      if (MONTHS.has(lower(i)) && (modal ? isCap(i) && DETERMINERS.has(lower(i - 1)) && nounAt(i + 1) : DETERMINERS.has(lower(i - 1)) || nounAt(i + 1))) {
        return { end: i + 1, expr: { k: 'month', m } };
      }
      return null;
    }
    // "14–20 May 2025", "3-5 June", "between 3 and 5 June", "3 to 5 June": a day range before the month.
    const joined = i < n && tokens[i].type === 'number' ? /^(\d{1,2})[-–](\d{1,2})$/.exec(tokens[i].text) : null;
    const d1 = joined ? +joined[1] : dayAt(i);
    const d2 = joined ? +joined[2] : d1 !== null ? dayRangeEnd(i + 1, d1, i) : null;
    if (d1 !== null && d2 !== null && d2 > d1 && d2 <= 31) {
      const j = joined ? i + 1 : i + 3;
      const dm = monthAt(j, true);
      if (dm !== null) {
        const yy = yearAt(j + 1);
        return { end: yy !== null ? j + 2 : j + 1, expr: { k: 'date', m: dm, d: d1, d2, y: yy ?? undefined } };
      }
    }
    const d = dayAt(i);
    if (d !== null) {
      const j = lower(i + 1) === 'of' ? i + 2 : i + 1;
      const dm = monthAt(j, true);
      if (dm === null) return null;
      const yy = yearAt(j + 1);
      return yy !== null
        ? { end: j + 2, expr: { k: 'date', m: dm, d, y: yy } }
        : { end: j + 1, expr: { k: 'date', m: dm, d } };
    }
    return numericAt(i);
  };

  /** A decade: "1990s", "'80s" (read in the 1900s); the years it spans. */
  const decadeAt = (i: number): Match | null => {
    if (i < 0 || i >= n || tokens[i].type !== 'decade') return null;
    const y = decadeStart(tokens[i].text);
    return y === null ? null : { end: i + 1, expr: { k: 'year', y, to: y + 9 } };
  };

  /** A whole-token numeric date: 2024-12-05, 05.12.2024 (day first), 12/5/2024 (month first unless > 12). */
  const numericAt = (i: number): Match | null => {
    if (i >= n || tokens[i].type !== 'number') return null;
    const s = tokens[i].text;
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
  };

  /** A bare year where the context says it is a date ("in 2024", "since 2023"), not a count. */
  const yearWithContext = (i: number, described = false): Match | null => {
    const range = yearRangeAt(i);
    if (range) return range;
    const y = yearAt(i);
    if (y === null) return null;
    const next = i + 1 < n ? tokens[i + 1] : null;
    // "in 2024 cases" is a count; "the 2020 figure" is a date used as a modifier.
    const attributive = (described || DETERMINERS.has(lower(i - 1)) || POSSESSIVES.has(lower(i - 1))) && next !== null && !next.lower.endsWith('s');
    if (!attributive && next && next.type === 'word' && next.pos === 'NOUN' && next.lower !== 'alone' && !isCap(i + 1)) return null;
    if (next && (next.text === '%' || next.lower === 'percent')) return null;
    return { end: i + 1, expr: { k: 'year', y } };
  };

  /** "2009-2010", "2009–10", "2009 - 2010": a span of years, the second after the first and within a century. */
  const yearRangeAt = (i: number): Match | null => {
    const t = i >= 0 && i < n ? tokens[i] : null;
    if (!t || t.type !== 'number') return null;
    const one = /^(\d{4})[-–](\d{2}|\d{4})$/.exec(t.text);
    let a: number | null = null;
    let b = '';
    let end = i + 1;
    if (one) {
      a = +one[1];
      b = one[2];
    } else if ((lower(i + 1) === '-' || lower(i + 1) === '–') && i + 2 < n && tokens[i + 2].type === 'number') {
      a = yearAt(i);
      b = tokens[i + 2].text;
      end = i + 3;
    }
    if (a === null || a < 1800 || a > 2199 || !/^(?:\d{2}|\d{4})$/.test(b)) return null;
    const to = b.length === 2 ? Math.floor(a / 100) * 100 + +b : +b;
    if (!(to > a && to - a < 100)) return null;
    return { end, expr: { k: 'year', y: a, to } };
  };

  /** Periods after a direction word: "last month", "the past 24 hours", "next Monday", "this summer". */
  const shiftedAt = (i: number): Match | null => {
    const w = lower(i);
    const shift = PERIOD_SHIFT.get(w);
    if (shift === undefined) return null;
    const withThe = lower(i - 1) === 'the';
    const j = i + 1;
    if (w === 'last' && DAY_PARTS.has(lower(j))) return { end: j + 1, expr: { k: 'dayrel', offset: -1 } };
    if ((w === 'this') && DAY_PARTS.has(lower(j))) return { end: j + 1, expr: { k: 'dayrel', offset: 0 } };
    if (withThe && (w === 'previous' || w === 'preceding') && (lower(j) === 'day' || DAY_PARTS.has(lower(j)))) {
      return { end: j + 1, expr: { k: 'dayrel', offset: -1 } };
    }
    // "appeared in court the next morning", "the next day": the day after the one the story is at.
    if (withThe && (w === 'next' || w === 'following') && (lower(j) === 'day' || DAY_PARTS.has(lower(j)))) {
      return { end: j + 1, expr: { k: 'period', unit: 'day', shift: 1, anaphoric: true } };
    }
    const wd = weekdayAt(j);
    // "the previous Friday", "the following Monday": the one before or after the day the story is at.
    if (wd !== null) return { end: j + 1, expr: { k: 'weekday', wd, shift, anaphoric: withThe && shift !== 0 && w !== 'last' && w !== 'past' } };
    const holiday = holidayAt(tokens, j);
    if (holiday) return { end: holiday.end, expr: { k: 'holiday', rule: holiday.expr, shift } };
    const s = SEASONS.get(lower(j));
    if (s) return { end: j + 1, expr: { k: 'season', s, shift } };
    const m = monthAt(j, false);
    if (m !== null) return { end: j + 1, expr: { k: 'month', m, shift } };
    const dir: -1 | 1 = shift > 0 ? 1 : -1;
    const count = shift !== 0 ? countAt(j) : null;
    if (count && count.n > 0) {
      const unit = UNITS.get(lower(count.end));
      if (unit) return { end: count.end + 1, expr: { k: 'window', unit, n: count.n, dir } };
    }
    // "this fiscal year", "next fiscal year": read as the calendar year, the nearest reading without the company's calendar.
    if (lower(j) === 'fiscal' && lower(j + 1) === 'year') return { end: j + 2, expr: { k: 'period', unit: 'year', shift } };
    const unit = UNITS.get(lower(j));
    if (!unit) return null;
    const plural = lower(j).endsWith('s');
    if (plural) {
      // "compared to previous weeks" is a comparison, not a stretch of time; "the previous weeks" is.
      // "the coming days" is too loose to mark; "previous weeks", "the last months" are vague but past.
      if (shift !== -1) return null;
      return { end: j + 1, expr: { k: 'window', unit, n: LOOSE_COUNT[unit], dir, vague: true } };
    }
    if (unit === 'hour') return null;
    if (w === 'past' || (w === 'last' && withThe)) return { end: j + 1, expr: { k: 'window', unit, n: 1, dir: -1 } };
    const anaphoric = w === 'previous' || w === 'preceding' || w === 'prior' || w === 'following';
    return { end: j + 1, expr: { k: 'period', unit, shift, anaphoric } };
  };

  /**
   * A quarter: "the third quarter", "third-quarter", "the fiscal first quarter of 2024", "the 1988 third quarter",
   * "this year's third quarter", "the year-earlier quarter", "the latest quarter", "the quarter", "the year-ago
   * period", "the quarter a year ago". At most three qualifier tokens are read.
   */
  const quarterAt = (i: number): { start: number; m: Match } | null => {
    let j = i;
    const the = lower(j) === 'the';
    if (the) j++;
    // "for its fourth quarter": a possessive determines the quarter like "the" (and stays outside the span), and so
    // does a determiner before modifiers ("the seasonally slow third quarter", "a flat second quarter").
    const determined = the || POSSESSIVES.has(lower(i - 1)) || OWNER_DETERMINERS.has(lower(i - 1)) ||
      (QUARTER_ORDINALS.has(lower(i)) && modifiedOrdinal(i));
    const expr: Extract<Expr, { k: 'quarter' }> = { k: 'quarter' };
    let qualified = false;
    const statedYear = determined ? yearAt(j) : null;
    if (statedYear !== null) { expr.y = statedYear; j++; qualified = true; }
    // "this year's", "last year's", "next year's".
    const shift = PERIOD_SHIFT.get(lower(j));
    if (statedYear === null && shift !== undefined && lower(j + 1) === 'year' && (lower(j + 2) === "'s" || lower(j + 2) === '’s')) {
      expr.yRel = shift;
      j += 3;
      qualified = true;
    }
    for (let guard = 0; guard < 3; guard++) {
      if (lower(j) === 'year' && lower(j + 1) === '-' && YEAR_BACK_WORDS.has(lower(j + 2)) && touches(j + 1) && touches(j + 2)) {
        expr.back = 1;
        j += 3;
      } else if (lower(j) === 'prior' && lower(j + 1) === '-' && lower(j + 2) === 'year' && touches(j + 2)) {
        expr.back = 1;
        j += 3;
      } else if (REPORTING_WORDS.has(lower(j))) {
        j += lower(j + 1) === '-' && touches(j + 1) && QUARTER_ORDINALS.has(lower(j + 2)) ? 2 : 1; // "fiscal-first"
      } else break;
      qualified = true;
    }
    const q = QUARTER_ORDINALS.get(lower(j));
    if (q !== undefined) {
      expr.q = q;
      j++;
      if (lower(j) === '-' && touches(j)) j++;
    }
    const noun = lower(j);
    if (noun !== 'quarter' && noun !== 'period') return null;
    if (noun === 'period' && (q !== undefined || !qualified || !determined)) return null;
    // "the quarter-point cut", "the quarter of the city": not a calendar quarter.
    if (q === undefined && ((lower(j + 1) === '-' && touches(j + 1)) || (lower(j + 1) === 'of' && yearAt(j + 2) === null))) return null;
    // Without "the" or a possessive year, only the hyphenated adjective ("third-quarter profit") or "fiscal".
    if (!determined && expr.yRel === undefined && !(q !== undefined && (lower(j - 1) === '-' || lower(j - 2) === 'fiscal'))) return null;
    if (q === undefined && !determined && expr.yRel === undefined) return null;
    if (noun === 'period') expr.period = true;
    let end = j + 1;
    const y = lower(end) === 'of' ? yearAt(end + 1) : yearAt(end);
    if (y !== null && expr.y === undefined && expr.yRel === undefined) {
      expr.y = y;
      end += lower(end) === 'of' ? 2 : 1;
    } else if (lower(end) === 'a' && lower(end + 1) === 'year' && YEAR_BACK_WORDS.has(lower(end + 2)) && lower(end + 2) !== 'before') {
      expr.back = 1; // "the quarter a year ago"
      end += 3;
    } else if (lower(end) === 'last' && lower(end + 1) === 'year' && expr.y === undefined && expr.yRel === undefined) {
      expr.back = 1; // "the corresponding period last year"
      end += 2;
    }
    return { start: i, m: { end, expr } };
  };

  /** One or two lower-case modifiers between a determiner and the ordinal at i: "a flat second", "the seasonally slow third". */
  const modifiedOrdinal = (i: number): boolean => {
    for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
      const t = tokens[k];
      if (t.type !== 'word' || !/^[a-z]+$/.test(t.text) || NOT_MODIFIERS.has(t.text)) return false;
      if (DETERMINERS.has(lower(k - 1)) && lower(k - 1) !== 'that') return true;
    }
    return false;
  };

  /** "that year", "that same day": a period of the date stated just before, never of publication. */
  const thatPeriodAt = (i: number): Match | null => {
    let j = i + 1;
    if (lower(j) === 'same') j++;
    const unit = UNITS.get(lower(j));
    if (!unit || !THAT_UNITS.has(lower(j)) || lower(j + 1) === '-' || POSSESSIVES.has(lower(j + 1))) return null;
    return { end: j + 1, expr: { k: 'period', unit, shift: 0, anaphoric: true, that: true } };
  };

  /** A year stated right after a name ("Christmas 2024", "the first half of 1989", "... of this year"). */
  const yearAfter = (j: number): { end: number; y?: number; yRel?: number } => {
    const of = lower(j) === 'of' ? j + 1 : j;
    const y = yearAt(of);
    if (y !== null) return { end: of + 1, y };
    const shift = PERIOD_SHIFT.get(lower(of));
    if (of > j && (shift !== undefined || lower(of) === 'the') && lower(of + 1) === 'year' && (shift === undefined || shift === 0 || lower(of) === 'last' || lower(of) === 'next')) {
      return { end: of + 2, yRel: shift ?? 0 };
    }
    return { end: j };
  };

  /** Holidays, halves of a year, year-end, "the year 2000", "the full year", "that year" (named.ts holds the words). */
  const namedAt = (i: number, w: string, prev: string): { start: number; m: Match } | null => {
    const holiday = holidayAt(tokens, i);
    if (holiday) {
      const after = yearAfter(holiday.end);
      return { start: i, m: { end: after.y !== undefined ? after.end : holiday.end, expr: { k: 'holiday', rule: holiday.expr, y: after.y } } };
    }
    // "the first half of 1989", "the last half of this year", "first two quarters of 1990": only with their year.
    const half = halfAt(tokens, w === 'the' ? i + 1 : i);
    if (half) {
      const after = yearAfter(half.end);
      if (after.end > half.end) return { start: i, m: { end: after.end, expr: { k: 'half', h: half.expr, y: after.y, yRel: after.yRel } } };
    }
    // "the week of March 6": the Monday-Sunday week holding that day.
    if (w === 'the' && lower(i + 1) === 'week' && lower(i + 2) === 'of') {
      const day = absoluteAt(i + 3, true);
      if (day && day.expr.k === 'date' && day.expr.d2 === undefined) return { start: i, m: { end: day.end, expr: { ...day.expr, week: true } } };
    }
    // "the nineties", "the eighties": a decade in words (read in the 1900s); "in their nineties" is an age.
    const decadeWord = w === 'the' ? DECADE_WORDS.get(lower(i + 1)) : undefined;
    if (decadeWord !== undefined) return { start: i, m: { end: i + 2, expr: { k: 'year', y: decadeWord, to: decadeWord + 9 } } };
    const named = namedYearAt(tokens, i, yearAt);
    if (named) return { start: i, m: { end: named.end, expr: { k: 'year', y: named.expr } } };
    // "by year-end", "at year end", "since year's end": the year's closing month (a past one after "since").
    if (w === 'year') {
      const end = lower(i + 1) === '-' && lower(i + 2) === 'end' && touches(i + 1) && touches(i + 2) ? i + 3
        : lower(i + 1) === 'end' || (POSSESSIVES.has(lower(i + 1)) && lower(i + 2) === 'end') ? i + (lower(i + 1) === 'end' ? 2 : 3) : -1;
      if (end > 0) return { start: i, m: { end, expr: { k: 'month', m: 12 } } };
    }
    // "the full year", "the fiscal year", "sales for the year": the year of publication (a results report's year),
    // unless a word after makes it another ("the year before", "the year to March") or it is a part's ("the start of
    // the year" stays unmarked).
    if (w === 'the' && !isCap(i + 1)) {
      const j = lower(i + 1) === 'full' || lower(i + 1) === 'fiscal' ? i + 2 : i + 1;
      // "earlier in the year", "later in the year": a part of the story's year too.
      const framed = j > i + 1 || (YEAR_FRAMES.has(prev) && !(prev === 'of' && YEAR_PARTS.has(lower(i - 2)))) ||
        (prev === 'in' && (lower(i - 2) === 'earlier' || lower(i - 2) === 'later'));
      if (framed && lower(j) === 'year' && !isCap(j) && !YEAR_NOT_BEFORE.has(lower(j + 1)) && !POSSESSIVES.has(lower(j + 1))) {
        return { start: i, m: { end: j + 1, expr: { k: 'period', unit: 'year', shift: 0 } } };
      }
    }
    // "for the week", "the week's most active session": the week the story is at (of the date it named last), as
    // "that week"; unplaced without one. "Figures of the week", "the day of the week" name no week.
    if (w === 'the' && lower(i + 1) === 'week' && !isCap(i + 1) && !YEAR_NOT_BEFORE.has(lower(i + 2)) &&
      (POSSESSIVES.has(lower(i + 2)) || (YEAR_FRAMES.has(prev) && prev !== 'of'))) {
      return { start: i, m: { end: i + 2, expr: { k: 'period', unit: 'week', shift: 0, anaphoric: true, that: true } } };
    }
    if (w === 'the' && lower(i + 1) === 'same') {
      const same = thatPeriodAt(i);
      if (same) return { start: i, m: same };
    }
    if (w === 'that' && !isCap(i)) {
      const that = thatPeriodAt(i);
      if (that) return { start: i, m: that };
    }
    return null;
  };

  /** Everything that can start at token i; the longest reading wins because callers try longer forms first. */
  const matchAt = (i: number): { start: number; m: Match } | null => {
    const w = lower(i);
    if (!w) return null;
    const prev = lower(i - 1);
    const hasContext = MONTH_CONTEXT.has(prev);
    const present = PRESENT_WORDS.get(w);
    if (present !== undefined && tokens[i].type === 'word' && !(w === 'now' && lower(i + 1) === 'that')) {
      return { start: i, m: { end: i + 1, expr: { k: 'window', unit: 'day', n: 1, dir: present, vague: true } } };
    }
    // "third-quarter profit", "the fiscal first quarter", "fourth-quarter 2024".
    const quarter = quarterAt(i);
    if (quarter) return quarter;
    // "fiscal 2024": read as the calendar year.
    if (w === 'fiscal' && yearAt(i + 1) !== null) return { start: i, m: { end: i + 2, expr: { k: 'year', y: yearAt(i + 1)! } } };
    // "the end of the year", "by the end of this year": the current year's last part.
    if (w === 'the' && lower(i + 1) === 'end' && lower(i + 2) === 'of' && (lower(i + 3) === 'the' || lower(i + 3) === 'this') &&
      END_UNITS.has(lower(i + 4))) {
      return { start: i, m: { end: i + 5, expr: { k: 'period', unit: UNITS.get(lower(i + 4))!, shift: 0, part: 'late' } } };
    }
    const named = namedAt(i, w, prev);
    if (named) return named;
    // "the start of the year", "the end of 2024", "the middle of January".
    if (w === 'the' && PART_WORDS.has(lower(i + 1)) && lower(i + 1) !== 'early' && lower(i + 2) === 'of') {
      const part = PART_WORDS.get(lower(i + 1))!;
      const j = i + 3;
      // Only explicit targets ("the end of 2024"): "the start of the year" is too loose to mark.
      const inner = partTarget(j);
      if (inner && inner.expr.k !== 'weekday') return { start: i, m: withPart(inner, part) };
      return null;
    }
    // "the weekend", "the third quarter", "the third quarter of 2024".
    if (w === 'the' && lower(i + 1) === 'weekend') return { start: i, m: { end: i + 2, expr: { k: 'period', unit: 'weekend', shift: 0 } } };
    // "Q3", "Q3 2024".
    if (w.length === 2 && w[0] === 'q' && w[1] >= '1' && w[1] <= '4' && tokens[i].text[0] === 'Q') {
      const y = yearAt(i + 1);
      return { start: i, m: { end: y === null ? i + 1 : i + 2, expr: { k: 'quarter', q: Number(w[1]), y: y ?? undefined } } };
    }
    // "early 2025", "mid-December", "late last year", "late Sunday".
    const dash = w.indexOf('-');
    if (dash > 0 && PART_WORDS.has(w.slice(0, dash)) && ['early', 'mid', 'late'].includes(w.slice(0, dash))) {
      const part = PART_WORDS.get(w.slice(0, dash))!;
      const rest = tokens[i].text.slice(dash + 1);
      const m = MONTHS.get(rest.toLowerCase());
      if (m !== undefined && rest[0] >= 'A' && rest[0] <= 'Z') {
        const y = yearAt(i + 1);
        return { start: i, m: { end: y !== null ? i + 2 : i + 1, expr: { k: 'month', m, y: y ?? undefined, part } } };
      }
      if (/^\d{4}$/.test(rest)) return { start: i, m: { end: i + 1, expr: { k: 'year', y: +rest, part } } };
      const decade = decadeStart(rest);
      if (decade !== null) return { start: i, m: { end: i + 1, expr: { k: 'year', y: decade, to: decade + 9, part } } };
      const s = SEASONS.get(rest.toLowerCase());
      if (s) return { start: i, m: { end: i + 1, expr: { k: 'season', s, part } } };
      return null;
    }
    if (w === 'early' || w === 'mid' || w === 'late') {
      const part = w;
      let j = i + 1;
      if ((lower(j) === '-' || lower(j) === '–') && touches(j)) j++;
      const inner = PERIOD_SHIFT.has(lower(j)) ? shiftedAt(j) : partTarget(j);
      // "late Monday" is a time of day: the date is "Monday".
      if (inner && inner.expr.k === 'weekday') return { start: j, m: inner };
      if (inner) return { start: i, m: withPart(inner, part) };
      return null;
    }
    if (w === 'earlier' || w === 'later') {
      if (lower(i + 1) === 'today' || lower(i + 1) === 'tonight') return { start: i, m: { end: i + 2, expr: { k: 'dayrel', offset: 0 } } };
      // "later that year", "earlier that day": the period of a date stated just before.
      const that = lower(i + 1) === 'that' ? thatPeriodAt(i + 1) : null;
      if (that) return { start: i, m: that };
      if (lower(i + 1) === 'this') {
        const unit = UNITS.get(lower(i + 2));
        if (unit && unit !== 'hour' && !lower(i + 2).endsWith('s')) {
          return { start: i, m: { end: i + 3, expr: { k: 'period', unit, shift: 0 } } };
        }
      }
      return null;
    }
    // "compared with year-earlier profit", "the year-ago results": the same period a year back.
    if (w === 'year' && lower(i + 1) === '-' && YEAR_BACK_WORDS.has(lower(i + 2)) && touches(i + 1) && touches(i + 2) && modifiedAt(i + 3)) {
      return { start: i, m: { end: i + 3, expr: { k: 'ago', unit: 'year', n: 1, earlier: true } } };
    }
    const dw = DAY_WORDS.get(w);
    if (dw !== undefined) {
      const end = DAY_PARTS.has(lower(i + 1)) ? i + 2 : i + 1;
      // "the day before yesterday", "the day after tomorrow": one day further.
      if (lower(i - 2) === 'day' && ((w === 'yesterday' && lower(i - 1) === 'before') || (w === 'tomorrow' && lower(i - 1) === 'after'))) {
        const start = lower(i - 3) === 'the' ? i - 3 : i - 2;
        return { start, m: { end, expr: { k: 'dayrel', offset: dw * 2 } } };
      }
      return { start: i, m: { end, expr: { k: 'dayrel', offset: dw } } };
    }
    if (w === 'recent' && UNITS.has(lower(i + 1)) && lower(i + 1).endsWith('s')) {
      const unit = UNITS.get(lower(i + 1))!;
      const start = prev === 'the' ? i - 1 : i;
      return { start, m: { end: i + 2, expr: { k: 'window', unit, n: LOOSE_COUNT[unit], dir: -1, vague: true } } };
    }
    // "ABC's \"This Week\"": a period in title case right after an opening quote is a programme's or a work's name.
    if (PERIOD_SHIFT.has(w) && isCap(i) && isCap(i + 1) && UNITS.has(lower(i + 1)) && OPENING_QUOTES.has(lower(i - 1))) return null;
    if (PERIOD_SHIFT.has(w)) {
      const m = shiftedAt(i);
      if (m) return { start: prev === 'the' ? i - 1 : i, m };
      return vagueTimeAt(i);
    }
    if (w === 'future' || w === 'near' || w === 'short' || w === 'long') return vagueTimeAt(i);
    // "nineteen ninety-six" (broadcast transcripts).
    const spelled = spelledYearAt(tokens, i);
    if (spelled) return { start: i, m: { end: spelled.end, expr: { k: 'year', y: spelled.expr } } };
    // "the 20th century", "11th-century".
    const century = centuryAt(tokens, i);
    if (century) return { start: i, m: { end: century.end, expr: { k: 'year', y: century.expr[0], to: century.expr[1] } } };
    // "three weeks ago", "a year ago".
    const count = countAt(i);
    if (count) {
      const unit = UNITS.get(lower(count.end));
      if (unit && lower(count.end + 1) === 'ago') {
        return { start: i, m: { end: count.end + 2, expr: { k: 'ago', unit, n: count.n } } };
      }
      // "a week or so ago": an approximate point back.
      if (unit && lower(count.end + 1) === 'or' && lower(count.end + 2) === 'so' && lower(count.end + 3) === 'ago') {
        return { start: i, m: { end: count.end + 4, expr: { k: 'ago', unit, n: count.n } } };
      }
      // "a year earlier", "two months earlier": back from the time the story is at.
      if (unit && unit !== 'hour' && lower(count.end + 1) === 'earlier' && (count.n > 1 || !lower(count.end).endsWith('s'))) {
        return { start: i, m: { end: count.end + 2, expr: { k: 'ago', unit, n: count.n, earlier: true } } };
      }
    }
    // "the 1990s", "in the '80s".
    const decade = decadeAt(i);
    if (decade) return { start: i, m: decade };
    const abs = absoluteAt(i, hasContext);
    if (abs) return { start: i, m: abs };
    const wd = weekdayAt(i);
    if (wd !== null) {
      // "Sunday night" is still Sunday.
      const end = DAY_PARTS.has(lower(i + 1)) ? i + 2 : i + 1;
      return { start: i, m: { end, expr: { k: 'weekday', wd } } };
    }
    // "winter 2023" needs no context: the year says it is a date.
    if (SEASONS.has(w) && yearAt(i + 1) !== null) return { start: i, m: seasonAt(i)! };
    // "between 1994 and 1997", "in 1994, 1995 and 1997": a year joined to a year before it.
    const listed = (prev === 'and' || prev === 'or' || prev === ',') && yearAt(i - 2) !== null;
    // "his unsuccessful 1996 campaign", "the company's disappointing 1989 results": an adjective between.
    const described = (tokens[i - 1]?.pos === 'ADJ' || (tokens[i - 1]?.pos === 'VERB' && /(?:ed|ing)$/.test(lower(i - 1)))) &&
      !isCap(i - 1) && (POSSESSIVES.has(lower(i - 2)) ||
      (DETERMINERS.has(lower(i - 2)) && lower(i - 2) !== 'a' && lower(i - 2) !== 'an'));
    // "notes due 2030", "in both 1990 and 1991".
    const framed = prev === 'due' || (prev === 'both' && MONTH_CONTEXT.has(lower(i - 2)));
    if (hasContext || listed || described || framed || POSSESSIVES.has(prev) || (DETERMINERS.has(prev) && prev !== 'a' && prev !== 'an')) {
      const y = yearWithContext(i, described);
      if (y) return { start: i, m: y };
    }
    // "a 2010 raid": after "a", only before a singular lower-case noun (a count would take a plural: "a 1,500 ..."), or
    // before a singular name in title case ("a 1971 Convention"; not units in capitals: "a 1500 MW plant").
    const titled = i + 1 < n && /^[A-Z][a-z]+$/.test(tokens[i + 1].text) && !lower(i + 1).endsWith('s') && (yearAt(i) ?? 0) >= 1800;
    if ((prev === 'a' || prev === 'an') && (titled || nounAt(i + 1)) && !lower(i + 1).endsWith('s')) {
      const y = yearRangeAt(i) ?? (yearAt(i) !== null ? { end: i + 1, expr: { k: 'year', y: yearAt(i)! } as Expr } : null);
      if (y) return { start: i, m: y };
    }
    // "the 2009-2010 pandemic", "during 2014–2022": a span of years needs no more context than a year.
    const span = yearRangeAt(i);
    if (span && (hasContext || DETERMINERS.has(prev) || nounAt(span.end))) return { start: i, m: span };
    // "to fall apart", "expected to fall further": the verb, not the season ("from spring to fall 2024" is).
    if (hasContext && !(w === 'fall' && prev === 'to' && yearAt(i + 1) === null && !SEASONS.has(lower(i - 2)))) {
      // "by summer", "in the summer", "the summer of 2024".
      const s = seasonAt(i);
      if (s) return { start: i, m: s };
    }
    // Attributive seasons are dates too: "their summer offensive", "a winter campaign".
    // "fall" and "spring" are also a verb and a noun ("the fall of the city"): only before a noun.
    if (SEASONS.has(w) && w !== 'fall' && (nounAt(i + 1) || (w !== 'spring' && DETERMINERS.has(prev)))) return { start: i, m: seasonAt(i)! };
    if (w === 'the' && SEASONS.has(lower(i + 1)) && MONTH_CONTEXT.has(prev)) {
      const s = seasonAt(i);
      if (s) return { start: i, m: s };
    }
    return null;
  };

  /**
   * The past and the future as such, marked as TimeML marks them (PAST_REF, FUTURE_REF) and left unplaced: "in the
   * past", "in the (near) future", "about the future", "in the near/short/long term". `i` is at "past", "future" or the
   * adjective; "the past week" and "the future of NATO" are not read here.
   */
  const vagueTimeAt = (i: number): { start: number; m: Match } | null => {
    const w = lower(i);
    let noun = i;
    if (w === 'near' || w === 'short' || w === 'long') {
      noun = i + 1;
      if (lower(noun) !== 'term' && !(w === 'near' && lower(noun) === 'future')) return null;
    } else if (w !== 'past' && w !== 'future') return null;
    const the = noun > i ? i - 1 : w === 'future' && (lower(i - 1) === 'near' || lower(i - 1) === 'distant') ? i - 2 : i - 1;
    const frame = lower(the - 1);
    if (lower(the) !== 'the' || !VAGUE_FRAMES.has(frame) || lower(noun + 1) === 'of' || lower(noun + 1) === '-') return null;
    // "in the past" only: "about the past" is a subject, not a time.
    if (w === 'past' && frame !== 'in') return null;
    return { start: the, m: { end: noun + 1, expr: { k: 'window', unit: 'year', n: 1, dir: w === 'past' ? -1 : 1, vague: true } } };
  };

  /** "summer", "the summer", "summer 2024", "the summer of 2024". */
  const seasonAt = (i: number): Match | null => {
    const j = lower(i) === 'the' ? i + 1 : i;
    const s = SEASONS.get(lower(j));
    if (!s) return null;
    const y = yearAt(j + 1) ?? (lower(j + 1) === 'of' ? yearAt(j + 2) : null);
    if (y !== null) return { end: lower(j + 1) === 'of' ? j + 3 : j + 2, expr: { k: 'season', s, y } };
    return { end: j + 1, expr: { k: 'season', s } };
  };

  /** What early/mid/late and "the end of" apply to: a month, a year, a season or a weekday. */
  const partTarget = (j: number): Match | null => {
    const abs = absoluteAt(j, true);
    if (abs && (abs.expr.k === 'month' || abs.expr.k === 'date')) return abs;
    const y = yearWithContext(j) ?? decadeAt(j);
    if (y) return y;
    const s = seasonAt(j);
    if (s) return s;
    const wd = weekdayAt(j);
    if (wd !== null) return { end: j + 1, expr: { k: 'weekday', wd } };
    // "the end of last year", "the start of next month": a shifted period is explicit enough.
    if (PERIOD_SHIFT.has(lower(j)) && lower(j) !== 'this') return shiftedAt(j);
    return null;
  };


  /** "February this year", "July 4 last year": a month or day without a year takes the one named after it. */
  const withYearAfter = (m: Match): Match => {
    const e = m.expr;
    if ((e.k !== 'month' && e.k !== 'date') || e.y !== undefined || (e.k === 'month' && e.shift !== undefined)) return m;
    const w = lower(m.end);
    if ((w !== 'this' && w !== 'last' && w !== 'next') || lower(m.end + 1) !== 'year') return m;
    return { end: m.end + 2, expr: { ...e, yRel: PERIOD_SHIFT.get(w)! } };
  };

  for (let i = 0; i < n; ) {
    const t = tokens[i];
    // Most tokens cannot open a date: skip them with one set look-up.
    // Holiday names open a date only capitalised ("New Year's Day", not "new").
    if (t.type !== 'number' && t.type !== 'ordinal' && t.type !== 'decade' && !STARTERS.has(t.lower) && t.lower.indexOf('-') < 0 &&
      !(HOLIDAY_STARTS.has(t.lower) && isCap(i))) { i++; continue; }
    const found = matchAt(i);
    if (!found || found.m.end <= i) { i++; continue; }
    const { start } = found;
    const m = withYearAfter(found.m);
    // "until 9 a.m. EST Tuesday": the relation stands before the time of day.
    const before = clockBefore(tokens, start) ?? start - 1;
    let rel: Relation | null = RELATIONS.get(lower(before)) ?? null;
    // "as of January 2025" is a snapshot: read like "in".
    if (lower(before) === 'of' && lower(before - 1) === 'as') rel = 'in';
    if (out.length && out[out.length - 1].endTok > start) { i = m.end; continue; }
    const prevRaw = out.length ? out[out.length - 1] : null;
    // "zones announced for Wednesday and Thursday": the second weekday shares the first one's direction.
    const chained = prevRaw !== null && prevRaw.endTok === start - 1 && (lower(start - 1) === 'and' || lower(start - 1) === 'or') &&
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
    out.push({ startTok: start, endTok: m.end, expr: m.expr, rel, future, past: !future && told, lead });
    i = m.end;
  }
  return out;
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

/** The first year of a decade written "1990s" or "'80s" (the 1900s), else null. */
function decadeStart(text: string): number | null {
  const full = /^(1[89]|2[01])(\d)0s$/.exec(text);
  if (full) return +(full[1] + full[2] + '0');
  const short = /^['’](\d)0s$/.exec(text);
  return short ? 1900 + 10 * +short[1] : null;
}

/** True when token i starts a sentence: the text, a line or a sentence mark (maybe a quote) comes before it. */
function opensSentence(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && (tokens[k].text === '"' || tokens[k].text === '“' || tokens[k].text === '``')) k--;
  if (k < 0) return true;
  const t = tokens[k];
  return t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?';
}

/**
 * Words that open a look-ahead before the date in the same sentence ("will", "would ... in the third quarter",
 * "expected on Thursday", "another strike looming on Wednesday"). Prepositions alone do not: "had vaccinated 60,000 by Thursday" looks back.
 */
const FUTURE_CUES = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'would', 'may', 'might', 'scheduled', 'due', 'upcoming', 'plan', 'plans', 'planned', 'planning',
  'expected', 'expects', 'aims', 'intends', 'forecast', 'forecasts', 'looming', 'forthcoming',
]);
const FUTURE_LOOKBACK = 12;

/** Before "to", these make what follows lie ahead: "is to resume Tuesday", "set to resume Monday", "going to". */
const FUTURE_BEFORE_TO = new Set(['is', 'are', 'set', 'poised', 'going', 'about']);

function looksAhead(tokens: Token[], start: number): boolean {
  // "as soon as Tuesday", "as early as Tuesday": the earliest a coming event can be.
  if (start >= 3 && tokens[start - 1].lower === 'as' && tokens[start - 3].lower === 'as' &&
    (tokens[start - 2].lower === 'soon' || tokens[start - 2].lower === 'early')) return true;
  for (let k = start - 1; k >= 0 && k >= start - FUTURE_LOOKBACK; k--) {
    const t = tokens[k];
    if (t.lower === 'to' && k > 0 && FUTURE_BEFORE_TO.has(tokens[k - 1].lower)) return true;
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    // "in May, up 40% from April": the month is no modal verb.
    // "might have been expected to ease by Sunday, but ...", "had been planned for Friday": an expectation in the
    // perfect was held before the report; what it looked to is past, not ahead.
    if (FUTURE_CUES.has(t.lower) && !(t.lower === 'may' && t.text !== 'may')) return !perfectAt(tokens, k);
    // "said they would appeal the decision, announced Wednesday": a past verb nearer the date owns it; so does
    // a past verb of saying right before it ("Cuba predicted Wednesday").
    if (isPastVerb(tokens, k) || (k >= start - 2 && isPastVerb(tokens, k, true))) return false;
  }
  return false;
}

/** Auxiliaries of the perfect: "have been expected", "had been planned". */
const PERFECT_AUX = new Set(['have', 'has', 'had', "'ve", '’ve', "'d", '’d']);

/** The participle at k is in the perfect: "had planned", "might have been expected". */
function perfectAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return PERFECT_AUX.has(before) || (before === 'been' && PERFECT_AUX.has(tokens[k - 2]?.lower ?? ''));
}

/**
 * A date that opens its sentence takes the tense of the verb after it: "On Tuesday, the league plans to hold a news
 * conference" looks ahead; "On Tuesday, the league said it would ..." does not (the past verb comes first).
 */
function aheadAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k < end + LEAD_WINDOW; k++) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    if (isPastVerb(tokens, k) || PAST_IRREGULAR.has(t.lower) || FORWARD_VERBS.has(t.lower)) return false;
    if (AHEAD_MODALS.has(t.lower)) return true;
    if (t.lower !== 'to' || k < 2) continue;
    // "the union plans to", not "her plans to travel" (a noun after a determiner).
    if (FUTURE_BEFORE_TO.has(tokens[k - 1].lower) || (AHEAD_BEFORE_TO.has(tokens[k - 1].lower) && !DETERMINERS.has(tokens[k - 2].lower))) return true;
  }
  return false;
}
/** Modals after a sentence-opening date that make it look ahead (not "would": reported speech in the past). */
const AHEAD_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
/** Present verbs before "to" that make a sentence-opening date look ahead ("plans to hold"; "plans" alone is a noun). */
const AHEAD_BEFORE_TO = new Set(['plan', 'plans', 'aims', 'intends', 'expects', 'hopes', 'wants']);

/** Verbs that grant time up to a point: "gave them until", "extended the deadline until". */
const GRANTING_VERBS = new Set(['gave', 'given', 'granted', 'allowed', 'extended', 'postponed', 'delayed', 'deferred', 'adjourned']);

/** A granting verb in the clause before "until" at `until`. */
function grantedUntil(tokens: Token[], until: number): boolean {
  for (let k = until - 1; k >= 0 && k >= until - FUTURE_LOOKBACK; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';' || t.text === ',') return false;
    if (GRANTING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs that set something for a coming day: "announced live-fire zones for Wednesday". */
const SETTING_VERBS = new Set(['announced', 'declared', 'set', 'called', 'ordered', 'issued', 'designated', 'closed', 'planned', 'warned']);

/** A weekday after "for" in a sentence whose verb sets something up looks ahead. */
function announcedFor(tokens: Token[], start: number, expr: Expr): boolean {
  if (expr.k !== 'weekday' || expr.shift !== undefined || start === 0 || tokens[start - 1].lower !== 'for') return false;
  for (let k = start - 2; k >= 0 && k >= start - 2 * FUTURE_LOOKBACK; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    if (SETTING_VERBS.has(t.lower)) return !perfectAt(tokens, k);
  }
  return false;
}

/** Past forms that do not end in -ed. */
const PAST_IRREGULAR = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'struck', 'fell', 'rose', 'began', 'came', 'went', 'took', 'made', 'saw',
  'met', 'left', 'fought', 'held', 'shot', 'won', 'lost', 'sent', 'led', 'spoke', 'gave', 'brought', 'found', 'broke',
  'flew', 'ran', 'built', 'became', 'caught', 'drove', 'fled', 'hit', 'kept', 'knew', 'paid', 'stood', 'swept', 'tore',
  'wrote', 'withdrew', 'overran', 'shook', 'sank', 'stole', 'seized', 'killed',
]);
/** Present forms that end in -ed like a past one ("need a decision by Monday", "proceed"). */
const PRESENT_ED = new Set([
  'need', 'proceed', 'succeed', 'exceed', 'feed', 'bleed', 'speed', 'breed', 'heed', 'seed', 'embed',
]);
/** Before an -ed form these make it no past tense ("will be deployed", "to be finished"). */
const NOT_PAST_BEFORE = new Set(['will', 'would', 'to', 'be', 'being', 'is', 'are', 'am', "'ll", '’ll', 'shall', 'must', 'should', 'can']);
const PAST_WINDOW = 12;
/** How far a sentence-opening date looks for the sentence's verb. */
const LEAD_WINDOW = 30;

/** A past-tense verb in the same sentence, within a few tokens of the date. */
function toldInPast(tokens: Token[], start: number, end: number, window = PAST_WINDOW): boolean {
  for (let k = start - 1; k >= 0 && k >= start - PAST_WINDOW; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') break;
    if (isPastVerb(tokens, k)) return true;
  }
  for (let k = end; k < tokens.length && k < end + window; k++) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') break;
    if (isPastVerb(tokens, k)) return true;
  }
  return false;
}

/** Past forms that announce what is to come ("warned of more rain over the weekend"): no past reading. */
const FORWARD_VERBS = new Set([
  'warned', 'forecast', 'predicted', 'expected', 'planned', 'scheduled', 'urged', 'advised', 'promised', 'pledged',
  'vowed', 'threatened', 'issued', 'projected', 'anticipated', 'proposed', 'called', 'postponed', 'delayed', 'adjourned',
  'extended', 'deferred',
]);

function isPastVerb(tokens: Token[], k: number, forwardToo = false): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (FORWARD_VERBS.has(t.lower) && !forwardToo) return false;
  if (PAST_IRREGULAR.has(t.lower)) return true;
  return t.lower.endsWith('ed') && t.lower.length > 3 && !PRESENT_ED.has(t.lower) && !(k > 0 && NOT_PAST_BEFORE.has(tokens[k - 1].lower));
}

function withPart(m: Match, part: Part): Match {
  const e = m.expr;
  if (e.k === 'month' || e.k === 'year' || e.k === 'season' || e.k === 'period') return { end: m.end, expr: { ...e, part } };
  return m;
}
