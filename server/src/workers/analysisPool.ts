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

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { slot: Slot; resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void }>();
  private next = 0;

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
    });
    // A worker that dies takes its jobs with it: they are redone on the main thread, and it gets no more.
    const fail = () => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const [id, w] of this.waiting) if (w.slot === slot) this.waiting.delete(id), this.local(id, w);
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    return slot;
  }

  private readonly jobs = new Map<number, Job>();

  private local(id: number, w: { resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void }): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    if (!job) return;
    try {
      w.resolve(analyzeText(job.path, job.text));
    } catch (e) {
      w.reject(e as Error);
    }
  }

  /** Analyzes a report on the least busy worker (on this thread when there is none). */
  analyze(path: string, text: string): Promise<DocumentAnalysis> {
    const id = this.next++;
    const job = { id, path, text };
    const slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.load < best.load ? s : best), undefined);
    if (!slot) return new Promise((resolve, reject) => setImmediate(() => { this.jobs.set(id, job); this.local(id, { resolve, reject }); }));
    this.jobs.set(id, job);
    slot.load++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        slot,
        resolve: a => (this.jobs.delete(id), resolve(a)),
        reject: e => (this.jobs.delete(id), reject(e)),
      });
      slot.worker.postMessage(job);
    });
  }

  dispose(): void {
    for (const s of this.slots.splice(0)) void s.worker.terminate();
  }
}
