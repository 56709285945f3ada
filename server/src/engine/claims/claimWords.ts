// Word tables and small tests that several steps of a claim read.
import { isReportingForm } from '../attributions/cues';
import type { Token } from '../types';
import { FINITE_BE, NONFINITE_BE } from '../text/beVerbs';
import { verbForms } from '../text/inflection';

/** The articles: "the contaminated syrup", "a dip of", an apposition's opening ("X, a lawyer"). */
export const ARTICLES = new Set(['the', 'a', 'an']);
/** The indefinite articles: "a", "an". */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** Articles and possessive determiners before a noun: "the usual 1,000 deaths", "their count of 5,295". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'its', 'their', 'his', 'her']);

/** The finite forms of "be" and "have", which carry a tense ("has risen", "were killed"), written once. */
const FINITE_BE_HAVE_FORMS = [...FINITE_BE, 'has', 'have', 'had'];
export const FINITE_BE_HAVE: ReadonlySet<string> = new Set(FINITE_BE_HAVE_FORMS);
/** Every form of "be" and "have": no event of their own ("34 of them were children"). */
export const BE_OR_HAVE: ReadonlySet<string> = new Set([...FINITE_BE_HAVE_FORMS, ...NONFINITE_BE]);

/** Most auxiliaries between a figure and its own verb: "78 have been shot". */
const AUX_REACH = 2;

/** What a predicate's word after "be"/"have" may be tagged; a noun only after "been" ("have been shot" is tagged a noun). */
const PREDICATE_POS = new Set(['VERB', 'ADJ']);

/**
 * The figure ending before qb is the subject of a predicate of its own, a word after one or two forms of "be"/"have"
 * ("have been shot", "were hurt"); not a kind ("11 were civilians"), a place or a time ("were in Toulouse").
 */
export function ownPredicateAfter(tokens: readonly Token[], qb: number, cb: number): boolean {
  let i = qb;
  while (i < Math.min(cb, qb + AUX_REACH) && BE_OR_HAVE.has(tokens[i].lower)) i++;
  if (i === qb || i >= cb || BE_OR_HAVE.has(tokens[i].lower)) return false;
  return PREDICATE_POS.has(tokens[i].pos) || (tokens[i].pos === 'NOUN' && tokens[i - 1].lower === 'been');
}

/**
 * Words besides the reporting verbs (attributions/cues.ts) whose date is the date of the statement, not of what it
 * counts: "told reporters on Monday", "a document seen by AFP on Thursday", "figures released on Friday".
 */
const STATEMENT_WORDS = new Set(['reporters', 'posted', 'briefed', 'seen', 'obtained', 'released', 'published', 'issued', 'quoted']);
/** "the agency said on Monday", "told reporters on Sunday": a word whose date is the statement's. */
export function isSpeech(w: string): boolean {
  return STATEMENT_WORDS.has(w) || isReportingForm(w);
}
/** Sentences back a tally noun ("the organisers' figure") may look for the count it stands for. */
export const TALLY_REACH = 3;
/** Words of how badly people were hurt: a bare figure before one counts some of the injured ("seven seriously"), and
 * one right after a figure of people counts only the badly hurt among the hurt ("12 were critically injured", "57 with
 * severe injuries"; not "grave", a mass grave's). */
export const HARM_DEGREES = new Set(['seriously', 'critically', 'severely', 'badly', 'gravely', 'critical', 'serious', 'severe']);
/** Words of light harm right after a figure of people ("43 others received minor injuries", "nine were slightly hurt"):
 * only the lightly hurt among the hurt, a part as the badly hurt are (round 28 probe). */
export const LIGHT_HARM = new Set(['minor', 'slightly', 'lightly', 'light', 'mildly', 'superficial', 'superficially']);
/** How many words of hedges may stand between a counting verb and its figure: "counted some 80,000", "estimated at least 300". */
export const COUNT_HEDGE_REACH = 3;
/** Entities that can be a voice: organizations and people (countries and places are not). */
export function isActor(id: string): boolean {
  return id.startsWith('organization:') || id.startsWith('person:');
}
/** Events that make a duration a figure: "the outage lasted five hours", "ruled for 41 years". */
export const DURATION_EVENTS = new Set(['lasted', 'ruled']);
/** The place of a count over the whole world. */
export const WORLD_PLACE = 'place:world';

/**
 * Nouns of a carrier of people or goods (singular): "were on the train", "a boat carrying 34". One table: the incident
 * nouns (incidents.ts) and the people aboard (measure.ts, round 30) derive from it; the carriers that sail come first,
 * and a name set beside one of them is a vessel's ("the ferry, the X": scope.ts, round 39).
 */
export const WATERCRAFT_NOUNS: ReadonlySet<string> = new Set('boat vessel ship ferry dinghy raft trawler'.split(' '));
export const CARRIER_NOUNS: ReadonlySet<string> = new Set([...WATERCRAFT_NOUNS,
  ...`bus minibus truck lorry coach train plane aircraft airliner jet helicopter flight`.split(/\s+/)]);
/** The prefixes of a ship's name ("the MS X", "the HMS X"), upper case as written: a name after one is a vessel's. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['MS', 'MV', 'HMS', 'USS', 'RMS']);
/** Nouns of a product a name is given to ("the cough syrup X", "the drug X"). */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['syrup', 'drug', 'medicine', 'vaccine', 'supplement', 'pill', 'tablet']);
/** Nouns of a landform a name is given to, after it ("the X volcano"). */
export const LANDFORM_NOUNS: ReadonlySet<string> = new Set(['volcano']);

/**
 * Round 40 (holder40): nouns of a count as a body gives it ("the data of X", "figures from X"): the body the noun takes
 * is who counted, not whose the count is (scope.ts, dropCountingBody). Plural and singular, as written.
 */
export const COUNTING_NOUNS: ReadonlySet<string> = new Set(['data', 'figure', 'figures', 'results', 'estimate', 'estimates',
  'projection', 'projections', 'count', 'tally', 'statistics', 'numbers']);
/** Prepositions that tie a counting noun to the body whose count it is: "data of", "figures from", "estimates by". */
export const COUNTING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'by']);

/** Words right before a figure that add it to another count: "in addition to 12", "as well as 12", "besides 12". */
const ADDEND_LEADS: readonly (readonly string[])[] = [['in', 'addition', 'to'], ['as', 'well', 'as'], ['on', 'top', 'of'], ['besides']];

/** The figure at qa is added to another count by the words right before it (ADDEND_LEADS). */
export function addendBefore(tokens: readonly Token[], qa: number): boolean {
  return ADDEND_LEADS.some(lead => lead.every((w, k) => tokens[qa - lead.length + k]?.lower === w));
}

/** ADDEND_LEADS as one pattern ending where a figure starts, for a pass over claims that reads text, not tokens. */
const ADDEND_TEXT = new RegExp(`\\b(?:${ADDEND_LEADS.map(lead => lead.join('\\s+')).join('|')})\\s+$`, 'i');
/** Characters before a figure in which an addend lead is looked for ("in addition to " is 15). */
const ADDEND_LOOK = 24;

/** The figure starting at character `at` of `text` is added to another count by the words right before it. */
export function addendBeforeText(text: string, at: number): boolean {
  return ADDEND_TEXT.test(text.slice(Math.max(0, at - ADDEND_LOOK), at));
}

/** Words that negate the verb after them: "did not win", "never won". */
const VERB_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Subjects that negate their verb: "nobody won", "no candidate won", "none of the parties won", "neither party won". */
const SUBJECT_NEGATORS: ReadonlySet<string> = new Set(['no', 'nobody', 'none', 'neither']);
/** Verbs of failing before "to": "failed to win", "fails to secure". */
const FAILING: ReadonlySet<string> = new Set(verbForms('fail').split(' '));
/** Parts of speech a negating subject may stand before the verb past: "no candidate", "none of the parties", "did not". */
const NEGATED_REACH_POS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'AUX', 'ADP', 'PART', 'NUM', 'PRON']);
/** Most words between a negator and its verb: "none of the main parties won". */
const NEGATED_REACH = 5;

/**
 * The verb at i is negated within its clause (from ca): a negator right before it or past its auxiliaries ("did not
 * win", "has never won"), "failed to" before it, or a negating subject past a few words of its noun phrase ("no
 * candidate won", "none of the parties won"). A verb, a comma or the clause's start stops the walk: "Although nobody
 * expected it, the party won" negates "expected", not the win.
 */
export function negatedVerb(tokens: readonly Token[], i: number, ca: number): boolean {
  if (tokens[i].pos === 'NOUN') return false;
  if (tokens[i - 1]?.lower === 'to' && FAILING.has(tokens[i - 2]?.lower ?? '')) return true;
  for (let j = i - 1; j >= ca && j >= i - NEGATED_REACH; j--) {
    const t = tokens[j];
    if (VERB_NEGATORS.has(t.lower) || SUBJECT_NEGATORS.has(t.lower)) return true;
    if (t.type === 'punctuation' || !NEGATED_REACH_POS.has(t.pos)) return false;
  }
  return false;
}
