// Commands: check now, jump between matching claims, peek them, open a report beside, export.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CheckNowRequest,
  CheckNowResultSchema,
  ExportRequest,
  ExportResultSchema,
  MatchingClaimsRequest,
  MatchingClaimsResultSchema,
  type ExportFormat,
  type MatchingClaimsResult,
} from '../../shared/protocol';

/** Where exports are saved by default, relative to the first workspace folder. */
export const EXPORTS_DIR = ['.crosscheck', 'exports'] as const;

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

const highlight = vscode.window.createTextEditorDecorationType({
  backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
  borderRadius: '2px',
});

/** Opens a report, selects and reveals the range, and highlights it for a moment. */
export async function revealRange(uri: string, range: LspRange, beside = false): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const r = toRange(range);
  const editor = await vscode.window.showTextDocument(doc, {
    selection: r,
    viewColumn: beside ? vscode.ViewColumn.Beside : undefined,
    preserveFocus: false,
  });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  editor.setDecorations(highlight, [r]);
  setTimeout(() => editor.setDecorations(highlight, []), 2000);
  return editor;
}

async function matchingAtCursor(client: LanguageClient): Promise<MatchingClaimsResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const raw = await client.sendRequest(MatchingClaimsRequest, {
    uri: editor.document.uri.toString(),
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  const result = MatchingClaimsResultSchema.parse(raw);
  if (!result.claim) {
    void vscode.window.showInformationMessage('Crosscheck: put the cursor on a figure that is a claim.');
    return undefined;
  }
  if (!result.matches.length) {
    void vscode.window.showInformationMessage(`Crosscheck: no other report makes a matching claim to "${result.claim.text}".`);
    return undefined;
  }
  return result;
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg('crosscheck.revealClaim', (uri: string, range: LspRange) => revealRange(uri, range));
  reg('crosscheck.nextMatchingClaim', () => stepThroughMatches(client, 1));
  reg('crosscheck.previousMatchingClaim', () => stepThroughMatches(client, -1));
  reg('crosscheck.checkWorkspace', () =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Crosscheck: checking' }, async () => {
      const r = CheckNowResultSchema.parse(await client.sendRequest(CheckNowRequest, {}));
      vscode.window.setStatusBarMessage(`Crosscheck: ${r.contradictions} contradictions in ${r.reports} reports (${r.ms} ms)`, 5000);
      return r;
    }),
  );
  reg('crosscheck.showMatchingClaims', (uri?: string, position?: LspPosition, locations?: LspLocation[]) =>
    showMatchingClaims(client, uri, position, locations),
  );
  reg('crosscheck.openReportBeside', async () => {
    const result = await matchingAtCursor(client);
    if (!result) return;
    const target = result.matches.find(m => m.relation === 'contradicts') ?? result.matches[0];
    await revealRange(target.uri, target.range, true);
  });
  reg('crosscheck.export', (format?: ExportFormat) => exportTo(client, format));
}

type LspPosition = { line: number; character: number };
type LspLocation = { uri: string; range: LspRange };

/** Matches are ordered by report and line, the current claim among them, so repeated presses walk the ring. */
async function stepThroughMatches(client: LanguageClient, delta: 1 | -1): Promise<void> {
  const result = await matchingAtCursor(client);
  if (!result?.claim) return;
  const ring = [result.claim, ...result.matches].sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line);
  const at = ring.findIndex(c => c.id === result.claim!.id);
  const next = ring[(at + delta + ring.length) % ring.length];
  await revealRange(next.uri, next.range);
}

/** Peeks the matching claims: those a code lens passes, or else those of the claim under the cursor. */
async function showMatchingClaims(client: LanguageClient, uri?: string, position?: LspPosition, locations?: LspLocation[]): Promise<void> {
  if (!uri || !position || !locations) {
    const result = await matchingAtCursor(client);
    if (!result?.claim) return;
    uri = result.claim.uri;
    position = result.claim.range.start;
    locations = result.matches.map(m => ({ uri: m.uri, range: m.range }));
  }
  await vscode.commands.executeCommand(
    'editor.action.peekLocations',
    vscode.Uri.parse(uri),
    new vscode.Position(position.line, position.character),
    locations.map(l => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range))),
    'peek',
  );
}

const EXPORT_FORMATS: { label: string; format: ExportFormat; description: string }[] = [
  { label: 'W3C Web Annotation (JSON-LD)', format: 'w3c', description: 'all annotations, the engine’s and yours' },
  { label: 'CSV of claims', format: 'csv', description: 'one row per claim' },
  { label: 'SARIF', format: 'sarif', description: 'contradictions, for code-scanning tools' },
  { label: 'Markdown report', format: 'markdown', description: 'contradictions with both quoted sentences' },
  { label: 'Analysis JSON', format: 'json', description: 'the CLI’s analyze/check document' },
];

/** Asks for a format (unless given) and a file, and writes the server's export there. */
async function exportTo(client: LanguageClient, format?: ExportFormat): Promise<void> {
  const picked = format ?? (await vscode.window.showQuickPick(EXPORT_FORMATS, { title: 'Crosscheck: Export' }))?.format;
  if (!picked) return;
  const result = ExportResultSchema.parse(await client.sendRequest(ExportRequest, { format: picked }));
  // Exports go under .crosscheck/exports/ by default: outside the reports, and excluded from them.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const exportsDir = folder ? vscode.Uri.joinPath(folder, ...EXPORTS_DIR) : undefined;
  if (exportsDir) await vscode.workspace.fs.createDirectory(exportsDir);
  const target = await vscode.window.showSaveDialog({
    defaultUri: exportsDir ? vscode.Uri.joinPath(exportsDir, result.fileName) : undefined,
    title: 'Save Crosscheck export',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
  void vscode.window.showInformationMessage(`Crosscheck: exported to ${vscode.workspace.asRelativePath(target)}`);
}
