// Word fingerprints of attributed content, so the check (which sees no text) can find the same words given to
// different sources in different reports.
import type { Attribution, PreparedText } from '../types';
import { tokenAt } from './tokens';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../text/quoteMarks';

/** Content shorter than this many words is too common to compare ("the situation is difficult"). */
export const MIN_WORDS = 10;
const SHINGLE = 5;
const MAX_SHINGLES = 400;

export interface AttributionFingerprint {
  /** Hashes of each run of five words (lower case, punctuation dropped). */
  shingles: number[];
  words: number;
  /** The first words of the content, for messages. */
  quote: string;
}

export type FingerprintedAttribution = Attribution & { fingerprint?: AttributionFingerprint };

function hashWords(words: readonly string[], from: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + SHINGLE; k++) {
    const w = words[k];
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return h >>> 0;
}

/**
 * True when the content is a direct quote: a quote mark opens right before it and closes right after it. Only
 * verbatim words can be "the same words" given to two sources; reported speech is routinely worded alike by
 * different outlets about the same event, with different figures and sources, and is no evidence of misattribution.
 */
export function isDirectQuote(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && i > start - 3 && text[i] === ' ') i--;
  if (i < 0 || !OPENING_QUOTES.has(text[i])) return false;
  let j = end;
  while (j < text.length && j < end + 3 && (text[j] === ',' || text[j] === '.' || text[j] === ' ')) j++;
  return j < text.length && CLOSING_QUOTES.has(text[j]);
}

export function fingerprintOf(p: PreparedText, a: Attribution): AttributionFingerprint | null {
  if (!isDirectQuote(p.text, a.content.start, a.content.end)) return null;
  const words: string[] = [];
  const shown: string[] = [];
  for (let i = tokenAt(p.tokens, a.content.start); i < p.tokens.length && p.tokens[i].end <= a.content.end; i++) {
    const t = p.tokens[i];
    if (t.type !== 'word' && t.type !== 'number') continue;
    words.push(t.lower);
    if (shown.length < 12) shown.push(t.text);
    if (words.length >= MAX_SHINGLES + SHINGLE) break;
  }
  if (words.length < MIN_WORDS) return null;
  // Distinct hashes in first-seen order. The set holds them as int32 (`h | 0`, one-to-one with the uint32 hash),
  // which stay small integers; uint32 values above 2^31 would each be a heap number.
  const shingles: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = hashWords(words, i);
    if (!seen.has(h | 0)) { seen.add(h | 0); shingles.push(h); }
  }
  return { shingles, words: words.length, quote: shown.join(' ') + (words.length > 12 ? ' …' : '') };
}

/** Adds a fingerprint to each attribution with enough words (in place: the check reads it from the analysis). */
export function fingerprintAttributions(p: PreparedText, atts: readonly Attribution[]): void {
  for (const a of atts as FingerprintedAttribution[]) {
    const f = fingerprintOf(p, a);
    if (f) a.fingerprint = f;
  }
}
