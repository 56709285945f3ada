// The Entities view: canonical entities with kind, spellings and mentions; selecting a mention reveals it.
import * as vscode from 'vscode';
import type { EntityInfo } from '../../../shared/protocol';

type Node = { kind: 'entity'; entity: EntityInfo } | { kind: 'mention'; entity: EntityInfo; index: number };

const ICONS: Record<string, string> = {
  person: 'person', organization: 'organization', outlet: 'broadcast', military_unit: 'shield', place: 'location',
  country: 'globe', nationality: 'account', other: 'symbol-misc',
};

export class EntitiesTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private entities: EntityInfo[] = [];

  constructor(private readonly fetch: () => Promise<EntityInfo[]>) {}

  async refresh(): Promise<void> {
    this.entities = await this.fetch();
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.entities.map(entity => ({ kind: 'entity', entity }));
    if (node.kind === 'entity') return node.entity.mentions.map((_, index) => ({ kind: 'mention', entity: node.entity, index }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const e = node.entity;
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${e.id}`;
      item.description = `${e.kind.replace('_', ' ')} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${e.reports} report${e.reports === 1 ? '' : 's'}`;
      item.tooltip = `Spellings: ${e.spellings.join(', ')}`;
      item.iconPath = new vscode.ThemeIcon(ICONS[e.kind] ?? 'symbol-misc');
      return item;
    }
    const m = e.mentions[node.index];
    const file = decodeURIComponent(m.uri.slice(m.uri.lastIndexOf('/') + 1));
    const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
    item.id = `entity:${e.id}/${m.uri}/${m.range.start.line}:${m.range.start.character}`;
    item.description = `${file}:${m.range.start.line + 1}`;
    item.command = { title: 'Reveal mention', command: 'crosscheck.revealClaim', arguments: [m.uri, m.range] };
    return item;
  }
}
