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

/**
 * Lists claims for the Claims view. Claims the check matched share one topic (union-find over matched pairs),
 * so both sides of a contradiction sit together even when their scopes are worded differently.
 */
export function listClaims(index: WorkspaceIndex, onlyContradictions: boolean): ClaimInfo[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of index.matchedPairs()) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const out: ClaimInfo[] = [];
  const topicOf = new Map<string, { key: string; label: string }>();
  for (const r of index.all()) {
    for (const c of r.analysis.claims) {
      const info = claimInfo(index, r, c);
      if (parent.has(c.id)) {
        const root = find(c.id);
        const topic = topicOf.get(root) ?? { key: `match:${root}`, label: info.topicLabel };
        topicOf.set(root, topic);
        info.topicKey = topic.key;
        info.topicLabel = topic.label;
      }
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
