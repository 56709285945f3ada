// Links entities across reports (a surname alone in one report, the full name in another).
import type { DocumentAnalysis } from '../types';

/** Returns a map from per-report ids to corpus-wide canonical ids; ids absent from the map stay as they are. */
export function linkAcrossDocuments(_docs: readonly DocumentAnalysis[]): Map<string, string> {
  return new Map();
}
