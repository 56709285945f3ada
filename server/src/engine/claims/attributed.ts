// What a count of deaths or cases is put down to (round 35). "312 deaths were recorded as due to the fever", "280 died
// from fever-related causes", "12 died of other illnesses": the words attribute the count to one cause, or to causes
// other than the story's. Such a count is a part of all deaths by cause; a count that names no cause may be all deaths
// in the area, so the reader cannot tell the two count the same dead (check/parts.ts, attributionApart). A count
// naming a cause of its own ("killed by the heat", "died of the fever") still meets an attributed one.
import type { Token } from '../types';
import { CASUALTY_NOUNS, DEATH_WORDS } from './measure';

/** Nouns a "-related" cause qualifies, or "other" opens: "fever-related causes", "other illnesses". */
const CAUSE_NOUNS = new Set(['cause', 'causes', 'death', 'deaths', 'disease', 'diseases', 'illness', 'illnesses',
  'ailment', 'ailments', 'complications', 'condition', 'conditions']);
/** Words naming a cause right after a word of harm: "killed by", "died of", "deaths from", "caused by", "blamed on". */
const CAUSE_LEADS = new Set(['by', 'from', 'of', 'on', 'to']);
/**
 * Verbs of dying and of falling ill a cause lead follows ("died of", "killed by", "succumbed to", "sickened by"): the
 * lexicon holds them among many more of each event ("drowned in", "executed by" name no cause), so they are named here.
 */
const HARMED_VERBS = ['died', 'die', 'dies', 'dying', 'killed', 'succumbed', 'sickened', 'infected'];
/** Verbs that put a harm down to something: "caused by", "attributed to", "blamed on", "linked to". */
const BLAMING_VERBS = ['caused', 'attributed', 'attributable', 'blamed', 'linked'];
/** Words of harm a cause lead follows: the dead and casualties as the measure table writes them, and the verbs above. */
const HARM_WORDS: ReadonlySet<string> = new Set([...DEATH_WORDS, ...CASUALTY_NOUNS, ...HARMED_VERBS, ...BLAMING_VERBS]);

/** "due to" followed by no verb ("due to the fever"; "due to depart" is a schedule, no cause). */
function dueTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'due' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos !== 'VERB';
}

/**
 * "fever-related causes", "XV-19-related causes": a cause noun right after "related" that a hyphen joins to the word
 * before (a name with digits stays one token with it).
 */
function relatedCause(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  const joined = (w === 'related' && tokens[i - 1]?.text === '-')
    || (w.endsWith('-related') && w.length > '-related'.length);
  return joined && CAUSE_NOUNS.has(tokens[i + 1]?.lower ?? '');
}

/** Hedge words between "the cause of" and its figure: "the cause of only 212 deaths". */
const CAUSE_OF_GAP = 2;

/**
 * "confirmed as the cause of 212 deaths": the words right before the figure at qa (at most CAUSE_OF_GAP hedge words
 * between) name the cause it is put down to. "giving no cause of death" names none.
 */
export function causeOfFigure(tokens: readonly Token[], qa: number): boolean {
  for (let i = qa - 1; i >= 1 && i >= qa - 1 - CAUSE_OF_GAP; i--) {
    if (tokens[i].lower === 'of') return tokens[i - 1].lower === 'cause';
    if (tokens[i].type !== 'word') return false;
  }
  return false;
}

/** "other illnesses", "other causes": a cause apart from the story's. */
function otherCause(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'other' && CAUSE_NOUNS.has(tokens[i + 1]?.lower ?? '');
}

/** Words right before a figure that restrict it to what the cause accounts for: "only 212 deaths ... due to". */
const RESTRICTIVE = new Set(['only', 'just', 'merely']);

/**
 * Whether the figure at [qa, qb), its words read up to `to`, is a count the words put down to one cause against the
 * rest: a "-related" cause or "other" causes after it, or "due to" after it (or "the cause of" right before it) when
 * a restrictive word stands right before the figure ("only 212 deaths were due to the fever"). "These deaths were due
 * to the fever", unrestricted, says what the story's toll is, no part of a larger count.
 */
export function attributedCount(tokens: readonly Token[], qa: number, qb: number, to: number): boolean {
  for (let i = qb; i < to; i++) if (relatedCause(tokens, i) || otherCause(tokens, i)) return true;
  if (!RESTRICTIVE.has(tokens[qa - 1]?.lower ?? '')) return false;
  if (causeOfFigure(tokens, qa - 1)) return true;
  for (let i = qb; i < to; i++) if (dueTo(tokens, i)) return true;
  return false;
}

/**
 * Whether the words from `from` to `to` (what follows the figure up to the next figure) put the count down to a cause:
 * "due to" a noun, a "-related" cause, or "other" causes. Words before the figure tell of something else ("another death
 * due to the fever, bringing the toll to 37"), save "the cause of" right before it (causeOfFigure).
 */
export function attributesCause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    if (dueTo(tokens, i) || relatedCause(tokens, i) || otherCause(tokens, i)) return true;
  }
  return false;
}

/**
 * Whether the words from `from` to `to` name any cause at all: one they attribute, a cause lead right after a word of
 * harm ("killed by the heat", "died of the fever", "were caused by the heat"), or a noun naming it before a death
 * noun ("the fever death toll").
 */
export function namesCause(tokens: readonly Token[], from: number, to: number): boolean {
  if (attributesCause(tokens, from, to)) return true;
  for (let i = Math.max(1, from); i < to; i++) {
    if (CAUSE_LEADS.has(tokens[i].lower) && HARM_WORDS.has(tokens[i - 1].lower)) return true;
    if (causeModifier(tokens, i)) return true;
  }
  return false;
}

/**
 * Nouns of a count of deaths a cause may modify: "flu deaths", "flood dead" (the measure table's death words), and the
 * toll, a tally noun of deaths only ("fever death toll"; "figure", "count" may tally anything).
 */
const TOLL = 'toll';
const CAUSED_DEATHS: ReadonlySet<string> = new Set([...DEATH_WORDS, TOLL]);

/** A noun naming a cause right before a death noun: "the official fever death toll", "3,100 flu deaths". */
function causeModifier(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i - 1];
  return CAUSED_DEATHS.has(tokens[i].lower) && (w.pos === 'NOUN' || w.pos === 'PROPN') && !CAUSED_DEATHS.has(w.lower)
    && !HARM_WORDS.has(w.lower);
}

/** Most tokens after a figure read for what it is put down to: a clause's worth. */
const REACH_CAP = 40;

/**
 * The end of the words that tell of the figure ending at `qb`: up to the sentence's end at `end`, the next figure or
 * REACH_CAP tokens, whichever comes first ("eight people who, a doctor said, died of other illnesses": the clause the
 * commas cut is read on).
 */
export function figureReachEnd(tokens: readonly Token[], qb: number, end: number): number {
  for (let i = qb; i < end && i < qb + REACH_CAP; i++) if (tokens[i].type === 'number') return i;
  return Math.min(end, qb + REACH_CAP);
}
