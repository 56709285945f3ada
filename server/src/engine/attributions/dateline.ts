// Wire datelines at the head of a paragraph: "WASHINGTON (AFP) —", "KYIV, Ukraine (AP) —", "LONDON, March 3
// (Reuters) -". The dateline names where the report was filed and the outlet that filed it; it is no part of
// the sentence after it (no subject, no content).
import type { Token } from '../types';

export interface Dateline {
  /** The place in capitals as printed, with its region ("KYIV, Ukraine"). */
  place: string;
  /** The outlet in brackets ("AP", "Reuters"), or null ("NEW YORK —"). */
  outlet: string | null;
  /** Token index right after the dash: where the sentence starts. */
  end: number;
}

export const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-', '--']);
/** Longest dateline, in tokens: "ST. PETERSBURG, Florida, Jan. 12 (Reuters) -" and the like stay well inside it. */
const MAX_TOKENS = 20;

function allCaps(t: Token): boolean {
  return t.type === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/**
 * The dateline opening at token `a` (a place in capitals, optional ", Region" and ", Date" chunks, an optional
 * "(Outlet)", then a dash), or null. Bounded to a few tokens, so it costs nothing per sentence.
 */
export function datelineAt(toks: Token[], text: string, a: number, b: number): Dateline | null {
  let k = a;
  // The place: words in capitals, with the dots of "ST. LOUIS".
  while (k < b && k - a < 5 && (allCaps(toks[k]) || (toks[k].text === '.' && k > a && allCaps(toks[k - 1])))) k++;
  if (k === a) return datedTitleCase(toks, text, a, b);
  const placeEnd = k;
  const tail = datelineTail(toks, k, a, b);
  if (!tail) return null;
  k = tail.end;
  const outlet = tail.outlet ? text.slice(toks[tail.outlet[0]].start, toks[tail.outlet[1]].end) : null;
  if (k >= b || !DATELINE_DASHES.has(toks[k].text) || k + 1 >= b) return null;
  // A place with no outlet needs capitals of two letters or more and a dash set off by spaces ("NEW YORK —").
  if (!outlet && toks[k].start === toks[k - 1].end) return null;
  const lastPlace = placeEnd - 1;
  return { place: text.slice(toks[a].start, toks[Math.max(lastPlace, a)].end) + regionOf(toks, text, placeEnd, k), outlet, end: k + 1 };
}

/** Most words of a place written in title case ("Port Elms"). */
const MAX_TITLE_PLACE_WORDS = 3;

function titleCase(t: Token): boolean {
  return t.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/**
 * Round 44 (voice44): "Kessa, Jan 22: The owners ..." — a place in title case followed by a date and a colon or a dash
 * files the report as a capitals dateline does. Read as part of the sentence, its place was taken as the speaker of
 * a participle cue later in it ("..., claiming that ..."). The date is required: "Kessa: toll rises" is a topic.
 */
function datedTitleCase(toks: Token[], text: string, a: number, b: number): Dateline | null {
  let k = a;
  while (k < b && k - a < MAX_TITLE_PLACE_WORDS && titleCase(toks[k])) k++;
  if (k === a) return null;
  const tail = datelineTail(toks, k, a, b);
  if (!tail || !tail.dated || tail.end + 1 >= b) return null;
  const mark = toks[tail.end].text;
  if (mark !== ':' && !DATELINE_DASHES.has(mark)) return null;
  const outlet = tail.outlet ? text.slice(toks[tail.outlet[0]].start, toks[tail.outlet[1]].end) : null;
  return { place: text.slice(toks[a].start, toks[k - 1].end), outlet, end: tail.end + 1 };
}

export interface DatelineTail {
  /** Token index after the chunks and the outlet: the dash (or colon) should stand there. */
  end: number;
  /** How many ", Region" / ", Date" chunks were read. */
  chunks: number;
  /** Whether a chunk held a figure (a date). */
  dated: boolean;
  /** First and last token of the outlet in brackets, or null. */
  outlet: [number, number] | null;
}

/**
 * What follows a dateline's place at token k: ", Ukraine", ", March 3", ", Mass., Dec. 11" (chunks of capitalized words,
 * numbers and abbreviation dots), then an optional "(Outlet)". Null when a chunk or the brackets are empty or unclosed.
 * Bounded to MAX_TOKENS from `a`, the dateline's first token.
 */
export function datelineTail(toks: readonly Token[], k: number, a: number, b: number): DatelineTail | null {
  let chunks = 0;
  let dated = false;
  k = pastBracketedCountry(toks, k, a, b);
  while (k < b && k - a < MAX_TOKENS && toks[k].text === ',') {
    let m = k + 1;
    while (m < b && m - a < MAX_TOKENS && (/^[\p{Lu}\d]/u.test(toks[m].text) || toks[m].text === '.')) {
      if (/^\d/.test(toks[m].text)) dated = true;
      m++;
    }
    if (m === k + 1) return null;
    chunks++;
    k = m;
  }
  let outlet: [number, number] | null = null;
  if (k < b && toks[k].text === '(') {
    let m = k + 1;
    while (m < b && m - k < 8 && toks[m].text !== ')') m++;
    if (m >= b || toks[m].text !== ')' || m === k + 1) return null;
    outlet = [k + 1, m - 1];
    k = m + 1;
  }
  return { end: k, chunks, dated, outlet };
}

/**
 * Round 43 (place43): "Kessa [Norland], May 3 (Agency):": a wire's dateline names the place's country in square
 * brackets before the date; read past, the comma and date after it make the dateline, so the filing city is no
 * longer taken as the place of the lede's figure. `k` is returned unchanged when no such bracket stands there.
 */
function pastBracketedCountry(toks: readonly Token[], k: number, a: number, b: number): number {
  if (k >= b || toks[k].text !== '[') return k;
  let m = k + 1;
  while (m < b && m - a < MAX_TOKENS && /^\p{Lu}/u.test(toks[m].text)) m++;
  return m > k + 1 && m < b && toks[m].text === ']' ? m + 1 : k;
}

/** ", Ukraine" after the place, when the first chunk is a region and not a date. */
function regionOf(toks: Token[], text: string, from: number, to: number): string {
  if (from >= to || toks[from].text !== ',') return '';
  let m = from + 1;
  while (m < to && toks[m].text !== ',' && toks[m].text !== '(' && toks[m].type !== 'number') m++;
  if (m < to && toks[m].type === 'number') return '';
  return m > from + 1 ? text.slice(toks[from].start, toks[m - 1].end) : '';
}
