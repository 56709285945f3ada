// Many reports in: per-report analysis, entity linking across reports, then the cross-source check.
import { analyzeText } from './analyze';
import { checkDocuments } from './check/check';
import { linkAcrossDocuments } from './entities/link';
import type { Contradiction, DocumentAnalysis } from './types';

export interface CorpusInput {
  path: string;
  text: string;
}

export interface CorpusAnalysis {
  documents: DocumentAnalysis[];
  contradictions: Contradiction[];
}

/** Rewrites entity ids in place with a corpus-wide remap (from linkAcrossDocuments). */
export function applyIdRemap(docs: readonly DocumentAnalysis[], remap: ReadonlyMap<string, string>): void {
  if (remap.size === 0) return;
  const re = (id: string) => remap.get(id) ?? id;
  for (const d of docs) {
    for (const e of d.entities) e.id = re(e.id);
    for (const a of d.attributions) {
      a.source.id = re(a.source.id);
      a.via = a.via.map(re);
    }
    for (const c of d.claims) {
      c.scope = c.scope.map(re);
      if (c.source) c.source.id = re(c.source.id);
      c.via = c.via.map(re);
    }
  }
}

/** Links entities across the given analyses and runs the check. */
export function checkCorpus(documents: DocumentAnalysis[]): CorpusAnalysis {
  applyIdRemap(documents, linkAcrossDocuments(documents));
  return { documents, contradictions: checkDocuments(documents) };
}

export function analyzeCorpus(inputs: readonly CorpusInput[]): CorpusAnalysis {
  return checkCorpus(inputs.map(i => analyzeText(i.path, i.text)));
}
