// The Export command: the workspace's analyses and findings in the formats people exchange.
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { ExportFormat, ExportResult } from '../../../shared/protocol';
import { analysisOutput } from '../engine/output';
import type { WorkspaceIndex } from './workspaceIndex';

export function exportWorkspace(index: WorkspaceIndex, format: ExportFormat, _folders: WorkspaceFolder[]): ExportResult {
  const reports = [...index.all()];
  const texts = new Map(reports.map(r => [r.uri, r.doc.getText()]));
  const corpus = { documents: reports.map(r => r.analysis), contradictions: index.lastCheck.contradictions };
  switch (format) {
    case 'json':
      return { content: JSON.stringify(analysisOutput(corpus, texts), null, 2), fileName: 'crosscheck.json' };
    default:
      throw new Error(`export format ${format} is not available yet`);
  }
}
