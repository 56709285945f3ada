// The words of a counted noun phrase, split once per phrase: several rules of every figure ask for them ("civilian
// fatalities" → civilian, fatalities), and splitting anew each time made a tenth of the claims' garbage on a report of
// thousands of figures.

/** Phrases kept at most per table; a report names far fewer. */
const MAX_PHRASES = 10_000;
const BY_BLANKS_AND_HYPHENS = new Map<string, readonly string[]>();
const BY_BLANKS = new Map<string, readonly string[]>();

function wordsIn(table: Map<string, readonly string[]>, phrase: string, at: RegExp): readonly string[] {
  let words = table.get(phrase);
  if (words === undefined) {
    if (table.size >= MAX_PHRASES) table.clear();
    words = phrase.toLowerCase().split(at);
    table.set(phrase, words);
  }
  return words;
}

/** The phrase's words, lower case, split at blanks and hyphens (shared: never change the array). */
export function phraseWords(phrase: string): readonly string[] {
  return wordsIn(BY_BLANKS_AND_HYPHENS, phrase, /[\s-]+/);
}

/** The phrase's words, lower case, split at blanks only ("non-passengers" stays one word; shared, never changed). */
export function blankWords(phrase: string): readonly string[] {
  return wordsIn(BY_BLANKS, phrase, /\s+/);
}
