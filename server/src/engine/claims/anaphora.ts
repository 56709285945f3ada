// A figure whose noun is a word for a number ("the estimate", "the figure", "the count", "the number given") counts what
// the words around it say: the noun that modifies it ("the official attendance figure of 400,000"), else the thing a
// "number of" phrase before it in its sentence or the sentence before names ("the dispute over the number of people at
// the march ... revise its estimate of 400,000"). Figures before it are the caller's (extract.ts, TALLY_REACH).
import type { Sentence, Token } from '../types';
import { TALLIES } from './frame';
import { findEvent, knownCounted, personHit, singular } from './measure';
import { CHANGE_VERBS } from '../quantities/hedges';

/** What a tally noun stands for: a unit and the event its words name (null when they name none). */
export interface TallyThing { unit: string; event: string | null }

/** Words between a tally noun and its figure: "the estimate of 400,000", "a toll of", "the figure at". */
const TALLY_LINKS = new Set(['of', 'at', 'was', 'is', 'stood', 'put']);
/** Words before a tally noun that are no modifier of it: determiners, possessive marks, official, adjectives of time. */
const NOT_MODIFIERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'official', 'first',
  'new', 'latest', 'final', 'initial', 'early', 'earlier', 'revised', 'own', "'s", "'", '\u2019s', '\u2019']);
/** Tokens before the figure where its tally noun may stand ("its estimate of 400,000": two). */
const TALLY_BEFORE = 3;
/** Determiners between "number of" and the counted noun: "the number of the dead". */
const DETERMINERS = new Set(['the', 'a', 'an', 'those', 'these', 'people']);

/** The index of the tally noun that names the figure at [qa, qb) ("its estimate of N", "N given"), or -1. */
export function tallyNounAt(tokens: readonly Token[], qa: number, floor: number): number {
  for (let i = qa - 1; i >= Math.max(floor, qa - TALLY_BEFORE); i--) {
    const w = tokens[i].lower;
    if (TALLIES.has(w)) return i;
    if (!TALLY_LINKS.has(w)) return -1;
  }
  return -1;
}

/**
 * "the official attendance figure of 400,000", "the crowd estimate of 80,000", "a casualty count of 300": the noun right
 * before the tally noun, when the tables know it as a counted thing or as a people's event ("attendance" is a crowd).
 */
export function tallyModifier(tokens: readonly Token[], tally: number, floor: number): TallyThing | null {
  const i = tally - 1;
  if (i < floor) return null;
  const w = tokens[i].lower;
  if (NOT_MODIFIERS.has(w) || tokens[i].pos === 'PROPN') return null;
  const known = knownCounted(w);
  if (known) return known;
  // "attendance figure": an event word of people counted ("attendance", "casualty", "death").
  const asPeople = findEvent(tokens, 'person', i, i, i, i + 1);
  return asPeople.event !== 'unspecified' ? { unit: 'person', event: asPeople.event } : null;
}

/**
 * "the number of people at the march", "the count of the injured": the counted thing a "number of" phrase names in the
 * sentence before the figure, else in the sentence before it (both in the figure's paragraph), with the event the
 * words of that sentence name for it. Null when none is named, or when two such phrases name different things.
 */
export function tallyAntecedent(tokens: readonly Token[], sentences: readonly Sentence[], sIndex: number, qa: number,
  paragraphFrom: number, lent?: string): TallyThing | null {
  for (let k = sIndex; k >= Math.max(0, sIndex - 1); k--) {
    const s = sentences[k];
    if (!s || s.start < paragraphFrom) return null;
    const end = k === sIndex ? qa : s.tokenEnd;
    let found: TallyThing | null = null;
    for (let i = s.tokenStart; i < end - 2; i++) {
      if (!TALLIES.has(tokens[i].lower) || tokens[i + 1].lower !== 'of') continue;
      let j = i + 2;
      while (j < end - 1 && DETERMINERS.has(tokens[j].lower) && tokens[j].lower !== 'people') j++;
      j = countedHead(tokens, j, end);
      // A lent noun the tables lack is read only from a phrase that names it (`lent`); a known one never then.
      const known = lent ? unknownPeople(tokens, j, end, lent) : knownCounted(tokens[j].lower);
      if (!known) continue;
      const event = known.event ?? eventOfSentence(tokens, known.unit, j, s);
      if (found && (found.unit !== known.unit || found.event !== event)) return null;
      found = { unit: known.unit, event };
    }
    if (found) return found;
  }
  return null;
}

/**
 * "the number of cattle herders butchered": a noun the tables do not know, with a participle after it that befalls people,
 * counts those people (measure.ts `personHit`, as "40 farmers were slaughtered" does). Null otherwise.
 */
function unknownPeople(tokens: readonly Token[], j: number, end: number, lent: string): TallyThing | null {
  // The head is the last of the nouns from j ("cattle herders"), and must be the noun lent to the figure.
  let head = j;
  while (head + 1 < Math.min(end, j + MODIFIER_REACH + 1) && tokens[head + 1].pos === 'NOUN') head++;
  if (singular(tokens[head].lower) !== singular(lent)) return null;
  const asPerson = personHit(tokens, tokens[head].lower, head, head + 1, j, end);
  return asPerson ? { unit: asPerson.unit, event: asPerson.hit.event } : null;
}

/** Modifiers looked past for the counted noun: "the number of dengue fever cases" (two). */
const MODIFIER_REACH = 3;
const MODIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/**
 * The counted noun of the phrase starting at j: j itself when the tables know it, else the first known one past at most
 * MODIFIER_REACH nouns or adjectives ("dengue fever cases"), else j.
 */
function countedHead(tokens: readonly Token[], j: number, end: number): number {
  for (let k = j; k < Math.min(end - 1, j + MODIFIER_REACH + 1); k++) {
    if (knownCounted(tokens[k].lower)) return k;
    if (!MODIFIER_POS.has(tokens[k].pos)) break;
  }
  return j;
}

/** The event the sentence names for a counted noun at j ("the number of people at the march": a crowd), or null. */
function eventOfSentence(tokens: readonly Token[], unit: string, j: number, s: Sentence): string | null {
  const hit = findEvent(tokens, unit, j, j + 1, s.tokenStart, s.tokenEnd);
  return hit.event === 'unspecified' ? null : hit.event;
}

/** Tokens before a revised tally's "to" where its noun and its verb may stand ("that number has now been reduced to"). */
const REVISED_REACH = 6;

/**
 * "SCC lowered the figure to 225,000 people", "that number has now been reduced to 279", "revised the estimate up to
 * 9,000": a tally noun set to a new value by a verb of change, the figure after "to" being that value. The figure counts
 * what the tally counts (the figures just before it: the caller's), whatever the verb alone would make of it ("reduced"
 * cuts jobs). Round 19.
 */
export function isRevisedTally(tokens: readonly Token[], qa: number, floor: number): boolean {
  if (tokens[qa - 1]?.lower !== 'to') return false;
  let tally = false;
  let verb = false;
  for (let i = qa - 2; i >= Math.max(floor, qa - 2 - REVISED_REACH); i--) {
    const w = tokens[i].lower;
    if (tokens[i].type === 'number' || w === ',' || w === ';') break;
    if (TALLIES.has(w)) tally = true;
    else if (CHANGE_VERBS.has(w)) verb = true;
  }
  return tally && verb;
}
