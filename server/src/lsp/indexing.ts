// Indexing the workspace: every report file of every folder is read (or taken from the cache) and analyzed on the
// workers, a few at a time, while this thread answers requests and the Problems panel fills with partial checks.
import * as os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { stampOf, textHash, type FileStamp } from '../cache/statIndex';
import { findReports } from '../reports/files';
import type { AnalysisWorkers } from './analysisWorkers';
import type { CheckScheduler } from './checkScheduler';
import type { OpenReports } from './openReports';
import { PartialChecks } from './partialChecks';
import type { Session } from './session';
import { slices } from './yielding';

/** A cold start checks the reports indexed so far at every tenth of the way, but never more often than this many reports. */
const PARTIAL_CHECK_MIN_REPORTS = 20;

export type ReportFile = { file: string; folder: string };

export class Indexing {
  constructor(
    private readonly session: Session,
    private readonly workers: AnalysisWorkers,
    private readonly open: OpenReports,
    private readonly checks: CheckScheduler,
  ) {}

  /** Every report file of every workspace folder. */
  listReports(): ReportFile[] {
    const { folders, settings } = this.session;
    return folders.filter(f => f.uri.startsWith('file:')).flatMap(f => findReports(fileURLToPath(f.uri), settings.reports).map(file => ({ file, folder: f.uri })));
  }

  /**
   * Indexes every report of every workspace folder, yielding between files so requests stay answered. Behind
   * restored diagnostics (`quiet`) it shows no progress: the status stays idle with what was restored.
   */
  async indexWorkspace(found = this.listReports(), quiet = false): Promise<void> {
    const s = this.session;
    const progress = quiet ? undefined : await s.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Crosscheck', 0, `Indexing ${found.length.toLocaleString('en-US')} reports`, false);
    if (!quiet) {
      s.state = 'indexing';
      s.percent = 0;
      s.sendStatus();
    }
    const run = new IndexingRun(s, this.workers, this.checks, found, quiet, progress);
    // A few reports in flight per worker keep every core busy; this thread reads files and answers requests.
    await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism() * 2) }, () => run.lane()));
    // The check that follows covers everything: a partial one still running stops at its next pause.
    await run.partials.end();
    await this.open.analyzeAll(false);
    s.percent = null;
    progress?.done();
    if (s.stats) {
      s.stats.retain(new Set(found.map(f => pathToFileURL(f.file).toString())));
      s.stats.save(uri => s.readText(uri, s.folderOf(uri)?.uri), uri => fileURLToPath(uri));
    }
  }
}

/** One pass of indexing over the files found: lanes take the next file in turn. */
class IndexingRun {
  private next = 0;
  private done = 0;
  private lastReport = Date.now();
  private readonly pause = slices();
  // The Problems panel fills as reports finish: the reports indexed so far are checked at every tenth of the way.
  // They are not wasted work: the claim index keeps the verdicts of the pairs they judged, and what they leave
  // undone falls to the final check, which nothing overlaps (fewer of them made it longer at 10,000 reports).
  // Only analyses count towards a tenth: reports taken from the cache come in fast, and a warm start whose reports
  // all come from there checks once, at the end, instead of eleven times over a growing index.
  private readonly step: number;
  private analyzed = 0;
  private nextPartial: number;
  readonly partials = new PartialChecks();
  // A cache without this engine build's folder holds none of these reports (the workers store theirs after the check).
  private readonly mayBeCached: boolean;

  constructor(
    private readonly session: Session,
    private readonly workers: AnalysisWorkers,
    private readonly checks: CheckScheduler,
    private readonly found: ReportFile[],
    private readonly quiet: boolean,
    private readonly progress: WorkDoneProgressServerReporter | undefined,
  ) {
    this.step = Math.max(PARTIAL_CHECK_MIN_REPORTS, Math.ceil(found.length / 10));
    this.nextPartial = this.step;
    this.mayBeCached = !!session.cache?.mayHoldEntries();
  }

  async lane(): Promise<void> {
    while (this.next < this.found.length) {
      await this.indexFile(this.found[this.next++]);
      this.done++;
      this.reportProgress();
      // Requests (and messages queued to go out) are served between slices of reading.
      await this.pause();
    }
  }

  /** Reads one report file and indexes its text, analyzed from the cache or on a worker, unless unchanged. */
  private async indexFile({ file, folder }: ReportFile): Promise<void> {
    const s = this.session;
    const uri = pathToFileURL(file).toString();
    const { text, hash } = this.read(uri, file, folder);
    if (text === undefined || s.index.get(uri)?.doc.getText() === text) return;
    let analysis = this.mayBeCached ? s.cache?.get(uri, text) : undefined;
    if (!analysis) {
      analysis = await this.workers.analyzeAndKeep(uri, text);
      this.analyzed++;
    }
    if (!s.documents.get(uri)) s.textHashes.set(s.index.update(uri, text, null, analysis).doc, hash);
  }

  /**
   * A report's text from disk (undefined when open in the editor, or no report) and its hash ('' for none), recorded
   * in the stat index.
   */
  private read(uri: string, file: string, folder: string): { text: string | undefined; hash: string } {
    const s = this.session;
    // Stamped before reading (on the open file, by the read itself): a change after this point shows as a
    // different stamp next time. A file refused before its bytes were read is stamped apart.
    let stamp: FileStamp | undefined;
    const open = !!s.documents.get(uri);
    const text = open ? undefined : s.readText(uri, folder, st => (stamp = st));
    if (s.stats && !open) stamp ??= stampOf(file);
    const hash = text === undefined ? '' : textHash(text);
    if (stamp && s.stats) s.stats.record(uri, stamp, hash);
    const note = s.files.note(uri);
    if (note) s.connection.console.warn(note);
    return { text, hash };
  }

  /** Starts a partial check at every tenth of the analyses, and reports progress every tenth of a second. */
  private reportProgress(): void {
    const { found, done, progress } = this;
    if (this.analyzed >= this.nextPartial && done < found.length && this.partials.mayStart()) {
      this.nextPartial = this.analyzed + this.step;
      this.partials.start(stop => this.checks.partial(stop));
      progress?.report(Math.round((done / found.length) * 100), `Indexing ${done}/${found.length} reports`);
    }
    if (!this.quiet && Date.now() - this.lastReport > 100) {
      this.lastReport = Date.now();
      this.session.percent = Math.round((done / found.length) * 100);
      progress?.report(this.session.percent, `Indexing ${done}/${found.length} reports`);
      void this.session.sendStatus();
    }
  }
}
