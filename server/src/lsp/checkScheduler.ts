// The cross-source check: when it runs (now, after a delay, partially during a cold start), superseding older runs,
// and the delivery of the diagnostics it changed.
import { CodeLensRefreshRequest } from 'vscode-languageserver/node';
import { IndexChangedNotification } from '../../../shared/protocol';
import type { AnalysisWorkers } from './analysisWorkers';
import { pairDismissal, type PairDismissed } from './dismissals';
import { storeDiagnostics } from './features/annotationDiagnostics';
import { computeDiagnostics } from './features/diagnostics';
import type { OpenReports } from './openReports';
import type { Session } from './session';
import type { CheckResult } from './workspaceIndex';
import { slices } from './yielding';

/** With run = onType, the cross-source check waits this long after the last edit. */
export const CHECK_DELAY_MS = 600;

export class CheckScheduler {
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  // Kept per check and annotation state: a hover must not walk every contradiction of a big folder.
  private dismissedMemo: { check: unknown; state: unknown; pair: PairDismissed } | undefined;

  constructor(private readonly session: Session, private readonly open: OpenReports, private readonly workers: AnalysisWorkers) {}

  /** True while a delayed check waits to start. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Runs the check after `delay` ms (replacing one waiting), once the workspace is indexed. */
  schedule(delay: number): void {
    if (!this.session.ready) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  /**
   * Runs the check over the index and publishes the diagnostics that changed, for every report (open or not). Open
   * reports edited since their analysis are analyzed first (big ones on a worker), so no diagnostic is computed on
   * an old text; a check started meanwhile supersedes this one, which then stops. Undefined when superseded.
   */
  async run(): Promise<CheckResult | undefined> {
    const s = this.session;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const seq = ++this.seq;
    s.state = 'checking';
    await this.open.analyzeAll(true);
    if (seq !== this.seq) return undefined;
    // The check gives way every slice of work: hovers and edits are answered while it runs over many reports.
    // A newer check (a newer edit saved) stops this one at its next pause.
    const checked = await s.index.checkGivingWay(s.user.refresh(s.index).corrections, slices(), () => seq !== this.seq);
    if (!checked || seq !== this.seq) return undefined;
    const result = this.deliver(checked);
    s.restoredCount = null;
    s.state = 'idle';
    s.sendStatus();
    this.announce(result);
    return result;
  }

  /** After a check: the workers' cache writes, and the views and editor features that show its findings. */
  private announce(result: CheckResult): void {
    const { connection, caps } = this.session;
    // The diagnostics are out: the workers now write the analyses made for the cache (a cold start's many files).
    void this.workers.flush();
    void connection.sendNotification(IndexChangedNotification, { version: result.generation });
    if (caps.refreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
    if (caps.refreshTokens) void connection.languages.semanticTokens.refresh().catch(() => {});
  }

  /**
   * Checks the reports indexed so far, giving way to requests and to the indexing itself (whose workers are fed
   * meanwhile), and sends the diagnostics that changed; nothing when `stop` turns true at a pause. Returns the time
   * it kept this thread busy.
   */
  async partial(stop: () => boolean): Promise<number> {
    const { index, user } = this.session;
    const checked = await index.checkGivingWay(user.refresh(index).corrections, slices(), stop);
    if (!checked) return 0;
    const t = performance.now();
    this.deliver(checked);
    return checked.ms + performance.now() - t;
  }

  /** Sends the diagnostics of the check just made that changed. */
  private deliver(result: CheckResult): CheckResult {
    const { index, user, settings, changes, documents } = this.session;
    const only = changes.touched(result.contradictions, index.all(), JSON.stringify([settings.severity, user.items]));
    const diagnostics = computeDiagnostics(index, result.contradictions, settings, c => user.isDismissed(c), only ?? undefined);
    const storeUri = user.fileUri;
    if (storeUri) diagnostics.set(storeUri, storeDiagnostics(user));
    // A report edited while this check ran keeps what it has: these offsets are of its older text.
    this.session.delivery.deliver(diagnostics, uri => {
      const open = documents.get(uri);
      const keep = !!open && !!index.get(uri) && index.get(uri)!.version !== open.version;
      if (keep) changes.later(uri);
      return keep;
    }, !only);
    return result;
  }

  /** Whether the user dismissed the contradiction between two claims, for hovers and lenses. */
  dismissedPair(): PairDismissed {
    const { index, user } = this.session;
    if (this.dismissedMemo?.check !== index.lastCheck || this.dismissedMemo.state !== user.state) {
      this.dismissedMemo = { check: index.lastCheck, state: user.state, pair: pairDismissal(index.lastCheck.contradictions, c => user.isDismissed(c)) };
    }
    return this.dismissedMemo.pair;
  }
}
