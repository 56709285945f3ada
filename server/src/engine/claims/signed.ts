// The sign of a rate of growth: "contracted 0.5%", "a 0.5% contraction", "shrank by 1.6 per cent" state growth below
// zero, so two reports of one year, "0.3% growth" and "a 0.5% contraction", hold -0.5 and 0.3, not 0.5 and 0.3 (round 27).
import type { Token } from '../types';
import type { FigureValues } from './report';
import { baseEvent } from './measure';
import { SHRINK_WORDS } from './growthWords';

/** Tokens before the figure where the word may stand ("contracted by about 8 per cent", "a contraction of 0.5%"). */
const BEFORE_REACH = 3;
/** Tokens after the figure ("the 0.5% contraction"). */
const AFTER_REACH = 1;
/** Hedges whose interval stays one when negated; bounds on one side ("over", "up to") are left as stated. */
const SYMMETRIC = new Set(['exact', 'approximate', 'range']);

const negate = (x: number | null): number | null => (x === null ? null : -x);

/** A shrink word right before the figure [qa, qb) or right after it, inside the clause [ca, cb). */
function shrinkBeside(tokens: readonly Token[], qa: number, qb: number, ca: number, cb: number): boolean {
  for (let i = Math.max(ca, qa - BEFORE_REACH); i < qa; i++) if (SHRINK_WORDS.has(tokens[i].lower)) return true;
  for (let i = qb; i < Math.min(cb, qb + AFTER_REACH); i++) if (SHRINK_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** A percentage of growth beside a shrink word, below zero; other values as they are. */
export function signedGrowth(tokens: readonly Token[], span: { qa: number; qb: number; ca: number; cb: number },
  unit: string, event: string, values: FigureValues): FigureValues {
  if (unit !== 'percent' || event !== 'growth' || baseEvent(event) !== event) return values;
  if (!SYMMETRIC.has(values.hedge) || (values.low ?? 0) < 0 || !shrinkBeside(tokens, span.qa, span.qb, span.ca, span.cb)) {
    return values;
  }
  return { low: negate(values.high), high: negate(values.low), value: negate(values.value), hedge: values.hedge };
}
