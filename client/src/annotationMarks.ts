// Annotated text gets a mark in the editor (a dotted underline and an overview-ruler tick), so the reader sees
// where their notes and corrections are before hovering.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UserAnnotationsRequest, UserAnnotationsResultSchema, type UserAnnotationInfo } from '../../shared/protocol';

const mark = vscode.window.createTextEditorDecorationType({
  textDecoration: 'underline dotted',
  overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
  overviewRulerLane: vscode.OverviewRulerLane.Right,
});

export class AnnotationMarks implements vscode.Disposable {
  private placed: UserAnnotationInfo[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [mark, vscode.window.onDidChangeVisibleTextEditors(() => this.paint())];
  }

  /** Asks the server where the annotations are now (after edits and re-anchoring) and marks them. */
  async refresh(): Promise<void> {
    const { items } = UserAnnotationsResultSchema.parse(await this.client.sendRequest(UserAnnotationsRequest, {}));
    this.placed = items.filter(a => a.uri && a.range);
    this.paint();
  }

  private paint(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const uri = editor.document.uri.toString();
      const ranges = this.placed
        .filter(a => a.uri === uri)
        .map(a => new vscode.Range(a.range!.start.line, a.range!.start.character, a.range!.end.line, a.range!.end.character));
      editor.setDecorations(mark, ranges);
    }
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
