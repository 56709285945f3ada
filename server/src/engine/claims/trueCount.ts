// A figure its words call the true count ("the true death toll is more than 500", "the real number of deaths exceeded
// 64"): a rival of the count it disputes, never a total over a wider area (check/compare.ts, wholeOverPart).
import type { Token } from '../types';
import { TALLIES } from './frame';
import { wordClassIndex } from '../text/wordClass';

/** Words that set a count against another as the real one. */
const TRUE_WORDS = new Set(['true', 'real', 'actual']);
/** Words that may stand between such a word and its tally noun: "the true death toll", "the real overall figure". */
const TALLY_GAP = 2;

/** The clause before the figure, tokens [ca, qa), names the true count: a true-word, then a tally noun within two words. */
export function isTrueCount(tokens: readonly Token[], ca: number, qa: number): boolean {
  // Jumps between the class's words: a line of thousands of figures costs each figure only the few it holds.
  const { next } = wordClassIndex(tokens, TRUE_WORDS);
  for (let i = next[ca]; i < qa; i = next[i + 1]) {
    for (let j = i + 1; j <= i + TALLY_GAP + 1 && j < qa; j++) if (TALLIES.has(tokens[j].lower)) return true;
  }
  return false;
}
