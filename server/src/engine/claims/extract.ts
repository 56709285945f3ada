// Claims: the clauses that state a figure, with measure, scope, time, source and modality.
import type { Claim, DocumentAnalysis, PreparedText } from '../types';

export function extractClaims(_prepared: PreparedText, _analysis: Omit<DocumentAnalysis, 'claims'>): Claim[] {
  return [];
}
