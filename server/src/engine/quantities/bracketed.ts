// Round 34 (quant34): a ranked list of names, each with a bare figure in brackets ("Ashford (412), Brill (398) and
// Corby (377)"), gives every figure the unit of the list's first measured figure ("412 km2" before it, or "430 hours"
// in the sentence before). A lone "Smith (45)" stays out: the figure must be one item of such a list.
import type { Token } from '../types';
import { glued, VAGUE_OF_NOUNS, VAGUE_PLURALS } from './numbers';
import { PERCENT_ENDINGS } from './units';

/** Marks between two items of a list. */
const ITEM_BREAKS = new Set([',', ';', 'and']);
/** Most words of an item's name ("Los Angeles", "Rio Grande do Sul"). */
const NAME_WORDS = 4;

const capitalised = (t: Token): boolean => t.type === 'word' && /^\p{Lu}/u.test(t.text);

/** The figure tokens[i..end) stands alone in brackets right after a capitalised name; the name's first token or -1. */
function bracketedAfterName(tokens: Token[], i: number, end: number, floor: number, limit: number): number {
  if (i - 2 < floor || end >= limit || tokens[i - 1].text !== '(' || tokens[end].text !== ')') return -1;
  if (!glued(tokens[i - 1], tokens[i]) || !glued(tokens[end - 1], tokens[end])) return -1;
  let k = i - 2;
  while (k >= floor && k > i - 2 - NAME_WORDS && capitalised(tokens[k])) k--;
  return k === i - 2 ? -1 : k + 1;
}

/** A name with a bracketed figure starts at k ("Corby (377"): k's name runs to "(" and a number. */
function itemAt(tokens: Token[], k: number, limit: number): boolean {
  let j = k;
  while (j < limit && j < k + NAME_WORDS && capitalised(tokens[j])) j++;
  return j > k && j + 1 < limit && tokens[j].text === '(' && tokens[j + 1].type === 'number';
}

/**
 * Is the bare figure at tokens[i..end) one item of a bracketed list: bracketed after a name, with another such item
 * right after it (", Brill (398)") or a closing bracket of the item before it ("(412), Brill (398)")?
 */
export function bracketedListItem(tokens: Token[], i: number, end: number, floor: number, limit: number): boolean {
  const name = bracketedAfterName(tokens, i, end, floor, limit);
  if (name < 0) return false;
  const next = end + 1;
  if (next + 1 < limit && ITEM_BREAKS.has(tokens[next].lower) && itemAt(tokens, next + 1, limit)) return true;
  const prev = name - 1;
  return prev - 1 >= floor && ITEM_BREAKS.has(tokens[prev].lower) && tokens[prev - 1].text === ')';
}

/**
 * Words a bracketed figure may gloss with the count they stand for: a share ("52%", "per cent") or a vague amount
 * ("a handful", "dozens"), each taken from its table.
 */
const GLOSSED: ReadonlySet<string> = new Set([...PERCENT_ENDINGS, ...VAGUE_OF_NOUNS.keys(), ...VAGUE_PLURALS.keys()]);
/** Most tokens inside the gloss's brackets before the figure: a hedge ("(about 40)"). */
const GLOSS_HEDGE = 1;

/**
 * Round 43: "won 52% (1,204,317) of the vote", "a handful (20-30) of rioters": a figure alone in brackets after a share
 * or a vague amount glosses it with the count, so it counts the "of" phrase after the closing bracket. The figure is
 * tokens[start..end), the bracket closing at end; the index of that "of", or -1.
 */
export function glossOf(tokens: Token[], start: number, end: number, floor: number, limit: number): number {
  if (end + 1 >= limit || tokens[end].text !== ')' || tokens[end + 1].lower !== 'of') return -1;
  return glossOpen(tokens, start, floor) >= 0 ? end + 1 : -1;
}

/** The "(" of a gloss that opens at most a hedge word before the figure at start, right after a glossed word; or -1. */
function glossOpen(tokens: Token[], start: number, floor: number): number {
  for (let k = start - 1; k > floor && k >= start - 1 - GLOSS_HEDGE; k--) {
    if (tokens[k].text === '(') return GLOSSED.has(tokens[k - 1].lower) ? k : -1;
    if (tokens[k].type !== 'word') return -1;
  }
  return -1;
}

/** How far back a bare bracketed figure looks for the earlier gloss of its sentence ("44% (1,906,734)"). */
const GLOSS_REACH = 30;

/**
 * "won 57.1% (812,440) of the vote and her rival 39% (554,903)": a later bare gloss of the same sentence counts what
 * the earlier one's "of" phrase counts. The index of that earlier "of", or -1.
 */
export function earlierGlossOf(tokens: Token[], start: number, end: number, floor: number, limit: number): number {
  if (end >= limit || tokens[end].text !== ')' || glossOpen(tokens, start, floor) < 0) return -1;
  for (let j = start - 2; j > floor && j >= start - GLOSS_REACH; j--) {
    if (tokens[j].text !== ')' || j + 1 >= limit || tokens[j + 1].lower !== 'of') continue;
    const figure = j - 1;
    if (figure > floor && tokens[figure].type === 'number' && glossOpen(tokens, figure, floor) >= 0) return j + 1;
  }
  return -1;
}
