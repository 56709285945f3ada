// A value finding's id, from its two claims in report order: one formula for the check, which names its findings by
// it, and for the dismissals, which name a pair a finding now restates by the id it had as a finding of its own.
import { stableHash } from '../claims/id';
import type { ClaimRef } from '../types';

/** The id of the finding of the claims x and y, x first in report order. */
export const findingId = (x: string, y: string) => `contradiction:${stableHash(`${x}\u0000${y}`)}`;

/** The id of the finding of two claims, whichever order they are given in (report order decides: path, then place). */
export function pairId(p: ClaimRef, q: ClaimRef): string {
  const first = p.path < q.path || (p.path === q.path && p.start <= q.start);
  return first ? findingId(p.claim, q.claim) : findingId(q.claim, p.claim);
}
