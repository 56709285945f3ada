// What each report file looked like when it was last read: its size and modification time, and the hash of its text.
// A warm start stats the reports instead of reading and hashing them: a file whose size and time are as recorded
// has the recorded text hash, so the saved diagnostics of those very texts can be published before anything is
// read. One file per engine build beside the analysis cache; a corrupt or foreign file is ignored (and rewritten).
//
// Times are only trusted well after the fact (as git's index does with "racily clean" entries): a file modified
// again within the file system's time resolution of the recorded change would keep its time. An entry whose
// modification time is within RACY_MS of when it was read is checked again (read and hashed) before it is saved.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from './atomicWrite';

const FORMAT = 'crosscheck-stat-index/1';
const FILE = 'stats.json';
/** Coarser than any file system's time resolution in use (FAT's is 2 s). */
const RACY_MS = 2500;

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface Entry extends FileStamp {
  hash: string;
  /** When the file was read (ms since the epoch); 0 once checked again after RACY_MS. */
  readAt: number;
}

interface Body {
  format: string;
  entries: [string, number, number, string][];
}

/** The hash the stat index, the analysis cache and the saved diagnostics name a text by. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The size and modification time of a regular file, or undefined. */
export function stampOf(file: string): FileStamp | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function parse(raw: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const b = JSON.parse(raw) as Body;
  if (!b || b.format !== FORMAT || !Array.isArray(b.entries)) return out;
  for (const e of b.entries) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !Number.isFinite(e[1]) || !Number.isFinite(e[2]) || typeof e[3] !== 'string') {
      return new Map();
    }
    out.set(e[0], { size: e[1], mtimeMs: e[2], hash: e[3], readAt: 0 });
  }
  return out;
}

export class StatIndex {
  private readonly file: string;
  private readonly entries: Map<string, Entry>;
  private writing: Promise<void> = Promise.resolve();

  /** Loads the index kept in `folder`; a missing, corrupt or foreign file gives an empty one. */
  constructor(folder: string) {
    this.file = path.join(folder, FILE);
    let entries = new Map<string, Entry>();
    try {
      if (fs.lstatSync(this.file).isFile()) entries = parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      entries = new Map();
    }
    this.entries = entries;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The recorded text hash of `key` when its file still has the recorded size and modification time. */
  hashOf(key: string, stamp: FileStamp | undefined): string | undefined {
    const e = this.entries.get(key);
    return e && stamp && e.size === stamp.size && e.mtimeMs === stamp.mtimeMs ? e.hash : undefined;
  }

  /** Records what `key`'s file was (its stamp taken before it was read) and the hash of the text read. */
  record(key: string, stamp: FileStamp, hash: string): void {
    this.entries.set(key, { ...stamp, hash, readAt: Date.now() });
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Keeps only the given keys (reports no longer found are dropped). */
  retain(keys: ReadonlySet<string>): void {
    for (const k of [...this.entries.keys()]) if (!keys.has(k)) this.entries.delete(k);
  }

  /**
   * Entries read within RACY_MS of their file's modification are read again, once that is long enough ago: kept if
   * the file is unchanged, dropped otherwise (and whenever it is still too recent to tell).
   */
  private settle(read: (key: string) => string | undefined, fileOf: (key: string) => string | undefined): void {
    const now = Date.now();
    for (const [key, e] of this.entries) {
      if (!e.readAt || e.readAt - e.mtimeMs > RACY_MS) continue;
      const file = fileOf(key);
      const stamp = file && stampOf(file);
      const text = stamp && now - stamp.mtimeMs > RACY_MS && stamp.size === e.size && stamp.mtimeMs === e.mtimeMs ? read(key) : undefined;
      if (text !== undefined && textHash(text) === e.hash) e.readAt = 0;
      else this.entries.delete(key);
    }
  }

  /**
   * Saves the index in the background (atomically: a temporary file, then rename); a failure costs reads next time.
   * `read` gives a key's text from disk and `fileOf` its file, to settle entries read right after a change.
   */
  save(read: (key: string) => string | undefined, fileOf: (key: string) => string | undefined): void {
    this.settle(read, fileOf);
    const body = JSON.stringify({
      format: FORMAT,
      entries: [...this.entries].map(([k, e]) => [k, e.size, e.mtimeMs, e.hash] as [string, number, number, string]),
    } satisfies Body);
    this.writing = this.writing.then(() => writeFileAtomically(this.file, body));
  }

  /** Resolves when the last save has landed. */
  flush(): Promise<void> {
    return this.writing;
  }
}
