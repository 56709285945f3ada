// A figure the speaker rejects is not the speaker's claim: "denied that 500 people died", "dismissed reports of 1,000
// casualties as propaganda", "an estimate of 10,000 dead is 'too much'", "300 died, not the 1,000 some claimed". When
// the words name whose figure it was ("denied the ministry's claim that 500 died"), it stays that maker's claim.
import type { Token } from '../types';
import { firstIn, wordClassIndex } from '../text/wordClass';
import { POSSESSIVE_MARKS } from '../text/possessive';
import { FINITE_BE } from '../text/beVerbs';
import { CONTRAST_JOINS } from '../text/subordinators';

/** Verbs whose object a speaker rejects; the figure inside that object is not the speaker's. */
const REJECTING_VERBS = new Set(['deny', 'denies', 'denied', 'denying', 'dismiss', 'dismisses', 'dismissed', 'dismissing',
  'reject', 'rejects', 'rejected', 'rejecting', 'refute', 'refutes', 'refuted', 'refuting', 'dispute', 'disputes',
  'disputed', 'disputing', 'rebut', 'rebuts', 'rebutted', 'rebutting', 'debunk', 'debunks', 'debunked', 'doubt', 'doubts',
  'doubted', 'doubting', 'question', 'questions', 'questioned', 'questioning', 'contest', 'contests', 'contested',
  'contesting', 'challenge', 'challenges', 'challenged', 'challenging']);
/** One-word verdicts a predicate gives the figure of its subject: "the figure of 300 was exaggerated". */
const REJECTING_VERDICTS = new Set(['exaggerated', 'inflated', 'overstated', 'overblown', 'false', 'untrue', 'wrong',
  'incorrect', 'baseless', 'groundless', 'fabricated', 'propaganda', 'nonsense', 'refuted', 'debunked', 'fake', 'bogus',
  'erroneous', 'unfounded', 'mistaken']);
/** Adverbs that say a figure was stated in error: "wrongly reported 500 deaths", "had mistakenly said that 500 died". */
const IN_ERROR = new Set(['wrongly', 'erroneously', 'falsely', 'mistakenly', 'incorrectly']);
/**
 * What a rejecting verb's object must be for the figure inside it to be rejected: a clause ("denied that 500 died") or
 * a claim ("dismissed reports of 1,000 casualties"). "rejected 1,200 ballots", "dismissed 300 workers" count what was
 * rejected or dismissed, and stay asserted.
 */
const CLAIM_WORDS = new Set(['that', 'report', 'reports', 'claim', 'claims', 'figure', 'figures', 'estimate', 'estimates',
  'toll', 'tally', 'count', 'number', 'numbers', 'allegation', 'allegations', 'suggestion', 'suggestions', 'assertion',
  'assertions', 'account', 'accounts', 'rumour', 'rumours', 'rumor', 'rumors', 'statistics', 'data', 'estimation']);
/** The words that reject a figure after them: a rejecting verb, a verdict on a claim, an adverb of error. */
const BEFORE_WORDS: ReadonlySet<string> = new Set([...REJECTING_VERBS, ...REJECTING_VERDICTS, ...IN_ERROR]);
/** Two-word verdicts: "is 'too much'", "was too high". */
const TOO = new Set(['much', 'high', 'many', 'big', 'large']);
/** The words a verdict holds one of, looked up before a figure's predicate is read. */
const VERDICT_WORDS: ReadonlySet<string> = new Set([...REJECTING_VERDICTS, 'too']);
/** Forms of "be" (and "has been") that join a subject to its verdict. */
const BE = new Set([...FINITE_BE, "'s", 'be', 'been']);
/** Words that may stand between "be" and the verdict: quotes, adverbs of degree. */
const BETWEEN = new Set(['"', '“', '”', "'", 'grossly', 'greatly', 'vastly', 'wildly', 'hugely', 'much', 'far', 'simply',
  'clearly', 'completely', 'totally', 'also', 'probably', 'likely', 'a', 'an', 'has', 'have', 'had', 'being']);
/** Words that end the rejected object before the figure: a new clause, a speech verb, a joined verb. */
const OBJECT_STOPS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', ...CONTRAST_JOINS, 'saying', 'said', 'says',
  'insisting', 'insisted', 'adding', 'added', 'arguing', 'argued', 'noting', 'noted', 'stating', 'stated', 'which', 'who']);
/** Words before a rejecting verb that turn it around. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** How far back a rejecting verb governs the figure, and how far ahead its verdict may stand. */
const VERB_REACH = 12;
const VERDICT_REACH = 8;

/** Whether the figure at tokens [qa, qb) of the sentence [sa, sb) is one its speaker rejects. */
export function isRejected(tokens: readonly Token[], qa: number, qb: number, sa: number, sb: number): boolean {
  return rejectedByVerb(tokens, qa, sa) || rejectedByVerdict(tokens, qb, sb) || setAside(tokens, qa, qb, sb)
    || negated(tokens, qa);
}

/** "denied that 500 died", "dismissed reports of 1,000 casualties": a rejecting verb before the figure, in one clause. */
function rejectedByVerb(tokens: readonly Token[], qa: number, sa: number): boolean {
  // Most figures have no rejecting verb within reach: one look-up instead of reading back token by token.
  if (firstIn(wordClassIndex(tokens, BEFORE_WORDS), Math.max(sa, qa - VERB_REACH), qa) < 0) return false;
  let claim = false;
  for (let i = qa - 1; i >= Math.max(sa, qa - VERB_REACH); i--) {
    const w = tokens[i].lower;
    if (OBJECT_STOPS.has(w)) return false;
    // "did not deny that 500 died" grants the figure.
    if (REJECTING_VERBS.has(w)) return claim && !NEGATIONS.has(tokens[i - 1]?.lower ?? '');
    // "exaggerated reports of 1,000 dead", "the false claim that 500 died": the claim's own verdict.
    if (CLAIM_WORDS.has(w) && REJECTING_VERDICTS.has(tokens[i - 1]?.lower ?? '')) return true;
    if (IN_ERROR.has(w)) return true;
    if (CLAIM_WORDS.has(w)) claim = true;
  }
  return false;
}

/** "an estimate that the storm killed 10,000 people is 'too much'": the figure's subject phrase, then be + a verdict. */
function rejectedByVerdict(tokens: readonly Token[], qb: number, sb: number): boolean {
  if (firstIn(wordClassIndex(tokens, VERDICT_WORDS), qb, sb) < 0) return false;
  let i = qb;
  const end = Math.min(sb, qb + VERDICT_REACH);
  // "Ten thousand, I think, is too much": a short aside between commas.
  while (i < end && tokens[i].lower !== ',' && !BE.has(tokens[i].lower)) {
    if (tokens[i].pos === 'VERB' || OBJECT_STOPS.has(tokens[i].lower)) return false;
    i++;
  }
  if (tokens[i]?.lower === ',') {
    let j = i + 1;
    while (j < Math.min(sb, i + 5) && tokens[j].lower !== ',') j++;
    if (tokens[j]?.lower !== ',') return false;
    i = j + 1;
  }
  if (!BE.has(tokens[i]?.lower ?? '')) return false;
  i++;
  while (i < sb && BETWEEN.has(tokens[i].lower)) i++;
  const w = tokens[i]?.lower ?? '';
  if (REJECTING_VERDICTS.has(w)) return true;
  return w === 'too' && TOO.has(tokens[i + 1]?.lower ?? '');
}

/** Participles that name a figure as someone's claim: "fewer than the 1,000 claimed", "not the 500 first reported". */
const CLAIMED = new Set(['claimed', 'reported', 'alleged', 'cited', 'announced', 'suggested', 'touted', 'feared', 'rumoured',
  'rumored', 'quoted', 'given', 'estimated', 'stated']);
/** Words between the figure and its participle: "the 1,000 some claimed", "the 500 first reported". */
const CLAIMED_REACH = 3;

/**
 * "300 died, not the 1,000 some claimed", "200, not 500", "rather than the 500 first reported", "instead of 500", "fewer
 * than the 1,000 claimed": a figure set aside for another. A claim whose maker "by" names ("the 200,000 claimed by
 * organizers") stays that maker's.
 */
function setAside(tokens: readonly Token[], qa: number, qb: number, sb: number): boolean {
  const at = tokens[qa - 1]?.lower === 'the' ? qa - 2 : qa - 1;
  const w = tokens[at]?.lower ?? '';
  const claimed = claimedAfter(tokens, qb, sb);
  if (claimed === 'by') return false;
  // "the number isn't 19 but 17": the contracted negation sets the figure aside as "not" does.
  if (w === 'not' || w === "n't" || (w === 'than' && tokens[at - 1]?.lower === 'rather') || (w === 'of' && tokens[at - 1]?.lower === 'instead')) return true;
  return w === 'than' && at === qa - 2 && claimed === 'unnamed';
}

/**
 * A claim participle within a few words after the figure: 'by' when "by" names its maker ("reported earlier by the
 * UN"), 'unnamed' when none, null when there is no participle.
 */
function claimedAfter(tokens: readonly Token[], qb: number, sb: number): 'by' | 'unnamed' | null {
  if (firstIn(wordClassIndex(tokens, CLAIMED), qb, Math.min(sb, qb + CLAIMED_REACH)) < 0) return null;
  for (let i = qb; i < Math.min(sb, qb + CLAIMED_REACH); i++) {
    if (CLAIMED.has(tokens[i].lower)) {
      for (let k = i + 1; k < Math.min(sb, i + CLAIMED_REACH); k++) if (tokens[k].lower === 'by') return 'by';
      return 'unnamed';
    }
    if (tokens[i].type !== 'word') return null;
  }
  return null;
}

/** Verbs whose negation leaves the figure standing: "the toll does not include 300 missing". */
const NEGATION_KEEPS = new Set(['include', 'includes', 'including', 'count', 'counting', 'cover', 'covers']);

/** "did not kill 500 civilians", "never reached 1 million": a figure of a negated verb right before it is not stated. */
function negated(tokens: readonly Token[], qa: number): boolean {
  const verb = tokens[qa - 1];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || NEGATION_KEEPS.has(verb.lower)) return false;
  const before = tokens[qa - 2]?.lower ?? '';
  return before === 'not' || before === "n't" || before === 'never';
}

/**
 * The maker a rejected figure's object names by a possessive between the rejecting verb and the figure ("rejected the
 * ministry's claim that 500 died"): the token index of the possessor, or -1.
 */
export function rejectedMakerAt(tokens: readonly Token[], qa: number, sa: number): number {
  for (let i = qa - 1; i > Math.max(sa, qa - VERB_REACH); i--) {
    const w = tokens[i].lower;
    if (OBJECT_STOPS.has(w) || REJECTING_VERBS.has(w)) return -1;
    if (POSSESSIVE_MARKS.has(w) && tokens[i - 1].type === 'word') return i - 1;
  }
  return -1;
}
