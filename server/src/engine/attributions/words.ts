// Word tables of the attribution recognizer shared by several of its steps.
import { type CueInfo } from './cues';
import type { Token } from '../types';
import { MONTH_NAMES_BUT_MAY, WEEKDAYS } from '../dates/lexicon';
import { SENTENCE_OPENING } from '../text/subordinators';

/** Words of a time phrase: weekdays and months (the dates lexicon's; "may" is left to callers that read it) and times. */
export const TIME_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...MONTH_NAMES_BUT_MAY,
  'today', 'yesterday', 'evening', 'morning', 'week', 'month', 'year', 'night', 'afternoon']);
export const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'that', 'these', 'those',
  'its', 'his', 'her', 'their', 'our']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);
/** Third-person possessives: a pronoun that names someone else's talk or complaint ("his speech", "their complaints"). */
export const THIRD_POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVES].filter(w => w !== 'our'));

/**
 * Adverbs and conjunctions that open a sentence and, capitalized there, are never a speaker's name (round 23: "Then she
 * shattered party norms, pledging ...", "Again, those surveyed said", "First, party officials said", "Sure, official data
 * suggest", "To wit, Trump told": PolNeAR train had these words as sources, read as one-word names).
 */
export const SENTENCE_OPENERS = new Set(['then', 'again', 'first', 'second', 'third', 'finally', 'sure', 'even', 'but', 'so',
  'and', 'or', 'yet', 'still', 'there', 'thus', 'also', 'now', 'here', 'indeed', 'plus', ...SENTENCE_OPENING, 'to', 'however', 'meanwhile', 'moreover',
  'instead', 'nevertheless', 'furthermore', 'additionally', 'besides', 'otherwise', 'likewise', 'similarly', 'ultimately']);

/** Free relatives: "what voters want" names a wish, it does not report one. */
export const FREE_RELATIVES = new Set(['what', 'whatever']);

/** Words that open a reported clause without a subject first ("says if he wins", "said none of them"). */
/** Question words that open a reported clause whatever their tag ("explained how he built it", "asked why"). */
export const WH_OPENERS = new Set(['how', 'why', 'what', 'where', 'who']);

/** Words that open the question after an agentless "was asked" ("was asked about the cuts", "asked whether"). */
export const QUESTION_LEADS = new Set([...WH_OPENERS, 'which', 'whether', 'if', 'about']);

/** Object pronouns that stand for people ("attacked her"). */
export const PERSON_PRONOUNS = new Set(['him', 'her', 'them', 'himself', 'herself']);

/** Object pronouns after "called" ("called him a fascist", "called himself pro-choice"). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'me', 'us']);

/** First and second persons: speakers inside a quotation, not the report's sources. */
export const FIRST_PERSON_WORDS = new Set(['i', 'we', 'you']);

/** What a speech act made with a noun takes: "that", or the object of its preposition ("a plea for unity"). */
export const SPEECH_ACT: CueInfo = { lemma: 'make', object: true, bareClause: false, infinitive: true, quoteOnly: false, addressee: false,
  docSubject: false, quoteObject: false, forwardOnly: true };

/** Parts of speech that may stand between "made" and its speech-act noun ("several controversial", "a bizarre"). */
export const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);

/** Marks that only open a quotation. */
export const OPENING_MARKS = new Set(['“', '«', '„']);

/**
 * Sentence adverbs set off by commas between a subject and its cue ("Forbes, however, says"), one word or several
 * (round 23: "Cement makers, for instance, argue", "Republicans, on the other hand, offered": PolNeAR train had the
 * last word of the phrase as the source).
 */
export const ASIDE_ADVERBS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'nevertheless', 'moreover',
  'also', 'separately', 'likewise', 'similarly', 'meantime', 'still', 'then', 'now', 'later', 'earlier', 'previously',
  'for example', 'for instance', 'in fact', 'by contrast', 'in contrast', 'on the other hand', 'of course', 'in turn',
  'for his part', 'for her part', 'for its part', 'for their part', 'in particular', 'in response', 'at the same time']);

/** Most words an aside of `ASIDE_ADVERBS` has. */
const ASIDE_MAX_WORDS = 4;

/**
 * Where an aside set off by commas ends, when one opens at the comma `k` (", for example," → the index of its closing
 * comma); -1 when none does. Bounded by `ASIDE_MAX_WORDS`.
 */
export function asideAfter(toks: Token[], k: number, b: number): number {
  if (k >= b || toks[k].text !== ',') return -1;
  let words = '';
  for (let m = k + 1; m < b && m - k <= ASIDE_MAX_WORDS + 1; m++) {
    if (toks[m].text === ',') return m > k + 1 && ASIDE_ADVERBS.has(words) ? m : -1;
    words = words ? `${words} ${toks[m].lower}` : toks[m].lower;
  }
  return -1;
}

/** Where an aside set off by commas opens, when one closes at the comma `k` (its opening comma); -1 when none does. */
export function asideBefore(toks: Token[], k: number, lo: number): number {
  if (k < lo || toks[k].text !== ',') return -1;
  let words = '';
  for (let m = k - 1; m >= lo && k - m <= ASIDE_MAX_WORDS + 1; m--) {
    if (toks[m].text === ',') return m < k - 1 && ASIDE_ADVERBS.has(words) ? m : -1;
    words = words ? `${toks[m].lower} ${words}` : toks[m].lower;
  }
  return -1;
}

/** Time words that may sit between a cue and its content ("announced on 18 May the start", "said last week"). */
export const TIME_LEAD = new Set(['on', 'last', 'this', 'earlier', 'late', 'in', 'at', 'during', 'over', 'before', 'after']);
