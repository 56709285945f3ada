// Years and spans of years: a bare year where the words around make it a date ("in 2024", "the 2020 figure", "a
// 2010 raid"), spans ("2009-2010"), decades ("the 1990s", "'80s"), "fiscal 2024", and years in words ("nineteen
// ninety-six", "the 20th century").
import { nounAt, yearAt } from './atoms';
import type { Expr, Located, Match } from './expr';
import { DETERMINERS, MONTH_CONTEXT, PERIOD_OBJECT_VERBS, POSSESSIVES, YEAR_NAMED_PLURALS } from './lexicon';
import { centuryAt, spelledYearAt } from './named';
import type { ScanContext } from './scanContext';

/** The first year of a decade written "1990s" or "'80s" (the 1900s), else null. */
export function decadeStart(text: string): number | null {
  const full = /^(1[89]|2[01])(\d)0s$/.exec(text);
  if (full) return +(full[1] + full[2] + '0');
  const short = /^['’](\d)0s$/.exec(text);
  return short ? 1900 + 10 * +short[1] : null;
}

/** A decade: "1990s", "'80s" (read in the 1900s); the years it spans. */
export function decadeAt(c: ScanContext, i: number): Match | null {
  if (i < 0 || i >= c.n || c.tokens[i].type !== 'decade') return null;
  const y = decadeStart(c.tokens[i].text);
  return y === null ? null : { end: i + 1, expr: { k: 'year', y, to: y + 9 } };
}

/** A bare year where the context says it is a date ("in 2024", "since 2023"), not a count. */
export function yearWithContext(c: ScanContext, i: number, described = false): Match | null {
  const range = yearRangeAt(c, i);
  if (range) return range;
  const y = yearAt(c, i);
  if (y === null) return null;
  const next = i + 1 < c.n ? c.tokens[i + 1] : null;
  // "in 2024 cases" is a count; "the 2020 figure" is a date used as a modifier, and so is "the 2016 elections" (a
  // plural no count of thousands precedes without a separator).
  const attributive = (described || DETERMINERS.has(c.lower(i - 1)) || POSSESSIVES.has(c.lower(i - 1))) && next !== null &&
    (!next.lower.endsWith('s') || YEAR_NAMED_PLURALS.has(next.lower));
  if (!attributive && next && next.type === 'word' && next.pos === 'NOUN' && next.lower !== 'alone' && !c.isCap(i + 1)) return null;
  if (next && (next.text === '%' || next.lower === 'percent')) return null;
  return { end: i + 1, expr: { k: 'year', y } };
}

/** "2009-2010", "2009–10", "2009 - 2010": a span of years, the second after the first and within a century. */
export function yearRangeAt(c: ScanContext, i: number): Match | null {
  const t = i >= 0 && i < c.n ? c.tokens[i] : null;
  if (!t || t.type !== 'number') return null;
  // The shortest joined span is seven characters ("2009-10"): shorter numbers skip the regex.
  const one = t.text.length >= 7 ? /^(\d{4})[-–](\d{2}|\d{4})$/.exec(t.text) : null;
  let a: number | null = null;
  let b = '';
  let end = i + 1;
  if (one) {
    a = +one[1];
    b = one[2];
  } else if ((c.lower(i + 1) === '-' || c.lower(i + 1) === '–') && i + 2 < c.n && c.tokens[i + 2].type === 'number') {
    a = yearAt(c, i);
    b = c.tokens[i + 2].text;
    end = i + 3;
  }
  if (a === null || a < 1800 || a > 2199 || !/^(?:\d{2}|\d{4})$/.test(b)) return null;
  const to = b.length === 2 ? Math.floor(a / 100) * 100 + +b : +b;
  if (!(to > a && to - a < 100)) return null;
  return { end, expr: { k: 'year', y: a, to } };
}

/** "fiscal 2024": read as the calendar year. */
export function fiscalYearAt(c: ScanContext, i: number, w: string): Located | null {
  if (w === 'fiscal' && yearAt(c, i + 1) !== null) return { start: i, m: { end: i + 2, expr: { k: 'year', y: yearAt(c, i + 1)! } } };
  return null;
}

/** Years in words and centuries. */
export function wordYearAt(c: ScanContext, i: number): Located | null {
  // "nineteen ninety-six" (broadcast transcripts).
  const spelled = spelledYearAt(c.tokens, i);
  if (spelled) return { start: i, m: { end: spelled.end, expr: { k: 'year', y: spelled.expr } } };
  // "the 20th century", "11th-century".
  const century = centuryAt(c.tokens, i);
  if (century) return { start: i, m: { end: century.end, expr: { k: 'year', y: century.expr[0], to: century.expr[1] } } };
  return null;
}

/** A bare year or span of years the words before it make a date. */
export function contextYearAt(c: ScanContext, i: number, prev: string, hasContext: boolean): Located | null {
  // "between 1994 and 1997", "in 1994, 1995 and 1997": a year joined to a year before it.
  const listed = (prev === 'and' || prev === 'or' || prev === ',') && yearAt(c, i - 2) !== null;
  // "his unsuccessful 1996 campaign", "the company's disappointing 1989 results": an adjective between.
  const described = (c.tokens[i - 1]?.pos === 'ADJ' || (c.tokens[i - 1]?.pos === 'VERB' && /(?:ed|ing)$/.test(c.lower(i - 1)))) &&
    !c.isCap(i - 1) && (POSSESSIVES.has(c.lower(i - 2)) ||
    (DETERMINERS.has(c.lower(i - 2)) && c.lower(i - 2) !== 'a' && c.lower(i - 2) !== 'an'));
  // "notes due 2030", "in both 1990 and 1991", "closed 2017 with".
  const framed = prev === 'due' || PERIOD_OBJECT_VERBS.has(prev) || (prev === 'both' && MONTH_CONTEXT.has(c.lower(i - 2)));
  if (hasContext || listed || described || framed || POSSESSIVES.has(prev) || (DETERMINERS.has(prev) && prev !== 'a' && prev !== 'an')) {
    const y = yearWithContext(c, i, described);
    if (y) return { start: i, m: y };
  }
  return articleYearAt(c, i, prev) ?? spanAt(c, i, prev, hasContext);
}

/**
 * "a 2010 raid": after "a", only before a singular lower-case noun (a count would take a plural: "a 1,500 ..."), or
 * before a singular name in title case ("a 1971 Convention"; not units in capitals: "a 1500 MW plant").
 */
function articleYearAt(c: ScanContext, i: number, prev: string): Located | null {
  // Only after "a"/"an": the title-case test below ran its regex at every token.
  if (prev !== 'a' && prev !== 'an') return null;
  const titled = i + 1 < c.n && /^[A-Z][a-z]+$/.test(c.tokens[i + 1].text) && !c.lower(i + 1).endsWith('s') && (yearAt(c, i) ?? 0) >= 1800;
  if ((prev === 'a' || prev === 'an') && (titled || nounAt(c, i + 1)) && !c.lower(i + 1).endsWith('s')) {
    const y = yearRangeAt(c, i) ?? (yearAt(c, i) !== null ? { end: i + 1, expr: { k: 'year', y: yearAt(c, i)! } as Expr } : null);
    if (y) return { start: i, m: y };
  }
  return null;
}

/** "the 2009-2010 pandemic", "during 2014–2022": a span of years needs no more context than a year. */
function spanAt(c: ScanContext, i: number, prev: string, hasContext: boolean): Located | null {
  const span = yearRangeAt(c, i);
  if (span && (hasContext || DETERMINERS.has(prev) || nounAt(c, span.end))) return { start: i, m: span };
  return null;
}
