// Whether a hedge's rounding, as a reader takes it, reaches the other figure (round 34, compat34).
//
// The recognizer reads "about v" as [0.9v, 1.1v] (docs/quantities.md), the widest a writer may mean, and the check keeps
// that table. A reader takes a hedged figure as rounded to its own step: "around 18,000" is a count rounded to the
// thousand, so a writer who knew 19,500 would not have written it. Figures whose intervals overlap only through the 10%
// are rivals (possible; compare.ts compareFigures).
import { HEDGED_POINT_HEDGES as STEPPED, type Claim } from '../types';

/** Significant digits past which a hedged figure is a precise tally hedged ("about 612,437 cases"), not a rounded one. */
const ROUNDED_DIGITS = 3;

/** How many steps apart two figures must lie, rounded to the coarser step: an adjacent step is a loose rounding. */
const STEPS_APART = 2;

/** Decimal places of a number as JavaScript prints it (49.8 -> 1). */
function decimals(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

/** The significant digits of a figure ("1,200,000" -> "12", "50.49" -> "5049"), for the check against its words. */
function significant(v: number): string {
  return String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * The step a stated figure is rounded to: its last non-zero digit's place (2,700 -> 100, 1.2 million -> 100,000, 38.5 ->
 * 0.1). Null when the figure is not written in digits holding its value (spelled out, or converted from another unit:
 * "80 miles" read as 128.72 km has no step of its own).
 */
export function stepOf(c: Claim): number | null {
  const v = c.value;
  if (v === null || v <= 0 || String(v).includes('e')) return null;
  const sig = significant(v);
  if (!sig || !c.quantity.text.replace(/[^0-9]/g, '').includes(sig)) return null;
  if (decimals(v) > 0) return 10 ** -decimals(v);
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place;
}

/** A side's step when it is a point the rule reads: exact, or hedged and rounded (few significant digits). */
function pointStep(c: Claim): number | null {
  if (c.value === null || (c.hedge !== 'exact' && !STEPPED.has(c.hedge))) return null;
  if (c.hedge !== 'exact' && significant(c.value).length > ROUNDED_DIGITS) return null;
  return stepOf(c);
}

/**
 * Two point figures, at least one hedged, that lie STEPS_APART or more steps apart once both are rounded to the coarser
 * of their steps: "around 18,000" against 19,500 (18 against 20 thousands), "about 240" against 219 (24 against 22 tens).
 * Not "nearly 500" against 471, "about 1,200" against 1,180, "about 360" against 352 (one step: a loose rounding), nor
 * "about 270" against 300 (300 may be 270 rounded to the hundred). Each hedge grants its loose step, so two hedged
 * figures need one step more ("around 630,000" and "around 650,000" are two loose roundings).
 */
export function hedgeStepApart(a: Claim, b: Claim): boolean {
  if (!STEPPED.has(a.hedge) && !STEPPED.has(b.hedge)) return false;
  const sa = pointStep(a);
  const sb = pointStep(b);
  if (sa === null || sb === null) return false;
  const step = Math.max(sa, sb);
  const apart = STEPS_APART + (STEPPED.has(a.hedge) && STEPPED.has(b.hedge) ? 1 : 0);
  return Math.abs(Math.round(a.value! / step) - Math.round(b.value! / step)) >= apart;
}
