// Reports open in the editor: analyzed when opened, after a pause in typing, and on save (which asks for the
// check); when closed, the file on disk is the report again.
import { isCrosscheckExport } from '../../annotations/exports/marker';
import { CHECK_DELAY_MS } from '../checkScheduler';
import { textLength } from '../chunkedDocument';
import { LARGE_REPORT_CHARS } from '../openReports';
import type { ServerParts } from '../parts';
import { slices } from '../yielding';

export function registerDocumentSync(parts: ServerParts): void {
  const { session: s, open, checks } = parts;
  const { documents, index } = s;
  documents.onDidOpen(async e => {
    if (!s.isReportUri(e.document.uri) || isCrosscheckExport(e.document.getText())) return;
    await open.analyze(e.document);
    if (s.ready && index.stale) checks.schedule(0);
    // A report opened is likely to be edited: ready now what its first edit would otherwise wait for. The language
    // model and name tables (a warm start answers from its cache and never built them), once; and the pairs its claims
    // take part in, judged again in the background and remembered. A check asked for meanwhile stops the latter.
    setImmediate(() => void index.readyForEdits(e.document.uri, s.ready && !index.stale, slices(), () => checks.pending).catch(() => {}));
  });
  documents.onDidChangeContent(e => {
    if (!s.isReportUri(e.document.uri)) return;
    // Very large reports take a while to analyze: re-analyze them on save only, so typing stays fluid.
    if (textLength(e.document) > LARGE_REPORT_CHARS) return;
    open.analyzeAfterPause(e.document, () => {
      if (s.settings.run === 'onType') checks.schedule(CHECK_DELAY_MS);
    });
  });
  registerSaveAndClose(parts);
}

function registerSaveAndClose({ session: s, open, checks }: ServerParts): void {
  const { documents, index } = s;
  documents.onDidSave(async e => {
    if (!s.isReportUri(e.document.uri)) return;
    // Saving asks for the findings now, whatever the typing delay: the check brings the open reports current first.
    if (s.settings.run !== 'manual') void checks.run();
    else {
      await open.analyze(e.document);
      s.user.refresh(index);
    }
    void s.user.savePositions(e.document.uri).catch(err => s.connection.console.warn(`annotation positions not saved: ${String(err)}`));
  });
  documents.onDidClose(e => {
    // Closed without saving: the file on disk is what the report says now.
    if (!e.document.uri.startsWith('file:') || !s.folderOf(e.document.uri)) {
      if (index.remove(e.document.uri)) checks.schedule(0);
      return;
    }
    s.reindexFromDisk(e.document.uri);
    if (index.stale && s.settings.run !== 'manual') checks.schedule(0);
  });
}
