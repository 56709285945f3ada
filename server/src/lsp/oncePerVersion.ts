// Long analyses of open reports (big ones run on a worker for seconds) are started once per document version: a check
// started while one runs waits for it instead of queueing another copy of the same work. Every check that came during
// a long analysis used to add one, so under steady edits elsewhere the big report's analysis could fall ever further
// behind and its check never come.

export class OncePerVersion {
  private readonly running = new Map<string, { version: number; done: Promise<void> }>();

  constructor(private readonly run: (uri: string, version: number) => Promise<void>) {}

  /** Runs the work for this version of the document, or joins the run already under way for it. */
  start(uri: string, version: number): Promise<void> {
    const known = this.running.get(uri);
    if (known?.version === version) return known.done;
    const done: Promise<void> = this.run(uri, version).finally(() => {
      if (this.running.get(uri)?.done === done) this.running.delete(uri);
    });
    this.running.set(uri, { version, done });
    return done;
  }
}
