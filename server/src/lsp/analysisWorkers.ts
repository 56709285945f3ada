// The server's analysis workers, started late and once.
import type { DocumentAnalysis } from '../engine/index';
import { AnalysisPool } from '../workers/analysisPool';
import type { Session } from './session';

export class AnalysisWorkers {
  // Workers run this very bundle; from sources (tests that import the module) analysis stays on this thread. They
  // start once the client is answered: each loads the bundle and the model, which would otherwise compete with the
  // server's own startup for the cores and delay its answer to `initialize`.
  // A warm start whose reports all come from the cache needs none: they start at the first report to analyze.
  private pool = new AnalysisPool(null);
  private started = false;

  constructor(private readonly session: Session) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    this.pool = new AnalysisPool(typeof __filename === 'string' && __filename.endsWith('server.js') ? __filename : null, undefined, this.session.cache);
  }

  /** Analyzes a text on a worker (starting them if need be); undefined when the analysis failed. */
  analyze(uri: string, text: string, keep = false): Promise<DocumentAnalysis | undefined> {
    this.start();
    return this.pool.analyze(uri, text, keep).catch(() => undefined);
  }

  /** Analyzes a report read from disk on a worker, which keeps the result in the cache for the next start. */
  analyzeAndKeep(uri: string, text: string): Promise<DocumentAnalysis | undefined> {
    return this.analyze(uri, text, !!this.session.cache);
  }

  /** Lets the workers write the analyses made for the cache. */
  flush(): Promise<void> {
    return this.pool.flush();
  }

  dispose(): void {
    this.pool.dispose();
  }
}
