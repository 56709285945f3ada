// Report analysis on worker threads, so indexing and CLI batches use every core and a big report never blocks
// hovers and edits in others. Workers run the same bundle as their parent (its main.ts calls serveAnalyses() off the
// main thread). When workers cannot start, analysis runs on the main thread: slower, never wrong.
import * as os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { analyzeText, type DocumentAnalysis } from '../engine/index';

interface Job {
  id: number;
  path: string;
  text: string;
}
type Reply = { id: number; analysis: DocumentAnalysis } | { id: number; error: string };

/** The worker side: analyzes each text it is sent. */
export function serveAnalyses(): void {
  const port = parentPort!;
  port.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { id: job.id, analysis: analyzeText(job.path, job.text) };
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}

interface Slot {
  worker: Worker;
  load: number;
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

  /** `script` is the bundle to run in each worker; size defaults to the machine's cores. */
  constructor(script: string | null, size = os.availableParallelism()) {
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
    const slot: Slot = { worker: new Worker(script), load: 0 };
    slot.worker.unref();
    slot.worker.on('message', (r: Reply) => {
      const w = this.waiting.get(r.id);
      if (!w) return;
      this.waiting.delete(r.id);
      slot.load--;
      if ('analysis' in r) w.resolve(r.analysis);
      else w.reject(new Error(r.error));
      this.pump();
    });
    // A worker that dies takes its jobs with it: they are redone on the main thread, and it gets no more.
    const fail = () => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const [id, w] of this.waiting) if (w.slot === slot) this.waiting.delete(id), this.local(id, w);
      this.pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    return slot;
  }

  private readonly jobs = new Map<number, Job>();

  private local(id: number, w: Waiter): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    if (!job) return;
    try {
      w.resolve(analyzeText(job.path, job.text));
    } catch (e) {
      w.reject(e as Error);
    }
  }

  /** Analyzes a report on the first worker free (on this thread when there is none). */
  analyze(path: string, text: string): Promise<DocumentAnalysis> {
    const id = this.next++;
    const job = { id, path, text };
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

  dispose(): void {
    for (const s of this.slots.splice(0)) void s.worker.terminate();
  }
}
