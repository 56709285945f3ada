// Look-ups across the workspace's linked reports, kept up to date report by report: claims by id, entity names,
// and which reports mention an entity. An edit costs the size of the edited report, never of the workspace.
import type { Claim, DocumentAnalysis } from '../types';

export class Lookups {
  private readonly claims = new Map<string, { path: string; claim: Claim }>();
  /** Entity id -> display name -> how many reports use that name. */
  private readonly names = new Map<string, Map<string, number>>();
  /** Entity id -> paths of the reports that mention it. */
  private readonly mentions = new Map<string, Set<string>>();

  add(doc: DocumentAnalysis): void {
    for (const c of doc.claims) this.claims.set(c.id, { path: doc.path, claim: c });
    for (const [id, name] of namesOf(doc)) {
      let m = this.names.get(id);
      if (!m) this.names.set(id, (m = new Map()));
      m.set(name, (m.get(name) ?? 0) + 1);
    }
    for (const e of doc.entities) {
      let s = this.mentions.get(e.id);
      if (!s) this.mentions.set(e.id, (s = new Set()));
      s.add(doc.path);
    }
  }

  delete(doc: DocumentAnalysis): void {
    for (const c of doc.claims) if (this.claims.get(c.id)?.claim === c) this.claims.delete(c.id);
    for (const [id, name] of namesOf(doc)) {
      const m = this.names.get(id);
      const n = (m?.get(name) ?? 0) - 1;
      if (n > 0) m!.set(name, n);
      else m?.delete(name);
      if (m && m.size === 0) this.names.delete(id);
    }
    for (const e of doc.entities) {
      const s = this.mentions.get(e.id);
      s?.delete(doc.path);
      if (s && s.size === 0) this.mentions.delete(e.id);
    }
  }

  claim(id: string): { path: string; claim: Claim } | undefined {
    return this.claims.get(id);
  }

  name(id: string): string | undefined {
    const m = this.names.get(id);
    return m ? m.keys().next().value : undefined;
  }

  reportsMentioning(id: string): ReadonlySet<string> {
    return this.mentions.get(id) ?? new Set();
  }
}

/** Each entity id a report names once, with the name it gives (mentions first, then attribution sources). */
function namesOf(doc: DocumentAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of doc.entities) if (!out.has(e.id)) out.set(e.id, e.name);
  for (const a of doc.attributions) if (!out.has(a.source.id)) out.set(a.source.id, a.source.name);
  return out;
}
