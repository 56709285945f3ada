// How the CLI gets each report's analysis: from the cache (`--cache DIR`) when the text and engine build are
// unchanged since the last run, else on worker threads (every core) for batches, stored back into the cache.
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, engineBuildId } from '../cache/analysisCache';
import { analyzeText, type CorpusInput } from '../engine/index';
import { AnalysisPool } from '../workers/analysisPool';

declare const CROSSCHECK_VERSION: string;

/** Below this many reports to analyze, starting workers costs more than it saves. */
const MIN_FOR_WORKERS = 16;

const bundle = typeof __filename === 'string' && __filename.endsWith('cli.js') ? __filename : null;

export class InputAnalyzer {
  private readonly cache: AnalysisCache | null;
  private pool: AnalysisPool | null = null;

  constructor(dir: string | null, cwd: string) {
    const version = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
    this.cache = dir ? new AnalysisCache(path.resolve(cwd, dir), engineBuildId(bundle ?? undefined, version)) : null;
  }

  private startPool(reports: number): void {
    if (this.pool) return;
    this.pool = new AnalysisPool(reports >= MIN_FOR_WORKERS && os.availableParallelism() > 1 ? bundle : null, undefined, this.cache);
  }

  /**
   * Told how many reports there are before they are read: when the cache cannot hold any of them (there is none, or
   * none for this engine build), the workers start now and load the engine while this thread reads the files.
   */
  expect(reports: number): void {
    if (!this.cache?.mayHoldEntries()) this.startPool(reports);
  }

  async analyze(texts: ReadonlyMap<string, string>): Promise<CorpusInput[]> {
    const cache = this.cache;
    const inputs: CorpusInput[] = [...texts].map(([p, text]) => ({ path: p, text, analysis: cache?.get(p, text) }));
    const todo = inputs.filter(i => !i.analysis);
    this.startPool(todo.length);
    const pool = this.pool!;
    try {
      // The pool stores what it analyzes in the cache (on the workers, off this thread); a failed analysis is redone here.
      await Promise.all(todo.map(async i => {
        i.analysis = await pool.analyze(i.path, i.text, !!cache).catch(() => {
          const a = analyzeText(i.path, i.text);
          cache?.putNow(i.path, i.text, a);
          return a;
        });
      }));
      await pool.flush();
    } finally {
      this.dispose();
    }
    return inputs;
  }

  dispose(): void {
    this.pool?.dispose();
  }
}
