// Entry point of the language server (stdio, node-ipc or socket, as the client asks).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { FrameRepair } from './frameRepair';
import { startServer } from './server';

if (process.argv.includes('--stdio')) {
  // Over stdio, a message with a wrong Content-Length must not leave the server deaf (see frameRepair.ts).
  // Nothing may print to stdout but the protocol: console output goes to stderr.
  console.log = console.info = console.debug = console.error;
  const input = process.stdin.pipe(new FrameRepair(m => process.stderr.write(`crosscheck: ${m}\n`)));
  startServer(createConnection(ProposedFeatures.all, input, process.stdout));
} else {
  startServer();
}
