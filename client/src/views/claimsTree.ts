// The Claims view: claims grouped by topic (or entity, report, source), contradictions marked, agreeing claims
// marked independent or echo. Data comes from the server; stable ids keep what the user expanded.
import * as vscode from 'vscode';
import type { ClaimInfo } from '../../../shared/protocol';

export type Grouping = 'topic' | 'entity' | 'report' | 'source';

export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  claims: ClaimInfo[];
}
export interface ClaimNode {
  kind: 'claim';
  id: string;
  claim: ClaimInfo;
}
export type ClaimsTreeNode = GroupNode | ClaimNode;

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** Groups claims for the tree; pure, so extension-host tests can check it directly. */
export function groupClaims(claims: readonly ClaimInfo[], grouping: Grouping): GroupNode[] {
  const groups = new Map<string, GroupNode>();
  const add = (key: string, label: string, c: ClaimInfo) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind: 'group', id: `${grouping}:${key}`, label, claims: [] }));
    g.claims.push(c);
  };
  for (const c of claims) {
    if (grouping === 'topic') add(c.topicKey, c.topicLabel, c);
    else if (grouping === 'report') add(c.uri, fileName(c.uri), c);
    else if (grouping === 'source') add(c.source ?? '', c.source ?? '(no stated source)', c);
    else if (c.entities.length === 0) add('', '(no entity)', c);
    else for (const e of c.entities) add(e.id, e.name, c);
  }
  const contradictions = (g: GroupNode) => g.claims.filter(c => c.contradictions > 0).length;
  // Topics with contradictions first, then by size: what needs the reader's attention leads.
  return [...groups.values()].sort(
    (a, b) => contradictions(b) - contradictions(a) || b.claims.length - a.claims.length || a.label.localeCompare(b.label),
  );
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeNode> {
  private readonly changed = new vscode.EventEmitter<ClaimsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private claims: ClaimInfo[] = [];
  grouping: Grouping = 'topic';
  onlyContradictions = false;

  constructor(private readonly fetch: (onlyContradictions: boolean) => Promise<ClaimInfo[]>) {}

  async refresh(): Promise<void> {
    this.claims = await this.fetch(this.onlyContradictions);
    this.changed.fire(undefined);
  }

  get current(): readonly ClaimInfo[] {
    return this.claims;
  }

  getChildren(node?: ClaimsTreeNode): ClaimsTreeNode[] {
    if (!node) return groupClaims(this.claims, this.grouping);
    if (node.kind === 'group') {
      return node.claims.map(c => ({ kind: 'claim' as const, id: `${node.id}/${c.id}`, claim: c }));
    }
    return [];
  }

  getTreeItem(node: ClaimsTreeNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const n = node.claims.filter(c => c.contradictions > 0).length;
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = `${node.claims.length} claim${node.claims.length === 1 ? '' : 's'}${n ? ` · ${n} contradicted` : ''}`;
      item.iconPath = new vscode.ThemeIcon(n ? 'warning' : 'symbol-number', n ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
      item.contextValue = 'group';
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(`${c.text}`, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const parts = [c.value, c.source ?? 'no stated source', c.date ?? 'undated', fileName(c.uri)];
    if (c.modality !== 'asserted') parts.push(c.modality);
    item.description = parts.join(' · ');
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${c.text}** → ${c.value}\n\n`);
    tip.appendText(`Source: ${c.source ?? 'not stated'}${c.via.length ? ` (via ${c.via.join(', ')})` : ''}\nDate: ${c.date ?? 'unknown'}\nReport: ${fileName(c.uri)}`);
    if (c.contradictions) tip.appendText(`\n${c.contradictions} contradiction${c.contradictions === 1 ? '' : 's'}`);
    if (c.corroboration) tip.appendText(`\nCorroborated (${c.corroboration})`);
    item.tooltip = tip;
    item.iconPath = c.contradictions
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : c.corroboration === 'independent'
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
        : c.corroboration === 'echo'
          ? new vscode.ThemeIcon('references')
          : new vscode.ThemeIcon('circle-outline');
    item.contextValue = c.contradictions ? 'claim.contradicted' : 'claim';
    item.command = { title: 'Reveal claim', command: 'crosscheck.revealClaim', arguments: [c.uri, c.range] };
    return item;
  }
}
