// "Restore Dismissed Contradictions": pick which dismissals to undo from a list, confirm, and say what was done.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RemoveAnnotationRequest, UserAnnotationsRequest, UserAnnotationsResultSchema } from '../../shared/protocol';

/** The label the server gives a "Not a contradiction" annotation. */
const DISMISSAL_LABEL = 'not a contradiction';

export function registerRestoreDismissed(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.restoreDismissedContradictions', async () => {
      const { items } = UserAnnotationsResultSchema.parse(await client.sendRequest(UserAnnotationsRequest, {}));
      const dismissed = items.filter(a => a.label === DISMISSAL_LABEL);
      if (!dismissed.length) {
        void vscode.window.showInformationMessage('Crosscheck: no dismissed contradictions to restore.');
        return 0;
      }
      const picked = await vscode.window.showQuickPick(
        dismissed.map(a => ({
          id: a.id,
          label: `"${a.quote.slice(0, 60)}"`,
          description: a.source,
          detail: a.orphaned ? 'its text changed since; restoring removes the dismissal' : undefined,
        })),
        { title: 'Crosscheck: restore which dismissed contradictions?', canPickMany: true, placeHolder: 'Select one or more' },
      );
      if (!picked?.length) return 0;
      const n = picked.length;
      const what = `${n} dismissed contradiction${n === 1 ? '' : 's'}`;
      const ok = await vscode.window.showWarningMessage(`Restore ${what}? They show in Problems again.`, { modal: true }, 'Restore');
      if (ok !== 'Restore') return 0;
      for (const p of picked) await client.sendRequest(RemoveAnnotationRequest, { id: p.id });
      void vscode.window.showInformationMessage(`Crosscheck: restored ${what}.`);
      return n;
    }),
  );
}
