// Figures of another event than the story's (round 29), yardsticks that are no rivals of the story's toll: one whose
// subject is an event set against the story's own ("just weeks after a more powerful one killed 61 people", "an earlier
// quake killed 61"), and one whose sentence says before it that its event is another ("In another incident, ...").
import type { Sentence, Token } from '../types';
import { CAUSE_NOUNS } from '../text/causes';
import { hasOrPlural } from '../text/inflection';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { daysBefore } from '../dates/calendar';
import { PRIOR_EVENT_WORDS } from './eventWords';
import { INDEFINITE } from './claimWords';

/** Degree words before an adjective that compare: "a more powerful one", "a less severe storm". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['more', 'less']);
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
  return PRIOR_EVENT_WORDS.has(w.lower) || comparative(w) ? j + 2 : -1;
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

/** Most tokens read back from the figure for words telling of another event ("In another incident, ..."). */
const ANOTHER_EVENT_REACH = 40;

/** Words that set an event apart from the story's own: "an apparently unrelated quake". */
const UNRELATED = 'unrelated';
/** Words that, before "incident", tell of another event: "In another incident, ...", "in a separate incident". */
const OTHER_INCIDENT = new Set(['another', 'separate']);
/** The words read for another event, indexed once per report: a line of figures with none of them costs nothing. */
const OTHER_EVENT_WORDS = new Set([UNRELATED, 'incident']);

/**
 * "In another incident, a flyover collapsed, leaving 13 dead", "an apparently unrelated quake of magnitude 6.4": the
 * figure's sentence, before the figure, says its event is not the story's. Its count is of that other event, no rival
 * of the story's (claims/detailed.ts marks it a yardstick: it pairs with nothing). "Another attack" or "a second boat"
 * single out one incident of the story's own (instancesOf) and are not read here.
 */
export function ofAnotherEvent(tokens: readonly Token[], s: Sentence, qa: number): boolean {
  const ix = wordClassIndex(tokens, OTHER_EVENT_WORDS);
  for (let i = firstIn(ix, Math.max(s.tokenStart, qa - ANOTHER_EVENT_REACH), qa); i >= 0; i = firstIn(ix, i + 1, qa)) {
    if (tokens[i].lower === UNRELATED || OTHER_INCIDENT.has(tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Days before its report an indefinite event's stated day must end to be a past event, no lede of the story's own. */
const PAST_EVENT_DAYS = 30;
/** A year written out in a date's words. */
const STATED_YEAR = /^(?:1[89]|20)\d\d$/;
/** Most tokens from the opening article to the event noun: "A 6.9-magnitude quake", "A powerful magnitude-6 temblor". */
const LEDE_NOUN_REACH = 8;

/**
 * "A 6.9-magnitude quake in the same region in March 2021 left more than 800 people dead": the sentence opens on
 * an indefinite event noun (no verb before it) and its figure is dated by its own words a month or more before the
 * report, its year written out. That is a past event told as background, no stage of the story's toll (round 31,
 * probe31a). A lede's "A bomb blast on Tuesday killed 12" or "A rally on May 3 drew 50,000" names no year and stays the
 * story's.
 */
export function pastIndefiniteEvent(tokens: readonly Token[], s: Sentence, qa: number, to: string | null,
  published: string | null): boolean {
  if (!to || !published || to > daysBefore(published, PAST_EVENT_DAYS)) return false;
  if (!INDEFINITE.has(tokens[s.tokenStart]?.lower ?? '')) return false;
  for (let k = s.tokenStart + 1; k < Math.min(qa, s.tokenStart + 1 + LEDE_NOUN_REACH); k++) {
    if (hasOrPlural(CAUSE_NOUNS, tokens[k].lower)) return statesYear(tokens, k + 1, qa);
    if (tokens[k].pos === 'VERB') return false;
  }
  return false;
}

/** Tokens [a, b) write out a year ("in March 2021"): a story's own event is told by its day, a past one by its year. */
function statesYear(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (STATED_YEAR.test(tokens[i].text)) return true;
  return false;
}
