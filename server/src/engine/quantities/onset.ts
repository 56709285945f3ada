// Verbs of symptoms showing ("occur", "appear"): "can occur up to 50 days later" is how long an infection takes to show,
// a length of time, not the point "50 days later" names elsewhere (round 34, recog34). One table, read by the recognizer
// and by the claim step that makes such a length a time taken (claims/onset.ts).
import type { Token } from '../types';

/** Verbs of symptoms showing. */
export const ONSET_VERBS: ReadonlySet<string> = new Set(['occur', 'occurs', 'appear', 'appears', 'develop', 'develops',
  'emerge', 'emerges']);
/** Tokens an onset verb may stand before the figure: "occur usually from 2 to 30 days", "can occur up to". */
const ONSET_REACH = 3;

/** An onset verb stands within ONSET_REACH tokens before `start` (not before `floor`). */
export function onsetVerbBefore(tokens: readonly Token[], start: number, floor: number): boolean {
  for (let k = start - 1; k >= Math.max(floor, start - ONSET_REACH); k--) {
    if (ONSET_VERBS.has(tokens[k].lower)) return true;
  }
  return false;
}
