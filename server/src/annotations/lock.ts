// An exclusive lock file for the annotation store, shared by windows and processes on one workspace.
// - The holder refreshes the lock's mtime while it holds it, and writes its pid, host and a token into it.
// - A lock is never broken while its holder is alive: on this host that is asked of the process table; a lock
//   from another host (a shared folder) is judged by its mtime, which a live holder keeps fresh.
// - A holder checks the token before committing, so a lock taken over behind its back is noticed, not trusted.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

export interface LockOptions {
  /** How long to wait on a holder that shows no sign of life before giving up (ms). */
  timeoutMs: number;
  /** A lock not refreshed for this long, whose holder cannot be found alive, is left over from a crash (ms). */
  staleMs: number;
}

/** Thrown when the lock could not be taken in time; the caller keeps the change and tries again later. */
export class LockTimeoutError extends Error {}

interface Holder {
  raw: string;
  mtimeMs: number;
  pid: number | null;
  host: string | null;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export class FileLock {
  constructor(
    readonly file: string,
    private readonly opts: LockOptions,
  ) {}

  /** Waits for the lock; throws LockTimeoutError after `timeoutMs` of waiting on a holder not seen alive. */
  async acquire(): Promise<HeldLock> {
    const token = randomUUID();
    const content = JSON.stringify({ pid: process.pid, host: os.hostname(), token, since: new Date().toISOString() }) + '\n';
    let unexplained = 0;
    let last = Date.now();
    for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
      try {
        fs.writeFileSync(this.file, content, { flag: 'wx' });
        return new HeldLock(this.file, content, this.opts.staleMs / 4);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = readHolder(this.file);
      if (!holder) continue; // released meanwhile
      const verdict = judge(holder, this.opts.staleMs);
      if (verdict === 'gone') {
        removeIf(this.file, holder.raw);
        continue;
      }
      const now = Date.now();
      // Waiting on a live holder that keeps its lock fresh is patience, not a timeout.
      if (verdict === 'unexplained') unexplained += now - last;
      last = now;
      if (unexplained > this.opts.timeoutMs) {
        throw new LockTimeoutError(`${this.file} is held by another writer (${describeHolder(holder)})`);
      }
      await sleep(wait + Math.random() * wait);
    }
  }
}

/** A lock this process holds: refreshed on a timer and on demand, released once. */
export class HeldLock {
  private readonly timer: NodeJS.Timeout;
  private released = false;

  constructor(
    readonly file: string,
    private readonly content: string,
    refreshMs: number,
  ) {
    this.timer = setInterval(() => this.refresh(), Math.max(50, refreshMs));
    this.timer.unref();
  }

  /** True while the lock file is still this holder's. */
  held(): boolean {
    try {
      return fs.readFileSync(this.file, 'utf8') === this.content;
    } catch {
      return false;
    }
  }

  /** Marks the lock alive now; long synchronous steps call it between them. */
  refresh(): void {
    if (this.released || !this.held()) return;
    const now = new Date();
    try {
      fs.utimesSync(this.file, now, now);
    } catch {
      // removed meanwhile; held() will say so before any commit
    }
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    removeIf(this.file, this.content);
  }
}

function readHolder(file: string): Holder | null {
  let raw: string;
  let mtimeMs: number;
  try {
    raw = fs.readFileSync(file, 'utf8');
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
  try {
    const j = JSON.parse(raw) as { pid?: unknown; host?: unknown };
    return { raw, mtimeMs, pid: typeof j.pid === 'number' ? j.pid : null, host: typeof j.host === 'string' ? j.host : null };
  } catch {
    // Another format (earlier versions wrote "pid date" and never refreshed it): judged by its age alone.
    return { raw, mtimeMs, pid: null, host: null };
  }
}

/** alive: a live holder keeping the lock fresh; gone: safe to remove; unexplained: wait, but count the time. */
function judge(h: Holder, staleMs: number): 'alive' | 'gone' | 'unexplained' {
  const fresh = Date.now() - h.mtimeMs <= staleMs;
  if (h.pid !== null && h.host === os.hostname()) {
    if (!processAlive(h.pid)) return 'gone';
    // Alive but not refreshing (paused, stopped in a debugger): never broken, only not waited on forever.
    return fresh ? 'alive' : 'unexplained';
  }
  return fresh ? 'unexplained' : 'gone';
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the lock file only if it still holds `raw` (another writer may have taken it meanwhile). */
function removeIf(file: string, raw: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === raw) fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function describeHolder(h: Holder): string {
  const age = Math.round((Date.now() - h.mtimeMs) / 1000);
  const who = h.pid !== null ? `process ${h.pid}${h.host && h.host !== os.hostname() ? ` on ${h.host}` : ''}` : 'an unknown writer';
  return `${who}, last active ${age} s ago`;
}
