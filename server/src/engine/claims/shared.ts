// Parts of a claim that many claims hold alike, made once and shared: a report listing thousands of figures keeps
// one measure object per measure and one empty list, not one each per claim, so the claims of a large report cost
// the garbage collector less to keep. Shared values are frozen: nothing may change a claim's parts in place.
import type { Claim, ClaimMeasure } from '../types';
import { measureKey } from './measure';

/** The one empty list claims share for no via, no scope or no roles. */
export const NO_ITEMS: readonly never[] = Object.freeze([]);

/** The one time of every claim that states none. */
const NO_TIME: Claim['time'] = Object.freeze({ from: null, to: null });

/** A claim's time: the shared one when it states none, else its own. */
export function claimTimeOf(from: string | null, to: string | null): Claim['time'] {
  return from === null && to === null ? NO_TIME : { from, to };
}

/** The shared empty list, typed as the list it stands for. */
export function none<T>(): T[] {
  return NO_ITEMS as unknown as T[];
}

/** Measures seen so far, by unit then event; emptied past a bound, so odd input cannot grow it without end. */
const MEASURES = new Map<string, Map<string, ClaimMeasure>>();
const MAX_MEASURES = 4096;
let measureCount = 0;

/** The frozen measure of `unit` and `event`, the same object for every claim of that measure. */
export function sharedMeasure(unit: string, event: string): ClaimMeasure {
  let byEvent = MEASURES.get(unit);
  const m = byEvent?.get(event);
  if (m) return m;
  if (measureCount >= MAX_MEASURES) { MEASURES.clear(); measureCount = 0; byEvent = undefined; }
  if (!byEvent) MEASURES.set(unit, (byEvent = new Map()));
  const made: ClaimMeasure = Object.freeze({ unit, event, key: measureKey(unit, event) });
  byEvent.set(event, made);
  measureCount++;
  return made;
}
