// Single tokens read as pieces of a date: a day of the month, a year, a month or weekday name, a small count, and
// the lower-case words an attributive date modifies. Each looks at one or two tokens.
import { COUNT_WORDS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './lexicon';
import type { ScanContext } from './scanContext';
import { NOT_PAST_BEFORE, PAST_IRREGULAR } from './tense';

/** A day of the month at i: "5", "5th" (1 to 31). */
export function dayAt(c: ScanContext, i: number): number | null {
  if (i < 0 || i >= c.n) return null;
  const t = c.tokens[i];
  let s = t.text;
  if (t.type === 'ordinal') s = s.slice(0, -2);
  else if (t.type !== 'number') return null;
  if (s.length < 1 || s.length > 2) return null;
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch < 48 || ch > 57) return null;
  }
  const d = Number(s);
  return d >= 1 && d <= 31 ? d : null;
}

/** A four-digit year at i, 1800 to 2199. */
export function yearAt(c: ScanContext, i: number): number | null {
  if (i < 0 || i >= c.n) return null;
  const t = c.tokens[i];
  if (t.type !== 'number' || t.text.length !== 4) return null;
  const y = Number(t.text);
  return Number.isInteger(y) && y >= 1800 && y <= 2199 ? y : null;
}

/** A month name at i; abbreviations only when `abbrOk` (i.e. next to a day or year). */
export function monthAt(c: ScanContext, i: number, abbrOk: boolean): number | null {
  if (!c.isCap(i)) return null;
  const full = MONTHS.get(c.lower(i));
  if (full !== undefined) return full;
  return abbrOk ? MONTH_ABBREVIATIONS.get(c.lower(i)) ?? null : null;
}

export function weekdayAt(c: ScanContext, i: number): number | null {
  return c.isCap(i) ? WEEKDAYS.get(c.lower(i)) ?? null : null;
}

/** A count at i: "three", "a few", "a couple of", "24"; `end` is the token after it. */
export function countAt(c: ScanContext, i: number): { n: number; end: number } | null {
  const w = c.lower(i);
  if (w === 'a' && (c.lower(i + 1) === 'few' || c.lower(i + 1) === 'couple')) {
    return { n: COUNT_WORDS.get(c.lower(i + 1))!, end: c.lower(i + 2) === 'of' ? i + 3 : i + 2 };
  }
  const n = COUNT_WORDS.get(w);
  if (n !== undefined) return { n, end: i + 1 };
  if (i < c.n && c.tokens[i].type === 'number' && /^\d{1,3}$/.test(c.tokens[i].text)) return { n: Number(c.tokens[i].text), end: i + 1 };
  return null;
}

/** A capitalised word or a number after a day range's end: "June 3 to 5 soldiers" is no range. */
export function nounLike(c: ScanContext, i: number): boolean {
  return i < c.n && (c.tokens[i].pos === 'NOUN' || c.tokens[i].pos === 'PROPN') && monthAt(c, i, true) === null;
}

/** A lower-case noun or adjective: what an attributive date modifies ("summer offensive", "January attacks"). */
export function nounAt(c: ScanContext, i: number): boolean {
  return i < c.n && c.tokens[i].type === 'word' && (c.tokens[i].pos === 'NOUN' || c.tokens[i].pos === 'ADJ') && !c.isCap(i);
}

/** A lower-case content word after an adjective ("year-earlier profit": the tagger may call "profit" a verb). */
export function modifiedAt(c: ScanContext, i: number): boolean {
  const t = c.tokens[i];
  return nounAt(c, i) || (i < c.n && t.type === 'word' && t.pos === 'VERB' && !c.isCap(i) && !NOT_PAST_BEFORE.has(t.lower) && !PAST_IRREGULAR.has(t.lower));
}
