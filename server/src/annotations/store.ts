// The workspace's annotation file, .crosscheck/annotations.jsonld. Users' work must never be lost, so:
// - a file that does not parse is never overwritten (writes are refused until it is fixed);
// - items that fail validation are reported with their line and written back untouched;
// - writes are atomic (temp file in the same folder, fsync, rename) under an exclusive lock file (lock.ts)
//   that is never broken under a live writer; a write refused for the lock is kept and retried;
// - each write re-reads the file and merges by id (later `modified` wins, tombstones for deletes), so two
//   windows on one workspace keep each other's changes;
// - only a regular file inside the workspace is read (a link to /dev/zero is refused, not read forever).
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
import { DAY_MS } from '../engine/dates/calendar';
import { lineLocator, parseJson } from './jsonPositions';
import { FileLock, LockTimeoutError, type HeldLock } from './lock';
import { watchFile, type Watch } from './watch';

export const STORE_DIR = '.crosscheck';
export const STORE_FILE = 'annotations.jsonld';
const TMP_SUFFIX = '.tmp';
/** A store larger than this is refused rather than read (about a million annotations). */
export const MAX_STORE_BYTES = 512 * 1024 * 1024;
/** First wait before a write refused for the lock is tried again (ms); doubles up to a minute. */
const RETRY_MS = 1000;
/** Tombstones older than this are dropped: long enough for any open window to have merged them. */
const TOMBSTONE_DAYS = 365;

export interface StoreProblem {
  message: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
}

export interface StoreOptions {
  /** How long a write waits on a lock whose holder shows no sign of life (ms); a live holder is waited for. */
  lockTimeoutMs?: number;
  /** A lock not refreshed for this long, whose holder is not alive, was left by a crashed writer (ms). */
  staleLockMs?: number;
  /** Watch the file for changes made by others (0: do not watch); polls at this interval only where the
   *  file system gives no change events. */
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
  const json = parseJson(text);
  if (!json.ok) {
    const { line, column } = lineLocator(text)(json.offset);
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
  const { items, 'crosscheck:deleted': deleted } = frame.data;
  // Other properties are kept as written, taken from the raw value: a "__proto__" key is data there, while the
  // schema's copy assigns it and so loses it.
  const { '@context': _c, type: _t, version: _v, items: _i, 'crosscheck:deleted': _d, ...extra } = json.value as Record<string, unknown>;
  state.extra = extra;
  let locate: ReturnType<typeof lineLocator> | undefined;
  items.forEach((raw, i) => {
    const r = AnnotationSchema.safeParse(raw);
    if (r.success) {
      keepProtoKey(raw, r.data);
      const prev = state.items.get(r.data.id);
      if (!prev || time(r.data.modified) >= time(prev.modified)) state.items.set(r.data.id, r.data);
      return;
    }
    state.invalid.push(raw);
    const { line, column } = (locate ??= lineLocator(text))(json.itemOffsets()[i] ?? 0);
    const issue = r.error.issues[0];
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? ` ${(raw as { id: string }).id}` : '';
    problems.push({ message: `${file}:${line}:${column}: annotation${id} is not valid (${issue.path.join('.') || 'item'}: ${issue.message}); it is kept but not used`, line, column });
  });
  for (const t of deleted ?? []) setTombstone(state.tombstones, t.id, t.deleted);
  return { ok: true, state, problems };
}

/** An item's own "__proto__" property, which the schema's copy drops, is put back as plain data. */
function keepProtoKey(raw: unknown, parsed: object): void {
  if (raw && typeof raw === 'object' && Object.prototype.hasOwnProperty.call(raw, '__proto__')) {
    const value = Object.getOwnPropertyDescriptor(raw, '__proto__')!.value as unknown;
    Object.defineProperty(parsed, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  }
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
  const horizon = now.getTime() - TOMBSTONE_DAYS * DAY_MS;
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

/** What identifies one version of the file on disk, cheaply (no read). */
function diskSignature(file: string): string {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` : 'none';
}

export class AnnotationStore {
  readonly dir: string;
  readonly file: string;
  private readonly root: string;
  private readonly lock: FileLock;
  private state: StoreState = emptyState();
  private loadProblems: StoreProblem[] = [];
  /** Set when the file on disk cannot be used: every write is refused with this problem. */
  private broken: StoreProblem | null = null;
  /** The file's text as this store last read or wrote it, to tell others' changes from ours. */
  private lastText: string | null = null;
  /** The signature of the file version `lastText` came from. */
  private diskSig: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private watch: Watch | null = null;
  private retry: NodeJS.Timeout | null = null;
  private retryDelay = RETRY_MS;
  private readonly opts: Required<StoreOptions>;

  constructor(workspaceRoot: string, options: StoreOptions = {}) {
    this.root = workspaceRoot;
    this.dir = path.join(workspaceRoot, STORE_DIR);
    this.file = path.join(this.dir, STORE_FILE);
    this.opts = { lockTimeoutMs: 30_000, staleLockMs: 10_000, watchIntervalMs: 0, now: () => new Date(), ...options };
    this.lock = new FileLock(this.file + '.lock', { timeoutMs: this.opts.lockTimeoutMs, staleMs: this.opts.staleLockMs });
    this.load();
    if (this.opts.watchIntervalMs > 0) this.watch = watchFile(this.file, () => this.reload(), this.opts.watchIntervalMs);
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

  /** False while the file on disk cannot be used. */
  get writable(): boolean {
    return !this.broken;
  }

  /** True while a change refused for the lock waits to be written. */
  get unsaved(): boolean {
    return this.retry !== null;
  }

  /** (Re)reads the file, merging it into what this store holds. Returns the problems. */
  load(): StoreProblem[] {
    this.diskSig = diskSignature(this.file);
    this.applyDisk(this.readText());
    return this.problems();
  }

  /** Re-reads the file if it changed on disk (a cheap stat when it did not); tells the listeners. */
  reload(): boolean {
    const sig = diskSignature(this.file);
    if (sig === this.diskSig) return false;
    this.diskSig = sig;
    const text = this.readText();
    if (text === this.lastText) return false;
    this.applyDisk(text);
    for (const l of this.listeners) l();
    return true;
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
    this.watch?.dispose();
    this.watch = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.listeners.clear();
  }

  /** The file's text, null when there is none; anything but a regular file in the workspace marks it broken. */
  private readText(): string | null | { problem: string } {
    const r = readFileBytes(this.file, { maxBytes: MAX_STORE_BYTES, root: this.root });
    if (r.ok) return r.bytes.toString('utf8');
    return r.missing ? null : { problem: r.reason };
  }

  /** Merges the file's text into the state; an unusable file marks the store read-only and keeps what it had. */
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
    const run = this.queue.then(() => this.writeLocked(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeLocked<T>(change: (s: StoreState) => T): Promise<T> {
    let applied: { result: T } | null = null;
    for (;;) {
      let lock: HeldLock;
      try {
        fs.mkdirSync(this.dir, { recursive: true });
        lock = await this.lock.acquire();
      } catch (e) {
        if (!(e instanceof LockTimeoutError)) throw e;
        if (this.broken) throw new AnnotationStoreError(this.broken.message);
        // Refused for now, not lost: the change is kept here (merged into every later read) and written later.
        if (!applied) applied = { result: change(this.state) };
        this.scheduleRetry();
        throw new AnnotationStoreError(`${e.message}; your change is kept and will be saved when the lock is free`);
      }
      try {
        this.cleanTemps();
        this.refreshUnderLock();
        if (this.broken) throw new AnnotationStoreError(this.broken.message);
        if (!applied) applied = { result: change(this.state) };
        lock.refresh();
        // Not committed when the lock was taken over meanwhile: take it again and merge again.
        if (this.commit(lock)) {
          this.clearRetry();
          return applied.result;
        }
      } finally {
        lock.release();
      }
    }
  }

  /** Under the lock, re-reads the file unless it is the version this store last saw. */
  private refreshUnderLock(): void {
    const sig = diskSignature(this.file);
    if (sig === this.diskSig && !this.broken) return;
    this.diskSig = sig;
    this.applyDisk(this.readText());
  }

  /** Writes the merged state; false (nothing written) when the lock or the file changed hands meanwhile. */
  private commit(lock: HeldLock): boolean {
    const text = serializeState(this.state);
    if (text === this.lastText) return lock.held();
    const target = this.writeTarget();
    const tmp = `${target}.${process.pid}.${Date.now().toString(36)}${TMP_SUFFIX}`;
    writeDurably(tmp, text);
    lock.refresh();
    if (!lock.held() || diskSignature(this.file) !== this.diskSig) {
      fs.rmSync(tmp, { force: true });
      return false;
    }
    fs.renameSync(tmp, target);
    syncDir(path.dirname(target));
    this.lastText = text;
    this.diskSig = diskSignature(this.file);
    return true;
  }

  /** The file itself, or the file a link inside the workspace points to (replacing the link would break it). */
  private writeTarget(): string {
    try {
      return fs.lstatSync(this.file).isSymbolicLink() ? fs.realpathSync(this.file) : this.file;
    } catch {
      return this.file;
    }
  }

  private scheduleRetry(): void {
    if (this.retry) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 60_000);
    this.retry = setTimeout(() => {
      this.retry = null;
      this.save().catch(() => undefined); // a refusal schedules the next try
    }, delay);
    this.retry.unref();
  }

  private clearRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.retryDelay = RETRY_MS;
  }

  /** Temp files exist only while a writer holds the lock; under the lock, any left are from a crash. */
  private cleanTemps(): void {
    for (const name of fs.readdirSync(this.dir)) {
      if (name.startsWith(STORE_FILE + '.') && name.endsWith(TMP_SUFFIX)) {
        fs.rmSync(path.join(this.dir, name), { force: true });
      }
    }
  }
}

function writeDurably(file: string, text: string): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; not possible on every platform. */
function syncDir(dir: string): void {
  try {
    const dfd = fs.openSync(dir, 'r');
    fs.fsyncSync(dfd);
    fs.closeSync(dfd);
  } catch {
    // best effort
  }
}
