// Report analysis on worker threads, so indexing and CLI batches use every core and a big report never blocks
// hovers and edits in others. Workers run the same bundle as their parent (its main.ts calls serveAnalyses() off the
// main thread). When workers cannot start, analysis runs on the main thread: slower, never wrong.
// Analyses come back as JSON text: a worker makes it faster than a structured clone of the object graph, the main
// thread parses it about as fast as it would deserialize one, and it is what the cache stores.
// A pool given the analysis cache has its workers store what they analyze there themselves, when asked to (flush():
// after the check, so the file writes never delay the first diagnostics) instead of the main thread.
import * as os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { AnalysisCache } from '../cache/analysisCache';
import { analyzeText, type DocumentAnalysis } from '../engine/index';
import { parseParts, splitJson, type JsonParts } from './jsonParts';

/** A turn of the event loop: what waits (a hover, an edit) is handled before the next part is parsed. */
const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

interface Job {
  id: number;
  path: string;
  text: string;
  /** Store the analysis in the cache (the worker's, from its workerData) at the next flush. */
  keep?: boolean;
}
/** Asks a worker to store the analyses it keeps, then answer. */
interface Flush {
  flush: number;
}
/** An analysis as one JSON text, or (a big one) in parts the main thread parses one at a time. */
type Reply = { id: number; json: string } | { id: number; parts: JsonParts } | { id: number; error: string } | { flushed: number };

interface PoolData {
  cache?: { root: string; build: string };
}

/** The worker side: analyzes each text it is sent, and stores the ones to keep in the cache when told to. */
export function serveAnalyses(): void {
  const port = parentPort!;
  const given = (workerData as PoolData | undefined)?.cache;
  const cache = given ? new AnalysisCache(given.root, given.build) : null;
  let kept: [string, string, string][] = [];
  port.on('message', (job: Job | Flush) => {
    if ('flush' in job) {
      for (const [p, text, json] of kept) cache!.putJson(p, text, json);
      kept = [];
      port.postMessage({ flushed: job.flush } satisfies Reply);
      return;
    }
    let reply: Reply;
    let json: string | null = null;
    try {
      const analysis = analyzeText(job.path, job.text);
      json = JSON.stringify(analysis);
      const parts = splitJson(analysis, json);
      reply = parts ? { id: job.id, parts } : { id: job.id, json };
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
    if (job.keep && cache && json !== null) kept.push([job.path, job.text, json]);
  });
}

interface Slot {
  worker: Worker;
  load: number;
  dead?: boolean;
  /** Flushes waiting for this worker's answer (answered at once when it dies). */
  flushing: Set<() => void>;
}

type Waiter = { resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void };

/**
 * Jobs sent to a worker ahead of its answers: one running and one waiting in its port, so it never waits for this
 * thread. The rest wait here and go to whichever worker frees up first, so a worker given the short reports does not
 * sit idle while the other still has a long queue (jobs handed out all at once split by count, not by work).
 */
const IN_FLIGHT = 2;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { slot: Slot } & Waiter>();
  private next = 0;
  /** Job ids not yet sent to a worker, first in first out (from `head` on), with their callers. */
  private queue: number[] = [];
  private head = 0;
  private readonly queued = new Map<number, Waiter>();

  /**
   * `script` is the bundle to run in each worker; size defaults to the machine's cores. Analyses asked to be kept go
   * into `cache`, written by the worker that made them (by this thread for those it makes itself).
   */
  constructor(script: string | null, size = os.availableParallelism(), private readonly cache: AnalysisCache | null = null) {
    if (!script) return;
    for (let i = 0; i < size; i++) {
      try {
        this.slots.push(this.spawn(script));
      } catch {
        break;
      }
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs waiting for a worker to free up. */
  get backlog(): number {
    return this.queue.length - this.head;
  }

  private spawn(script: string): Slot {
    const data: PoolData = this.cache ? { cache: { root: this.cache.root, build: this.cache.build } } : {};
    const slot: Slot = { worker: new Worker(script, { workerData: data }), load: 0, flushing: new Set() };
    slot.worker.unref();
    slot.worker.on('message', (r: Reply) => {
      if ('flushed' in r) {
        this.flushes.get(r.flushed)?.();
        return;
      }
      const w = this.waiting.get(r.id);
      if (!w) return;
      this.waiting.delete(r.id);
      slot.load--;
      if ('json' in r) w.resolve(JSON.parse(r.json) as DocumentAnalysis);
      else if ('parts' in r) parseParts<DocumentAnalysis>(r.parts, nextTurn).then(w.resolve, w.reject);
      else w.reject(new Error(r.error));
      this.pump();
    });
    // A worker that dies takes its jobs with it: they are redone on the main thread, and it gets no more.
    const fail = () => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.dead = true;
      for (const done of slot.flushing) done();
      for (const [id, w] of this.waiting) if (w.slot === slot) this.waiting.delete(id), this.local(id, w);
      this.pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    return slot;
  }

  private readonly jobs = new Map<number, Job>();
  private readonly flushes = new Map<number, () => void>();

  private local(id: number, w: Waiter): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    if (!job) return;
    let analysis: DocumentAnalysis;
    try {
      analysis = analyzeText(job.path, job.text);
    } catch (e) {
      w.reject(e as Error);
      return;
    }
    w.resolve(analysis);
    if (job.keep) this.cache?.putNow(job.path, job.text, analysis);
  }

  /**
   * Analyzes a report on the first worker free (on this thread when there is none). With `keep`, the analysis also
   * goes into the pool's cache, at the next flush() (at once when made on this thread).
   */
  analyze(path: string, text: string, keep = false): Promise<DocumentAnalysis> {
    const id = this.next++;
    const job: Job = keep ? { id, path, text, keep } : { id, path, text };
    if (!this.slots.length) return new Promise((resolve, reject) => setImmediate(() => { this.jobs.set(id, job); this.local(id, { resolve, reject }); }));
    this.jobs.set(id, job);
    return new Promise((resolve, reject) => {
      this.queued.set(id, { resolve: a => (this.jobs.delete(id), resolve(a)), reject: e => (this.jobs.delete(id), reject(e)) });
      this.queue.push(id);
      this.pump();
    });
  }

  /** Sends waiting jobs to workers with room; with no worker left, they run on this thread. */
  private pump(): void {
    while (this.head < this.queue.length) {
      const slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.load < best.load ? s : best), undefined);
      if (slot && slot.load >= IN_FLIGHT) return;
      const id = this.queue[this.head++];
      const w = this.queued.get(id)!;
      this.queued.delete(id);
      if (!slot) this.local(id, w);
      else {
        slot.load++;
        this.waiting.set(id, { slot, ...w });
        slot.worker.postMessage(this.jobs.get(id));
      }
    }
    this.queue = [];
    this.head = 0;
  }

  /** Stores the analyses kept so far; resolves once they are (or their worker is gone). */
  async flush(): Promise<void> {
    await Promise.all(this.slots.map(slot => new Promise<void>(resolve => {
      if (slot.dead) return resolve();
      const id = this.next++;
      const done = () => {
        this.flushes.delete(id);
        slot.flushing.delete(done);
        resolve();
      };
      this.flushes.set(id, done);
      slot.flushing.add(done);
      slot.worker.postMessage({ flush: id } satisfies Flush);
    })));
  }

  dispose(): void {
    for (const s of this.slots.splice(0)) void s.worker.terminate();
  }
}
