// The Crosscheck language server: adapts the engine's analyses to standard LSP features, plus a few typed
// custom requests for the VS Code views. Works with any LSP client over stdio.
// This is the composition root: it makes the session and the parts that share it, and registers each concern's
// handlers (see handlers/).
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { AnalysisWorkers } from './analysisWorkers';
import { CheckScheduler } from './checkScheduler';
import { registerAnnotations } from './handlers/annotations';
import { registerConfiguration } from './handlers/configuration';
import { registerPulledDiagnostics } from './handlers/diagnostics';
import { registerCustomRequests } from './handlers/customRequests';
import { registerDocumentSync } from './handlers/documentSync';
import { registerLensesAndActions } from './handlers/lensesAndActions';
import { registerLifecycle } from './handlers/lifecycle';
import { registerNavigation } from './handlers/navigation';
import { registerWorkspaceFiles } from './handlers/workspaceFiles';
import { Indexing } from './indexing';
import { OpenReports } from './openReports';
import type { ServerParts } from './parts';
import { RestoredDiagnostics } from './restoredDiagnostics';
import { Session } from './session';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const session = new Session(connection);
  const workers = new AnalysisWorkers(session);
  const open = new OpenReports(session, workers);
  const checks = new CheckScheduler(session, open, workers);
  const restored = new RestoredDiagnostics(session);
  const indexing = new Indexing(session, workers, open, checks);
  const parts: ServerParts = { session, workers, open, checks, restored, indexing };

  registerLifecycle(parts);
  registerConfiguration(parts);
  registerDocumentSync(parts);
  registerWorkspaceFiles(parts);
  registerNavigation(parts);
  registerLensesAndActions(parts);
  registerPulledDiagnostics(session);
  registerCustomRequests(parts);
  registerAnnotations(parts);

  session.documents.listen(connection);
  connection.listen();
}
