// The server's index of every report in the workspace: per-report analyses (re-analyzed only when their text
// changes), the corpus-wide entity links and the latest cross-source check. Features answer from here.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../engine/analyze';
import { ClaimIndex, type ClaimMatch } from '../engine/check/claimIndex';
import { prepareCorpus } from '../engine/corpus';
import type { Correction } from '../engine/corrections';
import type { Claim, Contradiction, DocumentAnalysis, EntityMention } from '../engine/types';

export interface IndexedReport {
  uri: string;
  /** The text the analysis was made from, with a line index for offset ↔ position conversion. */
  doc: TextDocument;
  /** The engine's own analysis of the text. */
  raw: DocumentAnalysis;
  /** What features show: the raw analysis with the user's corrections and corpus-wide entity links applied. */
  analysis: DocumentAnalysis;
  /** Editor version of the analyzed text, or null when it was read from disk. */
  version: number | null;
}

export interface CheckResult {
  contradictions: Contradiction[];
  ms: number;
  /** Bumped on every check, so stale results can be told apart. */
  generation: number;
}

export class WorkspaceIndex {
  private readonly reports = new Map<string, IndexedReport>();
  private claimsById = new Map<string, { report: IndexedReport; claim: Claim }>();
  private readonly claimIndex = new ClaimIndex();
  /** Claim-id pairs that match and agree, from the last check. */
  private agreeingPairs: [string, string][] = [];
  /** What each report's claims looked like when last added to the claim index. */
  private readonly signatures = new Map<string, string>();
  private entityNames = new Map<string, string>();
  private last: CheckResult = { contradictions: [], ms: 0, generation: 0 };
  private dirty = true;

  get size(): number {
    return this.reports.size;
  }

  all(): IterableIterator<IndexedReport> {
    return this.reports.values();
  }

  get(uri: string): IndexedReport | undefined {
    return this.reports.get(uri);
  }

  /** Analyzes `text` for `uri` unless the same text is already indexed. Returns the entry. */
  update(uri: string, text: string, version: number | null): IndexedReport {
    const known = this.reports.get(uri);
    if (known && known.doc.getText() === text) {
      known.version = version;
      return known;
    }
    const analysis = analyzeText(uri, text);
    const entry: IndexedReport = {
      uri,
      doc: TextDocument.create(uri, 'plaintext', version ?? 0, text),
      raw: analysis,
      analysis,
      version,
    };
    this.reports.set(uri, entry);
    this.dirty = true;
    return entry;
  }

  remove(uri: string): boolean {
    const had = this.reports.delete(uri);
    if (had) this.dirty = true;
    return had;
  }

  /** True when reports changed since the last check. */
  get stale(): boolean {
    return this.dirty;
  }

  /** Applies corrections, links entities across reports and runs the cross-source check over the whole index. */
  check(corrections: readonly Correction[] = []): CheckResult {
    const t0 = performance.now();
    const entries = [...this.reports.values()];
    const texts = corrections.length ? new Map(entries.map(r => [r.uri, r.doc.getText()])) : undefined;
    const documents = prepareCorpus(entries.map(r => r.raw), { corrections, texts });
    // Only reports whose claims changed go back into the claim index, which re-checks only the keys they touch.
    const live = new Set<string>();
    entries.forEach((r, i) => {
      const doc = documents[i];
      live.add(doc.path);
      const sig = claimSignature(doc);
      if (this.signatures.get(doc.path) !== sig) {
        this.claimIndex.add(doc);
        this.signatures.set(doc.path, sig);
      }
      r.analysis = doc;
    });
    for (const path of [...this.signatures.keys()]) {
      if (!live.has(path)) {
        this.claimIndex.remove(path);
        this.signatures.delete(path);
      }
    }
    const contradictions = this.claimIndex.contradictions();
    this.agreeingPairs = this.claimIndex.corroborations().map(c => [c.a.claim, c.b.claim] as [string, string]);
    this.claimsById = new Map();
    this.entityNames = new Map();
    for (const r of this.reports.values()) {
      for (const e of r.analysis.entities) this.entityNames.set(e.id, e.name);
      for (const a of r.analysis.attributions) if (!this.entityNames.has(a.source.id)) this.entityNames.set(a.source.id, a.source.name);
    }
    for (const r of this.reports.values()) {
      for (const c of r.analysis.claims) this.claimsById.set(c.id, { report: r, claim: c });
    }
    this.dirty = false;
    this.last = { contradictions, ms: performance.now() - t0, generation: this.last.generation + 1 };
    return this.last;
  }

  /** Display name of an entity id ("place:kyiv" → "Kyiv"); unknown ids show their slug. */
  readonly nameOf = (id: string): string => this.entityNames.get(id) ?? id.slice(id.indexOf(':') + 1).replace(/-/g, ' ');

  get lastCheck(): CheckResult {
    return this.last;
  }

  claim(id: string): { report: IndexedReport; claim: Claim } | undefined {
    return this.claimsById.get(id);
  }

  /** The claim whose figure (or, failing that, whose clause) covers `offset`. */
  claimAt(uri: string, offset: number): Claim | undefined {
    const r = this.reports.get(uri);
    if (!r) return undefined;
    const claims = r.analysis.claims;
    return (
      claims.find(c => c.quantity.start <= offset && offset <= c.quantity.end) ??
      claims.find(c => c.start <= offset && offset < c.end)
    );
  }

  /** Pairs of claims the last check matched: contradicting and agreeing. */
  matchedPairs(): [string, string][] {
    const out = this.last.contradictions.filter(c => c.kind === 'value').map(c => [c.a.claim, c.b.claim] as [string, string]);
    return out.concat(this.agreeingPairs);
  }

  /** Claims matching `claimId` across the workspace, agreeing or contradicting, from the claim index. */
  matches(claimId: string): ClaimMatch[] {
    return this.claimIndex.matches(claimId);
  }

  entityAt(uri: string, offset: number): EntityMention | undefined {
    return this.reports.get(uri)?.analysis.entities.find(e => e.start <= offset && offset <= e.end);
  }

  /** Every mention of a canonical entity across the workspace. */
  mentionsOf(entityId: string): { report: IndexedReport; mention: EntityMention }[] {
    const out: { report: IndexedReport; mention: EntityMention }[] = [];
    for (const r of this.reports.values()) {
      for (const e of r.analysis.entities) if (e.id === entityId) out.push({ report: r, mention: e });
    }
    return out;
  }
}

/** Everything about a report's claims that the check reads; equal signatures need no re-check. */
function claimSignature(d: DocumentAnalysis): string {
  return JSON.stringify(d.claims.map(c => [c.id, c.low, c.high, c.scope, c.source?.id, c.via, c.time, c.modality, c.measure.key]));
}
