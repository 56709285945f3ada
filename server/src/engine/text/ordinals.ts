// Ordinals in words and the place they name: "a second death", "the sixth president". One table for every reader of
// ordinals (claims/breakdown.ts, claims/ordinalCounts.ts).
import type { Token } from '../types';

/** Ordinal words from "second" up and the place each names; "first" states no count beyond one and is left out. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5],
  ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10]]);

/** Suffixes of an ordinal in digits, split off by the tokenizer ("11 th"). */
const DIGIT_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/**
 * The place an ordinal at token k names and the token after it: a word of the table ("ninth"), or digits with their
 * suffix glued on ("9th"); null otherwise.
 */
export function ordinalAt(tokens: readonly Token[], k: number): { place: number; end: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const word = ORDINAL_WORDS.get(t.lower);
  if (word !== undefined) return { place: word, end: k + 1 };
  const m = /^([0-9]{1,3})(st|nd|rd|th)$/.exec(t.lower);
  if (m) return { place: Number(m[1]), end: k + 1 };
  const next = tokens[k + 1];
  if (t.type === 'number' && /^[0-9]{1,3}$/.test(t.text) && next && next.start === t.end && DIGIT_SUFFIXES.has(next.lower)) {
    return { place: Number(t.text), end: k + 2 };
  }
  return null;
}
