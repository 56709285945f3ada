// Matching claims for one claim: the ones the check pairs with it, marked agrees/contradicts and independent/echo.
import type { Claim, MatchIndependence, MatchRelation } from '../engine/index';
import type { IndexedReport, WorkspaceIndex } from './workspaceIndex';

export interface ClaimMatch {
  report: IndexedReport;
  claim: Claim;
  relation: MatchRelation;
  independence: MatchIndependence;
}

export function matchesFor(index: WorkspaceIndex, claimId: string): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const m of index.matches(claimId)) {
    const other = index.claim(m.claim.id);
    if (!other) continue;
    out.push({ ...other, relation: m.relation, independence: m.independence });
  }
  return out;
}

/**
 * How many conflicts the contradicting matches make: a report stating the same figure twice (a lead and a later
 * paragraph) contradicts once, as the Problems panel shows it once (restatements.ts). `skip` leaves matches out.
 */
export function conflictCount(matches: readonly ClaimMatch[], skip: (m: ClaimMatch) => boolean = () => false): number {
  const seen = new Set<string>();
  for (const m of matches) {
    if (m.relation !== 'contradicts' || skip(m)) continue;
    seen.add(`${m.report.uri}\u0000${m.claim.low},${m.claim.high},${m.claim.derived ? 1 : 0}`);
  }
  return seen.size;
}
