// Matching claims for one claim: the ones the check pairs with it, marked agrees/contradicts and independent/echo.
import type { Claim } from '../engine/types';
import type { IndexedReport, WorkspaceIndex } from './workspaceIndex';

export interface ClaimMatch {
  report: IndexedReport;
  claim: Claim;
  relation: 'agrees' | 'contradicts';
  independence: 'independent' | 'echo';
  contradictionId?: string;
}

/** Two claims echo each other when they relay the same upstream source. */
export function independence(a: Claim, b: Claim): 'independent' | 'echo' {
  const upstream = (c: Claim) => new Set([...(c.source ? [c.source.id] : []), ...c.via]);
  const ua = upstream(a);
  for (const id of upstream(b)) if (ua.has(id)) return 'echo';
  return 'independent';
}

export function matchesFor(index: WorkspaceIndex, claimId: string): ClaimMatch[] {
  const self = index.claim(claimId);
  if (!self) return [];
  const out = new Map<string, ClaimMatch>();
  for (const c of index.lastCheck.contradictions) {
    const otherId = c.a.claim === claimId ? c.b.claim : c.b.claim === claimId ? c.a.claim : null;
    if (!otherId) continue;
    const other = index.claim(otherId);
    if (!other) continue;
    out.set(otherId, {
      ...other,
      relation: 'contradicts',
      independence: independence(self.claim, other.claim),
      contradictionId: c.id,
    });
  }
  for (const m of index.agreements(claimId)) {
    if (out.has(m.id)) continue;
    const other = index.claim(m.id);
    if (other) out.set(m.id, { ...other, relation: 'agrees', independence: independence(self.claim, other.claim) });
  }
  return [...out.values()];
}
