// The one vocabulary of matches, used by the engine's workspace, the language server, its views and the CLI.
import type { ClaimMatch } from '../check/claimIndex';
import type { Claim, ClaimRef, Severity } from '../types';

export type MatchRelation = 'agrees' | 'contradicts';
export type MatchIndependence = 'independent' | 'echo';

export interface WorkspaceMatch {
  claim: Claim;
  ref: ClaimRef;
  relation: MatchRelation;
  /** For contradictions: how sure the check is. */
  severity?: Severity;
  /** Echo: both relay one upstream source (named by `upstream`); independent otherwise. */
  independence: MatchIndependence;
  upstream?: string;
}

export function fromClaimMatch(m: ClaimMatch): WorkspaceMatch {
  return {
    claim: m.claim, ref: m.ref,
    relation: m.relation === 'contradict' ? 'contradicts' : 'agrees',
    ...(m.severity ? { severity: m.severity } : {}),
    independence: m.independent ? 'independent' : 'echo',
    ...(m.upstream ? { upstream: m.upstream } : {}),
  };
}
