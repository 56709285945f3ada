// The cross-source check: matching claims whose figures cannot both hold.
import type { Contradiction, DocumentAnalysis } from '../types';

export function checkDocuments(_docs: readonly DocumentAnalysis[]): Contradiction[] {
  return [];
}
