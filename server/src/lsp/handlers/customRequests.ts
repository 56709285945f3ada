// The typed custom requests of the VS Code views (see shared/protocol.ts): claims, entities, matching claims,
// check now, export.
import {
  CheckNowRequest,
  ClaimsParamsSchema,
  ClaimsRequest,
  EntitiesRequest,
  ExportParamsSchema,
  ExportRequest,
  MatchingClaimsParamsSchema,
  MatchingClaimsRequest,
  type ClaimInfo,
} from '../../../../shared/protocol';
import { exportWorkspace } from '../exporting';
import { matchesFor } from '../matches';
import type { ServerParts } from '../parts';
import type { OpenReports } from '../openReports';
import { claimInfo, listClaims, listEntities } from '../views';
import type { WorkspaceIndex } from '../workspaceIndex';
import { slices } from '../yielding';

export function registerCustomRequests({ session: s, open, checks }: ServerParts): void {
  const { connection, index } = s;
  // Thousands of reports make this long: it gives way between reports, and a check meanwhile restarts it.
  connection.onRequest(ClaimsRequest, async p => {
    const only = ClaimsParamsSchema.parse(p ?? {}).onlyContradictions;
    let claims: ClaimInfo[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const generation = index.lastCheck.generation;
      claims = await listClaims(index, only, slices());
      if (index.lastCheck.generation === generation) break;
    }
    return { claims };
  });
  connection.onRequest(EntitiesRequest, () => ({ entities: listEntities(index) }));
  connection.onRequest(MatchingClaimsRequest, p => matchingClaims(index, open, MatchingClaimsParamsSchema.parse(p)));
  connection.onRequest(CheckNowRequest, async () => {
    const r = (await checks.run()) ?? index.lastCheck;
    // Dismissed contradictions are not counted here either, as in the status bar and Problems.
    const contradictions = r.contradictions.filter(c => !s.user.isDismissed(c)).length;
    return { reports: index.size, contradictions, ms: Math.round(r.ms * 10) / 10 };
  });
  connection.onRequest(ExportRequest, p => exportWorkspace(index, ExportParamsSchema.parse(p).format, s.folders, s.user));
}

/** The claim at a position and the claims of other reports it matches. */
function matchingClaims(index: WorkspaceIndex, open: OpenReports, { uri, position }: { uri: string; position: { line: number; character: number } }) {
  const o = open.offsetAt(uri, position);
  const c = o === undefined ? undefined : index.claimAt(uri, o);
  if (!c) return { claim: null, matches: [] };
  return {
    claim: claimInfo(index, index.get(uri)!, c).info,
    matches: matchesFor(index, c.id).map(m => ({
      ...claimInfo(index, m.report, m.claim).info,
      relation: m.relation,
      independence: m.independence,
    })),
  };
}
