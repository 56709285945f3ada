// Which matched claim pairs the user marked "Not a contradiction", so hovers and lenses agree with the Problems panel.
import { locationPairs } from '../engine/index';
import type { Contradiction } from '../engine/types';

/** Claim pair → dismissed, for the last check's contradictions (either order of the two claims). */
export type PairDismissed = (claimA: string, claimB: string) => boolean;

export function pairDismissal(contradictions: readonly Contradiction[], isDismissed: (c: Contradiction) => boolean): PairDismissed {
  const pairs = new Set<string>();
  // A finding dismissed is dismissed at every statement of it (restated pairs too).
  for (const c of contradictions) if (isDismissed(c)) for (const p of locationPairs(c)) pairs.add(key(p.a.claim, p.b.claim));
  return (a, b) => pairs.size > 0 && pairs.has(key(a, b));
}

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export const NONE_DISMISSED: PairDismissed = () => false;
