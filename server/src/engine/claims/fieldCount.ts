// "Velin led the field of six presidential candidates with 1,204,331 votes": the size of the field a winner led is no
// rival holder's figure; the holder walk stopped at it and left the count (and the share restating it) with no holder
// (round 45, election45b).
import type { Token } from '../types';

/** Plural nouns counting the runners in a race. */
const FIELD_NOUNS: ReadonlySet<string> = new Set(['candidates', 'contenders', 'hopefuls', 'challengers', 'nominees',
  'contestants', 'runners']);
/** Words before such a count that make it the field's size: "the pack of eight", "among 12", "out of ten". */
const FIELD_BEFORE: ReadonlySet<string> = new Set(['of', 'among']);

/** The figure starting at j counts the race's field ("of eight presidential candidates"): past at most one adjective. */
export function isFieldCount(tokens: readonly Token[], j: number): boolean {
  if (!FIELD_BEFORE.has(tokens[j - 1]?.lower ?? '')) return false;
  const noun = tokens[j + 1]?.pos === 'ADJ' ? tokens[j + 2] : tokens[j + 1];
  return FIELD_NOUNS.has(noun?.lower ?? '');
}
