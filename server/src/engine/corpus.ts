// Many reports in: per-report analysis, entity linking across reports, then the cross-source check.
import { analyzeText } from './analyze';
import { checkDocuments } from './check/check';
import { applyCorrections, type Correction } from './corrections';
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

export interface CorpusOptions {
  /** The user's corrections, re-anchored to the texts. */
  corrections?: readonly Correction[];
  /** Each report's text by path (needed to apply spelling corrections). */
  texts?: ReadonlyMap<string, string>;
}

/**
 * Applies the user's corrections and links entities across the analyses. With corrections, the given
 * analyses are left untouched and corrected copies are returned.
 */
export function prepareCorpus(documents: DocumentAnalysis[], options: CorpusOptions = {}): DocumentAnalysis[] {
  const corrections = options.corrections ?? [];
  const docs = corrections.length ? structuredClone(documents) : documents;
  applyCorrections(docs, corrections, options.texts ?? new Map());
  applyIdRemap(docs, linkAcrossDocuments(docs));
  return docs;
}

/** Corrections, entity links, then the cross-source check. */
export function checkCorpus(documents: DocumentAnalysis[], options: CorpusOptions = {}): CorpusAnalysis {
  const docs = prepareCorpus(documents, options);
  return { documents: docs, contradictions: checkDocuments(docs) };
}

export function analyzeCorpus(inputs: readonly CorpusInput[], corrections: readonly Correction[] = []): CorpusAnalysis {
  const texts = new Map(inputs.map(i => [i.path, i.text]));
  return checkCorpus(inputs.map(i => analyzeText(i.path, i.text)), { corrections, texts });
}
