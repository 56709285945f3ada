// The cross-source check: matching claims whose figures cannot both hold, and words given to different sources.
import type { ClaimMatch } from './claimIndex';
import { ClaimIndex } from './claimIndex';
import type { Corroboration } from './corroboration';
import type { Contradiction, DocumentAnalysis } from '../types';

export { ClaimIndex } from './claimIndex';
export type { ClaimMatch } from './claimIndex';
export type { Corroboration } from './corroboration';
export { compareValues, scopeCompatible, timeFit } from './compare';
export { locationPairs, restatedRefs } from './restatements';
export { pairId } from './findingId';
export { explainPair, WHY_PARTS, type WhyApart, type WhyPart } from './explain';

export function checkDocuments(docs: readonly DocumentAnalysis[]): Contradiction[] {
  return new ClaimIndex(docs).contradictions();
}

/** Matching claims that agree, each marked independent or an echo of a shared upstream source. */
export function findCorroborations(docs: readonly DocumentAnalysis[]): Corroboration[] {
  return new ClaimIndex(docs).corroborations();
}

/** Every claim matching `claimId`, agreeing or contradicting. For repeated queries keep a ClaimIndex instead. */
export function matchingClaims(docs: readonly DocumentAnalysis[], claimId: string): ClaimMatch[] {
  return new ClaimIndex(docs).matches(claimId);
}
