// Which clause a date phrase belongs to (round 42). A date lends its time to a figure, and to the undated figures of
// later sentences, as a time of its sentence's main clause ("on Monday, 40 people died"). A date that modifies a noun
// ("the 1998 charter", "their 2004 junta") names that thing, and a date inside a relative clause ("the blast that hit
// the market on Tuesday") tells of the relative clause's own event: neither is when the main clause's figure holds.
import type { Token, DateMention } from '../types';
import { SUBJECT_RELATIVES } from '../text/pronouns';
import { POSSESSIVE_ENDINGS } from '../text/possessive';
import { tokenAt } from './tokens';

/** The clause a date phrase belongs to: the main clause's time, a noun's modifier, or a relative clause's time. */
export type DateClause = 'main' | 'modifier' | 'relative';

/** Words that open a relative clause: its subject pronouns (the table in text/pronouns) and the possessive one. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([...SUBJECT_RELATIVES, 'whose']);
/** Parts of speech a relative clause's head may have: "the blast that", "Kelby, which". */
const RELATIVE_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Parts of speech a noun modified by a date may open with: "the 1998 charter", "the 1998 general strike". */
const MODIFIED_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);
/** Leads of a date that modifies a noun: a determiner or a possessive ("the", "their", "Kelby's"). */
const MODIFIER_LEAD_POS: ReadonlySet<string> = new Set(['DET']);
/** Tokens a backward walk from a date looks for the relative word that opens its clause. */
const RELATIVE_REACH = 12;
/** Marks that end a sentence or a clause a relative clause never spans. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);

/** The token before `at` leads a noun phrase: a determiner or a possessive ("the", "its", "Kelby's"). */
function nounPhraseLead(t: Token | undefined): boolean {
  if (!t) return false;
  return MODIFIER_LEAD_POS.has(t.pos) || POSSESSIVE_ENDINGS.has(t.lower) || (t.pos === 'PRON' && /^(?:its|his|her|their|our)$/.test(t.lower));
}

/**
 * The date stands between a noun phrase's lead and its noun ("the 1998 charter", "their 2004 junta"): it names the
 * thing, not when the sentence's figure holds.
 */
function modifiesNoun(tokens: readonly Token[], first: number, last: number): boolean {
  return nounPhraseLead(tokens[first - 1]) && MODIFIED_POS.has(tokens[last + 1]?.pos ?? '');
}

/** A verb group's first token at `k`: a verb or auxiliary right after a token that is neither. */
function opensVerbGroup(tokens: readonly Token[], k: number): boolean {
  const verb = (t: Token | undefined) => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
  return verb(tokens[k]) && !verb(tokens[k - 1]);
}

/**
 * The date lies inside a relative clause: walking back from it, a relative word after a noun (or a noun and a comma)
 * opens its clause, and one verb group stands between ("the blast that hit the market on Tuesday"). A second verb
 * group means the relative clause ended and the main clause's verb came ("the blast that hit the market killed 40 on
 * Tuesday": the day is the main clause's). "said that" follows a verb, not a noun: a reported clause, not a relative.
 */
function inRelativeClause(tokens: readonly Token[], first: number): DateClause | null {
  let groups = 0;
  for (let k = first - 1; k >= 0 && k >= first - RELATIVE_REACH; k--) {
    const t = tokens[k];
    if (CLAUSE_ENDS.has(t.text) || t.type === 'tabCRLF') return null;
    if (RELATIVE_WORDS.has(t.lower)) {
      const head = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
      return groups === 1 && RELATIVE_HEAD_POS.has(head?.pos ?? '') ? 'relative' : null;
    }
    if (opensVerbGroup(tokens, k)) groups++;
  }
  return null;
}

/** The clause the date phrase `d` belongs to. */
export function dateClause(tokens: readonly Token[], d: Pick<DateMention, 'start' | 'end'>): DateClause {
  const first = tokenAt(tokens, d.start);
  const last = tokenAt(tokens, d.end - 1);
  if (modifiesNoun(tokens, first, last)) return 'modifier';
  return inRelativeClause(tokens, first) ?? 'main';
}
