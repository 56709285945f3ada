// Round 28 probe: a figure of one incident among several ("In a second shipwreck, 20 were missing", "a boat carrying
// 34 people") against a figure summed over several ("23 are missing from the three vessels", "47 boats carrying 1,600"):
// a part and its whole, no rivals. Read from the figure's own sentence only.
import type { Sentence, Token } from '../types';

/** Nouns of one incident or one carrier a migration, transport or conflict report counts by (singular forms). */
const INCIDENT_NOUNS = new Set(`boat vessel ship ferry dinghy raft trawler shipwreck sinking capsizing bus truck lorry
  coach train plane aircraft helicopter crash collision accident incident attack strike airstrike raid ambush blast
  explosion bombing rescue`.split(/\s+/));
/** Words that single out one incident among others: "in one shipwreck", "another attack", "the second boat". */
const ONE_OF = new Set(['one', 'another', 'first', 'second', 'third', 'fourth', 'fifth', 'separate', 'other', 'latest']);
/** Verbs of a carrier's load after "a boat": "a boat carrying 34 people", "a dinghy with 40 aboard". */
const LOAD_WORDS = new Set(['carrying', 'with', 'ferrying', 'transporting', 'packed', 'crowded']);

export type Instances = 'one' | 'several';
/** Tokens either side of the figure read for incident words: a line of thousands of figures costs each a bounded read. */
const INSTANCE_REACH = 40;
/** Most words between a carrier's load verb and the figure it carries ("carrying around 1,600"). */
const LOAD_REACH = 3;

const isIncident = (w: string, singular: (w: string) => string): boolean => INCIDENT_NOUNS.has(singular(w));

/** The incident noun at i or, past one modifier, at i + 1 ("three vessels", "a sinking boat"), or -1. */
function incidentAt(tokens: readonly Token[], i: number, end: number, singular: (w: string) => string): number {
  for (let j = i; j < Math.min(i + 2, end); j++) if (isIncident(tokens[j].lower, singular)) return j;
  return -1;
}

/** "In a second, ...", "In another, ...": an ordinal whose noun the sentence before named, opening the sentence. */
function ellipticalOrdinal(tokens: readonly Token[], s: Sentence): boolean {
  let i = s.tokenStart;
  if (tokens[i]?.lower !== 'in') return false;
  i++;
  if (['a', 'an', 'the'].includes(tokens[i]?.lower ?? '')) i++;
  return ONE_OF.has(tokens[i]?.lower ?? '') && tokens[i]?.lower !== 'one' && tokens[i + 1]?.text === ',';
}

/** How many incidents the figure's sentence says its count is of: one singled out, several summed, or null. */
export function instancesOf(tokens: readonly Token[], s: Sentence, qa: number, qb: number,
  singular: (w: string) => string): Instances | null {
  if (ellipticalOrdinal(tokens, s)) return 'one';
  let several = false;
  const end = Math.min(s.tokenEnd, qb + INSTANCE_REACH);
  for (let i = Math.max(s.tokenStart, qa - INSTANCE_REACH); i < end; i++) {
    if (i >= qa && i < qb) continue;
    const w = tokens[i].lower;
    const at = ONE_OF.has(w) || tokens[i].pos === 'NUM' || w === 'a' || w === 'an' ? incidentAt(tokens, i + 1, end, singular) : -1;
    if (at < 0) continue;
    const plural = singular(tokens[at].lower) !== tokens[at].lower;
    if (ONE_OF.has(w) && !plural) return 'one';
    // "a boat carrying 34 people": one carrier's load, when the load is this figure.
    if ((w === 'a' || w === 'an') && !plural && LOAD_WORDS.has(tokens[at + 1]?.lower ?? '') && at + 1 < qa
      && qa - at - 2 <= LOAD_REACH) return 'one';
    if (tokens[i].pos === 'NUM' && plural && w !== 'one' && w !== '1') several = true;
  }
  return several ? 'several' : null;
}

/** One incident's figure against one summed over several: a part and its whole (check/claimIndex.ts, keptApart). */
export function instancesApart(a: Instances | undefined, b: Instances | undefined): boolean {
  return !!a && !!b && a !== b;
}
