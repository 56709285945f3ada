// A year that names another, earlier event rather than the story's time: "A stampede in 1990 killed 1,426", "before his
// election in 2009", "the elections of 2005" (round 27). Such a year dates its own sentence's figures,
// but lends no year to the report's undated days and frames no later paragraph. Read by the dates layer (which years an
// undated report's days borrow) and the claims layer (which dates frame later figures), so it lives here.
import type { Token } from '../types';
import { CAUSE_NOUNS } from './causes';

/** An event noun (CAUSE_NOUNS, singular or plural): "stampede", "elections". */
function isEventNoun(w: string): boolean {
  return CAUSE_NOUNS.has(w) || (w.endsWith('s') && CAUSE_NOUNS.has(w.slice(0, -1)));
}

/**
 * The bare year whose first token is `at` names a past event: an event noun right before "in" and the year ("A stampede
 * in 1990", "his election in 2009", "the Exxon Valdez disaster in 1989"), or "the" with an event noun before "of" and
 * the year ("the elections of 2005"). A named thing ("the Constitution of 1992") is not read so: measured, it dated the
 * report's official turnout by publication and paired it with another place's estimate (round 27). The caller checks
 * that the date is a bare year and, when the report is dated, that it lies before the publication year.
 */
export function isPastEventYear(tokens: readonly Token[], at: number): boolean {
  const prep = tokens[at - 1]?.lower;
  const noun = tokens[at - 2];
  if (!noun || noun.type !== 'word') return false;
  return (prep === 'in' || (prep === 'of' && tokens[at - 3]?.lower === 'the')) && isEventNoun(noun.lower);
}
