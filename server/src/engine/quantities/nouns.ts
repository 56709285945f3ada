// The counted noun after a figure: its head through adjectives, nationalities and compounds.
import type { Token } from '../types';
import { singularize } from './units';
import { isPossessiveEnding } from '../text/possessive';
import { PEOPLE_PARTICLE_VERBS } from './people';
import { WEEKDAYS } from '../dates/lexicon';

/** Plural nouns that do modify a following noun ("arms shipments", "sales figures"). */
const PLURAL_MODIFIERS = new Set(['arms', 'sales', 'goods', 'savings', 'earnings', 'communications', 'operations', 'special',
  'measles', 'mumps', 'rabies', 'diabetes', 'news', 'series', 'species', 'sports', 'systems', 'headquarters', 'customs']);

export interface NounPhrase {
  /** Token index of the first word of the phrase. */
  start: number;
  /** Token index of the head noun (the last noun of the phrase). */
  head: number;
  /** Token index after the head. */
  end: number;
}

/**
 * Modifiers that may stand between a figure and its noun even when tagged ADV/DET ("two more soldiers"). "total" is one
 * ("40 total seats"): the tagger calls it a noun, and as a head it counts nothing (`NOT_HEADS`), so the phrase stopped
 * there and the figure was dropped with no noun (round 42).
 */
const MODIFIERS = new Set(['more', 'additional', 'other', 'further', 'extra', 'new', 'fewer', 'less', 'so-called', 'most', 'least',
  'total']);
/** Words the tagger may call nouns but which never head a counted phrase after a figure. */
const NOT_HEADS = new Set([
  'yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'alone', 'each', 'apiece', 'total', 'overall', 'percent',
  'times', 'so', 'more', 'less', 'year-on-year', 'respectively', 'earlier', 'later', 'instead',
  // Past tenses the tagger sometimes reads as nouns after a bare figure ("the other seven saw no change").
  'saw', 'said', 'says', 'told',
  // "750,000 taking part": the verb's object, not what is counted (the people verb after the figure reads it).
  'part',
  // "the low end of the 100-to-300 range": the span of the figures, not what they count, which the clause names (round 26).
  'range', 'spectrum', 'bracket',
]);
/** Words that start a time phrase after a counted noun. */
const TIME_AFTER_HEAD = new Set(['last', 'next', 'this', 'previous', 'coming']);
/** Periods a time phrase names after "last", "next", "this" ("last week", "next month", "this season"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'day', 'night', 'quarter', 'season', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'time', ...WEEKDAYS.keys(), 'morning', 'evening', 'decade', 'century']);
/** A time phrase opens at token i: "last year", "this week", "next month". */
export function timePhraseAt(tokens: readonly Token[], i: number): boolean {
  return TIME_AFTER_HEAD.has(tokens[i]?.lower ?? '') && TIME_NOUNS.has(tokens[i + 1]?.lower ?? '');
}
/**
 * tokens[k] is a weekday that opens a time phrase: alone ("Friday") or before a time noun ("Friday morning"), not a
 * weekday naming another noun ("two Sunday services").
 */
function weekdayTime(tokens: readonly Token[], k: number, limit: number): boolean {
  if (!WEEKDAYS.has(tokens[k].lower)) return false;
  const next = k + 1 < limit ? tokens[k + 1] : undefined;
  return next === undefined || next.pos !== 'NOUN' || TIME_NOUNS.has(next.lower);
}
/** Participle endings: "armed clashes", "known combat clashes", "troop-carrying vehicles". */
function isParticiple(t: Token): boolean {
  const w = t.lower;
  return w.endsWith('ed') || w.endsWith('ing') || w.endsWith('en') || w.endsWith('wn');
}

/** A capitalized word: a name's word when it is not the sentence's first (the caller's phrase starts after a figure). */
function isNameWord(t: Token): boolean {
  return t.type === 'word' && /^[A-Z][a-z]/.test(t.text);
}

function isNounOrName(t: Token): boolean {
  return t.type === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN' || isNameWord(t));
}

/** Verbs of "take part" (the people table's particle verbs). */
const TAKE = PEOPLE_PARTICLE_VERBS.get('part')!;

/** Quote marks a phrase may hold around a word ('4.7 million "excess" deaths'). */
const QUOTES = new Set(['"', '“', '”']);

function isNounLike(t: Token): boolean {
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && t.type === 'word' && !NOT_HEADS.has(t.lower);
}

/** May this token sit inside the phrase (before the head)? */
function isModifier(tokens: Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  if (t.type !== 'word') return false;
  if (MODIFIERS.has(t.lower)) return true;
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') return !NOT_HEADS.has(t.lower);
  // An adverb in "-ly" before a participle or an adjective: "two publicly traded companies", "40 newly built homes".
  if (t.pos === 'ADV' && t.lower.endsWith('ly') && k + 1 < limit) {
    const n = tokens[k + 1];
    return n.type === 'word' && (n.pos === 'ADJ' || (n.pos === 'VERB' && isParticiple(n))) && isModifier(tokens, k + 1, limit);
  }
  // "the 180,000 Thomas Cook holidaymakers": a capitalized word inside the phrase the tagger took for a verb is a word
  // of a name, when a noun follows.
  if (t.pos === 'VERB' && k > 0 && isNameWord(t) && k + 1 < limit && isNounOrName(tokens[k + 1])) return true;
  if (t.pos === 'VERB' && isParticiple(t)) {
    // A participle is a modifier only when a noun or adjective follows ("armed clashes"), not when it
    // is the clause's verb ("soldiers launched an attack").
    const n = k + 1 < limit ? tokens[k + 1] : undefined;
    return n !== undefined && (n.pos === 'NOUN' || n.pos === 'ADJ' || n.pos === 'PROPN' || n.lower === '-');
  }
  return false;
}

const MAX_WORDS = 6;

/**
 * The noun phrase starting at tokens[i] (right after the figure or unit). The head is the last noun
 * before the phrase stops; a trailing plural proper noun can head it ("400 Ukrainians").
 */
export function nounPhraseAt(tokens: Token[], i: number, limit: number): NounPhrase | null {
  let k = i;
  let head = -1;
  let words = 0;
  let quotesBefore = 0;
  while (k < limit && words < MAX_WORDS) {
    const t = tokens[k];
    // Hyphenated compounds: "troop-carrying", "mine-clearing"; only a glued hyphen between words.
    if ((t.lower === '-' || t.lower === '‐') && k > i && k + 1 < limit && tokens[k - 1].end === t.start && t.end === tokens[k + 1].start) {
      k++;
      continue;
    }
    // Possessives inside the phrase: "the offensive's seized land".
    if (isPossessiveEnding(t.lower) && k > i && tokens[k - 1].end === t.start) {
      k++;
      continue;
    }
    // '4.7 million "excess" Covid deaths': quote marks around a modifier do not end the phrase.
    if (QUOTES.has(t.text) && k + 1 < limit && tokens[k + 1].type === 'word') {
      if (head < 0) quotesBefore++;
      k++;
      continue;
    }
    // "4.5 million American-born children", "1,031 randomly-selected voters", "300 well-trained troops": the first
    // word of a glued hyphen compound modifies what follows, whatever the tagger calls it (round 23).
    // "80 national and international awards", "seven current and former officials": two modifiers joined before the
    // head are one modifier (round 23); after the head, "and" starts a new phrase ("300 soldiers and 20 tanks").
    if (head < 0 && joinsModifiers(tokens, k, i, limit)) {
      k++;
      continue;
    }
    if (!isModifier(tokens, k, limit) && !compoundModifier(tokens, k, limit) && !compoundTail(tokens, k, i, limit)) break;
    // "750,000 taking part" (the tagger may read "taking" as a noun): the people verb after the figure, no counted noun.
    if (k === i && TAKE.has(t.lower) && k + 1 < limit && tokens[k + 1].lower === 'part') return null;
    // "up from 25,000 last week": a time phrase right after a bare figure is no counted noun.
    if (k === i && TIME_AFTER_HEAD.has(t.lower) && k + 1 < limit && TIME_NOUNS.has(tokens[k + 1].lower)) return null;
    // A time phrase after the noun is no part of it: "200 aircraft last year", "40 rigs next month".
    if (head >= 0 && TIME_AFTER_HEAD.has(t.lower)) break;
    // "60 more hurt Sunday morning", "12 wounded Friday": a weekday dates the figure and ends its phrase (round 44).
    if (k > i && weekdayTime(tokens, k, limit)) break;
    // English compounds pluralize only their last word: after a plural noun the phrase is over
    // ("1.5 million voters cast ballots", not "... voters cast").
    // A plural-looking name's word followed by another ("Thomas Cook", "Lucas Arts") starts a name, not the head.
    // A name ending in "s" before a common noun modifies it: "15,000 Qantas staff", "2,000 Siemens workers" (round 26).
    const nameGoesOn = tokens[head]?.pos === 'PROPN' && (isNameWord(t) || nameBeforeNoun(tokens[head], t));
    // An acronym in capitals ending in "S" is no plural ("one SARS case", "AIDS patients"): round 25.
    if (head >= 0 && head === k - 1 && singularize(tokens[head].lower) !== tokens[head].lower && !PLURAL_MODIFIERS.has(tokens[head].lower) && !nameGoesOn &&
      !isAcronym(tokens[head])) break;
    if (t.pos === 'NOUN' && !NOT_HEADS.has(t.lower) && t.text.length > 1) head = k;
    else if (t.pos === 'PROPN' && head < 0 && isPluralProper(t)) head = k;
    // "500 Chinese were evacuated", "2,000 Lebanese fled": a demonym in "-ese" (or "Swiss") is its own plural.
    else if (head < 0 && (t.pos === 'PROPN' || t.pos === 'ADJ') && isUnmarkedPlural(t)) head = k;
    else if (t.pos === 'PROPN' && head >= 0 && tokens[head].pos === 'PROPN' && isPluralProper(t)) head = k;
    words++;
    k++;
  }
  // '1,210 "excess deaths"': a quote opened before the head and closed after it is the quoted noun's (recognize.ts).
  if (head < 0 || quotesBefore % 2 === 1) return null;
  // A proper-noun head must end the phrase ("400 Ukrainians"), not start a name ("5 Downing Street").
  return { start: i, head, end: head + 1 };
}

/**
 * tokens[k] opens a glued hyphen compound ("American-born", "well-trained") and a word follows the compound: the compound
 * modifies it (the caller reads the compound's last word as a head only when it is a noun). Words the tagger may call
 * nouns but that head no counted phrase (`NOT_HEADS`: "year-on-year") stay out.
 */
function compoundModifier(tokens: Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  if (t.type !== 'word' || NOT_HEADS.has(t.lower) || k + 3 >= limit) return false;
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  if ((dash.lower !== '-' && dash.lower !== '‐') || t.end !== dash.start || dash.end !== second.start || second.type !== 'word') return false;
  return goesOn(tokens[k + 3]);
}

/** Conjunctions that join two modifiers of one head. */
const MODIFIER_JOINS = new Set(['and', 'or']);

/** tokens[k] is "and"/"or" between two adjectives of the phrase, before its head ("national and international"). */
function joinsModifiers(tokens: Token[], k: number, i: number, limit: number): boolean {
  if (k <= i || k + 2 >= limit || !MODIFIER_JOINS.has(tokens[k].lower)) return false;
  return tokens[k - 1].pos === 'ADJ' && tokens[k + 1].pos === 'ADJ' && isModifier(tokens, k + 1, limit);
}

/** tokens[k] ends a glued hyphen compound that began inside the phrase ("born" in "American-born children"). */
function compoundTail(tokens: Token[], k: number, i: number, limit: number): boolean {
  const t = tokens[k];
  if (k < i + 2 || k + 1 >= limit || t.type !== 'word' || NOT_HEADS.has(t.lower)) return false;
  const dash = tokens[k - 1];
  return (dash.lower === '-' || dash.lower === '‐') && tokens[k - 2].end === dash.start && dash.end === t.start &&
    goesOn(tokens[k + 1]);
}

/** The word after a compound carries the phrase on: a noun the compound modifies, or an adjective before one. */
function goesOn(t: Token): boolean {
  return t.type === 'word' && (isNounLike(t) || t.pos === 'ADJ');
}

/** A plural-looking name right before a lower-case common noun that may head the phrase: the name is a modifier. */
function nameBeforeNoun(name: Token, t: Token): boolean {
  return isPluralProper(name) && t.pos === 'NOUN' && /^[a-z]/.test(t.text) && !NOT_HEADS.has(t.lower) &&
    !TIME_AFTER_HEAD.has(t.lower);
}

function isUnmarkedPlural(t: Token): boolean {
  return (t.lower.length > 5 && t.lower.endsWith('ese') || t.lower === 'swiss') && /^[A-Z][a-z]/.test(t.text);
}

function isPluralProper(t: Token): boolean {
  const w = t.lower;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && /^[A-Z]/.test(t.text) && !isAcronym(t);
}

/** A word in capitals only ("SARS", "AIDS"): an acronym, whose final "S" is no plural (plural acronyms end in "s"). */
function isAcronym(t: Token): boolean {
  return t.text.length > 1 && /^[A-Z][A-Z0-9]*$/.test(t.text);
}

export { isNounLike };

/** Tokens an age band is written with between its bounds: "16- to 24-year-olds", "18-24 year olds", "under-25s". */
const AGE_BAND_LINKS = new Set(['-', '‐', '–', 'to', 'and', 'year', 'years']);
/** The last word of an age band as a group of people ("year-olds", "olds", "to-24-year-olds", "over-65s"). */
const AGE_BAND_END = /(?:^|-)olds$|^(?:over|under)-\d{1,3}s$/;
/** The first word of an age band: a number, or one glued to "over"/"under" ("over-65s"). */
const AGE_BAND_START = /^(?:over|under)-\d{1,3}s$/;
const AGE_BAND_MAX = 9;

/**
 * The people of an age band at tokens[i] as a noun phrase whose head is its last word: "16- to 24-year-olds",
 * "18-24 year olds", "over-65s" (round 25). A share "of" such a band is a share of those people ("one-fifth of 16- to
 * 24-year-olds are jobless"); the generic phrase reader stops at the band's numbers. Null when no band starts there.
 */
export function ageBandAt(tokens: Token[], i: number, limit: number): NounPhrase | null {
  if (i >= limit) return null;
  const first = tokens[i];
  if (AGE_BAND_START.test(first.lower)) return { start: i, head: i, end: i + 1 };
  if (first.type !== 'number') return null;
  for (let k = i + 1; k < limit && k < i + AGE_BAND_MAX; k++) {
    const t = tokens[k];
    if (t.type === 'word' && AGE_BAND_END.test(t.lower)) return { start: i, head: k, end: k + 1 };
    if (t.type !== 'number' && !AGE_BAND_LINKS.has(t.lower)) return null;
  }
  return null;
}
