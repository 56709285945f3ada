// A figure its words call the true count ("the true death toll is more than 500", "the real number of deaths exceeded
// 64"): a rival of the count it disputes, never a total over a wider area (check/compare.ts, wholeOverPart).
import type { Token } from '../types';
import { TALLIES } from './frame';

/** Words that set a count against another as the real one. */
const TRUE_WORDS = new Set(['true', 'real', 'actual']);
/** Words that may stand between such a word and its tally noun: "the true death toll", "the real overall figure". */
const TALLY_GAP = 2;

/** The clause before the figure, tokens [ca, qa), names the true count: a true-word, then a tally noun within two words. */
export function isTrueCount(tokens: readonly Token[], ca: number, qa: number): boolean {
  for (let i = ca; i < qa; i++) {
    if (!TRUE_WORDS.has(tokens[i].lower)) continue;
    for (let j = i + 1; j <= i + TALLY_GAP + 1 && j < qa; j++) if (TALLIES.has(tokens[j].lower)) return true;
  }
  return false;
}
