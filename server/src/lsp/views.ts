// Data for the client's views (Claims and Entities trees), answered from the index.
import type { ClaimInfo, EntityInfo } from '../../../shared/protocol';
import type { Claim } from '../engine/types';
import { toRange } from './convert';
import { formatSource, formatTime, formatValue, topicLabel } from './format';
import { matchesFor } from './matches';
import type { IndexedReport, WorkspaceIndex } from './workspaceIndex';

export function claimInfo(index: WorkspaceIndex, r: IndexedReport, c: Claim): ClaimInfo {
  const matches = matchesFor(index, c.id);
  const agreeing = matches.filter(m => m.relation === 'agrees');
  return {
    id: c.id,
    uri: r.uri,
    range: toRange(r, c.quantity.start, c.quantity.end),
    text: c.quantity.text,
    value: formatValue(c),
    topicKey: `${c.measure.key}|${[...c.scope].sort().join(',')}`,
    topicLabel: topicLabel(c, index.nameOf),
    source: formatSource(c, index.nameOf),
    via: c.via.map(index.nameOf),
    date: formatTime(c.time),
    modality: c.modality,
    entities: c.scope.map(id => ({ id, name: index.nameOf(id) })),
    contradictions: matches.length - agreeing.length,
    corroboration: agreeing.length ? (agreeing.every(m => m.independence === 'echo') ? 'echo' : 'independent') : null,
  };
}

export function listClaims(index: WorkspaceIndex, onlyContradictions: boolean): ClaimInfo[] {
  const out: ClaimInfo[] = [];
  for (const r of index.all()) {
    for (const c of r.analysis.claims) {
      const info = claimInfo(index, r, c);
      if (!onlyContradictions || info.contradictions > 0) out.push(info);
    }
  }
  return out;
}

export function listEntities(index: WorkspaceIndex): EntityInfo[] {
  const byId = new Map<string, EntityInfo & { reportSet: Set<string> }>();
  for (const r of index.all()) {
    for (const e of r.analysis.entities) {
      let info = byId.get(e.id);
      if (!info) {
        info = { id: e.id, name: e.name, kind: e.kind, spellings: [], reports: 0, mentions: [], reportSet: new Set() };
        byId.set(e.id, info);
      }
      if (!info.spellings.includes(e.text)) info.spellings.push(e.text);
      info.reportSet.add(r.uri);
      info.mentions.push({ uri: r.uri, range: toRange(r, e.start, e.end), text: e.text });
    }
  }
  return [...byId.values()]
    .map(({ reportSet, ...info }) => ({ ...info, reports: reportSet.size }))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}
