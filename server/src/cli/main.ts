import { isMainThread } from 'node:worker_threads';
import { serveAnalyses } from '../workers/analysisPool';
import { runCli } from './cli';

// The same bundle runs in the CLI's analysis workers, where it only analyzes the reports it is sent.
if (isMainThread) main();
else serveAnalyses();

function main(): void {
  // A closed pipe (`crosscheck ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  runCli(process.argv.slice(2)).then(
    code => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`crosscheck: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
