// Round 34 (quant34): a ranked list of names, each with a bare figure in brackets ("Ashford (412), Brill (398) and
// Corby (377)"), gives every figure the unit of the list's first measured figure ("412 km2" before it, or "430 hours"
// in the sentence before). A lone "Smith (45)" stays out: the figure must be one item of such a list.
import type { Token } from '../types';
import { glued } from './numbers';

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
