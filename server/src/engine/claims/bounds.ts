// A figure that bounds a count is no count: what a place or a machine can hold ("the stadium can hold up to 80,000",
// "built for 60,000 spectators", "enough to power 40,000 homes") and what a result needs ("needs 50% plus one to win",
// "a required turnout of 50%", "the 50 votes needed to pass", "the threshold is 5%"). Modality 'bound': it pairs with
// no count of what happened.
import type { Token } from '../types';
import { BE } from '../attributions/cues';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { BOUND_NOUNS } from './frame';
import { objectReaches } from './wanted';
import { ARTICLES } from './claimWords';

/** Verbs of what something holds or yields: "can hold", "built to house", "enough to power". */
const CAPACITY_VERBS = new Set(['hold', 'seat', 'accommodate', 'house', 'carry', 'take', 'fit', 'handle', 'process',
  'produce', 'generate', 'supply', 'power', 'serve', 'treat', 'host', 'store', 'transport', 'feed', 'shelter', 'sleep',
  'welcome', 'receive', 'absorb', 'withstand', 'irrigate', 'heat', 'pump', 'holding', 'carrying', 'housing', 'producing',
  'generating', 'supplying', 'powering', 'serving', 'treating', 'hosting', 'seating', 'accommodating']);
/** Present forms that state a venue's size without a modal: "the arena seats 20,000". */
const VENUE_VERBS = new Set(['seats', 'accommodates', 'sleeps']);
/** Present forms that state a size before "up to": "the stadium holds up to 80,000", "carries up to 300 passengers". */
const UP_TO_VERBS = new Set(['holds', 'takes', 'fits', 'carries', 'houses', 'hosts', 'serves', 'handles']);
/**
 * Words before "to" + a capacity verb or before "for" that make a capacity: "built for 60,000", "room for 500"; and a
 * limit someone set on it (round 23): "only authorised to carry 550 passengers", "licensed for 300", "certified to seat".
 */
const DESIGNED = new Set(['built', 'designed', 'meant', 'intended', 'made', 'sized', 'equipped', 'enough', 'room', 'space',
  'able', 'capable', 'big', 'large', 'authorised', 'authorized', 'licensed', 'licenced', 'certified', 'permitted',
  'allowed', 'rated']);
/** Modals of ability before a capacity verb: "can hold", "could carry". */
const ABILITY = new Set(['can', 'could', 'cannot']);
/** Adverbs between a modal and its capacity verb: "can comfortably hold", "could still take". */
const ABILITY_GAP = new Set(['still', 'only', 'now', 'easily', 'comfortably', 'reportedly', 'normally', 'typically', 'also']);

/** Verbs and adjectives whose object is what a result needs: "needs 50% plus one", "a required turnout of 50%". */
const NEEDING = new Set(['need', 'needs', 'needed', 'require', 'requires', 'required', 'must', 'necessary', 'minimum',
  'maximum', 'mandatory']);
/** Adjectives of a bound that need a noun before "of": "a minimum turnout of 50%"; "a minimum of 300 killed" counts. */
const BOUND_ADJECTIVES = new Set(['minimum', 'maximum']);
/** How far after the figure "must" governs it: "at least 50% of voters must take part". */
const MUST_REACH = 5;
/** Words after the figure that make it what is needed: "the 50 votes needed to pass", "50% is required". */
const NEEDED_AFTER = new Set(['needed', 'required', 'necessary']);
/** Every word a requirement is read from, before or after the figure. */
const NEED_WORDS: ReadonlySet<string> = new Set([...NEEDING, ...NEEDED_AFTER]);
/**
 * Nouns of a bound that a predicate gives its figure: "the threshold is 5%", "the inflation target in X is 2%": the
 * frame's bound nouns ("a growth target of 5%"), and two read only as the subject of such a predicate: "quorum", and
 * "cap" (after a figure, "50 caps" are a player's appearances).
 */
const BOUND_SUBJECTS: ReadonlySet<string> = new Set([...BOUND_NOUNS, 'quorum', 'cap']);
/** Verbs that set a cap at a figure: "caps the number at 100,000", "capped at 5%". */
const CAPPING = new Set(['cap', 'caps', 'capped', 'capping']);
/** How far back the subject of a bound, or a capping verb, stands: "the inflation target in Norvania is 2%". */
const SUBJECT_REACH = 6;

/** Whether the figure at [qa, qb) in clause [ca, cb) is a capacity or a requirement, not a count. */
export function isBound(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  return isCapacity(tokens, qa, ca) || isRequired(tokens, qa, qb, ca, cb) || isBoundPredicate(tokens, qa, ca);
}

/** "can hold up to 80,000", "built to house 5,000", "enough to power 40,000 homes", "built for 60,000", "seats 20,000". */
function isCapacity(tokens: readonly Token[], qa: number, ca: number): boolean {
  const v = qa - 1;
  if (v < ca) return false;
  const w = tokens[v].lower;
  if (VENUE_VERBS.has(w)) return true;
  if (UP_TO_VERBS.has(w) && tokens[qa].lower === 'up' && tokens[qa + 1]?.lower === 'to') return true;
  // "built for 60,000", "room for 500", "enough food for 10,000": one noun may stand between.
  if (w === 'for') return DESIGNED.has(tokens[v - 1]?.lower ?? '') || (tokens[v - 1]?.pos === 'NOUN' && DESIGNED.has(tokens[v - 2]?.lower ?? ''));
  if (!CAPACITY_VERBS.has(w)) return false;
  let i = v - 1;
  while (i >= ca && ABILITY_GAP.has(tokens[i].lower)) i--;
  const before = tokens[i]?.lower ?? '';
  if (ABILITY.has(before)) return true;
  // "capable of holding 80,000"
  if (before === 'of') return tokens[i - 1]?.lower === 'capable';
  if (before !== 'to') return false;
  // "built to house", "enough to supply", "enough power to supply", "is able to take".
  return DESIGNED.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.pos === 'NOUN' && DESIGNED.has(tokens[i - 2]?.lower ?? ''));
}

/** Tokens of a "plus one" tail after a figure: "50%-plus-one", "50 percent plus one", "50% + 1". */
const PLUS_ONE = new Set(['-', 'plus', '+', 'one', '1']);
const PLUS_ONE_REACH = 4;
/** The token after a figure's "plus one" tail starting at qb (qb itself when there is none). */
function plusOneEnd(tokens: readonly Token[], qb: number, cb: number): number {
  let i = qb;
  while (i < cb && i < qb + PLUS_ONE_REACH && PLUS_ONE.has(tokens[i].lower)) i++;
  return i;
}

/** "needs 50% plus one to win", "required a turnout of 50%", "the 50 votes needed to pass", "50% is required". */
function isRequired(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  // Most figures have no word of need within reach: one look-up instead of reading around token by token.
  const from = Math.max(ca, qa - SUBJECT_REACH);
  if (firstIn(wordClassIndex(tokens, NEED_WORDS), from, Math.min(cb, qb + MUST_REACH)) < 0) return false;
  if (qb < cb) {
    const after = tokens[qb].lower;
    if (NEEDED_AFTER.has(after) && ARTICLES.has(tokens[qa - 1]?.lower ?? '')) return true;
    // "the margin of 50 percent-plus-one necessary to avoid a runoff", "the 50 percent-plus-one margin needed to avoid":
    // past a "plus one" tail (and the noun it modifies), the adjective, or a participle after an article's figure.
    const tail = plusOneEnd(tokens, qb, cb);
    const word = tail > qb && tokens[tail]?.pos === 'NOUN' ? tail + 1 : tail;
    if (tokens[word]?.lower === 'necessary') return true;
    if (tail > qb && NEEDED_AFTER.has(tokens[word]?.lower ?? '') && ARTICLES.has(tokens[qa - 1]?.lower ?? '')) return true;
    if (BE.has(after) && NEEDED_AFTER.has(tokens[qb + 1]?.lower ?? '')) return true;
    for (let i = qb; i < Math.min(cb, qb + MUST_REACH); i++) {
      if (tokens[i].lower === 'must') return tokens[i + 1]?.lower !== 'have';
      if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].type !== 'word') break;
    }
  }
  for (let i = qa - 1; i >= from; i--) {
    const w = tokens[i].lower;
    if (!NEEDING.has(w)) continue;
    // "must have killed 300" estimates what happened.
    if (w === 'must' && tokens[i + 1]?.lower === 'have') return false;
    if (BOUND_ADJECTIVES.has(w) && tokens[i + 1]?.lower === 'of') continue;
    if (objectReaches(tokens, i, qa)) return true;
  }
  return false;
}

/** "the threshold is 5%", "the inflation target in Norvania is 2%", "capacity was set at 500", "caps refugees at 100,000". */
function isBoundPredicate(tokens: readonly Token[], qa: number, ca: number): boolean {
  let i = qa - 1;
  if (tokens[i]?.lower === 'at') {
    for (let k = i - 1; k >= Math.max(ca, i - SUBJECT_REACH); k--) if (CAPPING.has(tokens[k].lower)) return true;
    const verb = tokens[i - 1]?.lower ?? '';
    if (verb === 'stands' || verb === 'stood') i -= 1;
    else if (verb === 'set' && BE.has(tokens[i - 2]?.lower ?? '')) i -= 2;
    else return false;
  } else if (!BE.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i - 1; k >= Math.max(ca, i - SUBJECT_REACH); k--) {
    const t = tokens[k];
    if (BOUND_SUBJECTS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type !== 'word') return false;
  }
  return false;
}
