// The Export command: the workspace's analyses, the user's annotations and the findings in the formats people exchange.
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { ExportFormat, ExportResult } from '../../../shared/protocol';
import { exportClaimsCsv } from '../annotations/exports/csv';
import { exportMarkdown } from '../annotations/exports/markdown';
import { exportSarif } from '../annotations/exports/sarif';
import { exportW3c } from '../annotations/exports/w3c';
import { sourcePath } from '../annotations/w3c';
import { analysisOutput } from '../engine/index';
import type { Contradiction, DocumentAnalysis } from '../engine/index';
import type { UserAnnotations } from './userAnnotations';
import type { WorkspaceIndex } from './workspaceIndex';

declare const CROSSCHECK_VERSION: string;

/** Exports name reports by their workspace-relative paths, as the CLI and the annotation file do. */
function relativize(index: WorkspaceIndex, folders: WorkspaceFolder[], user: UserAnnotations) {
  const root = folders.find(f => f.uri.startsWith('file:'));
  const rel = (uri: string) => (root && uri.startsWith('file:') ? sourcePath(uri, fileURLToPath(root.uri)) : uri);
  const reports = [...index.all()];
  const texts = new Map(reports.map(r => [rel(r.uri), r.doc.getText()]));
  const docs: DocumentAnalysis[] = reports.map(r => ({ ...r.analysis, path: rel(r.uri) }));
  const ref = (x: Contradiction['a']) => ({ ...x, path: rel(x.path) });
  const contradictions = index.lastCheck.contradictions.filter(c => !user.isDismissed(c)).map(c => ({
    ...c, a: ref(c.a), b: ref(c.b), ...(c.alsoIn ? { alsoIn: c.alsoIn.map(x => ({ a: ref(x.a), b: ref(x.b) })) } : {}),
    ...(c.restated ? { restated: c.restated.map(x => ({ a: ref(x.a), b: ref(x.b) })) } : {}),
  }));
  return { texts, docs, contradictions };
}

export function exportWorkspace(index: WorkspaceIndex, format: ExportFormat, folders: WorkspaceFolder[], user: UserAnnotations): ExportResult {
  const { texts, docs, contradictions } = relativize(index, folders, user);
  const version = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
  switch (format) {
    case 'json':
      return { content: JSON.stringify(analysisOutput({ documents: docs, contradictions }, texts), null, 2) + '\n', fileName: 'crosscheck.json' };
    case 'w3c':
      return { content: exportW3c(docs, texts, user.items), fileName: 'crosscheck-annotations.jsonld' };
    case 'csv':
      return { content: exportClaimsCsv(docs, texts), fileName: 'crosscheck-claims.csv' };
    case 'sarif':
      return { content: exportSarif(contradictions, texts, { toolVersion: version }), fileName: 'crosscheck.sarif' };
    case 'markdown':
      return { content: exportMarkdown(docs, contradictions, texts), fileName: 'crosscheck-contradictions.md' };
  }
}
