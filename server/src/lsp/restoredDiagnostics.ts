// A warm start's diagnostics: what the last session published, saved under a key of its inputs (every report's text
// hash, the settings, the annotations) and published again at once when the inputs are the same.
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isCrosscheckExport } from '../annotations/exports/marker';
import { diagnosticsKey } from '../cache/diagnosticsCache';
import { stampOf, textHash } from '../cache/statIndex';
import type { Session } from './session';

type ReportHash = { uri: string; hash: string };

export class RestoredDiagnostics {
  /** The key the diagnostics were last saved (or restored) under. */
  private publishedKey: string | null = null;

  constructor(private readonly session: Session) {}

  private hashOf(r: { doc: TextDocument }): string {
    const { textHashes } = this.session;
    let h = textHashes.get(r.doc);
    if (h === undefined) textHashes.set(r.doc, (h = textHash(r.doc.getText())));
    return h;
  }

  /** Each indexed report's uri and text hash: what the diagnostics are made from now, with extra(). */
  indexedHashes(): ReportHash[] {
    return [...this.session.index.all()].map(r => ({ uri: r.uri, hash: this.hashOf(r) }));
  }

  private extra(): string {
    return JSON.stringify([this.session.settings, this.session.user.items]);
  }

  /**
   * Every report's uri and text hash without reading any file: from the stat index for files whose size and time
   * are as when last read, from the editor for open ones. Undefined as soon as one file is new or changed.
   */
  statHashes(found: { file: string }[]): ReportHash[] | undefined {
    const { stats, documents } = this.session;
    if (!stats?.size) return undefined;
    const out: ReportHash[] = [];
    for (const { file } of found) {
      const uri = pathToFileURL(file).toString();
      const open = documents.get(uri);
      const hash = open ? (isCrosscheckExport(open.getText()) ? '' : textHash(open.getText())) : stats.hashOf(uri, stampOf(file));
      if (hash === undefined) return undefined;
      // '' marks a file that is no report (an export, an unreadable file): as absent from the index.
      if (hash) out.push({ uri, hash });
    }
    return out;
  }

  /**
   * A warm start whose inputs (`reports`, settings, annotations) are all as when the last session saved its
   * diagnostics publishes those at once; the real check then runs in the background and re-sends only lists that
   * differ. False when there is nothing to use.
   */
  publish(reports: ReportHash[]): Promise<void> | undefined {
    const s = this.session;
    if (!s.published || !s.cache || reports.length === 0) return undefined;
    const key = diagnosticsKey(s.cache.folder, reports, this.extra());
    const stored = s.published.load(key);
    if (!stored) return undefined;
    const lists = new Map<string, Diagnostic[]>(stored.lists);
    for (const r of reports) if (!lists.has(r.uri)) lists.set(r.uri, []);
    s.delivery.deliver(lists, () => false);
    s.changes.reset();
    this.publishedKey = key;
    s.restoredCount = stored.contradictions;
    s.restoredReports = reports.length;
    s.state = 'idle';
    return s.sendStatus();
  }

  /** Saves what the client has now for the next start, when it is of the current texts (no edit left unchecked). */
  save(): void {
    const s = this.session;
    if (!s.published || !s.cache || s.index.stale || s.restoredCount !== null || s.index.lastCheck.generation === 0) return;
    const key = diagnosticsKey(s.cache.folder, this.indexedHashes(), this.extra());
    if (key === this.publishedKey) return;
    this.publishedKey = key;
    s.published.save(key, s.shownContradictions(), s.delivery.published());
  }
}
