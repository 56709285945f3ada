// What a bare figure counts when the words naming it come after it (round 27): a tally set to the figure by a verb
// before it ("bringing to 305 the number of people missing", "raising to 50 the death toll"), and a topic phrase
// ("2,500 is the number we are working on as far as deaths are concerned"). counted.ts asks these for a figure with no
// noun of its own, whatever unit the figure before it lent it.
import type { Token } from '../types';
import { TALLIES } from './frame';
import { eventOfPeopleWord, normalizeUnit } from './measure';
import { hedgeStart } from '../quantities/hedges';
import { wordClassIndex } from '../text/wordClass';
import { TALLY_MOVING_VERBS } from '../text/tallyVerbs';

/** What a tally names: a unit and the event its words give (null when they give none). */
export interface NamedCount { unit: string; event: string | null }

/** Words between the figure and its tally noun: "the", "its", and a modifier or two ("the official death toll"). */
const TALLY_LEADS = new Set(['the', 'its', 'their']);
const TALLY_MODIFIER_REACH = 2;
/** Determiners between "number of" and the counted noun: "the number of the dead". */
const OF_DETERMINERS = new Set(['the', 'those']);

/** The counted thing of "<tally> of <noun> [event word]" at k (the tally noun), or null. */
function tallyOf(tokens: readonly Token[], k: number, end: number): NamedCount | null {
  if (tokens[k]?.lower === 'toll' || tokens[k]?.lower === 'tolls') return { unit: 'person', event: 'killed' };
  if (!TALLIES.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return null;
  let j = k + 2;
  while (j < end && OF_DETERMINERS.has(tokens[j].lower)) j++;
  if (j >= end) return null;
  const counted = normalizeUnit(tokens[j].lower);
  if (!counted.unit) return null;
  // "the number of people missing": an adjective of what befell them right after the noun.
  const after = counted.event ? null : eventOfPeopleWord(tokens[j + 1]?.lower ?? '');
  return { unit: counted.unit, event: counted.event ?? after };
}

/**
 * "reducing to 305 the number of people missing", "bringing to 50 the official death toll": a verb of setting, "to",
 * the bare figure (past its hedges), then the tally it sets. What that tally counts, or null.
 */
export function invertedTally(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): NamedCount | null {
  // The word after the figure first: one read for most figures (a price list reads each token a bounded number of times).
  if (!TALLY_LEADS.has(tokens[qb]?.lower ?? '')) return null;
  const lead = hedgeStart(tokens, qa, ca, true);
  if (tokens[lead - 1]?.lower !== 'to' || !TALLY_MOVING_VERBS.has(tokens[lead - 2]?.lower ?? '')) return null;
  let k = qb + 1;
  for (let m = 0; m < TALLY_MODIFIER_REACH && k < cb && !TALLIES.has(tokens[k].lower); m++) k++;
  return k < cb ? tallyOf(tokens, k, cb) : null;
}

/** Most tokens after the figure to its topic phrase: "2,500, is the number we are working on as far as deaths are". */
const TOPIC_REACH = 16;
/** The phrase's last word, indexed (wordClass.ts): a figure reads tokens only when its sentence holds one. */
const CONCERNED = new Set(['concerned']);
/** Tokens of "as far as X are" before "concerned". */
const TOPIC_LEAD = 5;

/**
 * "2,500 is the number we are working on as far as deaths are concerned": the noun of an "as far as X is/are concerned"
 * after the figure in its sentence names what the figure counts (a death is a person killed). Null when none.
 */
export function topicCount(tokens: readonly Token[], qb: number, sentenceEnd: number): NamedCount | null {
  const i = wordClassIndex(tokens, CONCERNED).next[qb];
  if (i >= Math.min(sentenceEnd, qb + TOPIC_REACH + TOPIC_LEAD + 1) || i - TOPIC_LEAD < qb) return null;
  const be = tokens[i - 1].lower;
  if ((be !== 'is' && be !== 'are') || tokens[i - 5].lower !== 'as' || tokens[i - 4].lower !== 'far' || tokens[i - 3].lower !== 'as') return null;
  const counted = normalizeUnit(tokens[i - 2].lower);
  return counted.unit ? { unit: counted.unit, event: counted.event } : null;
}
