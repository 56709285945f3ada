// Code lenses, quick fixes and the commands they run: dismiss a contradiction (with Undo), restore the dismissed
// ones, open the other report beside.
import type { ExecuteCommandParams } from 'vscode-languageserver/node';
import { codeActions, DISMISS_COMMAND, OPEN_BESIDE_COMMAND } from '../features/codeActions';
import { codeLenses } from '../features/codeLens';
import type { ServerParts } from '../parts';

export function registerLensesAndActions(parts: ServerParts): void {
  const { session: s, open, checks } = parts;
  s.connection.onCodeLens(p => (s.settings.codeLens.enabled && open.current(p.textDocument.uri) ? codeLenses(s.index, p.textDocument.uri, checks.dismissedPair()) : []));
  s.connection.onCodeAction(p => codeActions(p.textDocument.uri, p.context.diagnostics));
  s.connection.onExecuteCommand(async p => {
    const args = p.arguments ?? [];
    if (p.command === DISMISS_COMMAND) await dismiss(parts, args[0]);
    else if (p.command === 'crosscheck.restoreDismissed') await restoreDismissed(parts);
    else if (p.command === OPEN_BESIDE_COMMAND) await openBeside(parts, args);
  });
}

/** "Not a contradiction": saved as a dismissal in the annotation store, with an Undo offered. */
async function dismiss({ session: s, checks }: ServerParts, id: unknown): Promise<void> {
  const c = s.index.lastCheck.contradictions.find(x => x.id === id);
  if (!c) return;
  let saved;
  try {
    saved = await s.user.dismiss(c, s.index);
  } catch (e) {
    void s.connection.window.showErrorMessage(`Crosscheck: could not save the dismissal: ${(e as Error).message}`);
    return;
  }
  await checks.run();
  const undo = await s.connection.window.showInformationMessage('Crosscheck: marked as not a contradiction.', { title: 'Undo' });
  if (undo?.title === 'Undo') {
    await s.user.remove(saved.id);
    await checks.run();
  }
}

async function restoreDismissed({ session: s, checks }: ServerParts): Promise<void> {
  for (const a of s.user.items) {
    if ((a.body as { type?: string; what?: string }).type === 'crosscheck:Rejection' && (a.body as { what?: string }).what === 'contradiction') await s.user.remove(a.id);
  }
  await checks.run();
}

async function openBeside({ session: s }: ServerParts, args: NonNullable<ExecuteCommandParams['arguments']>): Promise<void> {
  const [uri, start, end] = args as [string, number, number];
  const r = s.index.get(uri);
  if (!r || !s.caps.showDocument) return;
  await s.connection.window.showDocument({ uri, takeFocus: true, selection: { start: r.doc.positionAt(start), end: r.doc.positionAt(end) } });
}
