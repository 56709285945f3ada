// Quick fixes on a contradiction: dismiss it ("Not a contradiction") or open the other report beside (when it is another).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { reportName } from '../convert';
import type { DiagnosticData } from './diagnostics';

export const DISMISS_COMMAND = 'crosscheck.dismissContradiction';
export const OPEN_BESIDE_COMMAND = 'crosscheck.openOtherReport';

export function codeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'crosscheck' || !d.data) continue;
    const data = d.data as DiagnosticData;
    out.push({
      title: 'Not a contradiction',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Not a contradiction', command: DISMISS_COMMAND, arguments: [data.contradictionId] },
    });
    // Both sides in this report: the other figure is already on screen, a second editor of it helps no one.
    if (data.otherUri === uri) continue;
    out.push({
      title: `Open the other report beside (${reportName(data.otherUri)})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: {
        title: 'Open the other report beside',
        command: OPEN_BESIDE_COMMAND,
        arguments: [data.otherUri, data.otherStart, data.otherEnd, uri],
      },
    });
  }
  return out;
}
