// Changes to the workspace made outside the editor's buffers: files created, changed or deleted on disk, files and
// folders renamed, workspace folders added or removed.
import { DidChangeWatchedFilesNotification, FileChangeType, type RenameFilesParams } from 'vscode-languageserver/node';
import type { ServerParts } from '../parts';
import type { Session } from '../session';
import { CHECK_DELAY_MS } from '../checkScheduler';

export function registerWorkspaceFiles({ session: s, checks }: ServerParts): void {
  s.connection.workspace.onDidRenameFiles(async e => {
    await renamed(s, e);
    if (s.ready) await checks.run();
  });
  s.connection.onDidChangeWatchedFiles(e => {
    for (const change of e.changes) {
      if (!change.uri.startsWith('file:') || s.documents.get(change.uri)) continue;
      if (change.uri === s.user.fileUri) {
        s.user.reload();
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        s.index.remove(change.uri);
        s.files.forget(change.uri);
        continue;
      }
      if (!s.isReportUri(change.uri)) continue;
      s.reindexFromDisk(change.uri);
    }
    if (s.index.stale && s.settings.run !== 'manual') checks.schedule(CHECK_DELAY_MS);
  });
}

/** Moves the renamed reports (and those in renamed folders) in the index, and their annotations. */
async function renamed(s: Session, e: RenameFilesParams): Promise<void> {
  for (const { oldUri, newUri } of e.files) {
    const inside = (uri: string) => uri === oldUri || uri.startsWith(oldUri.endsWith('/') ? oldUri : `${oldUri}/`);
    for (const r of [...s.index.all()]) {
      if (!inside(r.uri)) continue;
      s.index.remove(r.uri);
      const moved = newUri + r.uri.slice(oldUri.length);
      if (!s.isReportUri(moved) || s.documents.get(moved)) continue;
      const text = s.readText(moved, s.folderOf(moved)?.uri);
      if (text !== undefined) s.index.update(moved, text, null);
    }
    await s.user.rename(oldUri, newUri).catch(err => s.connection.console.warn(`annotations not moved: ${String(err)}`));
  }
}

/** Editors other than VS Code (whose client watches files itself) are asked to report report-file changes. */
export function watchFiles(s: Session): void {
  if (!s.caps.watchFiles) return;
  void s.connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: ['**/*.{txt,md,markdown,text}', '**/.crosscheck/annotations.jsonld'].map(globPattern => ({ globPattern })),
  });
}

/** Workspace folders added are indexed, those removed dropped from the index. */
export function watchWorkspaceFolders({ session: s, indexing, checks }: ServerParts): void {
  // Only clients that support workspace folders may be asked for their changes (the library throws otherwise).
  if (!s.caps.workspaceFolders) return;
  s.connection.workspace.onDidChangeWorkspaceFolders(async e => {
    s.folders = [...s.folders.filter(f => !e.removed.some(r => r.uri === f.uri)), ...e.added];
    for (const r of [...s.index.all()]) if (e.removed.some(f => r.uri.startsWith(f.uri))) s.index.remove(r.uri);
    await indexing.indexWorkspace();
    await checks.run();
  });
}
