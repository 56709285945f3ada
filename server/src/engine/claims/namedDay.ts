// The day a report names for an occasion it counts figures of: a vote ("Saturday's vote", "the election on Sunday"), a
// gathering ("the Oct. 16 march", "the rally on Sunday"). One reading for each kind of occasion, its words passed in.
import type { DateMention, Token } from '../types';
import { tokenAt } from '../text/offsets';

/** Tokens after a date the occasion's noun may stand: "Saturday's presidential vote", "the Oct. 16 Million Man March". */
const AFTER_DATE = 4;
/** Words before a date that make it the occasion's: "the election on Sunday", "the rally of 9 August". */
const BEFORE_DATE = new Set(['on', 'of']);

/** The words of one kind of occasion. */
export interface OccasionWords {
  /** A noun (or verb) after the date that names the occasion ("vote", "march"). */
  after(lower: string): boolean;
  /** The same before "on"/"of" and the date ("voted on Tuesday", "the march on Sunday"). */
  before(lower: string): boolean;
  /** A word that may stand between the date and the noun ("'s", "presidential", a name). */
  gap(t: Token): boolean;
}

/**
 * The first resolved one-day date right before an occasion's noun or right after one, or null. A day after the report's
 * publication is none: "the official results of the election on August 14" in a report of August 10 names when they
 * will be declared.
 */
export function namedDay(tokens: readonly Token[], dates: readonly DateMention[], published: string | null, words: OccasionWords): DateMention | null {
  for (const d of dates) {
    if (!d.from || d.from !== d.to || (published && d.from > published)) continue;
    const a = tokenAt(tokens, d.start);
    const b = tokenAt(tokens, d.end - 1) + 1;
    for (let i = b; i < Math.min(tokens.length, b + AFTER_DATE); i++) {
      if (words.after(tokens[i].lower)) return d;
      if (!words.gap(tokens[i])) break;
    }
    if (BEFORE_DATE.has(tokens[a - 1]?.lower ?? '') && words.before(tokens[a - 2]?.lower ?? '')) return d;
    if (heldOn(tokens, a, words)) return d;
  }
  return null;
}

/** Verbs of an occasion being held, by the word before them: "took place", "was held", "were held". */
const HELD: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['place', new Set(['took'])],
  ['held', new Set(['was', 'were'])],
  // "The election went ahead smoothly on Friday" (round 26).
  ['ahead', new Set(['went'])],
]);

/** A manner adverb between the verb of holding and its date: "went ahead smoothly on Friday", "was held peacefully". */
const MANNER = /^[a-z]{3,}ly$/;

/**
 * The occasion's noun, then it being held (a manner adverb may follow), then the date at token `a`: "The elections took
 * place March 29", "the march was held on Sunday" (round 23), "the election went ahead smoothly on Friday" (round 26).
 * Only the noun right before the verb: "the vote count took place ..." is no vote.
 */
function heldOn(tokens: readonly Token[], a: number, words: OccasionWords): boolean {
  let k = a - 1;
  if (BEFORE_DATE.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'in') k--;
  if (MANNER.test(tokens[k]?.lower ?? '')) k--;
  const before = HELD.get(tokens[k]?.lower ?? '');
  return before !== undefined && before.has(tokens[k - 1]?.lower ?? '') && words.before(tokens[k - 2]?.lower ?? '');
}
