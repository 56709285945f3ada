// The language server's session: the state every feature module shares (the connection, the open documents, the
// workspace index, settings, folders, the annotation store, the caches, what the status bar shows), created once by
// server.ts and passed to each module. Only the LSP layer's state: the analyses and checks are the engine's.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocuments, type Connection, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusNotification, type Status } from '../../../shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { isCrosscheckExport } from '../annotations/exports/marker';
import type { AnalysisCache } from '../cache/analysisCache';
import type { DiagnosticsCache } from '../cache/diagnosticsCache';
import type { FileStamp, StatIndex } from '../cache/statIndex';
import { isReport } from '../reports/files';
import { ChunkedDocument } from './chunkedDocument';
import { DiagnosticsDelivery } from './diagnosticsDelivery';
import { ChangedReports } from './features/diagnostics';
import type { HoverStyle } from './features/hover';
import { capProblems } from './problems';
import { ReportFiles } from './reportFiles';
import { UserAnnotations } from './userAnnotations';
import { WorkspaceIndex } from './workspaceIndex';

/** What the client said it can do, in `initialize`. */
export interface ClientCapabilities {
  configure: boolean;
  hoverStyle: HoverStyle;
  showDocument: boolean;
  refreshLenses: boolean;
  refreshTokens: boolean;
  watchFiles: boolean;
  workspaceFolders: boolean;
}

export class Session {
  // Open documents are kept in blocks: a keystroke in a huge buffer edits one block, not a copy of the whole text.
  readonly documents = new TextDocuments<TextDocument>({ create: ChunkedDocument.create, update: (d, changes, version) => ChunkedDocument.update(d as ChunkedDocument, changes, version) });
  readonly index = new WorkspaceIndex();
  readonly files = new ReportFiles();
  /** An edit's check recomputes and compares only the lists it may have changed. */
  readonly changes = new ChangedReports();
  /** The hash of each indexed text (see textHash), by its document. */
  readonly textHashes = new WeakMap<TextDocument, string>();
  folders: WorkspaceFolder[] = [];
  settings: Settings = DEFAULT_SETTINGS;
  settingsProblems: string[] = [];
  caps: ClientCapabilities = {
    configure: false, hoverStyle: 'links', showDocument: false, refreshLenses: false, refreshTokens: false, watchFiles: false, workspaceFolders: false,
  };
  user = new UserAnnotations(null, () => {});
  /** Pulled by clients that can (LSP 3.17), pushed to the others; only reports whose list changed are re-sent. */
  delivery: DiagnosticsDelivery;
  cache: AnalysisCache | null = null;
  /** What was last published, for the next start (see restoredDiagnostics.ts). */
  published: DiagnosticsCache | null = null;
  /** Each report file's size, time and text hash when last read, so a warm start need not read unchanged ones. */
  stats: StatIndex | null = null;
  /** Findings counted by the restored diagnostics, until the first check of this session ends. */
  restoredCount: number | null = null;
  /** How many reports the restored diagnostics are of (the index fills behind them). */
  restoredReports = 0;
  state: Status['state'] = 'starting';
  percent: number | null = null;
  /** True once the workspace is first indexed: checks before then would be of a partial index. */
  ready = false;

  constructor(readonly connection: Connection) {
    this.delivery = new DiagnosticsDelivery(connection, false, false);
  }

  /** Resolves once the status is written (messages go out in order: everything sent before it is written too). */
  sendStatus(): Promise<void> {
    const { index, user } = this;
    return this.connection.sendNotification(StatusNotification, {
      state: this.state,
      percent: this.percent,
      reports: this.restoredCount !== null ? Math.max(this.restoredReports, index.size) : index.size,
      contradictions: this.restoredCount ?? this.shownContradictions(),
      lastCheckMs: index.lastCheck.generation ? Math.round(index.lastCheck.ms * 10) / 10 : null,
      problems: capProblems([...this.settingsProblems, ...user.problems().map(p => p.message), ...this.files.problems()]),
    }).catch(() => {});
  }

  /** The last check's findings the user has not dismissed: what the status bar and Problems count. */
  shownContradictions(): number {
    return this.index.lastCheck.contradictions.filter(c => !this.user.isDismissed(c)).length;
  }

  folderOf(uri: string): WorkspaceFolder | undefined {
    return this.folders.find(f => uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/'));
  }

  /** Reports are files under a workspace folder that match the settings' globs; outside any folder, open text files count. */
  isReportUri(uri: string): boolean {
    const folder = this.folderOf(uri);
    if (!folder) return true;
    if (!uri.startsWith('file:') || !folder.uri.startsWith('file:')) return true;
    return isReport(path.relative(fileURLToPath(folder.uri), fileURLToPath(uri)), this.settings.reports);
  }

  /** A report's text from disk; a Crosscheck export (wherever it was saved) is never a report. */
  readText(uri: string, folder: string | undefined, stamp?: (s: FileStamp) => void): string | undefined {
    const text = this.files.read(uri, folder, stamp);
    return text !== undefined && !isCrosscheckExport(text) ? text : undefined;
  }

  /** Reads a report file again after a change on disk: indexed when it still is a report's text, dropped otherwise. */
  reindexFromDisk(uri: string): void {
    const text = this.readText(uri, this.folderOf(uri)?.uri);
    if (text !== undefined) this.index.update(uri, text, null);
    else this.index.remove(uri);
  }
}
