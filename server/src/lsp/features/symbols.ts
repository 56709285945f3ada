// The Outline (document symbols: the report's claims and entities) and workspace symbol search.
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { EntityKind } from '../../engine/index';
import { toLocation, toRange } from '../convert';
import { formatValue } from '../format';
import type { WorkspaceIndex } from '../workspaceIndex';

const ENTITY_SYMBOL: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Class,
  organization: SymbolKind.Namespace,
  outlet: SymbolKind.Interface,
  military_unit: SymbolKind.Struct,
  place: SymbolKind.Enum,
  country: SymbolKind.Module,
  nationality: SymbolKind.TypeParameter,
  other: SymbolKind.Object,
};

export function documentSymbols(index: WorkspaceIndex, uri: string): DocumentSymbol[] {
  const r = index.get(uri);
  if (!r) return [];
  const claims: DocumentSymbol[] = r.analysis.claims.map(c => ({
    name: c.quantity.text,
    detail: `${formatValue(c)} · ${c.measure.event.replace(/_/g, ' ')}${c.source ? ` · ${c.source.name}` : ''}`,
    kind: SymbolKind.Number,
    range: toRange(r, c.start, c.end),
    selectionRange: toRange(r, c.quantity.start, c.quantity.end),
  }));
  // One symbol per entity, at its first mention.
  const seen = new Set<string>();
  const entities: DocumentSymbol[] = [];
  for (const e of r.analysis.entities) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    entities.push({
      name: e.name,
      detail: e.kind.replace('_', ' '),
      kind: ENTITY_SYMBOL[e.kind],
      range: toRange(r, e.start, e.end),
      selectionRange: toRange(r, e.start, e.end),
    });
  }
  const before = (x: DocumentSymbol['range']['start'], y: DocumentSymbol['range']['start']) =>
    x.line - y.line || x.character - y.character;
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] => {
    if (!children.length) return [];
    const sorted = [...children].sort((a, b) => before(a.range.start, b.range.start));
    const end = sorted.reduce((m, c) => (before(c.range.end, m) > 0 ? c.range.end : m), sorted[0].range.end);
    return [{ name, kind, range: { start: sorted[0].range.start, end }, selectionRange: sorted[0].selectionRange, children: sorted }];
  };
  return [...group('Claims', SymbolKind.Package, claims), ...group('Entities', SymbolKind.Package, entities)];
}

export function workspaceSymbols(index: WorkspaceIndex, query: string, limit = 500): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  for (const r of index.all()) {
    for (const e of r.analysis.entities) {
      const key = `${e.id}\u0000${r.uri}`;
      if (seen.has(key) || !(e.name.toLowerCase().includes(q) || e.text.toLowerCase().includes(q))) continue;
      seen.add(key);
      out.push({ name: e.name, kind: ENTITY_SYMBOL[e.kind], containerName: e.kind.replace('_', ' '), location: toLocation(r, e.start, e.end) });
    }
    for (const c of r.analysis.claims) {
      if (!(c.quantity.text.toLowerCase().includes(q) || c.measure.key.toLowerCase().includes(q))) continue;
      out.push({ name: c.quantity.text, kind: SymbolKind.Number, containerName: c.measure.key, location: toLocation(r, c.quantity.start, c.quantity.end) });
    }
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
