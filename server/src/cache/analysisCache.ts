// A persistent cache of report analyses, so a restart re-analyzes only the reports that changed. Each entry is one
// file named by the hash of the engine build, the report's path and its text: a changed report, or another engine,
// simply misses. Entries are checked before use; a corrupt, truncated or foreign file is ignored (and rewritten),
// never trusted. Writes are atomic (temporary file, then rename) and never block the caller.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomically } from './atomicWrite';
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

  constructor(root: string, private readonly build: string) {
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

  private readonly writing = new Set<Promise<void>>();

  /** Stores an analysis in the background; a failure only costs a re-analysis next time. */
  put(p: string, text: string, analysis: DocumentAnalysis): void {
    const key = this.keyOf(p, text);
    const file = this.fileOf(key);
    const body = JSON.stringify({ format: FORMAT, key, analysis } satisfies Entry);
    const done = writeFileAtomically(file, body);
    this.writing.add(done);
    void done.finally(() => this.writing.delete(done));
  }

  /** Resolves when every background write has landed (the server awaits it on shutdown). */
  async flush(): Promise<void> {
    while (this.writing.size) await Promise.all([...this.writing]);
  }

  /** Synchronous put, for a CLI run that exits right after. */
  putNow(p: string, text: string, analysis: DocumentAnalysis): void {
    const key = this.keyOf(p, text);
    const file = this.fileOf(key);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, key, analysis } satisfies Entry));
      fs.renameSync(tmp, file);
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}
