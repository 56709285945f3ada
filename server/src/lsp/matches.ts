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
