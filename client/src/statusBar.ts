// The status bar item: contradiction count, analysis state, last check time; clicking focuses the Claims view.
import * as vscode from 'vscode';
import type { Status } from '../../shared/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.claims.focus';
    this.item.text = '$(sync~spin) Crosscheck';
    this.item.tooltip = 'Crosscheck is starting';
    this.item.show();
  }

  update(s: Status): void {
    const n = s.contradictions;
    const count = `${n} contradiction${n === 1 ? '' : 's'}`;
    if (s.state === 'indexing' || s.state === 'starting') {
      this.item.text = `$(sync~spin) Crosscheck: indexing${s.percent !== null ? ` ${s.percent} %` : ''}`;
    } else if (s.state === 'checking') {
      this.item.text = `$(sync~spin) Crosscheck: checking`;
    } else {
      const ms = s.lastCheckMs !== null ? ` · ${Math.round(s.lastCheckMs)} ms` : '';
      this.item.text = `${n ? '$(warning)' : '$(check)'} Crosscheck: ${count}${ms}`;
    }
    const lines = [`${s.reports} report${s.reports === 1 ? '' : 's'} indexed · ${count}`];
    if (s.lastCheckMs !== null) lines.push(`Last check: ${s.lastCheckMs} ms`);
    for (const p of s.problems) lines.push(`⚠ ${p}`);
    lines.push('Click to open the Claims view');
    this.item.tooltip = lines.join('\n');
    this.item.backgroundColor = s.problems.length ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
