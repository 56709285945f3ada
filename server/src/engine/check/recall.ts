// Round 33 (recall33): pairs the frame kept apart for one reason that, read over the tuning sets as a population, are
// usually one count told two ways (docs/claims.md). Read in one place: claimIndex.ts (which claims enter the check, and
// judge), and explain.ts names the same test.
import type { Claim } from '../types';

/** How many times the higher figure may be the lower one for a possible figure to be a rival estimate. */
const NEAR = 1.5;

/** A figure its sentence gives as possible ("the crowd may have reached 90,000"), with a named source behind it. */
export function possibleEstimate(c: Claim): boolean {
  return c.modality === 'possibility' && c.source !== null;
}

const pointOf = (c: Claim): number => c.value ?? c.high ?? c.low ?? 0;

/**
 * Whether two claims, one of them a possible figure, are rival estimates of one count: the other stated as fact by a
 * named source, the two less than half again apart, and exactly one of them hedged ("about 60,000 may have marched"
 * against the police's 45,000). A possible figure far above a count is a feared worst case, not a rival reading; two
 * hedged or two exact ones were, over the tuning sets, as often a forecast or a stage of the count as a rival.
 */
export function estimatesMeet(a: Claim, b: Claim): boolean {
  if (a.modality === 'asserted' && b.modality === 'asserted') return true;
  const [p, q] = a.modality === 'possibility' ? [a, b] : [b, a];
  if (!possibleEstimate(p) || q.modality !== 'asserted' || q.source === null) return false;
  if ((p.hedge === 'exact') === (q.hedge === 'exact')) return false;
  const lo = Math.min(pointOf(p), pointOf(q));
  return lo > 0 && Math.max(pointOf(p), pointOf(q)) / lo < NEAR;
}
