// Activation: starts the language server, and adds the views, status bar and commands on top of standard LSP.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ClaimsRequest,
  ClaimsResultSchema,
  EntitiesRequest,
  EntitiesResultSchema,
  IndexChangedNotification,
  StatusNotification,
  StatusSchema,
} from '../../shared/protocol';
import { registerAnnotationCommands } from './annotate';
import { AnnotationMarks } from './annotationMarks';
import { registerCommands, revealRange } from './commands';
import { registerRestoreDismissed } from './dismissals';
import { enableFolder, openSamples } from './folders';
import { StatusBar } from './statusBar';
import { ClaimsTreeProvider, type Grouping } from './views/claimsTree';
import { EntitiesTreeProvider } from './views/entitiesTree';

let client: LanguageClient | undefined;

/** What the extension exposes to other extensions and to its own extension-host tests. */
export interface CrosscheckApi {
  client: LanguageClient;
  claims: ClaimsTreeProvider;
  entities: EntitiesTreeProvider;
  /** Resolves after the server has sent its first index-changed notification (the first check is done). */
  ready: Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  client = createClient(context);
  const lc = client;
  const status = new StatusBar();
  const claims = new ClaimsTreeProvider(async only =>
    ClaimsResultSchema.parse(await lc.sendRequest(ClaimsRequest, { onlyContradictions: only })).claims,
  );
  const entities = new EntitiesTreeProvider(async () =>
    EntitiesResultSchema.parse(await lc.sendRequest(EntitiesRequest, {})).entities,
  );
  const claimsView = vscode.window.createTreeView('crosscheck.claims', { treeDataProvider: claims, showCollapseAll: true });
  const entitiesView = vscode.window.createTreeView('crosscheck.entities', { treeDataProvider: entities, showCollapseAll: true });
  context.subscriptions.push(status, claimsView, entitiesView);
  registerClaimsViewCommands(context, claims, claimsView);

  const marks = new AnnotationMarks(lc);
  const ready = listenToServer(lc, status, [claims, entities], marks);
  registerCommands(context, lc);
  registerAnnotationCommands(context, lc);
  registerRestoreDismissed(context, lc);
  context.subscriptions.push(
    marks,
    vscode.commands.registerCommand('crosscheck.enableFolder', () => enableFolder()),
    vscode.commands.registerCommand('crosscheck.openSamples', () => openSamples(context)),
  );
  await lc.start();
  return { client: lc, claims, entities, ready };
}

/** The language client: the bundled server over IPC, for plain-text and Markdown reports on disk or untitled. */
function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // File watching and configuration (workspace/configuration, didChangeConfiguration) are registered by the
    // server itself, the same for every editor.
    // The server keeps its analysis cache in the extension's workspace storage, never in the reports' folder.
    initializationOptions: { storagePath: context.storageUri?.fsPath ?? null },
    middleware: {
      // The server opens the other report with window/showDocument in any editor; here we can put it beside.
      executeCommand: async (command, args, next) => {
        if (command === 'crosscheck.openOtherReport') {
          const [uri, start, end] = args as [string, number, number];
          const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
          const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
          return revealRange(uri, { start: range.start, end: range.end }, true);
        }
        return next(command, args);
      },
    },
  };
  return new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
}

/** The Claims view's title-bar commands: grouping and the contradictions-only filter, mirrored in context keys. */
function registerClaimsViewCommands(
  context: vscode.ExtensionContext,
  claims: ClaimsTreeProvider,
  claimsView: vscode.TreeView<unknown>,
): void {
  const setGrouping = (g: Grouping) => {
    claims.grouping = g;
    void vscode.commands.executeCommand('setContext', 'crosscheck.claims.grouping', g);
    claimsView.description = g === 'topic' ? undefined : `by ${g}`;
    void claims.refresh();
  };
  for (const g of ['topic', 'entity', 'report', 'source'] as const) {
    context.subscriptions.push(vscode.commands.registerCommand(`crosscheck.claims.groupBy.${g}`, () => setGrouping(g)));
  }
  const setFilter = (only: boolean) => {
    claims.onlyContradictions = only;
    void vscode.commands.executeCommand('setContext', 'crosscheck.claims.onlyContradictions', only);
    claimsView.message = only ? 'Showing only contradicted claims.' : undefined;
    void claims.refresh();
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.claims.showOnlyContradictions', () => setFilter(true)),
    vscode.commands.registerCommand('crosscheck.claims.showAll', () => setFilter(false)),
  );
  void vscode.commands.executeCommand('setContext', 'crosscheck.claims.grouping', 'topic');
}

/**
 * The server's notifications: status to the status bar, a changed index to the views and marks. The promise
 * resolves when the views first refreshed after an index change (the first check is done).
 */
function listenToServer(
  lc: LanguageClient,
  status: StatusBar,
  views: { refresh(): Promise<unknown> }[],
  marks: AnnotationMarks,
): Promise<void> {
  let markReady!: () => void;
  const ready = new Promise<void>(resolve => (markReady = resolve));
  lc.onNotification(StatusNotification, raw => {
    const s = StatusSchema.safeParse(raw);
    if (!s.success) return;
    status.update(s.data);
    void vscode.commands.executeCommand('setContext', 'crosscheck.noReports', s.data.state === 'idle' && s.data.reports === 0);
  });
  // One handler per notification (a second registration would replace the first).
  lc.onNotification(IndexChangedNotification, () => {
    void Promise.all(views.map(v => v.refresh())).finally(markReady);
    void marks.refresh().catch(() => {});
  });
  return ready;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
