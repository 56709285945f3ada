// How the sentence around a date is told: whether the date opens it, whether it is told in the past, and whether
// it looks ahead ("will present ... on Wednesday", "is to run through June"). Each reader looks a bounded number
// of tokens either way, within the sentence.
import { DETERMINERS } from './lexicon';
import type { Expr } from './expr';
import type { Token } from '../types';

/** True when token i starts a sentence: the text, a line or a sentence mark (maybe a quote) comes before it. */
export function opensSentence(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && (tokens[k].text === '"' || tokens[k].text === '“' || tokens[k].text === '``')) k--;
  if (k < 0) return true;
  const t = tokens[k];
  return t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?';
}

/**
 * Words that open a look-ahead before the date in the same sentence ("will", "would ... in the third quarter",
 * "expected on Thursday", "another strike looming on Wednesday"). Prepositions alone do not: "had vaccinated 60,000 by Thursday" looks back.
 */
const FUTURE_CUES = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'would', 'may', 'might', 'scheduled', 'due', 'upcoming', 'plan', 'plans', 'planned', 'planning',
  'expected', 'expects', 'aims', 'intends', 'forecast', 'forecasts', 'looming', 'forthcoming',
]);
const FUTURE_LOOKBACK = 12;

/**
 * Verbs of a decision before "to" and a verb: what was decided lies ahead of the decision ("has decided to suspend its
 * dividend from the fourth quarter", "agreed to cut output from January"; not "agreed to a truce") (round 23). Not vows
 * or pledges: "vowed to retaliate for the attack on Sunday" tells of a past day.
 */
const DECIDED = new Set(['decided', 'agreed', 'voted', 'resolved', 'opted']);
/** Before "to", these make what follows lie ahead: "is to resume Tuesday", "set to resume Monday", "going to". */
const FUTURE_BEFORE_TO = new Set(['is', 'are', 'set', 'poised', 'going', 'about']);

export function looksAhead(tokens: Token[], start: number): boolean {
  // "as soon as Tuesday", "as early as Tuesday": the earliest a coming event can be.
  if (start >= 3 && tokens[start - 1].lower === 'as' && tokens[start - 3].lower === 'as' &&
    (tokens[start - 2].lower === 'soon' || tokens[start - 2].lower === 'early')) return true;
  let floor = start - FUTURE_LOOKBACK;
  for (let k = start - 1; k >= 0 && k >= floor; k--) {
    const t = tokens[k];
    if (t.lower === 'to' && k > 0 && FUTURE_BEFORE_TO.has(tokens[k - 1].lower)) return true;
    if (t.lower === 'to' && k > 0 && DECIDED.has(tokens[k - 1].lower) && tokens[k + 1]?.pos === 'VERB') return true;
    // "has decided to cut 15% of jobs and to suspend its dividend from the fourth quarter": a second infinitive goes
    // back to the verb the first one hangs on, however long the first one is.
    if (t.lower === 'to' && tokens[k - 1]?.lower === 'and') floor = Math.max(0, k - 1 - FUTURE_LOOKBACK);
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    // "in May, up 40% from April": the month is no modal verb.
    // "might have been expected to ease by Sunday, but ...", "had been planned for Friday": an expectation in the
    // perfect was held before the report; what it looked to is past, not ahead.
    if (FUTURE_CUES.has(t.lower) && !(t.lower === 'may' && t.text !== 'may')) return !perfectAt(tokens, k);
    // "said they would appeal the decision, announced Wednesday": a past verb nearer the date owns it; so does
    // a past verb of saying right before it ("Cuba predicted Wednesday").
    if (isPastVerb(tokens, k) || (k >= start - 2 && isPastVerb(tokens, k, true))) return false;
  }
  return false;
}

/** Auxiliaries of the perfect: "have been expected", "had been planned". */
const PERFECT_AUX = new Set(['have', 'has', 'had', "'ve", '’ve', "'d", '’d']);

/** The participle at k is in the perfect: "had planned", "might have been expected". */
function perfectAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return PERFECT_AUX.has(before) || (before === 'been' && PERFECT_AUX.has(tokens[k - 2]?.lower ?? ''));
}

/**
 * A date that opens its sentence takes the tense of the verb after it: "On Tuesday, the league plans to hold a news
 * conference" looks ahead; "On Tuesday, the league said it would ..." does not (the past verb comes first).
 */
export function aheadAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k < end + LEAD_WINDOW; k++) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    if (isPastVerb(tokens, k) || PAST_IRREGULAR.has(t.lower) || FORWARD_VERBS.has(t.lower)) return false;
    if (AHEAD_MODALS.has(t.lower)) return true;
    if (t.lower !== 'to' || k < 2) continue;
    // "the union plans to", not "her plans to travel" (a noun after a determiner).
    if (FUTURE_BEFORE_TO.has(tokens[k - 1].lower) || (AHEAD_BEFORE_TO.has(tokens[k - 1].lower) && !DETERMINERS.has(tokens[k - 2].lower))) return true;
  }
  return false;
}
/** Modals after a sentence-opening date that make it look ahead (not "would": reported speech in the past). */
const AHEAD_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
/** Present verbs before "to" that make a sentence-opening date look ahead ("plans to hold"; "plans" alone is a noun). */
const AHEAD_BEFORE_TO = new Set(['plan', 'plans', 'aims', 'intends', 'expects', 'hopes', 'wants']);

/** Verbs that grant time up to a point: "gave them until", "extended the deadline until". */
const GRANTING_VERBS = new Set(['gave', 'given', 'granted', 'allowed', 'extended', 'postponed', 'delayed', 'deferred', 'adjourned']);

/** A granting verb in the clause before "until" at `until`. */
export function grantedUntil(tokens: Token[], until: number): boolean {
  for (let k = until - 1; k >= 0 && k >= until - FUTURE_LOOKBACK; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';' || t.text === ',') return false;
    if (GRANTING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs that set something for a coming day: "announced live-fire zones for Wednesday". */
const SETTING_VERBS = new Set(['announced', 'declared', 'set', 'called', 'ordered', 'issued', 'designated', 'closed', 'planned', 'warned']);

/** A weekday after "for" in a sentence whose verb sets something up looks ahead. */
export function announcedFor(tokens: Token[], start: number, expr: Expr): boolean {
  if (expr.k !== 'weekday' || expr.shift !== undefined || start === 0 || tokens[start - 1].lower !== 'for') return false;
  for (let k = start - 2; k >= 0 && k >= start - 2 * FUTURE_LOOKBACK; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    if (SETTING_VERBS.has(t.lower)) return !perfectAt(tokens, k);
  }
  return false;
}

/** Past forms that are never a participle ("the storm tore through", not "the storm torn"): always finite. */
export const PRETERITES: ReadonlySet<string> = new Set([
  'was', 'were', 'did', 'fell', 'rose', 'began', 'came', 'went', 'took', 'saw', 'spoke', 'gave', 'broke', 'flew', 'ran',
  'became', 'drove', 'knew', 'tore', 'wrote', 'withdrew', 'overran', 'shook', 'sank', 'stole',
]);
/** Past forms that do not end in -ed: the preterites and the forms a participle shares. */
export const PAST_IRREGULAR = new Set([
  ...PRETERITES, 'had', 'said', 'told', 'struck', 'made', 'met', 'left', 'fought', 'held', 'shot', 'won', 'lost', 'sent',
  'led', 'brought', 'found', 'built', 'caught', 'fled', 'hit', 'kept', 'paid', 'stood', 'swept', 'seized', 'killed',
]);
/** Present forms that end in -ed like a past one ("need a decision by Monday", "proceed"). */
const PRESENT_ED = new Set([
  'need', 'proceed', 'succeed', 'exceed', 'feed', 'bleed', 'speed', 'breed', 'heed', 'seed', 'embed',
]);
/** Before an -ed form these make it no past tense ("will be deployed", "to be finished"). */
export const NOT_PAST_BEFORE = new Set(['will', 'would', 'to', 'be', 'being', 'is', 'are', 'am', "'ll", '’ll', 'shall', 'must', 'should', 'can']);
export const PAST_WINDOW = 12;
/** How far a sentence-opening date looks for the sentence's verb. */
export const LEAD_WINDOW = 30;

/** A past-tense verb in the same sentence, within a few tokens of the date. */
export function toldInPast(tokens: Token[], start: number, end: number, window = PAST_WINDOW): boolean {
  for (let k = start - 1; k >= 0 && k >= start - PAST_WINDOW; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') break;
    if (isPastVerb(tokens, k)) return true;
  }
  for (let k = end; k < tokens.length && k < end + window; k++) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') break;
    if (isPastVerb(tokens, k)) return true;
  }
  return false;
}

/**
 * Prepositions through which a verb places a month in its own time: "switched to a new timetable in December",
 * "were weak during November". Not "to", "until" or "by": "moved the vote to December" sets a time ahead.
 */
const PLACING = new Set(['in', 'during', 'throughout']);

/**
 * The month after the placing preposition at `prep` is placed by a verb told in the past: the nearest verb before
 * it in the sentence is a past form ("the firm changed its timetable in December"). A reported present or future ("said
 * it reopens in December", "rules to be published in November") is placed by that nearer verb, not by "said".
 */
export function placedInPast(tokens: Token[], prep: number): boolean {
  if (prep < 1 || !PLACING.has(tokens[prep].lower)) return false;
  for (let k = prep - 1; k >= 0 && k >= prep - PAST_WINDOW; k--) {
    const t = tokens[k];
    if (t.type === 'tabCRLF' || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !afterDeterminer(tokens, k)) return isPastVerb(tokens, k);
  }
  return false;
}

/** A participle after a determiner (maybe with an adverb between) is an adjective: "on a yet undisclosed day". */
function afterDeterminer(tokens: Token[], k: number): boolean {
  const j = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  return j >= 0 && DETERMINERS.has(tokens[j].lower);
}

/** Past forms that announce what is to come ("warned of more rain over the weekend"): no past reading. */
const FORWARD_VERBS = new Set([
  'warned', 'forecast', 'predicted', 'expected', 'planned', 'scheduled', 'urged', 'advised', 'promised', 'pledged',
  'vowed', 'threatened', 'issued', 'projected', 'anticipated', 'proposed', 'called', 'postponed', 'delayed', 'adjourned',
  'extended', 'deferred',
]);

/** A verb told in the past at k (not a look-ahead verb unless `forwardToo`, not a participle after "be", "to" or a modal). */
export function isPastVerb(tokens: Token[], k: number, forwardToo = false): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  if (FORWARD_VERBS.has(t.lower) && !forwardToo) return false;
  // "will be held", "is to be paid": a participle after "be", "to" or a modal is no past tense, irregular or not.
  if (k > 0 && NOT_PAST_BEFORE.has(tokens[k - 1].lower)) return false;
  if (PAST_IRREGULAR.has(t.lower)) return true;
  return t.lower.endsWith('ed') && t.lower.length > 3 && !PRESENT_ED.has(t.lower);
}
