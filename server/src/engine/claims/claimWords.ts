// Word tables and small tests that several steps of a claim read.
import { isReportingForm } from '../attributions/cues';

/** The articles: "the contaminated syrup", "a dip of", an apposition's opening ("X, a lawyer"). */
export const ARTICLES = new Set(['the', 'a', 'an']);
/** Articles and possessive determiners before a noun: "the usual 1,000 deaths", "their count of 5,295". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'its', 'their', 'his', 'her']);

/** The finite forms of "be" and "have", which carry a tense ("has risen", "were killed"), written once. */
const FINITE_BE_HAVE_FORMS = ['is', 'are', 'was', 'were', 'has', 'have', 'had'];
export const FINITE_BE_HAVE: ReadonlySet<string> = new Set(FINITE_BE_HAVE_FORMS);
/** Every form of "be" and "have": no event of their own ("34 of them were children"). */
export const BE_OR_HAVE: ReadonlySet<string> = new Set([...FINITE_BE_HAVE_FORMS, 'be', 'been', 'being']);

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

/** A possessive ending as its own token ("Puebla's", "last month’s"). */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '\u2019s']);
