// Round 29 probe: a figure whose subject is an event set against the story's own ("just weeks after a more powerful
// one killed 61 people", "an earlier quake killed 61") is that other event's, a yardstick, no rival of the story's toll.
import type { Sentence, Token } from '../types';
import { CAUSE_NOUNS } from '../text/causes';
import { hasOrPlural } from '../text/inflection';
import { wordClassIndex } from '../text/wordClass';

/** Words after "a/an" that set an event apart from the story's own: "an earlier quake", "a previous attack". */
const PRIOR_WORDS: ReadonlySet<string> = new Set(['earlier', 'previous', 'prior', 'separate', 'different', 'similar']);
/** Degree words before an adjective that compare: "a more powerful one", "a less severe storm". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'less']);
/** The indefinite articles that open the other event's noun phrase. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Marks that end the figure's clause when read back from it. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':']);
/** Most tokens read back from the figure for the other event's subject ("a more powerful one killed more than"). */
const SUBJECT_REACH = 8;

/** A comparative adjective: "stronger", "deadlier", "bigger" (ADJ ending in -er, longer than "other"). */
function comparative(t: Token | undefined): boolean {
  return !!t && t.pos === 'ADJ' && t.lower.length > 5 && t.lower.endsWith('er');
}

/** Where the noun of "a/an" at `j` stands past a comparing or prior word, or -1 when no such word follows it. */
function comparedNounAt(tokens: readonly Token[], j: number): number {
  const w = tokens[j + 1];
  if (!w) return -1;
  if (DEGREE_WORDS.has(w.lower) && tokens[j + 2]?.pos === 'ADJ') return j + 3;
  return PRIOR_WORDS.has(w.lower) || comparative(w) ? j + 2 : -1;
}

/**
 * The figure at token `qa` has for subject, in its own clause, an indefinite event set apart from the story's by a
 * comparison or a prior word, named by an event noun (CAUSE_NOUNS) or "one": "after a more powerful one killed 61".
 */
export function otherEventSubject(tokens: readonly Token[], qa: number, s: Sentence): boolean {
  // Jumps to the article and to the clause mark before the figure: a line of figures costs each a few reads.
  const j = wordClassIndex(tokens, INDEFINITE).prev[qa];
  if (j < Math.max(s.tokenStart, qa - SUBJECT_REACH) || wordClassIndex(tokens, CLAUSE_MARKS).prev[qa] > j) return false;
  const k = comparedNounAt(tokens, j);
  const noun = k > 0 && k < qa ? tokens[k].lower : '';
  return noun === 'one' || (noun !== '' && hasOrPlural(CAUSE_NOUNS, noun));
}
