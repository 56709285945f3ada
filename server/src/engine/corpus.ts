// Many reports in: per-report analysis, entity linking across reports, then the cross-source check, all through the
// same Workspace the language server keeps, so a batch and an editor see the same findings for the same texts.
import type { Correction } from './corrections';
import type { Contradiction, DocumentAnalysis } from './types';
import { Workspace } from './workspace/workspace';

export interface CorpusInput {
  path: string;
  text: string;
  /** The report's analysis when it was made already (a worker, a cache) from this very text. */
  analysis?: DocumentAnalysis;
}

export interface CorpusAnalysis {
  documents: DocumentAnalysis[];
  contradictions: Contradiction[];
}

export interface CorpusOptions {
  /** The user's corrections, re-anchored to the texts. */
  corrections?: readonly Correction[];
  /** Each report's text by path (needed to apply spelling corrections). */
  texts?: ReadonlyMap<string, string>;
}

function checkWorkspace(ws: Workspace, corrections: readonly Correction[]): CorpusAnalysis {
  ws.setCorrections(corrections);
  const { contradictions } = ws.check();
  return { documents: [...ws.reports()].map(r => r.analysis), contradictions };
}

/** Corrections, entity links, then the cross-source check, over analyses made already. */
export function checkCorpus(documents: DocumentAnalysis[], options: CorpusOptions = {}): CorpusAnalysis {
  const ws = new Workspace();
  for (const d of documents) ws.set(d.path, options.texts?.get(d.path) ?? '', d);
  return checkWorkspace(ws, options.corrections ?? []);
}

export function analyzeCorpus(inputs: readonly CorpusInput[], corrections: readonly Correction[] = []): CorpusAnalysis {
  const ws = new Workspace();
  for (const i of inputs) ws.set(i.path, i.text, i.analysis);
  return checkWorkspace(ws, corrections);
}
