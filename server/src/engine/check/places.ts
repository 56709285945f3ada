// Places inside places: a town's figure and its country's are a part and its whole, not two counts of one thing. The whole
// may hold the part (nothing to say); a part larger than its whole, for the same count and time, is a possible finding.
import { within } from '../entities/containment';
import type { Claim } from '../types';
import type { TimeFit, Verdict } from './compare';

/**
 * Measures whose figure for a part need not be below the whole's: rates, shares, sizes and speeds ("turnout reached 70%
 * in the province, 55% nationwide"). Only counts and amounts add up over places.
 */
const NOT_ADDITIVE = new Set(['percent', 'percentage point', 'bp', 'degree', 'degree f', 'magnitude', 'km/h', 'times', 'hour',
  'minute', 'm', 'km', 'cm', 'mm', 'foot', 'inch', 'yard']);

/** A claim's places without those that hold another of them: "in Derna, Libya" is Derna's figure. */
export function narrowest(places: Set<string>): Set<string> {
  if (places.size < 2) return places;
  let out: Set<string> | null = null;
  for (const p of places) {
    for (const q of places) {
      if (q !== p && within(q, p)) {
        (out ??= new Set(places)).delete(p);
        break;
      }
    }
  }
  return out ?? places;
}

/** Every place of `part` lies inside some place of `whole`. */
function inside(part: Set<string>, whole: Set<string>): boolean {
  for (const p of part) {
    let found = false;
    for (const w of whole) if (within(p, w)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

/** Which side's places lie inside the other's: 'a' (a is the part), 'b', or null (not nested, share a place, or a side names none). */
export function partSide(a: Set<string>, b: Set<string>): 'a' | 'b' | null {
  if (!a.size || !b.size) return null;
  for (const x of a) if (b.has(x)) return null;
  if (inside(a, b)) return 'a';
  if (inside(b, a)) return 'b';
  return null;
}

/**
 * The verdict on a figure for a place and one for a place holding it: null when the whole can hold the part (or the
 * measure does not add up over places), a possible finding when the part exceeds the whole ("at least 10,000 dead in
 * one province" vs "2,000 dead nationwide"); never clear, as the two may count a little differently.
 */
export function partWholeVerdict(a: Claim, b: Claim, side: 'a' | 'b', fit: TimeFit): Verdict | null {
  if (NOT_ADDITIVE.has(a.measure.unit)) return null;
  const [part, whole] = side === 'a' ? [a, b] : [b, a];
  if (part.low === null || whole.high === null || part.low <= whole.high) return null;
  return { relation: 'contradict', severity: 'possible', reasons: fit === 'uncertain' ? ['part', 'time'] : ['part'], fit };
}
