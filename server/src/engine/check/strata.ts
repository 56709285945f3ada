// Gates for pairs of a shape that, read over the tuning sets as a population, is seldom one count told two ways
// (docs/claims.md, round 33: strata33 and strata33b). Each gate states why such a pair is usually not one count; the
// check reads them in one place (claimIndex.ts, keepFinding), after a pair is judged a contradiction.
import type { ClaimDetail } from '../claims/detail';
import { LEVEL_UNITS } from '../quantities/units';
import { FLOOR_HEDGES, type Claim } from '../types';
import { isRate } from './compare';
import type { PossibleReason } from './messages';

/** How many times the higher figure must be the lower one for the pair to be "far apart". */
const FAR_APART = 5;

/** The ratio of the higher figure's lowest reading to the lower figure's highest; null when either is open or zero. */
function ratioApart(a: Claim, b: Claim): number | null {
  const al = a.low ?? a.high;
  const ah = a.high ?? a.low;
  const bl = b.low ?? b.high;
  const bh = b.high ?? b.low;
  if (al === null || ah === null || bl === null || bh === null) return null;
  const lo = Math.min(ah, bh);
  return lo > 0 ? Math.max(al, bl) / lo : null;
}

/** The pair's higher figure (by its lowest reading). */
function higherOf(a: Claim, b: Claim): Claim {
  return (a.low ?? a.high ?? 0) >= (b.low ?? b.high ?? 0) ? a : b;
}

/**
 * A floor five times or more above another count, with nothing else in doubt ("more than 7,300 died" against "460
 * dead"): a floor says only "no fewer", and one that far above a stated count is a wider count (deaths in excess of
 * the usual against those confirmed, a province against one site, a feared final toll against a first tally), not a
 * rival reading of the same count. An upper bound below the other figure ("fewer than 90" against 1,300) is a denial
 * of it, and stays.
 */
function floorFarAbove(a: Claim, b: Claim, reasons: readonly PossibleReason[]): boolean {
  if (reasons.length !== 1 || reasons[0] !== 'hedge') return false;
  const r = ratioApart(a, b);
  return r !== null && r >= FAR_APART && FLOOR_HEDGES.has(higherOf(a, b).hedge);
}

/** Whether a pair judged a contradiction is, by its shape, no finding. */
export function strataGate(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined, reasons: readonly PossibleReason[]): boolean {
  return floorFarAbove(a, b, reasons) || undatedFarApart(a, da, b, db);
}

/**
 * Two counts five times or more apart, neither dated by its own words: one dated only by its paragraph, the other only
 * by its report's publication. A fivefold gap is no rival reading of one count; with neither date its own, the two are
 * more likely different stages (a first count, a later toll) or scopes (one city, a whole country) of one event.
 * Shares, rates and levels are not counts, and far apart they are rivals (two candidates' claimed shares).
 */
function undatedFarApart(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  const bases = [da?.timeBasis, db?.timeBasis];
  if (!bases.includes('context') || !bases.includes('published')) return false;
  if (LEVEL_UNITS.has(a.measure.unit) || isRate(a.measure.unit)) return false;
  const r = ratioApart(a, b);
  return r !== null && r >= FAR_APART;
}
