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

export async function analyzeInputs(texts: ReadonlyMap<string, string>, dir: string | null, cwd: string): Promise<CorpusInput[]> {
  const version = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
  const cache = dir ? new AnalysisCache(path.resolve(cwd, dir), engineBuildId(bundle ?? undefined, version)) : null;
  const inputs: CorpusInput[] = [...texts].map(([p, text]) => ({ path: p, text, analysis: cache?.get(p, text) }));
  const todo = inputs.filter(i => !i.analysis);
  const pool = new AnalysisPool(todo.length >= MIN_FOR_WORKERS && os.availableParallelism() > 1 ? bundle : null);
  try {
    await Promise.all(todo.map(async i => {
      i.analysis = await pool.analyze(i.path, i.text).catch(() => analyzeText(i.path, i.text));
      cache?.putNow(i.path, i.text, i.analysis);
    }));
  } finally {
    pool.dispose();
  }
  return inputs;
}
