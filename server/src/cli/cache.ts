// `--cache DIR`: reports whose text (and engine build) are unchanged since the last run take their analysis from DIR;
// the others are analyzed now and stored there for the next run.
import * as path from 'node:path';
import { AnalysisCache, engineBuildId } from '../cache/analysisCache';
import { analyzeText, type CorpusInput } from '../engine/index';

declare const CROSSCHECK_VERSION: string;

export function withCachedAnalyses(texts: ReadonlyMap<string, string>, dir: string | null, cwd: string): CorpusInput[] {
  if (!dir) return [...texts].map(([p, text]) => ({ path: p, text }));
  const version = typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev';
  const cache = new AnalysisCache(path.resolve(cwd, dir), engineBuildId(typeof __filename === 'string' ? __filename : undefined, version));
  return [...texts].map(([p, text]) => {
    let analysis = cache.get(p, text);
    if (!analysis) cache.putNow(p, text, (analysis = analyzeText(p, text)));
    return { path: p, text, analysis };
  });
}
