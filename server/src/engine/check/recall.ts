// Round 33 (recall33): pairs the frame kept apart for one reason that, read over the tuning sets as a population, are
// usually one count told two ways (docs/claims.md). Read in one place: claimIndex.ts (which claims enter the check, and
// judge), and explain.ts names the same test.
import type { Claim } from '../types';
import { baseEvent } from '../claims/measure';

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
  if (planMeetsReport(a, b)) return true;
  const [p, q] = a.modality === 'possibility' ? [a, b] : [b, a];
  if (!possibleEstimate(p) || q.modality !== 'asserted' || q.source === null) return false;
  if ((p.hedge === 'exact') === (q.hedge === 'exact')) return false;
  return near(p, q);
}

/** The two figures' points are less than NEAR times apart. */
function near(a: Claim, b: Claim): boolean {
  const lo = Math.min(pointOf(a), pointOf(b));
  return lo > 0 && Math.max(pointOf(a), pointOf(b)) / lo < NEAR;
}

/** The events a firm announces and then carries out over weeks: a cut of jobs, of output, of a share of its staff. */
const PLANNED_EVENTS: ReadonlySet<string> = new Set(['cut']);

/** A forecast of an announced cut ("will cut 1,100 jobs"): the check takes it, to meet a report of the cut as stated. */
export function plannedFigure(c: Claim): boolean {
  return c.modality === 'forecast' && PLANNED_EVENTS.has(baseEvent(c.measure.event));
}

/**
 * Whether a cut told as a plan ("the layoffs will affect 17,500") and the same cut told as stated ("is to slash
 * 15,000 jobs", "is reducing its staff by 15,000") are rival reports of one announcement (round 44, company44): a
 * reader compares them when they are less than half again apart. Two plans stay apart (the seeds' trap: two targets
 * "will cut ... this year" may be of two decisions), and a count already made against the plan is told with a change or
 * a later time, which those frames keep apart.
 */
function planMeetsReport(a: Claim, b: Claim): boolean {
  const [plan, told] = a.modality === 'forecast' ? [a, b] : [b, a];
  if (!plannedFigure(plan) || told.modality !== 'asserted' || !PLANNED_EVENTS.has(baseEvent(told.measure.event))) return false;
  return near(plan, told);
}
