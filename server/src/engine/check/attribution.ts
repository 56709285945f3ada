// The same words given to different sources in different reports: one of the attributions is likely wrong.
import type { FingerprintedAttribution } from '../claims/fingerprint';
import { stableHash } from '../claims/id';
import type { Contradiction, DocumentAnalysis } from '../types';
import { attributionMessage } from './messages';

/** Shingles shared by more attributions than this are boilerplate ("said in a statement on Telegram"), not evidence. */
const MAX_POSTINGS = 24;
/** Share of the shorter content's shingles that must be shared. */
const MIN_SHARE = 0.6;

interface Item {
  doc: DocumentAnalysis;
  att: FingerprintedAttribution;
  chain: string[];
}

export function attributionFindings(docs: Iterable<DocumentAnalysis>): Contradiction[] {
  const items: Item[] = [];
  const postings = new Map<number, number[]>();
  for (const doc of docs) {
    for (const att of doc.attributions as FingerprintedAttribution[]) {
      const f = att.fingerprint;
      if (!f) continue;
      const n = items.length;
      items.push({ doc, att, chain: [att.source.id, ...att.via] });
      for (const s of f.shingles) {
        let p = postings.get(s);
        if (!p) postings.set(s, (p = []));
        if (p.length <= MAX_POSTINGS) p.push(n);
      }
    }
  }
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  // One counter map, cleared per item: a fresh Map per attribution was most of the check's garbage.
  const shared = new Map<number, number>();
  items.forEach((x, i) => {
    shared.clear();
    for (const s of x.att.fingerprint!.shingles) {
      const p = postings.get(s)!;
      if (p.length > MAX_POSTINGS) continue;
      for (const j of p) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const y = items[j];
      if (y.doc.path === x.doc.path) continue;
      const min = Math.min(x.att.fingerprint!.shingles.length, y.att.fingerprint!.shingles.length);
      if (count < Math.max(3, MIN_SHARE * min)) continue;
      // Relaying is not misattribution: "ERR reports Kiviselg said" and "Kiviselg said" share the original voice.
      if (x.chain.some(id => y.chain.includes(id))) continue;
      const [a, b] = x.doc.path <= y.doc.path ? [x, y] : [y, x];
      const ref = (z: Item) => ({ path: z.doc.path, start: z.att.content.start, end: z.att.content.end,
        claim: `attribution:${stableHash(`${z.doc.path}\u0000${z.att.content.start}\u0000${z.att.content.end}`)}` });
      const id = `contradiction:${stableHash(`att\u0000${ref(a).claim}\u0000${ref(b).claim}`)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({
        id, severity: 'possible', kind: 'attribution',
        message: attributionMessage(a.att.fingerprint!.quote, a.att.source.name, a.doc.path, b.att.source.name, b.doc.path),
        a: ref(a), b: ref(b),
      });
    }
  });
  return out;
}
