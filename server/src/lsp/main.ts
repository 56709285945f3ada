// Entry point of the language server (stdio, node-ipc or socket, as the client asks). The same bundle runs in the
// server's analysis workers, where it only analyzes the reports it is sent.
import { isMainThread } from 'node:worker_threads';
import { serveAnalyses } from '../workers/analysisPool';
import { startServer } from './server';

if (isMainThread) startServer();
else serveAnalyses();
