// Round 28 probe: a figure of one incident among several ("In a second shipwreck, 20 were missing", "a boat carrying
// 34 people") against a figure summed over several ("23 are missing from the three vessels", "47 boats carrying 1,600"):
// a part and its whole, no rivals. Read from the figure's own sentence only.
import type { Sentence, Token } from '../types';
import { firstAtOrAfter } from '../text/offsets';
import { CARRIER_NOUNS } from './claimWords';
import { SentenceMemo } from './sentenceMemo';

/** Nouns of one incident or one carrier a migration, transport or conflict report counts by (singular forms). */
const INCIDENT_NOUNS = new Set([...CARRIER_NOUNS, ...`shipwreck sinking capsizing crash collision accident incident attack
  strike airstrike raid ambush blast explosion bombing rescue`.split(/\s+/)]);
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

/**
 * The incident nouns of a sentence, found once per sentence: a line of thousands of figures and no incident word then
 * costs each figure nothing more (claims-work.test.js counts the reads).
 */
interface SentenceIncidents {
  /** Positions of incident nouns, ascending. */
  nouns: number[];
  /** The sentence opens "In a second, ...": an ordinal whose noun the sentence before named. */
  elliptical: boolean;
}
const incidentCache = new SentenceMemo<SentenceIncidents>();

function sentenceIncidents(tokens: readonly Token[], s: Sentence, singular: (w: string) => string): SentenceIncidents {
  let found = incidentCache.get(s);
  if (!found) {
    const nouns: number[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (isIncident(tokens[i].lower, singular)) nouns.push(i);
    found = { nouns, elliptical: ellipticalOrdinal(tokens, s) };
    incidentCache.set(s, found);
  }
  return found;
}

/** The word opening the incident noun at p: right before it, or one modifier before ("three vessels", "a sinking boat"). */
function openersOf(tokens: readonly Token[], p: number, singular: (w: string) => string): number[] {
  const before = p - 2 >= 0 && !isIncident(tokens[p - 1].lower, singular) ? [p - 1, p - 2] : [p - 1];
  return before.filter(i => i >= 0);
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
  if (sentenceIncidents(tokens, s, singular).elliptical) return 'one';
  let several = false;
  const from = Math.max(s.tokenStart, qa - INSTANCE_REACH);
  const end = Math.min(s.tokenEnd, qb + INSTANCE_REACH);
  const found = sentenceIncidents(tokens, s, singular).nouns;
  for (let k = firstAtOrAfter(found, from); k < found.length && found[k] < end; k++) {
    const at = found[k];
    if (pluralSubjectOf(tokens, at, qa, singular)) several = true;
    for (const i of openersOf(tokens, at, singular)) {
      if (i < from || (i >= qa && i < qb)) continue;
      const reading = openedBy(tokens, i, at, qa, singular);
      if (reading === 'one') return 'one';
      if (reading === 'several') several = true;
    }
  }
  return several ? 'several' : null;
}

/** What the word at i says of the incident noun at `at`: one singled out, several counted, or nothing. */
function openedBy(tokens: readonly Token[], i: number, at: number, qa: number, singular: (w: string) => string): Instances | null {
  const w = tokens[i].lower;
  if (!(ONE_OF.has(w) || tokens[i].pos === 'NUM' || w === 'a' || w === 'an')) return null;
  const plural = singular(tokens[at].lower) !== tokens[at].lower;
  if (ONE_OF.has(w) && !plural) return 'one';
  // "a boat carrying 34 people": one carrier's load, when the load is this figure.
  if ((w === 'a' || w === 'an') && !plural && LOAD_WORDS.has(tokens[at + 1]?.lower ?? '') && at + 1 < qa
    && qa - at - 2 <= LOAD_REACH) return 'one';
  if (tokens[i].pos === 'NUM' && plural && w !== 'one' && w !== '1') return 'several';
  return null;
}

/** Most tokens between a plural incident subject's verb and the figure it governs ("killed at least 85"). */
const SUBJECT_VERB_REACH = 3;

/**
 * "Israeli strikes killed at least 115 people", "Attacks left 40 dead": a plural incident noun right before the verb
 * governing the figure sums over several incidents (round 29), as "three boats" does.
 */
function pluralSubjectOf(tokens: readonly Token[], at: number, qa: number, singular: (w: string) => string): boolean {
  const verb = tokens[at + 1];
  if (!verb || verb.pos !== 'VERB' || at + 1 >= qa || qa - at - 2 > SUBJECT_VERB_REACH) return false;
  return singular(tokens[at].lower) !== tokens[at].lower;
}

/** One incident's figure against one summed over several: a part and its whole (check/claimIndex.ts, keptApart). */
export function instancesApart(a: Instances | undefined, b: Instances | undefined): boolean {
  return !!a && !!b && a !== b;
}

// Round 38 (killed38): a toll of one blow against a running total since a war's start.

/** Nouns of one violent blow, of INCIDENT_NOUNS: the dead "in the attack" are those of one strike, not of a war. */
const BLOW_NOUNS: ReadonlySet<string> = new Set(['attack', 'strike', 'airstrike', 'raid', 'ambush', 'blast', 'explosion',
  'bombing'].filter(w => INCIDENT_NOUNS.has(w)));
/** Words that lead the noun of the incident a count happened in: "in the attack", "during Monday's raid". */
const IN_LEADS = new Set(['in', 'during']);
/** Most tokens between the lead and the blow noun ("in the Israeli air strike"). */
const BLOW_REACH = 3;

/**
 * The figure's clause [ca, cb) says its dead died in one blow: "57 deaths in the attack", "killed 41 in an air strike".
 * A plural ("in the attacks") is several, no one blow.
 */
export function inOneBlow(tokens: readonly Token[], ca: number, cb: number): boolean {
  for (let i = ca; i < cb; i++) {
    if (!IN_LEADS.has(tokens[i].lower)) continue;
    for (let k = i + 1; k <= i + BLOW_REACH && k < cb; k++) if (BLOW_NOUNS.has(tokens[k].lower)) return true;
  }
  return false;
}
