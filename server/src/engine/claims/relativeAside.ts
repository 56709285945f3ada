// A relative clause set off by commas tells of the noun before it, not of a figure outside it: "The attack, in which
// eight people died, drew 5,000 marchers" — the marchers did not die. The clause finder keeps such a clause inside the
// figure's clause (a comma before "in which" or "who" opens no new one), so the event words read for a figure skip the
// words of a closed relative clause that neither holds the figure nor hangs on its noun phrase (round 43).
import type { Token } from '../types';
import { RELATIVE_OPENERS, THING_RELATIVES } from '../text/pronouns';

/**
 * Words that open a relative clause after a comma, alone ("who") or after one preposition ("in which"); "where" opens one
 * on a place ("the square, where eight died, drew 5,000").
 */
const RELATIVES: ReadonlySet<string> = new Set([...RELATIVE_OPENERS, 'where']);
/**
 * The relatives of a thing among them ("which"): after the figure only these tell of another noun for sure; "who" after
 * a voice may tell of the people the voice counts ("30,000, according to the organizers, who filled the square").
 */
const THING_OPENERS: ReadonlySet<string> = new Set(THING_RELATIVES.filter(w => RELATIVES.has(w)));
/** Most tokens from a relative clause's opening comma to a word inside it, and from the word to its closing comma. */
const ASIDE_REACH = 24;
/** Tags of a verb or an auxiliary: the figure's own predicate, before a relative clause that comes after it. */
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** The comma at k opens a relative clause of one of `openers`: ", which", ", who", ", in which", ", during whom". */
function opensRelative(tokens: readonly Token[], k: number, openers: ReadonlySet<string>): boolean {
  if (tokens[k]?.text !== ',') return false;
  const next = tokens[k + 1];
  if (!next) return false;
  if (openers.has(next.lower)) return true;
  return next.pos === 'ADP' && openers.has(tokens[k + 2]?.lower ?? '');
}

/** The nearest comma before i, back to `floor` (exclusive), or -1. */
function commaBefore(tokens: readonly Token[], i: number, floor: number): number {
  for (let k = i - 1; k > floor && k >= i - ASIDE_REACH; k--) if (tokens[k].text === ',') return k;
  return -1;
}

/** The nearest comma after i, before `ceiling`, or -1. */
function commaAfter(tokens: readonly Token[], i: number, ceiling: number): number {
  for (let k = i + 1; k < ceiling && k <= i + ASIDE_REACH; k++) if (tokens[k].text === ',') return k;
  return -1;
}

/**
 * The word at i lies in a relative clause set off by commas that the figure [qa, qb) is not inside and does not head,
 * within the figure's clause [ca, cb): before the figure, the clause closes with a comma before it ("the attack, in
 * which eight died, drew 5,000 marchers"); after it, the figure is the subject of a predicate of its own that comes
 * before the opening comma, and the clause is a thing's ("5,000 marched to the square, which ..."), so it hangs on
 * another noun ("5,000 protesters, who were later detained" tells of the figure and is read).
 */
export function inOtherRelative(tokens: readonly Token[], i: number, qa: number, qb: number, ca: number, cb: number): boolean {
  if (i < qa) {
    const open = commaBefore(tokens, i, ca - 1);
    if (open < 0 || !opensRelative(tokens, open, RELATIVES)) return false;
    return commaAfter(tokens, i, qa) >= 0;
  }
  if (i < qb) return false;
  const open = commaBefore(tokens, i, qb - 1);
  return open >= 0 && opensRelative(tokens, open, THING_OPENERS) && predicateAt(tokens, qb, open);
}

/**
 * The figure's own predicate starts at qb, before `open`, past one adverb: "9,000 people lost their jobs", "300 have
 * since left". A participle there ("3,000 people living in the camp, which ...") only says which people, so the
 * relative clause after it may still tell of them.
 */
function predicateAt(tokens: readonly Token[], qb: number, open: number): boolean {
  const v = tokens[qb]?.pos === 'ADV' ? qb + 1 : qb;
  const t = tokens[v];
  if (!t || v >= open || !VERB_TAGS.has(t.pos)) return false;
  return t.pos === 'AUX' || !t.lower.endsWith('ing');
}
