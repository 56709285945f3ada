// The client's `crosscheck` settings: read at start and again on every change.
import { parseSettings } from '../../../../shared/settings';
import type { ServerParts } from '../parts';
import type { Session } from '../session';

export function registerConfiguration({ session: s, indexing, checks }: ServerParts): void {
  s.connection.onDidChangeConfiguration(async () => {
    await loadSettings(s);
    if (!s.ready) return;
    // The report globs may have changed: drop what no longer counts and index what now does.
    for (const r of [...s.index.all()]) if (!s.isReportUri(r.uri)) s.index.remove(r.uri);
    await indexing.indexWorkspace();
    await checks.run();
  });
}

/** Reads the settings (when the client can give them); a problem in them is shown once, until it changes. */
export async function loadSettings(s: Session): Promise<void> {
  if (!s.caps.configure) return;
  const raw = await s.connection.workspace.getConfiguration({ section: 'crosscheck' }).catch(() => ({}));
  const parsed = parseSettings(raw);
  s.settings = parsed.settings;
  if (parsed.problems.length && parsed.problems.join() !== s.settingsProblems.join()) {
    void s.connection.window.showWarningMessage(`Crosscheck settings: ${parsed.problems.join('; ')}`);
  }
  s.settingsProblems = parsed.problems;
}
