// The workspace's annotation file, .crosscheck/annotations.jsonld. Users' work must never be lost, so:
// - a file that does not parse is never overwritten (writes are refused until it is fixed);
// - items that fail validation are reported with their line and written back untouched;
// - writes are atomic (temp file in the same folder, fsync, rename) under an exclusive lock file;
// - each write re-reads the file and merges by id (later `modified` wins, tombstones for deletes), so two
//   windows on one workspace keep each other's changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ANNOTATION_CONTEXT,
  ANNOTATION_FILE_VERSION,
  AnnotationFileFrameSchema,
  AnnotationSchema,
  type Annotation,
  type Tombstone,
} from '../../../shared/annotationFile';
import { readFileBytes } from '../reports/read';
import { lineColumn, readJson } from './jsonPositions';

export const STORE_DIR = '.crosscheck';
export const STORE_FILE = 'annotations.jsonld';
const TMP_SUFFIX = '.tmp';
/** A store larger than this is refused rather than read (about a million annotations). */
export const MAX_STORE_BYTES = 512 * 1024 * 1024;
/** Tombstones older than this are dropped: long enough for any open window to have merged them. */
const TOMBSTONE_DAYS = 365;

export interface StoreProblem {
  message: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
}

export interface StoreOptions {
  /** How long a write waits for another writer's lock (ms). */
  lockTimeoutMs?: number;
  /** A lock file older than this was left by a crashed writer and is removed (ms). */
  staleLockMs?: number;
  /** Poll the file for changes made by others, every this many ms (0: do not watch). */
  watchIntervalMs?: number;
  now?: () => Date;
}

/** Thrown by writes the store refuses (broken file, lock not obtained). */
export class AnnotationStoreError extends Error {}

/** What one read of the file holds. */
export interface StoreState {
  items: Map<string, Annotation>;
  tombstones: Map<string, string>;
  /** Items that failed validation, kept verbatim so saving never drops them. */
  invalid: unknown[];
  /** Other top-level properties (a label, another tool's data), kept as they are. */
  extra: Record<string, unknown>;
}

export type ParseResult = { ok: true; state: StoreState; problems: StoreProblem[] } | { ok: false; problem: StoreProblem };

const emptyState = (): StoreState => ({ items: new Map(), tombstones: new Map(), invalid: [], extra: {} });
const time = (s: string) => Date.parse(s) || 0;

/** Reads the file's text: valid items, the invalid ones with their lines, or why the whole file is unreadable. */
export function parseAnnotationFile(text: string, file = STORE_FILE): ParseResult {
  if (!text.trim()) return { ok: true, state: emptyState(), problems: [] };
  const json = readJson(text);
  if (!json.ok) {
    const { line, column } = lineColumn(text, json.offset);
    return { ok: false, problem: { message: `${file}:${line}:${column}: not valid JSON (${json.message}); fix it by hand, Crosscheck will not write to it until then`, line, column } };
  }
  const frame = AnnotationFileFrameSchema.safeParse(json.value);
  if (!frame.success) {
    const issue = frame.error.issues[0];
    const where = issue.path.join('.') || 'top level';
    return { ok: false, problem: { message: `${file}:1:1: not an annotation collection (${where}: ${issue.message}); Crosscheck will not write to it until it is fixed`, line: 1, column: 1 } };
  }
  const state = emptyState();
  const problems: StoreProblem[] = [];
  const { items, '@context': _c, type: _t, version: _v, 'crosscheck:deleted': deleted, ...extra } = frame.data;
  state.extra = extra;
  items.forEach((raw, i) => {
    const r = AnnotationSchema.safeParse(raw);
    if (r.success) {
      const prev = state.items.get(r.data.id);
      if (!prev || time(r.data.modified) >= time(prev.modified)) state.items.set(r.data.id, r.data);
      return;
    }
    state.invalid.push(raw);
    const { line, column } = lineColumn(text, json.itemOffsets[i] ?? 0);
    const issue = r.error.issues[0];
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? ` ${(raw as { id: string }).id}` : '';
    problems.push({ message: `${file}:${line}:${column}: annotation${id} is not valid (${issue.path.join('.') || 'item'}: ${issue.message}); it is kept but not used`, line, column });
  });
  for (const t of deleted ?? []) setTombstone(state.tombstones, t.id, t.deleted);
  return { ok: true, state, problems };
}

function setTombstone(map: Map<string, string>, id: string, deleted: string): void {
  const prev = map.get(id);
  if (!prev || time(deleted) > time(prev)) map.set(id, deleted);
}

/**
 * Merges two reads of the store: by id the later `modified` wins (ties keep `mine`), a tombstone removes
 * items not modified after it. Invalid items and extra properties come from `theirs` (the file on disk).
 */
export function mergeStates(mine: StoreState, theirs: StoreState, now = new Date()): StoreState {
  const items = new Map(theirs.items);
  for (const [id, a] of mine.items) {
    const b = items.get(id);
    if (!b || time(a.modified) >= time(b.modified)) items.set(id, a);
  }
  const tombstones = new Map(theirs.tombstones);
  for (const [id, d] of mine.tombstones) setTombstone(tombstones, id, d);
  const horizon = now.getTime() - TOMBSTONE_DAYS * 86_400_000;
  for (const [id, d] of tombstones) {
    const a = items.get(id);
    if (a && time(a.modified) <= time(d)) items.delete(id);
    if (time(d) < horizon) tombstones.delete(id);
  }
  return { items, tombstones, invalid: theirs.invalid, extra: theirs.extra };
}

export function serializeState(s: StoreState): string {
  const items = [...s.items.values()].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  const deleted: Tombstone[] = [...s.tombstones].map(([id, d]) => ({ id, deleted: d })).sort((a, b) => a.id.localeCompare(b.id));
  const file = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    version: ANNOTATION_FILE_VERSION,
    ...s.extra,
    items: [...items, ...s.invalid],
    ...(deleted.length ? { 'crosscheck:deleted': deleted } : {}),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export class AnnotationStore {
  readonly dir: string;
  readonly file: string;
  private readonly lockFile: string;
  private state: StoreState = emptyState();
  private loadProblems: StoreProblem[] = [];
  /** Set when the file on disk does not parse: every write is refused with this problem. */
  private broken: StoreProblem | null = null;
  /** The file's text as this store last read or wrote it, to tell others' changes from ours. */
  private lastText: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private watching = false;
  private readonly opts: Required<StoreOptions>;

  constructor(workspaceRoot: string, options: StoreOptions = {}) {
    this.dir = path.join(workspaceRoot, STORE_DIR);
    this.file = path.join(this.dir, STORE_FILE);
    this.lockFile = this.file + '.lock';
    this.opts = { lockTimeoutMs: 5000, staleLockMs: 10_000, watchIntervalMs: 0, now: () => new Date(), ...options };
    this.load();
    if (this.opts.watchIntervalMs > 0) {
      fs.watchFile(this.file, { interval: this.opts.watchIntervalMs, persistent: false }, this.onFileStat);
      this.watching = true;
    }
  }

  /** Valid annotations, in file order. */
  get items(): Annotation[] {
    return [...this.state.items.values()];
  }

  get(id: string): Annotation | undefined {
    return this.state.items.get(id);
  }

  /** Problems with the file (unreadable, invalid items), each naming its line. */
  problems(): StoreProblem[] {
    return this.broken ? [this.broken, ...this.loadProblems] : [...this.loadProblems];
  }

  /** False while the file on disk does not parse. */
  get writable(): boolean {
    return !this.broken;
  }

  /** (Re)reads the file, merging it into what this store holds. Returns the problems. */
  load(): StoreProblem[] {
    const text = this.readText();
    this.applyDisk(text);
    return this.problems();
  }

  /** Calls `listener` when another process (or window) changed the file and the store re-read it. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Adds or replaces an annotation (stamping `modified`), and writes the file. */
  put(a: Annotation): Promise<Annotation> {
    const stamped = { ...a, modified: this.opts.now().toISOString() };
    return this.write(s => {
      s.items.set(stamped.id, stamped);
      return stamped;
    });
  }

  /** Adds several annotations in one write. */
  putAll(list: readonly Annotation[]): Promise<Annotation[]> {
    const now = this.opts.now().toISOString();
    const stamped = list.map(a => ({ ...a, modified: now }));
    return this.write(s => {
      for (const a of stamped) s.items.set(a.id, a);
      return stamped;
    });
  }

  /** Deletes an annotation (a tombstone tells other windows), and writes the file. */
  remove(id: string): Promise<boolean> {
    const now = this.opts.now().toISOString();
    return this.write(s => {
      const had = s.items.delete(id);
      s.tombstones.set(id, now);
      return had;
    });
  }

  /** Writes the current state (merged with the file on disk) even without a change. */
  save(): Promise<void> {
    return this.write(() => undefined);
  }

  dispose(): void {
    if (this.watching) fs.unwatchFile(this.file, this.onFileStat);
    this.watching = false;
    this.listeners.clear();
  }

  private readonly onFileStat = (cur: fs.Stats, prev: fs.Stats) => {
    if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size) return;
    const text = this.readText();
    if (text === this.lastText) return;
    this.applyDisk(text);
    for (const l of this.listeners) l();
  };

  /** The file's text, null when there is none; anything but a regular file in the workspace marks it broken. */
  private readText(): string | null | { problem: string } {
    const r = readFileBytes(this.file, { maxBytes: MAX_STORE_BYTES, root: path.dirname(this.dir) });
    if (r.ok) return r.bytes.toString('utf8');
    return r.missing ? null : { problem: r.reason };
  }

  /** Merges the file's text into the state; a broken file marks the store read-only and keeps what it had. */
  private applyDisk(text: string | null | { problem: string }): void {
    if (text !== null && typeof text === 'object') {
      this.lastText = null;
      this.broken = { message: `${this.file}: ${text.problem}; Crosscheck will not read or write it until it is a regular file`, line: 1, column: 1 };
      this.loadProblems = [];
      return;
    }
    this.lastText = text;
    const parsed = text === null ? ({ ok: true, state: emptyState(), problems: [] } as ParseResult) : parseAnnotationFile(text, this.file);
    if (!parsed.ok) {
      this.broken = parsed.problem;
      this.loadProblems = [];
      return;
    }
    this.broken = null;
    this.loadProblems = parsed.problems;
    this.state = mergeStates(this.state, parsed.state, this.opts.now());
  }

  /** Runs one change under the lock: re-read, merge, change, write atomically. Writes run one at a time. */
  private write<T>(change: (s: StoreState) => T): Promise<T> {
    const run = this.queue.then(async () => {
      await this.lock();
      try {
        this.cleanTemps();
        this.applyDisk(this.readText());
        if (this.broken) throw new AnnotationStoreError(this.broken.message);
        const result = change(this.state);
        const text = serializeState(this.state);
        if (text !== this.lastText) this.writeAtomically(text);
        this.lastText = text;
        return result;
      } finally {
        this.unlock();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async lock(): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    const deadline = Date.now() + this.opts.lockTimeoutMs;
    for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
      try {
        const fd = fs.openSync(this.lockFile, 'wx');
        fs.writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
        fs.closeSync(fd);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      try {
        // A writer that crashed leaves its lock behind; past the stale age it is not coming back.
        if (Date.now() - fs.statSync(this.lockFile).mtimeMs > this.opts.staleLockMs) {
          fs.unlinkSync(this.lockFile);
          continue;
        }
      } catch {
        continue; // released meanwhile
      }
      if (Date.now() > deadline) {
        throw new AnnotationStoreError(`${this.lockFile} is held by another writer; try again (delete it if no Crosscheck is running)`);
      }
      await sleep(wait + Math.random() * wait);
    }
  }

  private unlock(): void {
    try {
      fs.unlinkSync(this.lockFile);
    } catch {
      // already removed as stale by another writer
    }
  }

  /** Temp files exist only while a writer holds the lock; under the lock, any left are from a crash. */
  private cleanTemps(): void {
    for (const name of fs.readdirSync(this.dir)) {
      if (name.startsWith(STORE_FILE + '.') && name.endsWith(TMP_SUFFIX)) {
        try {
          fs.unlinkSync(path.join(this.dir, name));
        } catch {
          // gone already
        }
      }
    }
  }

  private writeAtomically(text: string): void {
    const tmp = `${this.file}.${process.pid}.${Date.now().toString(36)}${TMP_SUFFIX}`;
    const fd = fs.openSync(tmp, 'wx');
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    try {
      // Make the rename itself durable; not possible on every platform.
      const dfd = fs.openSync(this.dir, 'r');
      fs.fsyncSync(dfd);
      fs.closeSync(dfd);
    } catch {
      // best effort
    }
  }
}
