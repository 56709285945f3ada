import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
  connection.listen();
}
