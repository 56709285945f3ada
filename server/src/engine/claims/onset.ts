// How long an infection takes to show is a time taken, as "it can take 2 to 12 days for symptoms to appear" is (round
// 33): "the incubation period is up to 6 days", "can be as long as 40 days" after an incubation word, and "symptoms
// occur up to 50 days after eating" (round 34, recog34). Each look is a few tokens around a duration figure.
import type { Token } from '../types';
import { MINUTES_IN } from './frame';
import { onsetVerbBefore } from '../quantities/onset';

/** Units an onset is given in: hours to months (a span of years is no incubation). */
const ONSET_UNITS = new Set(['hour', 'day', 'week', 'month']);
/** "incubation", "incubate", "incubates": the word naming the span. */
const INCUBATION = /^incubat/;
/** How far back an incubation word may stand: "the incubation period for the infection is up to 6 days". */
const INCUBATION_REACH = 10;
/** Words after the figure that tie it to the exposure: "after eating", "later". */
const ONSET_AFTER = new Set(['after', 'later']);

/** The duration figure at [qa, qb) is how long an infection takes to show; its unit in minutes, else null. */
export function onsetTaken(tokens: readonly Token[], unit: string, qa: number, qb: number, from: number): number | null {
  if (!ONSET_UNITS.has(unit)) return null;
  const minutes = MINUTES_IN.get(unit) ?? null;
  for (let k = qa - 1; k >= Math.max(from, qa - INCUBATION_REACH); k--) {
    if (INCUBATION.test(tokens[k].lower)) return minutes;
  }
  return ONSET_AFTER.has(tokens[qb]?.lower ?? '') && onsetVerbBefore(tokens, qa, from) ? minutes : null;
}
