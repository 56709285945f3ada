// A prebuilt index of claims by measure key and coarse time, so matching never compares all pairs and an edit re-checks
// only the keys it touches.
import { detailOf, type ClaimDetail } from '../claims/detail';
import { stableHash } from '../claims/id';
import type { Claim, ClaimRef, Contradiction, DocumentAnalysis, Severity } from '../types';
import { attributionFindings } from './attribution';
import { compareValues, differentVoices, scopeCompatible, scopesOf, spanOf, timeFit, type Scopes, type Span } from './compare';
import { corroboration, refOf, sharedUpstream, type Corroboration } from './corroboration';
import { valueMessage } from './messages';

/** Most candidates one claim is compared with: keeps the cost linear when thousands of reports repeat one figure. */
const CAP = 256;

interface Entry {
  claim: Claim;
  detail: ClaimDetail | undefined;
  scopes: Scopes;
  span: Span | null;
  /** Time bucket: "s<n>" (short spans, 14-day buckets), "L<n>" (long spans, yearly), "u:<level>" (unresolved), "n". */
  bucket: string;
  order: number;
}

export interface ClaimMatch {
  claim: Claim;
  ref: ClaimRef;
  relation: 'agree' | 'contradict';
  severity?: Severity;
  independent: boolean;
  upstream?: string;
}

interface KeyResult {
  contradictions: Contradiction[];
  agreements: [Claim, Claim][];
}

function bucketOf(c: Claim, d: ClaimDetail | undefined, span: Span | null): string {
  if (span) return span.to - span.from < 14 ? `s${Math.floor(span.from / 14)}` : `L${Math.floor(span.from / 366)}`;
  if (d?.timeBasis === 'unresolved' && d.timeText) return `u:${d.timeText.startsWith('date:') || d.timeText.startsWith('weekday:') ? 'day' : d.timeText.slice(d.timeText.indexOf(':') + 1)}`;
  return 'n';
}

/** Claims the check considers: asserted figures with a known event and a bounded value. */
function checkable(c: Claim): boolean {
  return c.modality === 'asserted' && !c.measure.event.startsWith('unspecified') && (c.low !== null || c.high !== null);
}

function signature(c: Claim): string {
  return `${c.low},${c.high},${c.derived ? 1 : 0}`;
}

export class ClaimIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly entries = new Map<string, Entry>();
  /** measure key -> bucket -> entries. */
  private readonly keys = new Map<string, Map<string, Entry[]>>();
  private readonly dirty = new Set<string>();
  private readonly results = new Map<string, KeyResult>();
  private attributionCache: Contradiction[] | null = null;
  private counter = 0;

  constructor(docs: Iterable<DocumentAnalysis> = []) {
    for (const d of docs) this.add(d);
  }

  add(doc: DocumentAnalysis): void {
    if (this.docs.has(doc.path)) this.remove(doc.path);
    this.docs.set(doc.path, doc);
    this.attributionCache = null;
    for (const claim of doc.claims) {
      if (!checkable(claim)) continue;
      const detail = detailOf(claim);
      const span = spanOf(claim);
      const e: Entry = { claim, detail, scopes: scopesOf(claim), span, bucket: bucketOf(claim, detail, span), order: this.counter++ };
      this.entries.set(claim.id, e);
      let buckets = this.keys.get(claim.measure.key);
      if (!buckets) this.keys.set(claim.measure.key, (buckets = new Map()));
      let list = buckets.get(e.bucket);
      if (!list) buckets.set(e.bucket, (list = []));
      list.push(e);
      this.dirty.add(claim.measure.key);
    }
  }

  remove(path: string): void {
    const doc = this.docs.get(path);
    if (!doc) return;
    this.docs.delete(path);
    this.attributionCache = null;
    const touched = new Map<string, Set<string>>();
    for (const claim of doc.claims) {
      const e = this.entries.get(claim.id);
      if (!e || e.claim.path !== path) continue;
      this.entries.delete(claim.id);
      this.dirty.add(claim.measure.key);
      let b = touched.get(claim.measure.key);
      if (!b) touched.set(claim.measure.key, (b = new Set()));
      b.add(e.bucket);
    }
    for (const [key, buckets] of touched) {
      const map = this.keys.get(key)!;
      for (const b of buckets) {
        const kept = map.get(b)!.filter(e => e.claim.path !== path);
        if (kept.length) map.set(b, kept);
        else map.delete(b);
      }
      if (map.size === 0) {
        this.keys.delete(key);
        this.results.delete(key);
      }
    }
  }

  /** All findings: incompatible figures and the same words given to different sources. */
  contradictions(): Contradiction[] {
    for (const key of this.dirty) {
      if (this.keys.has(key)) this.results.set(key, this.computeKey(key));
    }
    this.dirty.clear();
    this.attributionCache ??= attributionFindings(this.docs.values());
    const out: Contradiction[] = [];
    for (const r of this.results.values()) out.push(...r.contradictions);
    out.push(...this.attributionCache);
    return out.sort((x, y) => x.a.path.localeCompare(y.a.path) || x.a.start - y.a.start || x.b.path.localeCompare(y.b.path)
      || x.b.start - y.b.start);
  }

  /** Agreeing matched claims, independent or echoing one upstream source. */
  corroborations(): Corroboration[] {
    this.contradictions();
    const out: Corroboration[] = [];
    for (const r of this.results.values()) for (const [a, b] of r.agreements) out.push(corroboration(a, b));
    return out;
  }

  /** Every claim that matches the given one, agreeing or contradicting, answered from the index. */
  matches(claimId: string): ClaimMatch[] {
    const e = this.entries.get(claimId);
    if (!e) return [];
    const out: ClaimMatch[] = [];
    for (const c of this.candidates(e, CAP * 4, true)) {
      const v = this.judge(e, c);
      if (!v) continue;
      const upstream = sharedUpstream(e.claim, c.claim);
      out.push({
        claim: c.claim, ref: refOf(c.claim), relation: v.relation,
        ...(v.relation === 'contradict' ? { severity: v.severity } : {}),
        independent: !upstream, ...(upstream ? { upstream } : {}),
      });
    }
    return out;
  }

  /** Candidates for e: its key's entries in nearby time buckets, and those whose time is unknown; bounded by `cap`. */
  private candidates(e: Entry, cap: number, withUncertain: boolean): Entry[] {
    const buckets = this.keys.get(e.claim.measure.key);
    if (!buckets) return [];
    const out: Entry[] = [];
    const push = (list: Entry[] | undefined) => {
      if (!list) return;
      for (const x of list) {
        if (out.length >= cap) return;
        if (x !== e) out.push(x);
      }
    };
    const b = e.bucket;
    if (b[0] === 's' || b[0] === 'L') {
      const n = Number(b.slice(1));
      push(buckets.get(`${b[0]}${n - 1}`));
      push(buckets.get(b));
      push(buckets.get(`${b[0]}${n + 1}`));
      // Claims of unknown time decide from their side (they must not pair eagerly); see matches().
      if (withUncertain) {
        for (const [name, list] of buckets) {
          if (name[0] !== 'u' && name !== 'n') continue;
          for (const x of list) if (out.length < cap && this.candidates(x, cap, false).includes(e)) out.push(x);
        }
      }
      return out;
    }
    // Unknown or unresolved time: anything of the key may match, but only when the dated ones agree on when.
    push(buckets.get(b));
    const known: Entry[] = [];
    for (const [name, list] of buckets) {
      if (name === b) continue;
      if (name[0] === 'u' || name === 'n') push(list);
      else for (const x of list) if (known.length < cap) known.push(x);
    }
    const fitting = known.filter(x => differentVoices(e.claim, x.claim) && scopeCompatible(e.scopes, x.scopes, e.claim.measure.event)
      && timeFit(e.claim, x.claim, e.detail, x.detail) !== 'different');
    let lo = -Infinity;
    let hi = Infinity;
    for (const x of fitting) {
      lo = Math.max(lo, x.span!.from);
      hi = Math.min(hi, x.span!.to);
    }
    if (lo <= hi) for (const x of fitting) if (out.length < cap) out.push(x);
    return out;
  }

  private judge(a: Entry, b: Entry): ReturnType<typeof compareValues> | null {
    if (a.claim.measure.key !== b.claim.measure.key) return null;
    if (!differentVoices(a.claim, b.claim)) return null;
    if (!scopeCompatible(a.scopes, b.scopes, a.claim.measure.event)) return null;
    const t = timeFit(a.claim, b.claim, a.detail, b.detail);
    if (t === 'different') return null;
    return compareValues(a.claim, b.claim, t === 'uncertain');
  }

  private computeKey(key: string): KeyResult {
    const buckets = this.keys.get(key)!;
    const found: { a: Claim; b: Claim; severity: Severity }[] = [];
    const agreements: [Claim, Claim][] = [];
    const seen = new Set<string>();
    const all: Entry[] = [];
    for (const list of buckets.values()) all.push(...list);
    all.sort((x, y) => x.claim.path.localeCompare(y.claim.path) || x.claim.quantity.start - y.claim.quantity.start);
    for (const e of all) {
      for (const c of this.candidates(e, CAP, false)) {
        const [a, b] = e.order < c.order ? [e, c] : [c, e];
        const pair = `${a.order}:${b.order}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const v = this.judge(a, b);
        if (!v) continue;
        if (v.relation === 'agree') agreements.push(ordered(a.claim, b.claim));
        else found.push({ ...pairOf(a.claim, b.claim), severity: v.severity });
      }
    }
    // One finding per pair of distinct figures in two reports: "44 conflicts" and "the 44 known clashes" are one 44.
    found.sort((x, y) => x.a.path.localeCompare(y.a.path) || x.a.quantity.start - y.a.quantity.start
      || x.b.path.localeCompare(y.b.path) || x.b.quantity.start - y.b.quantity.start);
    const kept = new Set<string>();
    const contradictions: Contradiction[] = [];
    for (const f of found) {
      const k = `${f.a.path}\u0000${signature(f.a)}\u0000${f.b.path}\u0000${signature(f.b)}`;
      if (kept.has(k)) continue;
      kept.add(k);
      contradictions.push({
        id: `contradiction:${stableHash(`${f.a.id}\u0000${f.b.id}`)}`,
        severity: f.severity, kind: 'value',
        message: valueMessage(f.a, this.docs.get(f.a.path), f.b, this.docs.get(f.b.path)),
        a: refOf(f.a), b: refOf(f.b),
      });
    }
    return { contradictions, agreements };
  }
}

function ordered(a: Claim, b: Claim): [Claim, Claim] {
  return a.path < b.path || (a.path === b.path && a.quantity.start <= b.quantity.start) ? [a, b] : [b, a];
}

function pairOf(a: Claim, b: Claim): { a: Claim; b: Claim } {
  const [x, y] = ordered(a, b);
  return { a: x, b: y };
}
