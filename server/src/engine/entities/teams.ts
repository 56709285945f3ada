// Teams named after places: "Middlesbrough beat Leeds 2-1" names two clubs, not two towns.
import type { Word } from './words';

/** Verbs and words of a match that put a team, not a town, next to them. */
const MATCH_WORDS = new Set(['beat', 'beats', 'defeated', 'defeat', 'drew', 'draw', 'thrashed', 'edged', 'routed', 'trounced',
  'hammered', 'lost', 'v', 'vs', 'vs.', 'versus', 'eliminated', 'knocked', 'overcame', 'outplayed', 'held', 'upset']);

/** A score in one token or two numbers around a dash: "2-1", "3-0", "2 - 1". */
function isScore(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (/^\d{1,2}-\d{1,2}$/.test(w.text)) return true;
  return /^\d{1,2}$/.test(w.text) && words[k + 1]?.text === '-' && /^\d{1,2}$/.test(words[k + 2]?.text ?? '');
}

/** Is there a score in the same sentence, at most `reach` words on either side of [from, to)? */
function scoreNear(words: Word[], from: number, to: number, reach: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - reach && words[k].text !== '.'; k--) if (isScore(words, k)) return true;
  for (let k = to; k < words.length && k < to + reach && words[k].text !== '.'; k++) if (isScore(words, k)) return true;
  return false;
}

/**
 * A town's name next to a verb of a match, in a sentence with a score, or followed by its goals in a results line
 * ("Leeds 1 Middlesbrough 2"), is a club. Countries stay countries: national teams are named like their country.
 */
export function isTeam(words: Word[], from: number, to: number): boolean {
  const prev = words[from - 1];
  const next = words[to];
  const beside = (prev && !prev.punct && MATCH_WORDS.has(prev.lower)) || (next && !next.punct && MATCH_WORDS.has(next.lower));
  if (beside && scoreNear(words, from, to, 12)) return true;
  // Results lines: "Leeds 1 Middlesbrough 2", a name, its goals, another name.
  const goals = next && /^\d{1,2}$/.test(next.text) && next.gap.length <= 1;
  const other = words[to + 1];
  if (goals && other && other.cap && !other.punct) return true;
  // The second team of a results line: "... Arsenal 3 Chelsea 0".
  const before = words[from - 2];
  return !!goals && !!prev && /^\d{1,2}$/.test(prev.text) && !!before && before.cap && !before.punct;
}
