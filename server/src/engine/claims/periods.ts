// Periods written differently are one period: "the first half", "H1", "January-June", "the six months to June" and "the
// first six months of the year" all name January to June; "the June quarter" and "the three months to June" name April to
// June; "the year to date" and "so far this year" run from January 1 to the day of the report. The date recognizer reads
// their parts (a month, a year) or nothing; the claim's time needs the whole period, so these shapes are read here, over
// the tokens and the dates already found. Linear in tokens and dates.
import type { DateMention, Token } from '../types';
import { tokenAt } from '../text/offsets';
import { joinDateRanges } from './time';
import { MONTH_NAME_LIST } from '../dates/lexicon';
import { daysBefore, daysBetween } from '../dates/calendar';

const MONTH_OF = new Map<string, number>();
MONTH_NAME_LIST.forEach((m, i) => {
  MONTH_OF.set(m, i + 1);
  if (m !== 'may') MONTH_OF.set(m.slice(0, 3), i + 1);
});
MONTH_OF.set('sept', 9);
const COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12]]);
/** "the six months to June", "nine months ended September 30". */
const MONTHS_TO = new Set(['to', 'through', 'thru', 'ending', 'ended', 'until', 'till']);
/** "January-June", "January to June". */
const MONTH_JOINS = new Set(['-', '\u2013', '\u2014', 'to', 'through', 'thru']);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthStart = (y: number, m: number) => (m < 1 ? iso(y - 1, m + 12, 1) : iso(y, m, 1));
const monthEnd = (y: number, m: number) => iso(y, m, lastDay(y, m));

function countAt(t: Token | undefined): number | null {
  if (!t) return null;
  const n = COUNTS.get(t.lower) ?? (/^\d{1,2}$/.test(t.text) ? Number(t.text) : null);
  return n !== null && n >= 2 && n <= 12 ? n : null;
}

/** A date that is one whole month: its year and month, else null. */
function wholeMonth(d: DateMention): { y: number; m: number } | null {
  if (!d.from || !d.to) return null;
  const y = Number(d.from.slice(0, 4));
  const m = Number(d.from.slice(5, 7));
  return d.from.endsWith('-01') && d.to === monthEnd(y, m) ? { y, m } : null;
}

/** A date that is one whole calendar year: its year, else null. */
function wholeYear(d: DateMention): number | null {
  if (!d.from || !d.to) return null;
  const y = Number(d.from.slice(0, 4));
  return d.from === iso(y, 1, 1) && d.to === iso(y, 12, 31) ? y : null;
}

/** The year of the latest half `h` that had begun by publication. */
function halfYear(h: 1 | 2, published: string): number {
  const y = Number(published.slice(0, 4));
  return h === 2 && Number(published.slice(5, 7)) < 7 ? y - 1 : y;
}

/**
 * A fiscal year written as two years ("2011-12", "2011-'12", "FY2016-17"): the year from April to March, the common
 * fiscal year of the reports that write it so. The year and the last token it takes, or null.
 */
function fiscalAt(tokens: readonly Token[], i: number): { y: number; end: number } | null {
  const joined = /^(?:FY)?((?:19|20)\d\d)[-\u2013/](\d\d)$/.exec(tokens[i]?.text ?? '');
  if (joined) return (Number(joined[1]) + 1) % 100 === Number(joined[2]) ? { y: Number(joined[1]), end: i } : null;
  if (!/^(?:19|20)\d\d$/.test(tokens[i]?.text ?? '') || !/^[-\u2013/]$/.test(tokens[i + 1]?.text ?? '')) return null;
  if (tokens[i + 1].start !== tokens[i].end) return null;
  const k = tokens[i + 2]?.text === "'" || tokens[i + 2]?.text === '\u2019' ? i + 3 : i + 2;
  const y = Number(tokens[i].text);
  return /^\d\d$/.test(tokens[k]?.text ?? '') && (y + 1) % 100 === Number(tokens[k].text) ? { y, end: k } : null;
}

/** "this period", "that period", "the same period": the period named last before it. */
function periodAnaphor(tokens: readonly Token[], i: number): number {
  const w = tokens[i].lower;
  if (w !== 'this' && w !== 'that' && w !== 'the') return -1;
  const k = tokens[i + 1]?.lower === 'same' ? i + 2 : i + 1;
  if (tokens[k]?.lower !== 'period' || (w === 'the' && k === i + 1)) return -1;
  const next = tokens[k + 1]?.lower ?? '';
  return next === 'of' || next === 'from' || next === 'between' ? -1 : k;
}

/** Shortest span read as a period an anaphor ("this period") may point back to, in days. */
const ANAPHOR_MIN_DAYS = 60;
/** Farthest back (characters) a period anaphor looks for the period it names. */
const ANAPHOR_REACH = 800;

const span = (tokens: readonly Token[], a: number, b: number, from: string, to: string): DateMention =>
  ({ start: tokens[a].start, end: tokens[b].end, text: tokens.slice(a, b + 1).map(t => t.text).join(' '), from, to });

/** A date read as a wider or narrower period from the words around it, or null. */
function reread(d: DateMention, tokens: readonly Token[], published: string | null, starts: ReadonlySet<number>,
  after?: DateMention): DateMention | null {
  const a = tokenAt(tokens, d.start);
  const b = tokenAt(tokens, d.end - 1);
  const lower = (i: number) => tokens[i]?.lower ?? '';
  const counted = after ? monthsCountedTo(tokens, a, b, after) : null;
  if (counted) return counted;
  const side = sideOfReport(d, lower(a), published);
  if (side) return side;
  const month = wholeMonth(d);
  if (month) {
    // "the six months to June", "nine months ended September": the months up to and with that one.
    const n = countAt(tokens[a - 3]);
    if (n && lower(a - 2) === 'months' && MONTHS_TO.has(lower(a - 1))) {
      const first = month.m - n + 1;
      return span(tokens, a - 3, b, monthStart(month.y, first), d.to!);
    }
    // "the June quarter": the quarter that ends with that month.
    if (lower(b + 1) === 'quarter' && month.m % 3 === 0) return span(tokens, a, b + 1, monthStart(month.y, month.m - 2), d.to!);
    // "January-June", "January to June" (the second month left unread): both months and those between.
    const m2 = MONTH_OF.get(lower(b + 2));
    if (m2 && MONTH_JOINS.has(lower(b + 1)) && tokens[b + 2].text[0] !== tokens[b + 2].lower[0] && !starts.has(tokens[b + 2].start)) {
      const y2 = m2 > month.m ? month.y : month.y + 1;
      return span(tokens, a, b + 2, d.from!, monthEnd(y2, m2));
    }
  }
  const year = wholeYear(d);
  const fiscal = year !== null ? fiscalAt(tokens, a) : null;
  if (fiscal && fiscal.end > b) return span(tokens, a, fiscal.end, iso(fiscal.y, 4, 1), iso(fiscal.y + 1, 3, 31));
  if (year !== null) {
    // "the first six months of 2024", "the first nine months of the year".
    const at = lower(a - 1) === 'of' ? a - 1 : -1;
    const n = at > 0 ? countAt(tokens[at - 2]) : null;
    if (n && lower(at - 1) === 'months' && lower(at - 3) === 'first') return span(tokens, at - 3, b, iso(year, 1, 1), monthEnd(year, n));
    // "so far this year", "this year so far", "this year to date": up to the day of the report.
    const soFar = (lower(a - 2) === 'so' && lower(a - 1) === 'far') || (lower(b + 1) === 'so' && lower(b + 2) === 'far')
      || (lower(b + 1) === 'to' && lower(b + 2) === 'date');
    if (soFar && published && published.startsWith(String(year))) return { ...d, from: iso(year, 1, 1), to: published };
  }
  return null;
}

/** "earlier this week", "later this month": the words the date recognizer reads as the whole period (TimeML's span). */
const THIS_PERIOD_SIDE = /^(earlier|later)\s{1,3}this\s{1,3}(week|month|year)$/i;

/**
 * "had reported 74 deaths earlier this week" in a report of Friday: the claim's time is the week's days before the
 * report's day, not the whole week that holds the report's own figures; "later this month" the days after it (round 30).
 * The recognizer keeps TimeML's whole period (dates-timeml3.test.js). Null when no day of the period is left.
 */
function sideOfReport(d: DateMention, first: string, published: string | null): DateMention | null {
  if (!published || !d.from || !d.to || !THIS_PERIOD_SIDE.test(d.text)) return null;
  if (first === 'earlier') {
    const to = daysBefore(published, 1);
    return to >= d.from && to < d.to ? { ...d, to } : null;
  }
  const from = daysBefore(published, -1);
  return from <= d.to && from > d.from ? { ...d, from } : null;
}

/** "the past three months", "the last six months": a count of months back from some day. */
const BACK_LEADS = new Set(['past', 'last', 'previous']);

/**
 * "the past three months to the end of August", "the last six months through June": the months counted back from the
 * date after "to" (its month and the ones before it), not from the report's day. `d` spans tokens [a, b] and reads
 * "(the) past|last N months"; `after` is the next date, right after the joining word. Null for any other shape.
 */
function monthsCountedTo(tokens: readonly Token[], a: number, b: number, after: DateMention): DateMention | null {
  if (tokens[b]?.lower !== 'months' || !BACK_LEADS.has(tokens[b - 2]?.lower ?? '') || b - 2 < a) return null;
  const n = countAt(tokens[b - 1]);
  if (!n || !MONTHS_TO.has(tokens[b + 1]?.lower ?? '') || tokens[b + 2]?.start !== after.start || !after.to) return null;
  const y = Number(after.to.slice(0, 4));
  const m = Number(after.to.slice(5, 7));
  return span(tokens, a, tokenAt(tokens, after.end - 1), monthStart(y, m - n + 1), monthEnd(y, m));
}

/** Words that open a period no date covers, besides years, "FY…" and "H1"/"H2". */
const UNDATED_LEADS: ReadonlySet<string> = new Set(['first', 'second', 'year', 'ytd']);

/** A period no date covers: "H1 2024", "the first half", "the first six months", "the year to date". */
function undatedAt(tokens: readonly Token[], i: number, published: string | null): { end: number; from: string; to: string } | null {
  const t = tokens[i];
  // Read for every token: only a year ("2024", "2011-12": 1 or 2 and four characters or more), "FY…", "H1"/"H2" or a
  // lead word may open such a period.
  const c = t.text.charCodeAt(0);
  const lead = ((c === 49 || c === 50) && t.text.length >= 4) || (c === 70 && t.text.charCodeAt(1) === 89) || (c === 72 && t.text.length === 2);
  if (!lead && !UNDATED_LEADS.has(t.lower)) return null;
  return undatedFrom(tokens, i, published);
}

/**
 * undatedAt past its lead test. Apart because its closures capture the tokens and the index: in one function with the
 * test, V8 made their context on every call, for every token of a report (10 MB a megabyte of a price list).
 */
function undatedFrom(tokens: readonly Token[], i: number, published: string | null): { end: number; from: string; to: string } | null {
  const t = tokens[i];
  const fiscal = fiscalAt(tokens, i);
  if (fiscal) return { end: fiscal.end, from: iso(fiscal.y, 4, 1), to: iso(fiscal.y + 1, 3, 31) };
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const yearAt = (k: number) => (/^(19|20)\d\d$/.test(tokens[k]?.text ?? '') ? Number(tokens[k].text) : null);
  const half = /^H[12]$/.test(t.text) ? (Number(t.text[1]) as 1 | 2)
    : (lower(i) === 'first' || lower(i) === 'second') && lower(i + 1) === 'half' && lower(i + 2) !== 'of' ? (lower(i) === 'first' ? 1 : 2) : null;
  if (half) {
    const y = t.text[0] === 'H' ? yearAt(i + 1) : null;
    const year = y ?? (published ? halfYear(half, published) : null);
    if (year === null) return null;
    const end = y !== null ? i + 1 : t.text[0] === 'H' ? i : i + 1;
    return { end, from: iso(year, half === 1 ? 1 : 7, 1), to: monthEnd(year, half === 1 ? 6 : 12) };
  }
  if (!published) return null;
  const py = Number(published.slice(0, 4));
  // "the first seven months": of the report's year (the last year whose months had passed).
  const n = lower(i) === 'first' ? countAt(tokens[i + 1]) : null;
  if (n && lower(i + 2) === 'months' && lower(i + 3) !== 'of') {
    const y = Number(published.slice(5, 7)) > n ? py : py - 1;
    return { end: i + 2, from: iso(y, 1, 1), to: monthEnd(y, n) };
  }
  // "the year to date", "year-to-date", "YTD".
  if (t.text === 'YTD') return { end: i, from: iso(py, 1, 1), to: published };
  if (lower(i) === 'year') {
    const k = lower(i + 1) === '-' ? i + 2 : i + 1;
    const j = lower(k + 1) === '-' ? k + 2 : k + 1;
    if (lower(k) === 'to' && lower(j) === 'date') return { end: j, from: iso(py, 1, 1), to: published };
  }
  return null;
}

/** The last period (two months or longer) read before `at`, within reach. */
function lastPeriod(out: readonly DateMention[], at: number): DateMention | null {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) {
    const d = out[k];
    if (at - d.end > ANAPHOR_REACH) return null;
    if (d.from && d.to && daysBetween(d.from, d.to) >= ANAPHOR_MIN_DAYS) return d;
  }
  return null;
}

/**
 * The dates with periods written in other words read as the period: dates re-read from the words around them,
 * periods no date covers added, dates joined into periods (time.ts), and "this period" read as the period before it.
 * Sorted by start, as the input.
 */
export function readPeriods(dates: readonly DateMention[], tokens: readonly Token[], published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const starts = new Set(dates.map(d => d.start));
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Tokens inside a date are read with it.
    while (next < dates.length && dates[next].end <= tokens[i].start) {
      out.push(reread(dates[next], tokens, published, starts, dates[next + 1]) ?? dates[next]);
      next++;
    }
    if (next < dates.length && dates[next].start <= tokens[i].start) continue;
    const p = undatedAt(tokens, i, published);
    if (!p) continue;
    out.push(span(tokens, i, p.end, p.from, p.to));
    i = p.end;
  }
  for (; next < dates.length; next++) out.push(reread(dates[next], tokens, published, starts, dates[next + 1]) ?? dates[next]);
  out.sort((x, y) => x.start - y.start);
  // A re-read date may now cover the date after it ("January-June" over "June"): the wider one stands.
  const kept: DateMention[] = [];
  for (const d of out) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end && d.end <= last.end) continue;
    kept.push(d);
  }
  return withAnaphors(joinYearBack(joinDateRanges(kept, tokens), tokens), tokens);
}

/** A current period that a year-back date right after it moves back ("this month last year"): its unit words. */
const CURRENT_PERIOD = /^this\s(?:week|month|quarter)$/i;
/** Dates that put the period before them a year back: "last year", "a year ago", "a year earlier". */
const YEAR_BACK = /^(?:last\syear|a\syear\s(?:ago|earlier)|the\s(?:previous\syear|year\sbefore))$/i;
/** Days a week or a day is moved back by "last year": 52 weeks, the same weekdays. */
const YEAR_OF_WEEKS = 364;

/** `d` (a resolved period) one year earlier: whole months stay whole months; other spans move back 52 weeks. */
function yearEarlier(d: DateMention): { from: string; to: string } | null {
  if (!d.from || !d.to) return null;
  const y = Number(d.from.slice(0, 4));
  const m = Number(d.from.slice(5, 7));
  const m2 = Number(d.to.slice(5, 7));
  const y2 = Number(d.to.slice(0, 4));
  if (d.from.endsWith('-01') && d.to === monthEnd(y2, m2)) return { from: iso(y - 1, m, 1), to: monthEnd(y2 - 1, m2) };
  return { from: daysBefore(d.from, YEAR_OF_WEEKS), to: daysBefore(d.to, YEAR_OF_WEEKS) };
}

/**
 * "10,148 cases were reported during this month last year": the current period followed, one token on, by a year-back
 * date is that period a year earlier, one date over both words; not this month, nor all of last year (round 24). Only
 * "this week/month/quarter" right before "last year", "a year ago/earlier", "the previous year", "the year before".
 */
function joinYearBack(dates: readonly DateMention[], tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    const back = b && CURRENT_PERIOD.test(a.text) && YEAR_BACK.test(b.text) ? yearEarlier(a) : null;
    if (back && tokens[tokenAt(tokens, a.end - 1) + 1]?.start === b.start) {
      out.push({ start: a.start, end: b.end, text: `${a.text} ${b.text}`, ...back });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "during this period", "over the same period": the period named last before, as a date of its own. */
function withAnaphors(dates: readonly DateMention[], tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < dates.length && dates[next].start <= tokens[i].start) out.push(dates[next++]);
    if (out.length && out[out.length - 1].end > tokens[i].start) continue;
    const anaphor = periodAnaphor(tokens, i);
    if (anaphor < 0) continue;
    const last = lastPeriod(out, tokens[i].start);
    if (last) out.push({ ...span(tokens, i, anaphor, last.from!, last.to!) });
    i = anaphor;
  }
  for (; next < dates.length; next++) out.push(dates[next]);
  return out;
}
