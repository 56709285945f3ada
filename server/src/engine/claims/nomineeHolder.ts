// "Early results showed the opposition Harbor Party candidate with 54 percent": a party's name followed by a nominee
// noun names no one by itself; like "he", it stands for the person the report named last (round 45, election45b).
// The holder walk met the party's name first and keyed the share to the party, so it never met the candidate's share
// in another report.
import type { Token } from '../types';

/** Singular nouns for the one person a party runs: "the Harbor Party candidate", "the ruling bloc's nominee". */
export const NOMINEE_NOUNS: ReadonlySet<string> = new Set(['candidate', 'nominee', 'standard-bearer', 'flagbearer',
  'flag-bearer', 'hopeful']);
/** How many capitalized words (a generic head: "Party", "Front") may follow the name word the walk met. */
const NAME_HEAD_WORDS = 2;
/** A possessive written as its own token: "the Harbor Party 's nominee". */
const POSSESSIVE_TOKENS: ReadonlySet<string> = new Set(["'s", '’s']);
/** How many lower-case words ("opposition", "ruling", "main") may stand between the article and the party's name. */
const DESCRIPTION_WORDS = 3;

/**
 * The token index of "the" opening a nominee description whose party name ends at j ("the opposition Harbor Party
 * candidate", "the Harbor Party's nominee"), or -1. A description after "of" is a member's party ("Lund of the Harbor
 * Party candidate list"), not a person's stand-in.
 */
export function nomineeDescriptionStart(tokens: readonly Token[], j: number, sentenceStart: number,
  isName: (t: Token) => boolean): number {
  // The walk met the name's last word that is no generic head: "Harbor" of "Harbor Party".
  let end = j + 1;
  while (end <= j + NAME_HEAD_WORDS && /^\p{Lu}/u.test(tokens[end]?.text ?? '')) end++;
  if (POSSESSIVE_TOKENS.has(tokens[end]?.lower ?? '')) end++;
  if (!NOMINEE_NOUNS.has(tokens[end]?.lower ?? '')) return -1;
  let k = j;
  while (k > sentenceStart && isName(tokens[k - 1])) k--;
  for (let words = 0; k - 1 >= sentenceStart && words <= DESCRIPTION_WORDS; words++) {
    const t = tokens[--k];
    if (t.lower === 'the') return tokens[k - 1]?.lower === 'of' ? -1 : k;
    if (t.text !== t.lower || !/^\p{L}+$/u.test(t.text)) return -1;
  }
  return -1;
}
