// A year that names another, earlier event rather than the story's time: "A stampede in 1987 killed 310", "before his
// election in 2009", "the elections of 2005" (round 27). Such a year dates its own sentence's figures,
// but lends no year to the report's undated days and frames no later paragraph. Read by the dates layer (which years an
// undated report's days borrow) and the claims layer (which dates frame later figures), so it lives here.
import type { Token } from '../types';
import { CAUSE_NOUNS } from './causes';
import { hasOrPlural } from './inflection';
import { isSuperlative } from './yardsticks';

/** An event noun (CAUSE_NOUNS, singular or plural): "stampede", "elections". */
function isEventNoun(w: string): boolean {
  return hasOrPlural(CAUSE_NOUNS, w);
}

/**
 * The bare year whose first token is `at` names a past event: an event noun right before "in" and the year ("A stampede
 * in 1990", "his election in 2009", "the Exxon Valdez disaster in 1989"), a place's name between ("a stampede in Mecca
 * in 1990"), or "the" with an event noun before "of" and the year ("the elections of 2005"). A named thing ("the Constitution of 1992") is not read so: measured, it dated the
 * report's official turnout by publication and paired it with another place's estimate (round 27). The caller checks
 * that the date is a bare year and, when the report is dated, that it lies before the publication year.
 */
export function isPastEventYear(tokens: readonly Token[], at: number, dated: boolean): boolean {
  // "the 2014 coup" names a past event only where a publication date shows it is past: in an undated report "the 2031
  // rally" is as likely the story's own event, whose year dates its days.
  if (dated && attributiveEventYear(tokens, at)) return true;
  const prep = tokens[at - 1]?.lower;
  const k = prep === 'in' ? placeBefore(tokens, at - 2) : at - 2;
  const noun = tokens[k];
  if (!noun || noun.type !== 'word' || ranked(tokens, k)) return false;
  return (prep === 'in' || (prep === 'of' && tokens[at - 3]?.lower === 'the')) && isEventNoun(noun.lower);
}

/** Determiners and possessives before an attributive year: "the 2014 coup", "Thailand's 2014 coup leader". */
const ATTRIBUTIVE_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', "'s", '\u2019s']);

/**
 * The year modifies an event noun after a determiner or possessive ("Thailand's 2014 coup leader", "the 2010 quake"):
 * it names that past event, as "a coup in 2014" does (round 28). Measured: a lede's "2014 coup leader" dated a 2019
 * election's later seat and vote counts 2014, so no report's count met them.
 */
function attributiveEventYear(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  if (!noun || noun.type !== 'word' || noun.start !== tokens[at].end + 1) return false;
  return ATTRIBUTIVE_LEADS.has(tokens[at - 1]?.lower ?? '') && isEventNoun(noun.lower);
}

/**
 * A superlative before the event noun (at most one word between): "the largest march in 2031" ranks the year's marches,
 * its year may be the story's own.
 */
function ranked(tokens: readonly Token[], k: number): boolean {
  return [tokens[k - 1], tokens[k - 2]].some(t => t !== undefined && isSuperlative(t));
}

/** Prepositions of a place between an event noun and its year: "a stampede in Mecca in 1990", "the quake off Chile". */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'off']);
/** Most words of a place's name: "in New South Wales". */
const PLACE_NAME_WORDS = 3;

/** The token before a place phrase ending at `k` ("in Mecca"), else `k`. */
function placeBefore(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i > k - PLACE_NAME_WORDS && i >= 0 && /^[A-Z]/.test(tokens[i].text) && tokens[i].type === 'word') i--;
  return i < k && PLACE_PREPS.has(tokens[i]?.lower ?? '') ? i - 1 : k;
}
