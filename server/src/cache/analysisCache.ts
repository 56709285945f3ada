// A persistent cache of report analyses, so a restart re-analyzes only the reports that changed. Each entry is one
// file named by the hash of the engine build, the report's path and its text: a changed report, or another engine,
// simply misses. Entries are checked before use; a corrupt, truncated or foreign file is ignored (and rewritten),
// never trusted. Writes are atomic (temporary file, then rename); the server's are made on its analysis workers.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { DocumentAnalysis } from '../engine/index';

const FORMAT = 'crosscheck-analysis-cache/1';
/** No analysis of a report the readers accept (20 MB) comes near this. */
const MAX_ENTRY_BYTES = 256 << 20;

interface Entry {
  format: string;
  key: string;
  analysis: DocumentAnalysis;
}

/** Identifies the engine build: the hash of the running bundle, so any code change invalidates every entry. */
export function engineBuildId(bundle: string | undefined, version: string): string {
  const h = createHash('sha256').update(version);
  try {
    if (bundle) h.update(fs.readFileSync(bundle));
  } catch {
    // Unreadable bundle: the version alone names the build.
  }
  return h.digest('hex').slice(0, 16);
}

/** The user's cache folder for clients that give no storage path: $XDG_CACHE_HOME/crosscheck or ~/.cache/crosscheck. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'crosscheck');
}

/** True when `dir` is `folder` or inside it: the cache never goes into the reports' folder. */
export function isInside(dir: string, folder: string): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function looksLikeAnalysis(a: unknown, p: string): a is DocumentAnalysis {
  const d = a as DocumentAnalysis;
  return !!d && typeof d === 'object' && d.path === p
    && [d.entities, d.quantities, d.dates, d.attributions, d.claims, d.warnings].every(Array.isArray);
}

export class AnalysisCache {
  private readonly dir: string;
  /** Entry folders known to exist, so a run of writes makes each one once. */
  private readonly made = new Set<string>();

  /** `root` holds one folder per engine `build` (a pool's workers open the same cache from these two). */
  constructor(readonly root: string, readonly build: string) {
    this.dir = path.join(root, build);
  }

  private keyOf(p: string, text: string): string {
    return createHash('sha256').update(this.build).update('\0').update(p).update('\0').update(text).digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The folder of this engine build's entries (other caches of the same build live beside them). */
  get folder(): string {
    return this.dir;
  }

  /** False when no entry of this engine build can exist (its folder is missing): every report is to be analyzed. */
  mayHoldEntries(): boolean {
    return fs.existsSync(this.dir);
  }

  /** The cached analysis of this very text at this path, or undefined. */
  get(p: string, text: string): DocumentAnalysis | undefined {
    const key = this.keyOf(p, text);
    const file = this.fileOf(key);
    try {
      const st = fs.lstatSync(file);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) return undefined;
      const e = JSON.parse(fs.readFileSync(file, 'utf8')) as Entry;
      return e && e.format === FORMAT && e.key === key && looksLikeAnalysis(e.analysis, p) ? e.analysis : undefined;
    } catch {
      return undefined;
    }
  }

  /** Synchronous put: for a CLI run that exits right after, and for analyses made on the main thread. */
  putNow(p: string, text: string, analysis: DocumentAnalysis): void {
    this.putJson(p, text, JSON.stringify(analysis));
  }

  /**
   * putNow() of an analysis already in JSON (the analysis workers send theirs so): the entry is written around it,
   * as JSON.stringify would write the entry object, without parsing and writing it again.
   */
  putJson(p: string, text: string, analysisJson: string): void {
    const key = this.keyOf(p, text);
    const file = this.fileOf(key);
    // Workers of one process may store the same entry at once: each writes its own temporary file.
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    const dir = path.dirname(file);
    try {
      if (!this.made.has(dir)) fs.mkdirSync(dir, { recursive: true });
      this.made.add(dir);
      fs.writeFileSync(tmp, `{"format":${JSON.stringify(FORMAT)},"key":${JSON.stringify(key)},"analysis":${analysisJson}}`);
      fs.renameSync(tmp, file);
    } catch {
      // The folder may have gone meanwhile (a cache cleared by hand): made again next time.
      this.made.delete(dir);
      fs.rmSync(tmp, { force: true });
    }
  }
}
