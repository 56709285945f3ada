// What the check reads of one report: its analysis with the user's corrections and the corpus-wide entity links
// applied. Each step is a pure function of its inputs, so a report whose inputs are unchanged keeps the very
// object the check last read, and the workspace knows it needs no re-check by identity, not by a hand-kept list of fields.
import { applyCorrections, type Correction } from '../corrections';
import type { DocumentAnalysis } from '../types';

/** The raw analysis with the corrections applied; the raw one itself (never mutated) when there are none. */
export function correctReport(raw: DocumentAnalysis, text: string, corrections: readonly Correction[]): DocumentAnalysis {
  if (corrections.length === 0) return raw;
  const doc = structuredClone(raw);
  applyCorrections([doc], corrections, new Map([[doc.path, text]]));
  return doc;
}

/** Every entity id a report's analysis refers to: the ids a corpus-wide remap may move. */
export function idsOf(doc: DocumentAnalysis): string[] {
  const ids = new Set<string>();
  for (const e of doc.entities) ids.add(e.id);
  for (const a of doc.attributions) {
    ids.add(a.source.id);
    for (const v of a.via) ids.add(v);
    for (const r of a.relays ?? []) ids.add(r.source.id);
  }
  for (const c of doc.claims) {
    for (const s of c.scope) ids.add(s);
    if (c.source) ids.add(c.source.id);
    for (const v of c.via) ids.add(v);
  }
  return [...ids];
}

/** The part of a remap that touches these ids, as a key: equal keys give equal linked reports. */
export function remapKey(ids: readonly string[], remap: ReadonlyMap<string, string>): string {
  let key = '';
  for (const id of ids) {
    const to = remap.get(id);
    if (to !== undefined) key += `${id}\u0000${to}\u0001`;
  }
  return key;
}

/** A copy of the report with entity ids remapped; the objects the remap does not touch are shared, not copied. */
export function linkReport(doc: DocumentAnalysis, remap: ReadonlyMap<string, string>): DocumentAnalysis {
  const re = (id: string) => remap.get(id) ?? id;
  const moves = (ids: readonly string[]) => ids.some(id => remap.has(id));
  return {
    ...doc,
    entities: doc.entities.map(e => (remap.has(e.id) ? { ...e, id: re(e.id) } : e)),
    attributions: doc.attributions.map(a => (remap.has(a.source.id) || moves(a.via) || a.relays?.some(r => remap.has(r.source.id))
      ? {
        ...a, source: { ...a.source, id: re(a.source.id) }, via: a.via.map(re),
        ...(a.relays ? { relays: a.relays.map(r => ({ ...r, source: { ...r.source, id: re(r.source.id) } })) } : {}),
      }
      : a)),
    claims: doc.claims.map(c => (moves(c.scope) || (c.source && remap.has(c.source.id)) || moves(c.via)
      ? { ...c, scope: c.scope.map(re), source: c.source ? { ...c.source, id: re(c.source.id) } : null, via: c.via.map(re) }
      : c)),
  };
}

/** What entity linking (entities/link.ts) reads of a report, as a key: the people it names, in order. */
export function peopleOf(doc: DocumentAnalysis): string {
  let key = '';
  for (const e of doc.entities) if (e.kind === 'person') key += `${e.id}\u0000${e.name}\u0001`;
  return key;
}
