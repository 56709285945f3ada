// A toll its own sentence says is still to rise ("the toll of 41 could rise into the hundreds", "now stands at 21, and
// it is feared the number will rise further"): the count as it stood when said, a snapshot of a climbing count (round
// 43, fa43). The check reads a higher count of another report, told the same day or later, as the same toll grown.
import type { Token } from '../types';
import { RISE_LEMMAS } from '../text/tallyVerbs';

/** Words that tell what is to come before the verb of a rise: "could rise", "expected to climb", "will grow". */
const AHEAD_WORDS = new Set(['could', 'may', 'might', 'will', "'ll", 'would', 'likely', 'expected', 'feared', 'set', 'bound']);
/** Words between such a word and its verb: "likely to rise", "could still rise", "expected to rise further". */
const AHEAD_GAP = new Set(['to', 'still', 'further', 'even', 'only', 'be', 'continue']);
/** Most words between the word of what is to come and its verb. */
const AHEAD_REACH = 3;

/** After the figure (token qb on) and before its sentence ends, a word of what is to come governs a rise. */
export function risesAhead(tokens: readonly Token[], qb: number, end: number): boolean {
  for (let i = qb; i < end; i++) {
    if (!AHEAD_WORDS.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < Math.min(end, i + 1 + AHEAD_REACH); k++) {
      const w = tokens[k].lower;
      if (RISE_LEMMAS.has(w)) return true;
      if (!AHEAD_GAP.has(w)) break;
    }
  }
  return false;
}
