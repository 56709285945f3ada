// The same words given to different sources in different reports: one of the attributions is likely wrong.
import type { FingerprintedAttribution } from '../claims/fingerprint';
import { stableHash } from '../claims/id';
import type { Contradiction, DocumentAnalysis } from '../types';
import { attributionMessage } from './messages';

/** Shingles shared by more attributions than this are boilerplate ("said in a statement on Telegram"), not evidence. */
const MAX_POSTINGS = 24;
/** Share of the shorter content's shingles that must be shared. */
const MIN_SHARE = 0.6;

/** Nouns for a written text rather than a voice: a source named only by one of them names no one. */
const DOCUMENT_NOUNS = new Set(['document', 'documents', 'report', 'reports', 'memo', 'assessment', 'paper', 'study',
  'letter', 'filing', 'analysis', 'excerpt', 'excerpts', 'dossier', 'brief', 'briefing', 'cable', 'statement']);

/** A source the text names only by a document noun ("the unclassified report", "excerpts of a document"). */
function unnamedDocument(id: string): boolean {
  if (!id.startsWith('source:')) return false;
  return id.slice('source:'.length).split('-').some(w => DOCUMENT_NOUNS.has(w));
}

interface Item {
  doc: DocumentAnalysis;
  att: FingerprintedAttribution;
  chain: string[];
}

/**
 * Pairs of attributions in different reports that share most of their words (5-word shingles) yet name no
 * common source. A set-similarity join with prefix filtering: a pair that shares at least `need` of the shorter
 * content's shingles must share one of that content's `size - need + 1` rarest shingles, so only those are looked
 * up. Exact, and the work per attribution no longer grows with how often its ordinary phrases recur.
 */
export function attributionFindings(docs: Iterable<DocumentAnalysis>): Contradiction[] {
  const items: Item[] = [];
  const freq = new Map<number, number>();
  for (const doc of docs) {
    for (const att of doc.attributions as FingerprintedAttribution[]) {
      if (!att.fingerprint) continue;
      items.push({ doc, att, chain: [att.source.id, ...att.via] });
      for (const s of att.fingerprint.shingles) freq.set(s, (freq.get(s) ?? 0) + 1);
    }
  }
  // Each item's evidence: its shingles that are not boilerplate, rarest first (one global order).
  const byRarity = (x: number, y: number) => freq.get(x)! - freq.get(y)! || x - y;
  const evidence = items.map(x => x.att.fingerprint!.shingles.filter(s => freq.get(s)! <= MAX_POSTINGS).sort(byRarity));
  const postings = new Map<number, number[]>();
  evidence.forEach((list, n) => {
    for (const s of list) {
      const p = postings.get(s);
      if (p) p.push(n);
      else postings.set(s, [n]);
    }
  });
  const size = (n: number) => items[n].att.fingerprint!.shingles.length;
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  const candidates = new Set<number>();
  const mine = new Set<number>();
  items.forEach((y, yi) => {
    // y is the shorter side here (ties: the earlier item); the longer side finds its own shorter partners.
    const need = Math.max(3, Math.ceil(MIN_SHARE * size(yi) - 1e-9));
    const prefix = evidence[yi].length - need + 1;
    if (prefix <= 0) return;
    candidates.clear();
    for (let k = 0; k < prefix; k++) {
      for (const xi of postings.get(evidence[yi][k])!) {
        if (xi !== yi && (size(xi) > size(yi) || (size(xi) === size(yi) && xi > yi))) candidates.add(xi);
      }
    }
    if (candidates.size === 0) return;
    mine.clear();
    for (const s of evidence[yi]) mine.add(s);
    for (const xi of candidates) {
      const x = items[xi];
      if (x.doc.path === y.doc.path) continue;
      let count = 0;
      for (const s of evidence[xi]) if (mine.has(s)) count++;
      if (count < need) continue;
      // Relaying is not misattribution: "ERR reports Kiviselg said" and "Kiviselg said" share the original voice.
      if (x.chain.some(id => y.chain.includes(id))) continue;
      // "excerpts of a document" and "the unclassified report": two descriptions that may be one paper, no two voices.
      if (unnamedDocument(x.att.source.id) && unnamedDocument(y.att.source.id)) continue;
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
