// The checks a cold start makes of the reports indexed so far, so the Problems panel fills as reports finish. Each
// re-checks nearly every measure key (new reports touch most of them), so at scale their cost grows with the index:
// one starts only while all of them together have kept the main thread busy for at most SHARE of the time indexing
// has taken (every tenth of a few hundred reports, fewer at ten thousand), and never two at once. They give way to
// the indexing, and the one still running when indexing ends is stopped: the full check that follows covers it.

/** Most of the indexing time partial checks may take on this thread. */
const SHARE = 0.1;

export class PartialChecks {
  private readonly began: number;
  private busyMs = 0;
  private running: Promise<void> | null = null;
  private ended = false;

  /** `now` reads the clock in ms (a test's own clock). */
  constructor(private readonly now: () => number = () => performance.now()) {
    this.began = now();
  }

  /** True when no partial check runs and the ones made so far stay within their share of the time. */
  mayStart(): boolean {
    return !this.running && !this.ended && this.busyMs <= SHARE * (this.now() - this.began);
  }

  /** Starts `check`, which gives way, stops (resolving to 0) once `stop` is true, and resolves to its busy time. */
  start(check: (stop: () => boolean) => Promise<number>): void {
    this.running = check(() => this.ended).then(
      ms => void (this.busyMs += ms),
      () => undefined,
    ).finally(() => {
      this.running = null;
    });
  }

  /** Stops the partial check running, if any, at its next pause; resolves once it has. */
  async end(): Promise<void> {
    this.ended = true;
    await this.running;
  }
}
