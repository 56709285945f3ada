// Dates written as names or words rather than digits: holidays ("Thanksgiving Day", "last Christmas"), spelled-out
// years of broadcast transcripts ("nineteen ninety-six"), centuries ("the 20th century") and halves of a year ("the
// first half of 1989"). Each matcher looks a fixed number of tokens ahead.
import { numberWordValue, WORD_SCALES } from '../quantities/numbers';
import { CENTURY_WORDS, HOLIDAYS } from './lexicon';
import type { HolidayRule } from './lexicon';
import type { Token } from '../types';

interface Found<E> {
  end: number;
  expr: E;
}

const lowerAt = (tokens: Token[], i: number): string => (i >= 0 && i < tokens.length ? tokens[i].lower : '');
const capAt = (tokens: Token[], i: number): boolean => {
  const c = i >= 0 && i < tokens.length ? tokens[i].text.charCodeAt(0) : 0;
  return c >= 65 && c <= 90;
};

/** Longest holiday name in the table: words looked at. */
const HOLIDAY_WORDS = Math.max(...[...HOLIDAYS.keys()].map(k => k.split(' ').length));
/** The first words of the table's names: a capitalised word that opens none builds no keys (read for every one). */
const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set([...HOLIDAYS.keys()].map(k => k.split(' ')[0]));

/**
 * A holiday named at i, capitalised: "Thanksgiving", "Christmas Day", "New Year's Eve". A name followed by a noun is
 * something else ("a Christmas tree", "the Good Friday Agreement", "Easter Island").
 */
export function holidayAt(tokens: Token[], i: number): Found<HolidayRule> | null {
  if (!capAt(tokens, i) || !HOLIDAY_FIRST_WORDS.has(tokens[i].lower)) return null;
  for (let len = HOLIDAY_WORDS; len >= 1; len--) {
    if (i + len > tokens.length) continue;
    let key = tokens[i].lower;
    for (let k = 1; k < len; k++) key += ' ' + tokens[i + k].lower;
    const rule = HOLIDAYS.get(key);
    if (!rule) continue;
    const next = i + len < tokens.length ? tokens[i + len] : null;
    if (next && next.type === 'word' && (next.pos === 'NOUN' || next.pos === 'PROPN')) return null;
    return { end: i + len, expr: rule };
  }
  return null;
}

/**
 * A year in words: "nineteen ninety-six", "nineteen eighty", "twenty twenty-one" (a century word, then a tens word and
 * maybe a unit joined by a hyphen or a space).
 */
export function spelledYearAt(tokens: Token[], i: number): Found<number> | null {
  const century = CENTURY_WORDS.get(lowerAt(tokens, i));
  if (century === undefined) return null;
  const tens = numberWordValue(lowerAt(tokens, i + 1));
  if (tens === undefined || tens < 20 || tens % 10 !== 0) return null;
  let end = i + 2;
  let k = end;
  if (lowerAt(tokens, k) === '-' && tokens[k - 1].end === tokens[k].start) k++;
  const unit = numberWordValue(lowerAt(tokens, k));
  if (unit !== undefined && unit >= 1 && unit <= 9) end = k + 1;
  // "nineteen ninety thousand" is a count, not a year.
  const after = lowerAt(tokens, end);
  if (WORD_SCALES.has(after)) return null;
  return { end, expr: century + tens + (end === k + 1 ? unit! : 0) };
}

/** "the year 2000", "the year two thousand": the year itself. */
export function namedYearAt(tokens: Token[], i: number, yearAt: (k: number) => number | null): Found<number> | null {
  if (lowerAt(tokens, i) !== 'the' || lowerAt(tokens, i + 1) !== 'year') return null;
  const y = yearAt(i + 2);
  if (y !== null) return { end: i + 3, expr: y };
  if (lowerAt(tokens, i + 2) === 'two' && lowerAt(tokens, i + 3) === 'thousand') return { end: i + 4, expr: 2000 };
  const spelled = spelledYearAt(tokens, i + 2);
  return spelled ? { end: spelled.end, expr: spelled.expr } : null;
}

/** "the 20th century", "11th-century temple": its hundred years as read in news (the 1900s), the first and last. */
export function centuryAt(tokens: Token[], i: number): Found<[number, number]> | null {
  const t = tokens[i];
  if (!t || t.type !== 'ordinal') return null;
  const n = Number(t.text.slice(0, -2));
  if (!Number.isInteger(n) || n < 1 || n > 30) return null;
  let end = i + 1;
  if (lowerAt(tokens, end) === '-' && tokens[end - 1].end === tokens[end].start) end++;
  if (lowerAt(tokens, end) !== 'century') return null;
  const from = (n - 1) * 100;
  return from < 1 ? null : { end: end + 1, expr: [from, from + 99] };
}

/** Halves of a year: "first half", "second half", "last half", "first-half", "the first two quarters". */
export function halfAt(tokens: Token[], i: number): Found<1 | 2> | null {
  const w = lowerAt(tokens, i);
  let j = i + 1;
  if (lowerAt(tokens, j) === '-' && tokens[j - 1].end === tokens[j].start) j++;
  if (lowerAt(tokens, j) === 'half') {
    if (w === 'first') return { end: j + 1, expr: 1 };
    if (w === 'second' || w === 'last') return { end: j + 1, expr: 2 };
    return null;
  }
  if (w === 'first' && lowerAt(tokens, i + 1) === 'two' && lowerAt(tokens, i + 2) === 'quarters') return { end: i + 3, expr: 1 };
  if (w === 'last' && lowerAt(tokens, i + 1) === 'two' && lowerAt(tokens, i + 2) === 'quarters') return { end: i + 3, expr: 2 };
  return null;
}
