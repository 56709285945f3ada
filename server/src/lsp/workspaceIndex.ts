// The server's view of the engine's Workspace: each report's text as a TextDocument (for offset ↔ position) and the
// editor version it was analyzed at. What the check reads, and what each edit invalidates, is the Workspace's job.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  Workspace, runStepsGivingWay, warmUpSteps, type Claim, type Contradiction, type Correction, type DocumentAnalysis, type EntityMention, type WorkspaceMatch,
} from '../engine/index';

export interface IndexedReport {
  uri: string;
  /** The text the analysis was made from, with a line index for offset ↔ position conversion. */
  doc: TextDocument;
  /** The engine's own analysis of the text. */
  readonly raw: DocumentAnalysis;
  /** What features show: the raw analysis with the user's corrections and corpus-wide entity links applied. */
  readonly analysis: DocumentAnalysis;
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
  readonly workspace = new Workspace();
  private readonly reports = new Map<string, IndexedReport>();

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
  update(uri: string, text: string, version: number | null, analysis?: DocumentAnalysis): IndexedReport {
    const known = this.reports.get(uri);
    if (known && known.doc.getText() === text) {
      known.version = version;
      return known;
    }
    this.workspace.set(uri, text, analysis);
    const ws = this.workspace;
    const entry: IndexedReport = {
      uri,
      doc: TextDocument.create(uri, 'plaintext', version ?? 0, text),
      get raw() {
        return ws.get(uri)!.raw;
      },
      get analysis() {
        return ws.get(uri)!.analysis;
      },
      version,
    };
    this.reports.set(uri, entry);
    return entry;
  }

  remove(uri: string): boolean {
    this.reports.delete(uri);
    return this.workspace.remove(uri);
  }

  /** True when reports changed since the last check. */
  get stale(): boolean {
    return this.workspace.stale;
  }

  /** Runs the Workspace's check with the user's corrections. */
  check(corrections: readonly Correction[] = []): CheckResult {
    this.workspace.setCorrections(corrections);
    return this.workspace.check();
  }

  /**
   * check(), giving way to `pause` while it runs (the server answers requests meanwhile); checks never overlap. It
   * stops at the first pause after which `superseded` is true, and then resolves to undefined.
   */
  checkGivingWay(corrections: readonly Correction[], pause: () => Promise<void>, superseded: () => boolean): Promise<CheckResult | undefined> {
    this.workspace.setCorrections(corrections);
    return this.workspace.checkGivingWay(pause, superseded);
  }

  /**
   * Readies what an opened report's first edit would wait for: the language model and the name tables, built once (a
   * warm start answers from its cache and never needs them), and, with `prime`, its claims' pairs remembered between
   * checks (Workspace.prime).
   */
  async readyForEdits(uri: string, prime: boolean, pause: () => Promise<void>, stop: () => boolean): Promise<void> {
    await runStepsGivingWay(warmUpSteps(), pause);
    if (prime) await this.workspace.prime(uri, pause, stop);
  }

  /** Display name of an entity id ("place:kyiv" → "Kyiv"); unknown ids show their slug. */
  readonly nameOf = (id: string): string => this.workspace.nameOf(id);

  get lastCheck(): CheckResult {
    return this.workspace.lastCheck;
  }

  claim(id: string): { report: IndexedReport; claim: Claim } | undefined {
    const found = this.workspace.claim(id);
    const report = found && this.reports.get(found.path);
    return report && { report, claim: found.claim };
  }

  /** The claim whose figure (or, failing that, whose clause) covers `offset`. */
  claimAt(uri: string, offset: number): Claim | undefined {
    return this.workspace.claimAt(uri, offset);
  }

  /** Pairs of claims the last check matched: contradicting and agreeing. */
  matchedPairs(): [string, string][] {
    return this.workspace.matchedPairs();
  }

  /** Claims matching `claimId` across the workspace, agreeing or contradicting. */
  matches(claimId: string): WorkspaceMatch[] {
    return this.workspace.matches(claimId);
  }

  entityAt(uri: string, offset: number): EntityMention | undefined {
    return this.workspace.entityAt(uri, offset);
  }

  /** Every mention of a canonical entity across the workspace. */
  mentionsOf(entityId: string): { report: IndexedReport; mention: EntityMention }[] {
    return this.workspace.mentionsOf(entityId).flatMap(m => {
      const report = this.reports.get(m.path);
      return report ? [{ report, mention: m.mention }] : [];
    });
  }
}
