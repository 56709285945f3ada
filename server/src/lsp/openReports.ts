// Analysis of the reports open in the editor: after a pause in typing, on demand before a request or a check, and
// for big ones on a worker while requests are answered.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisWorkers } from './analysisWorkers';
import { textLength } from './chunkedDocument';
import { OncePerVersion } from './oncePerVersion';
import type { Session } from './session';
import type { IndexedReport } from './workspaceIndex';

/** Per-document re-analysis waits for a pause in typing this long. */
const ANALYZE_DELAY_MS = 250;
/** Reports longer than this are re-analyzed on save only (analysis runs at roughly 1 MB/s). */
export const LARGE_REPORT_CHARS = 300_000;

export class OpenReports {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * Analyzes a big open report on a worker, once per version (see oncePerVersion.ts); the result is dropped when a
   * newer version arrived meanwhile.
   */
  private readonly workerAnalyses = new OncePerVersion(async (uri, version) => {
    const { documents, index } = this.session;
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return;
    const text = doc.getText();
    const analysis = await this.workers.analyze(uri, text);
    if (documents.get(uri)?.version === version && analysis) index.update(uri, text, version, analysis);
  });

  constructor(private readonly session: Session, private readonly workers: AnalysisWorkers) {}

  /** Re-analyzes an open document now (cancelling a pending delayed run). */
  analyzeNow(doc: TextDocument): void {
    const t = this.timers.get(doc.uri);
    if (t) clearTimeout(t);
    this.timers.delete(doc.uri);
    // A newer version may have arrived while we waited: always analyze the latest text.
    const latest = this.session.documents.get(doc.uri) ?? doc;
    this.session.index.update(latest.uri, latest.getText(), latest.version);
  }

  /** Small reports now, on this thread (a few ms each); big ones on workers, while requests are answered. */
  analyze(doc: TextDocument): Promise<void> {
    return textLength(doc) > LARGE_REPORT_CHARS ? this.workerAnalyses.start(doc.uri, doc.version) : Promise.resolve(this.analyzeNow(doc));
  }

  /** Re-analyzes an edited document once typing pauses, then runs `then`. */
  analyzeAfterPause(doc: TextDocument, then: () => void): void {
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    this.timers.set(doc.uri, setTimeout(() => {
      this.analyzeNow(doc);
      then();
    }, ANALYZE_DELAY_MS));
  }

  /** Analyzes every open report, or only those edited since their analysis (`onlyEdited`). */
  analyzeAll(onlyEdited: boolean): Promise<void[]> {
    const { documents, index } = this.session;
    return Promise.all([...documents.all()]
      .filter(d => this.session.isReportUri(d.uri) && (!onlyEdited || index.get(d.uri)?.version !== d.version))
      .map(d => this.analyze(d)));
  }

  /**
   * Per-document requests answer for the text the editor shows: an open report edited since its last analysis is
   * analyzed now (one report, a few ms), so highlighting and hovers never land on shifted offsets while typing.
   */
  current(uri: string): IndexedReport | undefined {
    const { documents, index } = this.session;
    const open = documents.get(uri);
    const indexed = index.get(uri);
    if (open && indexed && indexed.version !== open.version && this.session.isReportUri(uri) && textLength(open) <= LARGE_REPORT_CHARS) {
      this.analyzeNow(open);
    }
    return index.get(uri);
  }

  offsetAt(uri: string, position: { line: number; character: number }): number | undefined {
    return this.current(uri)?.doc.offsetAt(position);
  }
}
