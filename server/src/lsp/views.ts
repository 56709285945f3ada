// Data for the client's views (Claims and Entities trees), answered from the index.
import type { ClaimInfo, EntityInfo } from '../../../shared/protocol';
import type { Claim } from '../engine/index';
import { toRange } from './convert';
import { formatSource, formatTime, formatValue, topicLabel } from './format';
import { matchesFor } from './matches';
import type { Pause } from './yielding';
import type { IndexedReport, WorkspaceIndex } from './workspaceIndex';

export function claimInfo(index: WorkspaceIndex, r: IndexedReport, c: Claim): { info: ClaimInfo; matched: string[] } {
  const matches = matchesFor(index, c.id);
  const agreeing = matches.filter(m => m.relation === 'agrees');
  const info: ClaimInfo = {
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
  return { info, matched: matches.map(m => m.claim.id) };
}

/**
 * Lists claims for the Claims view. Claims that match (the check's pairs, and every agreeing or contradicting match
 * the index finds, such as a figure restated in the same report) share one topic by union-find, so both sides of a
 * contradiction sit together even when their scopes are worded differently. Neither the topic's key nor its label
 * depends on the order reports were indexed in.
 */
export async function listClaims(index: WorkspaceIndex, onlyContradictions: boolean, pause: Pause = async () => {}): Promise<ClaimInfo[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const [a, b] of index.matchedPairs()) union(a, b);
  const infos: ClaimInfo[] = [];
  for (const r of [...index.all()]) {
    // A report removed while this request gave way is left out.
    if (index.get(r.uri) !== r) continue;
    for (const c of r.analysis.claims) {
      const { info, matched } = claimInfo(index, r, c);
      for (const id of matched) union(c.id, id);
      infos.push(info);
    }
    await pause();
  }
  // A topic is named after its most specific claim (the widest scope), ties going to the smaller id.
  const namer = new Map<string, ClaimInfo>();
  for (const info of infos) {
    if (!parent.has(info.id)) continue;
    const root = find(info.id);
    const best = namer.get(root);
    if (!best || info.entities.length > best.entities.length || (info.entities.length === best.entities.length && info.id < best.id)) {
      namer.set(root, info);
    }
  }
  const out: ClaimInfo[] = [];
  for (const info of infos) {
    if (parent.has(info.id)) {
      const root = find(info.id);
      info.topicKey = `match:${root}`;
      info.topicLabel = namer.get(root)!.topicLabel;
    }
    if (!onlyContradictions || info.contradictions > 0) out.push(info);
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
