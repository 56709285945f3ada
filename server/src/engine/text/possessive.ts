// The possessive marks, one table for every reader of "the army's toll" or "the soldiers' toll": the tokenizer splits
// "'s" off its noun, and a plural's bare apostrophe stands as a token of its own.

/** The possessive "'s", straight and curly. */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '\u2019s']);

/** Every possessive mark: "'s" and a plural's bare apostrophe, straight and curly. */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set([...POSSESSIVE_ENDINGS, "'", '\u2019']);

/** Whether a token's text (or its lower form, as the caller reads it) is the possessive "'s". */
export function isPossessiveEnding(word: string | undefined): boolean {
  return word !== undefined && POSSESSIVE_ENDINGS.has(word);
}
