// Matching claims for one claim: the ones the check pairs with it, marked agrees/contradicts and independent/echo.
import type { Claim } from '../engine/types';
import type { IndexedReport, WorkspaceIndex } from './workspaceIndex';

export interface ClaimMatch {
  report: IndexedReport;
  claim: Claim;
  relation: 'agrees' | 'contradicts';
  independence: 'independent' | 'echo';
}

export function matchesFor(index: WorkspaceIndex, claimId: string): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  for (const m of index.matches(claimId)) {
    const other = index.claim(m.claim.id);
    if (!other) continue;
    out.push({
      ...other,
      relation: m.relation === 'contradict' ? 'contradicts' : 'agrees',
      independence: m.independent ? 'independent' : 'echo',
    });
  }
  return out;
}
