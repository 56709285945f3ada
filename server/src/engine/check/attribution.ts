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
  const j: Join = { items, evidence, postings: postingsOf(evidence), out: [], seen: new Set(), candidates: new Set(), mine: new Set() };
  for (let yi = 0; yi < items.length; yi++) joinShorter(j, yi);
  return j.out;
}

/** The state of one join, shared by its steps. */
interface Join {
  items: Item[];
  /** Each item's shingles that are not boilerplate, rarest first. */
  evidence: number[][];
  /** Shingle -> the items whose evidence holds it, in order. */
  postings: Map<number, number[]>;
  out: Contradiction[];
  /** The ids of the findings in `out`. */
  seen: Set<string>;
  /** Reused for each item: its longer partners, and its evidence as a set. */
  candidates: Set<number>;
  mine: Set<number>;
}

/** Shingle -> the items whose evidence holds it. */
function postingsOf(evidence: number[][]): Map<number, number[]> {
  const postings = new Map<number, number[]>();
  evidence.forEach((list, n) => {
    for (const s of list) {
      const p = postings.get(s);
      if (p) p.push(n);
      else postings.set(s, [n]);
    }
  });
  return postings;
}

/** The number of an item's shingles. */
const sizeOf = (z: Item) => z.att.fingerprint!.shingles.length;

/** Joins item yi with its longer partners that share enough of its evidence. */
function joinShorter(j: Join, yi: number): void {
  const y = j.items[yi];
  // y is the shorter side here (ties: the earlier item); the longer side finds its own shorter partners.
  const need = Math.max(3, Math.ceil(MIN_SHARE * sizeOf(y) - 1e-9));
  const prefix = j.evidence[yi].length - need + 1;
  if (prefix <= 0) return;
  j.candidates.clear();
  for (let k = 0; k < prefix; k++) {
    for (const xi of j.postings.get(j.evidence[yi][k])!) {
      const x = j.items[xi];
      if (xi !== yi && (sizeOf(x) > sizeOf(y) || (sizeOf(x) === sizeOf(y) && xi > yi))) j.candidates.add(xi);
    }
  }
  if (j.candidates.size === 0) return;
  j.mine.clear();
  for (const s of j.evidence[yi]) j.mine.add(s);
  for (const xi of j.candidates) {
    const x = j.items[xi];
    if (x.doc.path === y.doc.path) continue;
    let count = 0;
    for (const s of j.evidence[xi]) if (j.mine.has(s)) count++;
    if (count < need) continue;
    if (!twoVoices(x, y)) continue;
    const [a, b] = x.doc.path <= y.doc.path ? [x, y] : [y, x];
    const id = `contradiction:${stableHash(`att\u0000${refOf(a).claim}\u0000${refOf(b).claim}`)}`;
    if (j.seen.has(id)) continue;
    j.seen.add(id);
    j.out.push({
      id, severity: 'possible', kind: 'attribution',
      message: attributionMessage(a.att.fingerprint!.quote, a.att.source.name, a.doc.path, b.att.source.name, b.doc.path),
      a: refOf(a), b: refOf(b),
    });
  }
}

/** Whether two attributions of shared words name sources that may be two voices. */
function twoVoices(x: Item, y: Item): boolean {
  // Relaying is not misattribution: "ERR reports Kiviselg said" and "Kiviselg said" share the original voice.
  if (x.chain.some(id => y.chain.includes(id))) return false;
  // "excerpts of a document" and "the unclassified report": two descriptions that may be one paper, no two voices.
  if (unnamedDocument(x.att.source.id) && unnamedDocument(y.att.source.id)) return false;
  // "the army's media wing" and "Inter-Services Public Relations": a description naming no one may be the named body
  // (round 28 probe); only two named voices, or two descriptions, are two voices for sure.
  return described(x.att.source.id) === described(y.att.source.id);
}

/** A source the text describes by common nouns only ("the army's media wing", "a spokesman"): its id names no one. */
function described(id: string): boolean {
  return id.startsWith('source:');
}

/** Where an attribution's content is, as a finding's side. */
function refOf(z: Item) {
  return { path: z.doc.path, start: z.att.content.start, end: z.att.content.end,
    claim: `attribution:${stableHash(`${z.doc.path}\u0000${z.att.content.start}\u0000${z.att.content.end}`)}` };
}
