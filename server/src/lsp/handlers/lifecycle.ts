// The server's life: initialize (what the client can do, what the server offers), initialized (settings, the
// annotation store, the first indexing and check, or a warm start's restored diagnostics) and shutdown.
import {
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { DiagnosticsCache } from '../../cache/diagnosticsCache';
import { StatIndex } from '../../cache/statIndex';
import { openCache, serverVersion } from '../cacheLocation';
import { DiagnosticsDelivery } from '../diagnosticsDelivery';
import { DISMISS_COMMAND, OPEN_BESIDE_COMMAND } from '../features/codeActions';
import { hoverStyle } from '../features/hover';
import { LEGEND } from '../features/semanticTokens';
import type { ServerParts } from '../parts';
import type { Session } from '../session';
import { initStore } from './annotations';
import { loadSettings } from './configuration';
import { watchFiles, watchWorkspaceFolders } from './workspaceFiles';

export function registerLifecycle(parts: ServerParts): void {
  const { connection } = parts.session;
  connection.onInitialize(params => initialize(parts.session, params));
  connection.onInitialized(() => initialized(parts));
  // Analyses still being written to the cache land before the client is told the server may exit.
  connection.onShutdown(async () => {
    parts.restored.save();
    await parts.session.published?.flush();
    await parts.session.stats?.flush();
    await parts.workers.flush();
    parts.workers.dispose();
  });
}

/** Takes the folders and what the client can do, opens the caches and says what the server offers. */
function initialize(s: Session, params: InitializeParams): InitializeResult {
  const caps = params.capabilities;
  s.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  s.caps = {
    configure: !!caps.workspace?.configuration,
    hoverStyle: hoverStyle(caps),
    showDocument: !!caps.window?.showDocument?.support,
    refreshLenses: !!caps.workspace?.codeLens?.refreshSupport,
    refreshTokens: !!caps.workspace?.semanticTokens?.refreshSupport,
    watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
  };
  s.cache = openCache(params.initializationOptions, s.folders);
  s.published = s.cache && new DiagnosticsCache(s.cache.folder);
  s.stats = s.cache && new StatIndex(s.cache.folder);
  const pull = !!caps.textDocument?.diagnostic;
  s.delivery = new DiagnosticsDelivery(s.connection, pull, !!caps.workspace?.diagnostics?.refreshSupport);
  return { capabilities: serverCapabilities(pull), serverInfo: { name: 'crosscheck', version: serverVersion() } };
}

function serverCapabilities(pull: boolean): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentSymbolProvider: { label: 'Crosscheck' },
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    executeCommandProvider: { commands: [DISMISS_COMMAND, OPEN_BESIDE_COMMAND, 'crosscheck.restoreDismissed'] },
    semanticTokensProvider: { legend: LEGEND, full: true, range: false },
    ...(pull ? { diagnosticProvider: { identifier: 'crosscheck', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    workspace: {
      workspaceFolders: { supported: true, changeNotifications: true },
      // Renamed or moved reports (and folders of them) keep their annotations.
      fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
    },
  };
}

/** Registers for changes, then indexes the workspace and runs the first check. */
async function initialized(parts: ServerParts): Promise<void> {
  const s = parts.session;
  if (!s.cache?.mayHoldEntries()) parts.workers.start();
  if (s.caps.configure) void s.connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' });
  watchFiles(s);
  watchWorkspaceFolders(parts);
  await loadSettings(s);
  initStore(parts);
  await firstCheck(parts);
}

/** The first indexing and check, behind the last session's diagnostics when its inputs are unchanged. */
async function firstCheck({ session: s, restored, indexing, checks }: ServerParts): Promise<void> {
  // Unchanged since the last session (by the files' sizes and times): its diagnostics before anything is read.
  const found = indexing.listReports();
  const early = restored.publish(restored.statHashes(found) ?? []);
  // The connection writes one message per turn of the event loop: they go out before the reports are read.
  if (early) await early;
  await indexing.indexWorkspace(found, !!early);
  s.ready = true;
  // Unchanged since the last session (by the texts): its diagnostics now, the check behind them (it gives way to
  // requests and starts no worker: every analysis comes from the cache).
  if (early || restored.publish(restored.indexedHashes())) void checks.run();
  else if (await checks.run()) restored.save();
}
