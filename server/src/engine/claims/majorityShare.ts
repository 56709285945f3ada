// "She carried the vote by 57.4%": a winner's share said with "by". Two shares of one vote differ by more than half the
// vote only in a landslide that no report tells with a bare "by N%", so a percentage over half after "won ... by", with
// no other share in its sentence to be the rival's, is the winner's share, not a margin (round 44, election44).
import type { Quantity, Sentence } from '../types';

/** Half the vote: a margin in percent beyond this is taken for the winner's own share. */
const MAJORITY = 50;

/** The figure is a percentage over half and its sentence gives no other percentage (a rival's share or a score). */
export function majorityShare(q: Quantity, s: Sentence, quantities: readonly Quantity[]): boolean {
  if (q.unit !== 'percent' || q.low === null || q.low <= MAJORITY) return false;
  return !quantities.some(o => o !== q && o.unit === 'percent' && o.start >= s.start && o.end <= s.end);
}
