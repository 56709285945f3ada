// Entry point of the language server (stdio, node-ipc or socket, as the client asks). The same bundle runs in the
// server's analysis workers, where it only analyzes the reports it is sent.
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveAnalyses } from '../workers/analysisPool';
import { FrameRepair } from './frameRepair';
import { startServer } from './server';

if (!isMainThread) {
  serveAnalyses();
} else if (process.argv.includes('--stdio')) {
  // Over stdio, a message with a wrong Content-Length must not leave the server deaf (see frameRepair.ts).
  // Nothing may print to stdout but the protocol: console output goes to stderr.
  console.log = console.info = console.debug = console.error;
  const input = process.stdin.pipe(new FrameRepair(m => process.stderr.write(`crosscheck: ${m}\n`)));
  startServer(createConnection(ProposedFeatures.all, input, process.stdout));
} else {
  startServer();
}
