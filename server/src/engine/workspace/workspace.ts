// The workspace: every report's analysis and the cross-source check over them, kept up to date edit by edit.
// The CLI and the language server both drive the engine through it, so both see the same findings for the same texts.
// A report is re-checked exactly when what the check reads of it changed: its analysis, the corrections applied to
// it, or how the corpus-wide entity links move its ids (prepare.ts derives all three from the check's own input).
import { analyzeText } from '../analyze';
import { ClaimIndex } from '../check/claimIndex';
import type { Corroboration } from '../check/corroboration';
import type { Correction } from '../corrections';
import { linkAcrossDocuments } from '../entities/link';
import type { Claim, Contradiction, DocumentAnalysis, EntityMention } from '../types';
import { runSteps, runStepsGivingWay } from '../steps';
import { Lookups } from './lookups';
import { correctReport, idsOf, linkReport, peopleOf, remapKey } from './prepare';
import { fromClaimMatch, type WorkspaceMatch } from './vocabulary';

export interface WorkspaceReport {
  path: string;
  text: string;
  /** The engine's own analysis of the text. */
  raw: DocumentAnalysis;
  /** What the check read: corrections and entity links applied; the raw analysis until the next check. */
  analysis: DocumentAnalysis;
}

export interface WorkspaceCheck {
  contradictions: Contradiction[];
  /** Bumped on every check, so stale results can be told apart. */
  generation: number;
  /** Reports whose claims went back into the claim index in this check. */
  rechecked: number;
  ms: number;
}

interface Slot {
  path: string;
  text: string;
  raw: DocumentAnalysis;
  /** raw with the current corrections; null until the next check needs it. */
  corrected: DocumentAnalysis | null;
  /** The entity ids its corrected analysis refers to (idsOf); null until a check with entity links needs them. */
  ids: string[] | null;
  /** What the claim index holds for this report, and what it was made from. */
  linked: DocumentAnalysis | null;
  linkedFrom: DocumentAnalysis | null;
  linkKey: string;
  /** What entity linking reads of this report (peopleOf); '' before the first check. */
  people: string;
}

/** Thrown at a pause of a superseded check, to stop it there. */
const SUPERSEDED = new Error('superseded');

export class Workspace {
  private readonly slots = new Map<string, Slot>();
  private readonly index = new ClaimIndex();
  private readonly lookups = new Lookups();
  private corrections: readonly Correction[] = [];
  private correctionsKey = '[]';
  private changed = false;
  /** Edits counted (set, remove, corrections), and the count the latest check started from. */
  private edits = 0;
  private checkedEdits = 0;
  /** The check giving way now, which a second one waits for. */
  private running: Promise<unknown> = Promise.resolve();
  private last: WorkspaceCheck = { contradictions: [], generation: 0, rechecked: 0, ms: 0 };
  /** The last check's agreeing pairs, made when first asked for (the Claims view), not on every check. */
  private agreeing: Corroboration[] | null = null;
  /** Matches per claim as of the last check, made when first asked for (hovers, lenses and the Claims view share them). */
  private readonly matched = new Map<string, WorkspaceMatch[]>();
  /**
   * Reports removed since the last check. The slot, not its analysis: a check giving way may still be indexing it
   * when it is removed, and whatever that check leaves in the index and look-ups (all, part or none of it) the slot
   * records, so the next check takes out exactly that.
   */
  private readonly removed: Slot[] = [];
  /** The last check's entity links, and whether what linking reads changed since (people named, reports added or removed). */
  private remap = new Map<string, string>();
  private relink = true;
  /**
   * Reports corrected or relinked that the claim index has not taken yet: kept across checks, so a check stopped
   * while it indexed (superseded by a newer one) leaves the rest to the next.
   */
  private readonly unindexed = new Set<Slot>();
  /** Checks asked for so far: a priming run stops when one is waiting. */
  private asked = 0;

  get size(): number {
    return this.slots.size;
  }

  /** True when reports or corrections changed since the last check. */
  get stale(): boolean {
    return this.changed;
  }

  get lastCheck(): WorkspaceCheck {
    return this.last;
  }

  /**
   * Sets a report's text. `analysis` may be given when it was made elsewhere (a worker, the cache) from this very
   * text; otherwise the text is analyzed unless it is unchanged. Returns whether anything changed.
   */
  set(path: string, text: string, analysis?: DocumentAnalysis): boolean {
    const known = this.slots.get(path);
    if (known && known.text === text && !analysis) return false;
    const raw = analysis ?? analyzeText(path, text);
    if (known) Object.assign(known, { text, raw, corrected: null });
    else this.slots.set(path, { path, text, raw, corrected: null, ids: null, linked: null, linkedFrom: null, linkKey: '', people: '' });
    this.changed = true;
    this.edits++;
    return true;
  }

  remove(path: string): boolean {
    const slot = this.slots.get(path);
    if (!slot) return false;
    this.slots.delete(path);
    this.unindexed.delete(slot);
    if (slot.people) this.relink = true;
    // The index and look-ups keep it until the next check, so they always answer as of one check.
    this.removed.push(slot);
    this.changed = true;
    this.edits++;
    return true;
  }

  /** The user's corrections (re-anchored to the current texts); a different list re-corrects every report. */
  setCorrections(corrections: readonly Correction[]): void {
    const key = JSON.stringify(corrections);
    if (key === this.correctionsKey) return;
    this.corrections = corrections;
    this.correctionsKey = key;
    for (const s of this.slots.values()) s.corrected = null;
    this.changed = true;
    this.edits++;
  }

  has(path: string): boolean {
    return this.slots.has(path);
  }

  get(path: string): WorkspaceReport | undefined {
    const s = this.slots.get(path);
    return s && this.reportOf(s);
  }

  *reports(): IterableIterator<WorkspaceReport> {
    for (const s of this.slots.values()) yield this.reportOf(s);
  }

  private reportOf(s: Slot): WorkspaceReport {
    const current = s.linked && s.corrected && s.linkedFrom === s.corrected;
    return { path: s.path, text: s.text, raw: s.raw, analysis: current ? s.linked! : s.raw };
  }

  /** Corrections, entity links, then the check; only reports whose checked input changed go back into the index. */
  check(): WorkspaceCheck {
    this.asked++;
    const t0 = performance.now();
    const rechecked = this.prepareCheck();
    return this.finishCheck(this.index.contradictions(), rechecked, performance.now() - t0);
  }

  /**
   * check(), giving way to `pause` between the measure keys it recomputes (a server answers requests meanwhile; what
   * it reads answers as of the keys done so far). Edits made meanwhile are left for the next check. Checks never
   * overlap: a second one starts when the first is done. `ms` counts the work, not the pauses.
   */
  checkGivingWay(pause: () => Promise<void>): Promise<WorkspaceCheck>;
  /**
   * With `superseded`: the check stops at the first pause after which it returns true (a newer check is wanted) and
   * resolves to undefined; what it left undone is done by the next check, whose answer is then that of a full one.
   */
  checkGivingWay(pause: () => Promise<void>, superseded: () => boolean): Promise<WorkspaceCheck | undefined>;
  checkGivingWay(pause: () => Promise<void>, superseded?: () => boolean): Promise<WorkspaceCheck | undefined> {
    this.asked++;
    const run = this.running.then(async () => {
      if (superseded?.()) return undefined;
      let ms = 0;
      const timed = async () => {
        ms += performance.now() - t;
        await pause();
        if (superseded?.()) throw SUPERSEDED;
        t = performance.now();
      };
      let t = performance.now();
      let rechecked = 0;
      let contradictions: Contradiction[];
      try {
        rechecked = await runStepsGivingWay(this.prepareSteps(), timed);
        contradictions = await this.index.contradictionsGivingWay(timed);
      } catch (e) {
        if (e !== SUPERSEDED) throw e;
        // Everything prepared stays prepared; the findings are as of the last check until the next one ends.
        this.changed = true;
        return undefined;
      }
      return this.finishCheck(contradictions, rechecked, ms + performance.now() - t);
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /**
   * Readies the check for edits of one report (an editor opened it): the pairs its claims take part in are judged
   * again and remembered, so the check after its first edit is as quick as later ones. Runs between checks, giving
   * way to `pause`; it stops at the first pause after a check was asked for, or after `stop` turns true, and never
   * changes a finding. Resolves to whether it ran to the end.
   */
  prime(path: string, pause: () => Promise<void>, stop: () => boolean): Promise<boolean> {
    // Counted now: a check asked for right after this call, waiting behind it, stops it at its first pause.
    const asked = this.asked;
    const run = this.running.then(async () => {
      if (this.changed || !this.slots.has(path) || this.asked !== asked) return false;
      try {
        await this.index.prime(path, async () => {
          await pause();
          if (stop() || this.asked !== asked || this.changed) throw SUPERSEDED;
        });
        return true;
      } catch (e) {
        if (e !== SUPERSEDED) throw e;
        return false;
      }
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  /** The check's first part: removals, corrections, entity links and the claim index brought up to date. */
  private prepareCheck(): number {
    return runSteps(this.prepareSteps());
  }

  /**
   * prepareCheck in steps. Corrections and links are made at once, so the check reads every report as of its start;
   * then it stops between reports and inside a big report's indexing, where a check that gives way may pause. A report
   * edited or removed meanwhile is indexed as it was when the check began, and its edit waits for the next check.
   */
  private *prepareSteps(): Generator<void, number> {
    this.checkedEdits = this.edits;
    for (const slot of this.removed.splice(0)) {
      if (slot.linked) this.lookups.delete(slot.linked);
      slot.linked = null;
      // A report set again under the same path replaces it in the index when it is indexed.
      if (!this.slots.has(slot.path)) this.index.remove(slot.path);
    }
    this.correctChanged();
    // Linking reads only the people each report names: when no report changed those, the links are the last check's.
    if (this.relink) {
      this.remap = linkAcrossDocuments([...this.slots.values()].map(s => s.corrected!));
      for (const s of this.slots.values()) this.unindexed.add(s);
      this.relink = false;
    }
    const remap = this.remap;
    // No links, no key: the ids are read only when some id moves (most folders link no names).
    const keyOf = (s: Slot) => (remap.size ? remapKey((s.ids ??= idsOf(s.corrected!)), remap) : '');
    const work = [...this.unindexed].map(s => ({ s, corrected: s.corrected!, key: keyOf(s) }));
    return yield* this.reindex(work, remap);
  }

  private finishCheck(contradictions: Contradiction[], rechecked: number, ms: number): WorkspaceCheck {
    this.agreeing = null;
    this.matched.clear();
    this.changed = this.edits !== this.checkedEdits;
    this.last = { contradictions, generation: this.last.generation + 1, rechecked, ms };
    return this.last;
  }

  /** Applies the corrections to each report whose analysis or corrections changed. */
  private correctChanged(): void {
    for (const s of this.slots.values()) {
      if (s.corrected) continue;
      this.unindexed.add(s);
      s.corrected = correctReport(s.raw, s.text, this.corrections);
      s.ids = null;
      const people = peopleOf(s.corrected);
      if (people !== s.people) this.relink = true;
      s.people = people;
    }
  }

  /**
   * Puts back into the claim index the reports whose corrected analysis or entity links changed, as the check found
   * them at its start. A report removed meanwhile, or indexed meanwhile by a plain check, is skipped (one removed while
   * it is being indexed is taken out by the next check); what a check stopped here (superseded) left undone stays in
   * `unindexed` for the next.
   */
  private *reindex(work: { s: Slot; corrected: DocumentAnalysis; key: string }[], remap: ReadonlyMap<string, string>): Generator<void, number> {
    let rechecked = 0;
    for (const { s, corrected, key } of work) {
      if (!this.unindexed.has(s)) continue;
      if (s.linkedFrom === corrected && s.linkKey === key) {
        this.unindexed.delete(s);
        continue;
      }
      const linked = key ? linkReport(corrected, remap) : corrected;
      if (!(yield* this.index.addSteps(linked))) continue;
      this.unindexed.delete(s);
      if (s.linked) this.lookups.delete(s.linked);
      s.linked = linked;
      s.linkedFrom = corrected;
      s.linkKey = key;
      this.lookups.add(linked);
      rechecked++;
      yield;
    }
    return rechecked;
  }

  /** A claim by id, with its report's path, as of the last check. */
  claim(id: string): { path: string; claim: Claim } | undefined {
    return this.lookups.claim(id);
  }

  /** The claim whose figure (or, failing that, whose clause) covers `offset`. */
  claimAt(path: string, offset: number): Claim | undefined {
    const claims = this.get(path)?.analysis.claims ?? [];
    return claims.find(c => c.quantity.start <= offset && offset <= c.quantity.end) ?? claims.find(c => c.start <= offset && offset < c.end);
  }

  /** Every claim matching the given one across the workspace, agreeing or contradicting. */
  matches(claimId: string): WorkspaceMatch[] {
    let m = this.matched.get(claimId);
    if (!m) this.matched.set(claimId, (m = this.index.matches(claimId).map(fromClaimMatch)));
    return m;
  }

  /** Claim-id pairs the last check matched: contradicting, then agreeing. */
  matchedPairs(): [string, string][] {
    const out = this.last.contradictions.filter(c => c.kind === 'value').map(c => [c.a.claim, c.b.claim] as [string, string]);
    for (const c of this.corroborations()) out.push([c.a.claim, c.b.claim]);
    return out;
  }

  /** Matched claims that agree as of the last check, independent or echoing one upstream source. */
  corroborations(): Corroboration[] {
    return (this.agreeing ??= this.index.corroborations());
  }

  entityAt(path: string, offset: number): EntityMention | undefined {
    return this.get(path)?.analysis.entities.find(e => e.start <= offset && offset <= e.end);
  }

  /** Every mention of a canonical entity across the workspace. */
  mentionsOf(entityId: string): { path: string; mention: EntityMention }[] {
    const out: { path: string; mention: EntityMention }[] = [];
    for (const path of this.lookups.reportsMentioning(entityId)) {
      for (const e of this.get(path)?.analysis.entities ?? []) if (e.id === entityId) out.push({ path, mention: e });
    }
    return out;
  }

  /** Display name of an entity id ("place:kyiv" → "Kyiv"); unknown ids show their slug. */
  readonly nameOf = (id: string): string => this.lookups.name(id) ?? id.slice(id.indexOf(':') + 1).replace(/-/g, ' ');
}
