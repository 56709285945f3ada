// "The Unity League President and First Secretary cruised to victory with N votes": a definite description made of a
// party's name and titles only names no one by itself; like "he", it stands for the person the report named last
// (round 44, election44). The title word the holder walk reads ("Secretary") would key the figure to a title.
import type { Token } from '../types';
import { TITLES, TITLE_WORDS } from '../entities/people';

/** Words a title description may hold between its article and its last title: "and", "of". */
const JOINERS = new Set(['and', 'of']);
/** How many words back from its last title such a description is looked for. */
const DESCRIPTION_REACH = 8;

/** The token index of "the" opening a title description that ends at j (a title word), or -1. */
export function titleDescriptionStart(tokens: readonly Token[], j: number, sentenceStart: number): number {
  if (!TITLES.has(tokens[j].lower)) return -1;
  for (let k = j - 1; k >= Math.max(sentenceStart, j - DESCRIPTION_REACH); k--) {
    const t = tokens[k];
    // "her rival, Lund of the Northern Supreme Party": a body's name after "of" is the member's party, no description.
    if (t.lower === 'the') return tokens[k - 1]?.lower === 'of' ? -1 : k;
    const capital = /^[A-Z]/.test(t.text);
    if (!capital && !JOINERS.has(t.lower) && !TITLES.has(t.lower) && !TITLE_WORDS.has(t.lower)) return -1;
  }
  return -1;
}
