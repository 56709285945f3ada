// The words of a counted noun phrase, split once per phrase: several rules of every figure ask for them ("civilian
// fatalities" → civilian, fatalities), and splitting anew each time made a tenth of the claims' garbage on a report of
// thousands of figures.
import { BoundedMemo } from '../text/boundedMemo';

/** Phrases kept at most per table; a report names far fewer. */
const MAX_PHRASES = 10_000;
const BY_BLANKS_AND_HYPHENS = new BoundedMemo<string, readonly string[]>(MAX_PHRASES, p => p.toLowerCase().split(/[\s-]+/));
const BY_BLANKS = new BoundedMemo<string, readonly string[]>(MAX_PHRASES, p => p.toLowerCase().split(/\s+/));

/** The phrase's words, lower case, split at blanks and hyphens (shared: never change the array). */
export function phraseWords(phrase: string): readonly string[] {
  return BY_BLANKS_AND_HYPHENS.get(phrase);
}

/** The phrase's words, lower case, split at blanks only ("non-passengers" stays one word; shared, never changed). */
export function blankWords(phrase: string): readonly string[] {
  return BY_BLANKS.get(phrase);
}
