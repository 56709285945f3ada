// A prebuilt index of claims by measure key and coarse time, so matching never compares all pairs and an edit re-checks
// only the keys it touches.
import { detailOf, type ClaimDetail } from '../claims/detail';
import type { Claim, ClaimRef, Contradiction, DocumentAnalysis, Severity } from '../types';
import type { FingerprintedAttribution } from '../claims/fingerprint';
import { attributionFindings } from './attribution';
import { asOfReach, isAsOf } from './asOf';
import { RESULT_EVENTS } from '../claims/election';
import { baseEvent } from '../claims/measure';
import {
  compareFigures, eventTimeVerdict, differentVoices, voicesMeet, groupSide, partyId, voicedElsewhere, hasHostedPlace, hasUnnamed, otherGathering, placesBeside, resultsSaidTogether, scopeCompatible, scopeObstacle, scopesOf, settingOf, settingsOverlap, spanOf, timeFit, troopsOfTwoSides, wholeOverPart, type Scopes,
  type Span, type TimeFit, type Verdict,
} from './compare';
import { corroboration, refOf, sharedUpstream, type Corroboration } from './corroboration';
import { groupFindings, type SidedFinding } from './grouping';
import { findingId } from './findingId';
import { Restatements, type LedFinding } from './restatements';
import { valueFinding, type MatchFacts, type PossibleReason } from './messages';
import { GROWTH, contextOf, contextPartSide, type ReportContext, otherCountry, hostedBeyondWhole, partSide, partWholeVerdict, periodExceeds, periodPart, unplacedFit, wholeRateOverPart, contextListPart } from './places';
import { isStatedChange, oldSideOf, statedChanges } from './revisions';
import { issuedDay, orderCandidates, orderVerdict, saidDay, type OrderKind } from './order';
import { runSteps, runStepsGivingWay } from '../steps';
import { instancesApart } from '../claims/incidents';
import { TOLL_WORDS } from '../claims/counted';
import { aggregatePart, aloneBelowWhole, siteBelowWhole, blowInRunningTotal, attributionApart, crowdStagesApart, occasionsApart, bothConversions, bothRisenSameDay, spreadOverPart, breakdownApart, wholeBeside, clauseMates, confirmationApart, countsElsewhere, oneGathering, countedLater, listedPart, rivalVoicesInOneReport, readingsApart, roseAcrossReports, runningBelow, runningTotalsApart, currencyLossSpansApart, sameDayStages, sameEnumeration, timeOnOneSide, weakOnBothSides, earlierWordApart } from './parts';
import { weakEvidence, weakSigns } from './evidence';
import { strataGate } from './strata';
import { estimatesMeet, plannedFigure, possibleEstimate } from './recall';
import { isEventTime } from '../claims/eventTime';

/** No entries, shared. */
const NO_ENTRIES: Entry[] = [];
/** No findings, shared. */
const NO_FINDINGS: Contradiction[] = [];
/** Most candidates one claim is compared with: keeps the cost linear when thousands of reports repeat one figure. */
const CAP = 64;
/** Most findings one claim takes part in: a figure contradicted by hundreds of reports needs only a few shown. */
const MAX_FINDINGS_PER_CLAIM = 8;
/**
 * A check that gives way may pause after this much work on one measure key: a claim counts one, and each pair it
 * judges one more. Counting claims alone let one step judge 64 × CAP pairs, which some keys take 0.2 ms each to judge.
 */
const KEY_STEP = 256;
/** Claims indexed between two places where adding a report may pause. */
const ADD_STEP = 512;

interface Entry {
  claim: Claim;
  detail: ClaimDetail | undefined;
  /** Shared by the entries whose scopes read alike (see scopeSig). */
  scopes: Scopes;
  /** The number of the scopes' content: equal scopes, equal number, so a pair's fit is worked out once per key. */
  scopeSig: number;
  /** Every place and country its report mentions, shared by the report's entries. */
  setting: Set<string>;
  /** The places its report's title or lead names (places.ts, contextFit), shared by the report's entries. */
  context: ReportContext;
  span: Span | null;
  /** The day the figure was said (order.ts), as a day number. */
  said: number | null;
  /** The day its report was published, as a day number: a correction holds from it (round 31). */
  issued: number | null;
  /** Time bucket: "s<n>" (short spans, 14-day buckets), "L<n>" (long spans, yearly), "u:<level>" (unresolved), "n". */
  bucket: string;
  order: number;
  /** Its claim's path as a number (ClaimIndex.pathIds): equal numbers, equal paths, told apart without reading them. */
  report: number;
  /** The figure's offset in its report (claim.quantity.start), read by `before` without touching the claim. */
  start: number;
  /**
   * Its report's place among the key's reports sorted by path, set by byReport at the start of each computeKey: pairs
   * are put in report order by numbers, not by comparing two paths per candidate (a quarter of the check's samples).
   */
  rank: number;
  /** Its scope kind's number among its key's kinds in the Fits of run `fitRun` (-1: none yet). */
  fitRow: number;
  fitRun: number;
  /**
   * Whether a count's order may judge it (keepOrdered): no earlier word of its voice, no event time. Read at indexing,
   * where the claim and its detail are at hand, rather than from them by every check of its key.
   */
  orderable: boolean;
  /** Findings and agreements kept for this claim so far in the running computeKey (reset at its start). */
  findings: number;
  agreements: number;
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

/** A claim with its frame's details. */
type Framed = Pick<Entry, 'claim' | 'detail'>;

/** How far a figure of a count in progress may drift before the final count, relative to the larger figure. */
const PROVISIONAL_DRIFT = 0.1;

/**
 * A figure of a count in progress ("turnout of 59% with 80% of polling stations counted") and a close figure of a later
 * stage or the final count (59.97%): the count moved on, no rival. Far apart (51% vs 30%), they still pair.
 */
export function provisionalDrift(a: Framed, b: Framed): boolean {
  if (!a.detail?.provisional && !b.detail?.provisional) return false;
  const x = a.claim.value ?? a.claim.low ?? a.claim.high;
  const y = b.claim.value ?? b.claim.low ?? b.claim.high;
  if (x === null || y === null) return false;
  return Math.abs(x - y) <= PROVISIONAL_DRIFT * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * Years back an as-of figure looks for the periods it may speak of: the year before (last year's inflation, said in
 * January). Reaching ten years back (multi-year averages stated years later) paired studies of different windows and
 * cost precision on the development sets.
 */
const REACH_YEARS = 1;
/** Days of a short span's time bucket, and of a long span's. */
const SHORT_BUCKET = 14;
const LONG_BUCKET = 366;

function bucketOf(c: Claim, d: ClaimDetail | undefined, span: Span | null): string {
  // A month named for one event (round 41) may meet a day inside it: it sits with the short spans of its middle, whose
  // neighbouring buckets hold the month's days but its first and last.
  if (span && d?.eventMonth) return `s${Math.floor((span.from + span.to) / 2 / SHORT_BUCKET)}`;
  if (span) return span.to - span.from < SHORT_BUCKET ? `s${Math.floor(span.from / SHORT_BUCKET)}` : `L${Math.floor(span.from / LONG_BUCKET)}`;
  if (d?.timeBasis === 'unresolved' && d.timeText) return `u:${d.timeText.startsWith('date:') || d.timeText.startsWith('weekday:') ? 'day' : d.timeText.slice(d.timeText.indexOf(':') + 1)}`;
  return 'n';
}

/**
 * Days the dated claims of a key may spread over and still tell an asserted figure of an unresolved day ("today",
 * "yesterday" in a report with no date) when it was: a report's day and the next (a wire's day and a paper's). More
 * spread, or a figure of no day, a week or a year, keeps it apart from them all (round 43); a possibility too, since its
 * "yesterday" may be a forecast's day.
 */
const UNRESOLVED_DAY_SLACK = 1;
function daySlack(e: Entry): number {
  return e.bucket === 'u:day' && e.claim.modality === 'asserted' ? UNRESOLVED_DAY_SLACK : 0;
}

/** Claims the check considers: asserted figures (or a sourced possible one, recall.ts) with a known event and a bounded value. */
function checkable(c: Claim): boolean {
  return (c.modality === 'asserted' || possibleEstimate(c) || plannedFigure(c)) && !c.measure.event.startsWith('unspecified') && (c.low !== null || c.high !== null)
    && (!detailOf(c)?.superseded || !!detailOf(c)?.earlierWord) && !detailOf(c)?.yardstick;
}


export class ClaimIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  /** Whether u's report leaves placed's place unnamed or places a count of u's measure (parts.ts, oneGathering). */
  /** Whether a placed figure's report also gives its measure's figure for somewhere else (parts.ts, wholeBeside). */
  private readonly partSetApart = (placed: Claim): boolean => {
    // Read once per claim (it walks the report's claims); a changed report brings new claim objects.
    let known = this.setApart.get(placed);
    if (known === undefined) this.setApart.set(placed, (known = wholeBeside(this.docs.get(placed.path), placed)));
    return known;
  };
  private readonly setApart = new WeakMap<Claim, boolean>();
  /** A claim's clause mates in its report (parts.ts, clauseMates), read once per claim. */
  private mates(c: Claim): Claim[] {
    let known = this.matesOf.get(c);
    if (!known) this.matesOf.set(c, (known = clauseMates(this.docs.get(c.path), c)));
    return known;
  }
  private readonly matesOf = new WeakMap<Claim, Claim[]>();
  /**
   * One side's own clause states, in the same voice, a figure the other side agrees with: that report gives both
   * figures together (a whole and its part, a list), so the other report restating one of them is no rival of the other.
   */
  private statedBeside(a: Claim, b: Claim): boolean {
    for (const [x, y] of [[a, b], [b, a]]) {
      for (const q of this.mates(x)) if (q.value !== null && q.value === y.value) return true;
    }
    return false;
  }
  private readonly elsewhere = (u: Claim, placed: Claim): boolean => countsElsewhere(this.docs.get(u.path), u, placed);
  private readonly entries = new Map<string, Entry>();
  /** measure key -> bucket -> entries. */
  private readonly keys = new Map<string, Map<string, Entry[]>>();
  private readonly dirty = new Set<string>();
  private readonly results = new Map<string, KeyResult>();
  private attributionCache: Contradiction[] | null = null;
  /** The last answer of contradictions(), and the findings left out of it and new to it since. */
  private sorted: Contradiction[] = [];
  private readonly gone = new Set<Contradiction>();
  private readonly fresh: Contradiction[] = [];
  /** What the attribution findings read of each report (attributionInput); '' when it gives them nothing. */
  private readonly attributionInputs = new Map<string, string>();
  /** Distinct report settings, by their sorted country ids. */
  private readonly settings = new Map<string, Set<string>>();
  /** Distinct claim scopes, by their content, with their numbers (never reused: equal numbers mean equal scopes). */
  private readonly scopeKinds = new Map<string, { scopes: Scopes; sig: number }>();
  /**
   * The kinds by what scopesOf reads of a claim (scopeInput): a claim whose input was seen takes its kind without
   * building nine Sets and their sorted text (a third of what indexing allocated). Cleared with scopeKinds, so it only
   * ever answers with a kind scopeKinds holds, the one scopeKind would have found.
   */
  private readonly scopeInputs = new Map<string, { scopes: Scopes; sig: number }>();
  private scopeCounter = 0;
  /** Runs of pairSteps so far: each numbers its key's scope kinds afresh (Fits). */
  private fitRuns = 0;
  /** A number for each claim path seen, never reused (Entry.report); it holds one number per path ever indexed. */
  private readonly pathIds = new Map<string, number>();
  private counter = 0;
  /** Bumped whenever claims are added or dropped. */
  private edits = 0;
  /**
   * Verdicts of pairs judged in keys computed before, by the pair's entries (a report put back gets new entries, so a
   * verdict never outlives what it was judged from). An edit re-computes its keys whole, and most of their pairs are
   * of reports it did not touch. Kept only for keys computed again, so a one-off check (the CLI) stores none.
   */
  private readonly verdicts = new WeakMap<Entry, WeakMap<Entry, Verdict | null>>();
  private readonly computedKeys = new Set<string>();
  /** Reports being added in steps, each with its add's token: a later add or a removal takes the report over. */
  private readonly adding = new Map<string, object>();
  /** The changes each report states (revisions.ts), by measure key, then report path. */
  private readonly changes = new Map<string, Map<string, Set<string>>>();

  constructor(docs: Iterable<DocumentAnalysis> = []) {
    for (const d of docs) this.add(d);
  }

  add(doc: DocumentAnalysis): void {
    runSteps(this.addSteps(doc));
  }

  /**
   * add() in steps: it stops after each ADD_STEP claims, where a check that gives way may pause (a report of tens of
   * thousands of figures takes a few hundred milliseconds to index). Read meanwhile, the index holds part of the
   * report's claims. Returns false, leaving the rest, when the report was added again or removed meanwhile.
   */
  *addSteps(doc: DocumentAnalysis): Generator<void, boolean> {
    const token = {};
    this.adding.set(doc.path, token);
    // An edit that leaves the report's attributions as they were (a figure changed) keeps the attribution findings.
    const input = attributionInput(doc);
    if (this.attributionInputs.get(doc.path) !== input) this.attributionCache = null;
    if (this.docs.has(doc.path)) this.drop(doc.path);
    this.edits++;
    this.docs.set(doc.path, doc);
    this.attributionInputs.set(doc.path, input);
    // Reports about one event mostly name the same countries: equal settings share one Set, so most pairs compare
    // by identity instead of intersecting.
    for (const [key, set] of statedChanges(doc)) {
      let byPath = this.changes.get(key);
      if (!byPath) this.changes.set(key, (byPath = new Map()));
      byPath.set(doc.path, set);
      this.dirty.add(key);
    }
    const own = settingOf(doc.entities);
    const settingKey = [...own].sort().join(' ');
    let setting = this.settings.get(settingKey);
    if (!setting) this.settings.set(settingKey, (setting = own));
    const context = contextOf(doc, partyId);
    let done = 0;
    for (const claim of doc.claims) {
      if (++done % ADD_STEP === 0) {
        yield;
        if (this.adding.get(doc.path) !== token) return false;
      }
      if (!checkable(claim)) continue;
      const detail = detailOf(claim);
      const span = spanOf(claim);
      const kind = this.scopeKindOf(claim, detail, setting);
      const e: Entry = {
        claim, detail, scopes: kind.scopes, scopeSig: kind.sig, setting, context, span, said: saidDay(claim, detail, doc), issued: issuedDay(doc), bucket: bucketOf(claim, detail, span),
        order: this.counter++, report: this.pathId(claim.path), start: claim.quantity.start, rank: -1, fitRow: 0, fitRun: -1,
        orderable: !detail?.superseded && !isEventTime(claim) && claim.modality === 'asserted', findings: 0, agreements: 0,
      };
      this.entries.set(claim.id, e);
      let buckets = this.keys.get(claim.measure.key);
      if (!buckets) this.keys.set(claim.measure.key, (buckets = new Map()));
      let list = buckets.get(e.bucket);
      if (!list) buckets.set(e.bucket, (list = []));
      insertInOrder(list, e);
      this.dirty.add(claim.measure.key);
    }
    this.adding.delete(doc.path);
    return true;
  }

  /**
   * Each path number's place among every path indexed, sorted by path (byReport). Worked out again only when a new
   * path was numbered, so a check sorts its paths once, not once per measure key.
   */
  private pathRanks(): Int32Array {
    if (this.ranked.length !== this.pathIds.size) {
      // Path numbers are handed out in order and never dropped: number i is the i-th path of pathIds.
      const paths = [...this.pathIds.keys()];
      const ids = paths.map((_, i) => i).sort((x, y) => cmpText(paths[x], paths[y]));
      this.ranked = new Int32Array(paths.length);
      for (let k = 0; k < ids.length; k++) this.ranked[ids[k]] = k;
    }
    return this.ranked;
  }
  private ranked = new Int32Array(0);

  private pathId(path: string): number {
    let id = this.pathIds.get(path);
    if (id === undefined) this.pathIds.set(path, (id = this.pathIds.size));
    return id;
  }

  /** scopeKind(scopesOf(claim)), looked up first by the claim's scope input. */
  private scopeKindOf(claim: Claim, detail: ClaimDetail | undefined, setting: ReadonlySet<string>): { scopes: Scopes; sig: number } {
    // A place the data does not place takes its report's countries as hosts (places.ts): the setting is part of the input.
    const hosted = setting.size === 1 && hasHostedPlace(claim.scope, setting);
    const input = hosted ? `${scopeInput(claim, detail)}\u0003${[...setting].sort().join(' ')}` : scopeInput(claim, detail);
    let kind = this.scopeInputs.get(input);
    if (!kind) {
      kind = this.scopeKind(scopesOf(claim, hosted ? setting : null));
      if (this.scopeInputs.size > 2 * this.entries.size + 4096) this.scopeInputs.clear();
      this.scopeInputs.set(input, kind);
    }
    return kind;
  }

  /** The shared copy of scopes that read alike, and its number. */
  private scopeKind(s: Scopes): { scopes: Scopes; sig: number } {
    const text = scopeText(s);
    let kind = this.scopeKinds.get(text);
    if (!kind) {
      // Edits leave kinds no claim has any more: start the sharing afresh rather than keep them all.
      if (this.scopeKinds.size > 2 * this.entries.size + 4096) {
        this.scopeKinds.clear();
        this.scopeInputs.clear();
      }
      this.scopeKinds.set(text, (kind = { scopes: s, sig: this.scopeCounter++ }));
    }
    return kind;
  }

  remove(path: string): void {
    this.adding.delete(path);
    if (!this.docs.has(path)) return;
    if (this.attributionInputs.get(path)) this.attributionCache = null;
    this.attributionInputs.delete(path);
    this.drop(path);
  }

  /** Takes a report's claims out of the index. */
  private drop(path: string): void {
    const doc = this.docs.get(path)!;
    this.docs.delete(path);
    this.edits++;
    for (const [key, byPath] of this.changes) {
      if (!byPath.delete(path)) continue;
      this.dirty.add(key);
      if (!byPath.size) this.changes.delete(key);
    }
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
        this.computedKeys.delete(key);
        this.setResult(key, null);
      }
    }
  }

  /** All findings: incompatible figures and the same words given to different sources. */
  contradictions(): Contradiction[] {
    for (const key of this.dirty) {
      if (this.keys.has(key)) this.setResult(key, this.computeKey(key));
    }
    this.dirty.clear();
    if (!this.attributionCache) {
      for (const c of this.attributionShown) this.gone.add(c);
      this.attributionCache = this.attributionShown = attributionFindings(this.docs.values());
      for (const c of this.attributionCache) this.fresh.push(c);
    }
    this.sorted = this.merged() ?? this.sortedAll();
    this.gone.clear();
    this.fresh.length = 0;
    return this.sorted.slice();
  }

  /**
   * contradictions(), giving way to `pause` after each measure key whose findings it recomputed, so a caller with
   * other work (a server answering hovers) is never held for the whole check. The index may be read meanwhile; it
   * answers as of the keys done so far.
   */
  async contradictionsGivingWay(pause: () => Promise<void>): Promise<Contradiction[]> {
    for (const key of this.dirty) {
      this.dirty.delete(key);
      if (!this.keys.has(key)) continue;
      const before = this.edits;
      let result: KeyResult;
      try {
        result = await runStepsGivingWay(this.keySteps(key), pause);
      } catch (e) {
        // A pause that throws stops the check (a newer one supersedes it): this key is left for the next check.
        this.dirty.add(key);
        throw e;
      }
      // Claims added or dropped meanwhile (a check that did not give way): this key is computed again.
      if (this.edits === before) this.setResult(key, result);
      else this.dirty.add(key);
      await pause();
    }
    return this.contradictions();
  }

  /**
   * Judges again, remembering each verdict, the pairs of the measure keys a report's claims belong to, giving way to
   * `pause` (which throws to stop). A check's first pass over a key remembers nothing (a big folder has millions of
   * pairs); priming a report the user opened makes the first check after an edit of it judge only the edited claims'
   * pairs. The findings are not touched: a key not dirty would come out as it is.
   */
  async prime(path: string, pause: () => Promise<void>): Promise<void> {
    const doc = this.docs.get(path);
    if (!doc) return;
    for (const key of new Set(doc.claims.map(c => c.measure.key))) {
      if (!this.keys.has(key) || this.dirty.has(key) || !this.computedKeys.has(key)) continue;
      await runStepsGivingWay(this.keySteps(key), pause);
      await pause();
    }
  }

  /** The attribution findings in the last answer. */
  private attributionShown: Contradiction[] = [];

  /**
   * A key's findings made again equal are the very same objects as before (sameContradiction), so an edit's check
   * hands its caller only the few findings that really changed: the merge below and a caller comparing lists by
   * identity do work in proportion to those, not to every finding of a common measure.
   */
  private setResult(key: string, r: KeyResult | null): void {
    const old = this.results.get(key)?.contradictions ?? NO_FINDINGS;
    if (r && old.length) r.contradictions = reuseEqual(old, r.contradictions);
    const kept = r && old.length ? new Set(r.contradictions) : null;
    for (const c of old) if (!kept?.has(c)) this.gone.add(c);
    if (!r) {
      this.results.delete(key);
      return;
    }
    this.results.set(key, r);
    const was = kept && new Set(old);
    for (const c of r.contradictions) if (!was?.has(c)) this.fresh.push(c);
  }

  /** Every finding, sorted by where it is (a stable sort: ties keep the order of the measure keys, attributions last). */
  private sortedAll(): Contradiction[] {
    const out: Contradiction[] = [];
    for (const r of this.results.values()) for (const c of r.contradictions) out.push(c);
    for (const c of this.attributionCache!) out.push(c);
    return out.sort(byPlace);
  }

  /**
   * The last answer with the findings that went removed and the new ones merged in, in time linear in the findings
   * instead of a full sort; null on a tie of places, whose order only the full stable sort decides.
   */
  private merged(): Contradiction[] | null {
    const kept = this.gone.size ? this.sorted.filter(c => !this.gone.has(c)) : this.sorted;
    // A key computed twice since the last answer (a check stopped half way, then the next one) left its first
    // findings both fresh and gone.
    const added = this.fresh.filter(c => !this.gone.has(c)).sort(byPlace);
    for (let i = 1; i < added.length; i++) if (byPlace(added[i - 1], added[i]) === 0) return null;
    const out: Contradiction[] = [];
    let i = 0;
    let j = 0;
    while (i < kept.length && j < added.length) {
      const d = byPlace(kept[i], added[j]);
      if (d === 0) return null;
      out.push(d < 0 ? kept[i++] : added[j++]);
    }
    while (i < kept.length) out.push(kept[i++]);
    while (j < added.length) out.push(added[j++]);
    return out;
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
    const fits = new Fits();
    for (const c of this.candidates(e, CAP * 4, true)) {
      const v = this.judge(e, c, fits);
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
      push(this.reachedBack(e));
      // Claims of unknown time decide from their side (they must not pair eagerly); see matches().
      if (withUncertain && this.mayFitUncertain(e, buckets, cap)) {
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
      if (name[0] === 'u' || name === 'n') {
        push(list);
        continue;
      }
      // Stop at the cap: walking every dated claim of the key for each undated one would be quadratic.
      for (const x of list) {
        if (known.length >= cap) break;
        known.push(x);
      }
    }
    const fitting = known.filter(x => differentVoices(e.claim, x.claim) && scopeCompatible(e.scopes, x.scopes, e.claim.measure.event)
      && timeFit(e.claim, x.claim, e.detail, x.detail, e.span, x.span) !== 'different');
    let lo = -Infinity;
    let hi = Infinity;
    for (const x of fitting) {
      lo = Math.max(lo, x.span!.from);
      hi = Math.min(hi, x.span!.to);
    }
    if (lo - hi <= daySlack(e)) for (const x of fitting) if (out.length < cap) out.push(x);
    return out;
  }

  /**
   * candidates(e, CAP, false) within one computeKey: a dated claim's candidates are the first of its neighbouring
   * buckets, the same for every claim of its bucket, so they are listed once per bucket (one more than the cap, as
   * the claim itself is left out). A dated claim's own list is written into `scratch`, which the next call overwrites:
   * a fresh list per claim was 13 MB of garbage per check of 4,000 reports.
   */
  private candidatesIn(e: Entry, shared: Map<string, Entry[]>, scratch: Entry[]): Entry[] {
    const b = e.bucket;
    if (b[0] !== 's' && b[0] !== 'L') return this.candidates(e, CAP, false);
    let base = shared.get(b);
    if (!base) {
      const buckets = this.keys.get(e.claim.measure.key)!;
      const n = Number(b.slice(1));
      base = [];
      for (const name of [`${b[0]}${n - 1}`, b, `${b[0]}${n + 1}`]) {
        for (const x of buckets.get(name) ?? []) {
          if (base.length > CAP) break;
          base.push(x);
        }
      }
      shared.set(b, base);
    }
    const back = this.reachedBack(e, shared);
    if (!back.length && base.length <= CAP && !base.includes(e)) return base;
    // The first CAP of the bucket's list other than e, then the periods it reaches back to.
    // Written in place and cut to length after (emptying it first would drop its storage, to be grown again).
    let n = 0;
    for (let i = 0; i < base.length && n < CAP; i++) if (base[i] !== e) scratch[n++] = base[i];
    for (let i = 0; i < back.length; i++) scratch[n++] = back[i];
    scratch.length = n;
    return scratch;
  }

  /**
   * For a figure dated only as of a day (a short span, asOf.ts): the long periods of its key begun in its year and the
   * REACH_YEARS before, which it may speak of (at most CAP, latest first, listed once per bucket in `shared`).
   */
  private reachedBack(e: Entry, shared?: Map<string, Entry[]>): Entry[] {
    // A vote's result of a day may be of the election a year-dated result names (compare.ts `yearOfVote`).
    if (e.bucket[0] !== 's' || !(isAsOf(e.detail) || RESULT_EVENTS.has(baseEvent(e.claim.measure.event)))) return NO_ENTRIES;
    const n = Number(e.bucket.slice(1));
    let list = shared?.get(`a${n}`);
    if (list) return list;
    const buckets = this.keys.get(e.claim.measure.key)!;
    list = [];
    const last = Math.floor((SHORT_BUCKET * n + SHORT_BUCKET - 1) / LONG_BUCKET);
    for (let y = last; y >= last - REACH_YEARS; y--) {
      for (const x of buckets.get(`L${y}`) ?? []) {
        if (list.length >= CAP) break;
        list.push(x);
      }
    }
    shared?.set(`a${n}`, list);
    return list;
  }

  /**
   * Whether a dated claim can be among the candidates of some claim of unknown time of its key: those take dated
   * claims only after every other undated one, up to `cap`, and only from the first `cap` dated ones of the key. Asking
   * every undated claim (thousands at scale) for its candidates is left to the few claims this lets through.
   */
  private mayFitUncertain(e: Entry, buckets: Map<string, Entry[]>, cap: number): boolean {
    let undated = 0;
    let dated = 0;
    let seen = false;
    for (const [name, list] of buckets) {
      if (name[0] === 'u' || name === 'n') {
        undated += list.length;
        continue;
      }
      if (seen || dated >= cap) continue;
      const at = list.indexOf(e);
      if (at >= 0 && dated + at < cap) seen = true;
      dated += list.length;
    }
    return seen && undated > 0 && undated - 1 < cap;
  }

  /**
   * Whether two claims of one measure key match, and how their figures relate. The filters run cheapest first: the
   * scopes' fit (looked up in `fits`, one per key) and the settings read only the entries; the
   * claims themselves are read only for the pairs that pass.
   */
  private judge(a: Entry, b: Entry, fits: Fits): Verdict | null {
    const fit = fits.of(a, b);
    if (fit === NO_FIT || keptApart(a, b) || tollGrownSince(a, b) || grownByLaterReport(a, b)) return null;
    // A possible figure is judged only against a sourced count, and only as its rival (recall.ts).
    const estimate = a.claim.modality !== 'asserted' || b.claim.modality !== 'asserted';
    if (estimate) return estimatesMeet(a.claim, b.claim) ? this.contradictionOnly(this.judgeFrames(a, b, fit)) : null;
    return this.judgeFrames(a, b, fit);
  }

  /** A verdict kept only when it is a contradiction. */
  private contradictionOnly(v: Verdict | null): Verdict | null {
    return v?.relation === 'contradict' ? v : null;
  }

  /** judge's frames: time, places, parts and figures of two claims the check may pair. */
  private judgeFrames(a: Entry, b: Entry, fit: number): Verdict | null {
    // An event's day or hour (claims/eventTime.ts): its value is the time, so only the values are compared.
    if (isEventTime(a.claim)) return fit === SAME_PLACES ? eventTimeVerdict(a.claim, b.claim, a.span, b.span) : null;
    let t = timeFit(a.claim, b.claim, a.detail, b.detail, a.span, b.span);
    // A figure dated only as of a day may speak of an earlier period: a running total holds its counts (a part in
    // time), a period's statistic is of the latest period (asOf.ts); either way the time is uncertain.
    let timePart: 'a' | 'b' | null = null;
    if (t === 'different') {
      const reach = reachAcross(a, b);
      if (!reach) return null;
      t = 'uncertain';
      if (reach === 'a' || reach === 'b') timePart = reach;
    }
    if (otherGathering(a.claim, b.claim)) return null;
    // Two sides' soldiers of one clash: neither a part of the other nor rivals (compare.ts, troopsOfTwoSides).
    if (troopsOfTwoSides(a.claim, a.scopes, b.claim, b.scopes)) return null;
    if (fit !== SAME_PLACES) {
      const side = fit === A_IN_B || fit === A_IN_HOST ? 'a' : 'b';
      if (fit >= A_IN_HOST && hostedBeyondWhole(a.claim, b.claim, side)) return null;
      return timePart && timePart !== side ? null : partWholeVerdict(a.claim, b.claim, side, t);
    }
    const holderPart = aggregatePart(a.detail, b.detail)
      ?? listedPart(a.claim, a.detail, a.scopes.places.size, b.claim, b.detail, b.scopes.places.size);
    if (holderPart) return timePart && timePart !== holderPart ? null : partWholeVerdict(a.claim, b.claim, holderPart, t);
    // A figure that names no place is read in its report's context: a larger area's total, or a part's count, against
    // the other's place; the same place, a rival as usual; else at most possible.
    const unplaced = unplacedFit(a.scopes, a.context, b.scopes, b.context);
    // A report about one country, its figure unplaced, against another country's figure: no rival.
    if (otherCountry(unplaced, a.context, b.context, a.scopes, b.scopes)) return null;
    // A figure with no place of its own, given by a state or a place, is that state's count (compare.ts, voicedElsewhere).
    if (voicedElsewhere(a.claim, a.scopes, b.claim, b.scopes)) return null;
    // A report's rate for a larger area against a rate of a place inside it: whole and part, no rivals.
    if (wholeRateOverPart(unplaced, a.claim) && this.partSetApart(unplaced!.unplaced === 'a' ? b.claim : a.claim)) return null;
    // A report whose title and lead name many places beside the placed figure's: its unplaced figure is their total.
    const listPart = timePart ? null : contextListPart(unplaced, a.context, b.context, a.scopes, b.scopes);
    if (listPart) return a.claim.measure.unit === 'percent' ? null : partWholeVerdict(a.claim, b.claim, listPart, t);
    if (timePart) return partWholeVerdict(a.claim, b.claim, timePart, t);
    return this.figureVerdict(a, b, t, unplaced);
  }

  /** judge's last step, for two claims of the same places and a fitting time: how their figures relate. */
  private figureVerdict(a: Entry, b: Entry, t: TimeFit, unplaced: Unplaced): Verdict | null {
    const v = compareFigures(a.claim, b.claim, t === 'uncertain');
    if (v.relation !== 'contradict') return v;
    if (roseAcrossReports(a, b)) return null;
    // "830,000 in 2020" and "4.7 million in 2020 and 2021": a count over part of the other's period.
    const inside = periodPart(a.claim, a.span, a.detail?.timeBasis, b.claim, b.span, b.detail?.timeBasis);
    // A month named for one event ("killed in the clash in April") is no window a day's count is a part of (round 41).
    const window = inside && !(inside === 'a' ? b.detail : a.detail)?.eventMonth;
    if (window && !periodExceeds(a.claim, b.claim, inside)) return null;
    // An unplaced figure several times a placed one is a wider total, save a crowd's count whose report's title or lead
    // names the other's place: the organizers' million against the police's 350,000 in the same city; or two named
    // voices' counts their report sets side by side (round 36).
    if (!oneGathering(unplaced, a.claim, b.claim, this.elsewhere) && !rivalVoicesInOneReport(a.claim, b.claim) && wholeOverPart(a.claim, a.scopes, b.claim, b.scopes)) return null;
    if (provisionalDrift(a, b)) return null;
    // One side placed, the other not, and the placed (or unplaced) figure's own clause gives the other's value beside it.
    if (unplaced && this.statedBeside(a.claim, b.claim)) return null;
    const contextPart = unplaced ? contextPartSide(unplaced, a.claim) : null;
    if (contextPart) return partWholeVerdict(a.claim, b.claim, contextPart, t);
    return weakened(v, a, b, t, unplaced);
  }

  /** judge(a, b), remembered for the pair (a before b in order). */
  private judgeRemembered(a: Entry, b: Entry, fits: Fits): Verdict | null {
    let known = this.verdicts.get(a);
    if (!known) this.verdicts.set(a, (known = new WeakMap()));
    let v = known.get(b);
    if (v === undefined) known.set(b, (v = this.judge(a, b, fits)));
    return v;
  }

  /** For each change the reports state for a measure key, the day of the first report stating it. */
  private changeDaysOf(key: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const [path, set] of this.changes.get(key) ?? []) {
      const day = issuedDay(this.docs.get(path));
      if (day === null) continue;
      for (const c of set) if (!(out.get(c)! <= day)) out.set(c, day);
    }
    return out;
  }

  /** Every change the reports state for a measure key, or undefined when none does. */
  private changesOf(key: string): Set<string> | undefined {
    const byPath = this.changes.get(key);
    if (!byPath) return undefined;
    const out = new Set<string>();
    for (const set of byPath.values()) for (const c of set) out.add(c);
    return out;
  }

  private computeKey(key: string): KeyResult {
    return runSteps(this.keySteps(key));
  }

  /** computeKey in steps: it stops after each KEY_STEP of work (where a check that gives way may pause), then returns. */
  private *keySteps(key: string): Generator<void, KeyResult> {
    const again = this.computedKeys.has(key);
    this.computedKeys.add(key);
    const all = byReport(this.keys.get(key)!, this.pathRanks());
    const run: KeyRun = { agreements: [], found: [], agreed: new Set(), restatements: new Restatements(), changes: this.changesOf(key), facts: new Map(),
      stale: this.staleSince(all, again), changeDays: this.changeDaysOf(key) };
    for (const e of all) e.findings = e.agreements = 0;
    yield* this.pairSteps(run, all, again);
    yield;
    this.keepOrdered(run, all);
    // A finding a later one's sides restate is listed under it (restatements.ts, round 27).
    const kept = run.restatements.foldLate(run.found);
    run.restatements.finish();
    // A finding two others bridge through a figure between its two says nothing new (restatements.ts, round 24).
    const found = run.restatements.dropBridged(kept);
    for (const led of found) this.weighEvidence(led, run.facts.get(led.finding.id));
    // Copies of one conflict in several reports are shown once, the others linked (grouping.ts).
    return { contradictions: groupFindings(found, run.agreements), agreements: run.agreements };
  }

  /** Judges each claim of a key against its candidates, keeping agreements and findings while their quotas last. */
  private *pairSteps(run: KeyRun, all: Entry[], again: boolean): Generator<void, void> {
    const shared = new Map<string, Entry[]>();
    const fits = new Fits(all, ++this.fitRuns);
    const scratch: Entry[] = [];
    let work = 0;
    // Indexed loops and no pair array: iterators and a [a, b] per pair judged were most of the check's garbage
    // (about 160 MB per check of 4,000 generated reports), whose scavenges grew the check faster than its claims.
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      if (++work >= KEY_STEP) { yield; work = 0; }
      if (findFull(e) && agreeFull(e)) continue;
      const list = this.candidatesIn(e, shared, scratch);
      for (let j = 0; j < list.length; j++) {
        const c = list[j];
        if (++work >= KEY_STEP) { yield; work = 0; }
        const first = ranksBefore(e, c);
        const a = first ? e : c;
        const b = first ? c : e;
        // A pair that could be kept neither as an agreement nor as a finding is not judged: with thousands of copies
        // of one figure, most pairs are of claims whose quota is spent.
        const canAgree = !agreeFull(a) && !agreeFull(b);
        const canContradict = !findFull(a) && !findFull(b);
        if (!canAgree && !canContradict) continue;
        const v = again ? this.judgeRemembered(a, b, fits) : this.judge(a, b, fits);
        if (!v) continue;
        if (v.relation === 'agree' ? !canAgree : !canContradict) continue;
        // The old and the new value of a change some report states: both held, one after the other.
        if (v.relation === 'contradict' && isStatedChange(a.claim, b.claim, run.changes) && !repeatsOldValue(run, a, b)) continue;
        if (v.relation === 'agree') keepAgreement(run, a, b);
        else {
          const how = replaced(a, b, run.stale);
          if (how) this.keepReplaced(run, a, b, v, how);
          else this.keepFinding(run, a, b, v.severity, v.reasons, v.fit ?? 'same');
        }
      }
    }
  }

  /**
   * Each entry a correction replaced (round 31): a claim marked as a correction (detail.correction) holds from its
   * report's day, so a claim of its frame (the pair judged a contradiction) and voice from a report published before
   * that day was replaced then, not contradicted. The corrections per replaced entry. Every claim's candidates are read,
   * so no pair is missed whichever side lists the other, but only pairs with a correction are judged.
   */
  private staleSince(all: Entry[], again: boolean): Map<Entry, Entry[]> {
    const out = new Map<Entry, Entry[]>();
    if (!all.some(e => replacing(e.detail))) return out;
    const shared = new Map<string, Entry[]>();
    const fits = new Fits();
    const scratch: Entry[] = [];
    for (const e of all) {
      const list = this.candidatesIn(e, shared, scratch);
      for (let j = 0; j < list.length; j++) {
        const c = list[j];
        const [old, next] = (e.issued ?? 0) < (c.issued ?? 0) ? [e, c] : [c, e];
        if (!correctedBy(old, next)) continue;
        const [x, y] = before(e, c) ? [e, c] : [c, e];
        const v = again ? this.judgeRemembered(x, y, fits) : this.judge(x, y, fits);
        if (v?.relation !== 'contradict') continue;
        const known = out.get(old);
        if (!known) out.set(old, [next]);
        else if (!known.includes(next)) known.push(next);
      }
    }
    return out;
  }

  /**
   * A pair one side of which a correction replaced before the other's report: no finding when the correction came within
   * REPLACED_DAYS of the replaced figure, else at most possible (a recount certified months later, a court's ruling).
   */
  private keepReplaced(run: KeyRun, a: Entry, b: Entry, v: Verdict & { relation: 'contradict' }, how: Replaced,
    order?: { kind: OrderKind; whole: string }): void {
    if (how === 'gone') return;
    const reasons: PossibleReason[] = v.reasons.includes('corrected') ? v.reasons : [...v.reasons, 'corrected'];
    this.keepFinding(run, a, b, 'possible', reasons, order ? 'different' : v.fit ?? 'same', order);
  }

  /** Figures of different times or places that a count which only grows orders (order.ts). */
  private keepOrdered(run: KeyRun, all: Entry[]): void {
    // A voice's earlier word is no stage of a count's order: it was replaced, only another voice's count is its rival.
    orderCandidates(all.filter(e => e.orderable), CAP, (inner, whole) => {
      if (findFull(inner) || findFull(whole)) return;
      const v = orderVerdict(inner, whole, run.changes);
      if (!v) return;
      const how = replaced(inner, whole, run.stale, true);
      if (how) this.keepReplaced(run, inner, whole, { relation: 'contradict', severity: v.severity, reasons: v.reasons }, how, { kind: v.order, whole: whole.claim.id });
      else this.keepFinding(run, inner, whole, v.severity, v.reasons, 'different', { kind: v.order, whole: whole.claim.id });
    });
  }

  /**
   * A clear finding with several weak signs at once (evidence.ts, round 28) is shown as possible. Judged after the pairs
   * are folded, so which pair leads a conflict, and what it stands for, is as before: only the verdict and its words change.
   */
  private weighEvidence(led: LedFinding, facts: MatchFacts | undefined): void {
    if (!facts?.weak || led.finding.severity !== 'clear' || !weakEvidence(facts.weak)) return;
    const weighed: MatchFacts = { ...facts, reasons: [...facts.reasons, 'evidence'] };
    Object.assign(led.finding, { severity: 'possible' }, valueFinding(led.x, this.docs.get(led.x.path), led.y, this.docs.get(led.y.path), weighed));
  }

  /**
   * One finding per conflict: a pair restating the same two figures in the same frame, from these reports or others,
   * is listed in the finding it restates (restatements.ts), "44 conflicts" and "the 44 known clashes" one 44; a clear
   * pair leads the possible ones it restates.
   */
  private keepFinding(run: KeyRun, a: Entry, b: Entry, severity: Severity, reasons: PossibleReason[], fit: TimeFit, order?: { kind: OrderKind; whole: string }): void {
    if (strataGate(a.claim, a.detail, b.claim, b.detail, reasons)) return;
    const [x, y] = ordered(a.claim, b.claim);
    const [fx, fy] = x === a.claim ? [a, b] : [b, a];
    const folded = run.restatements.fold(fx, fy, severity);
    if (folded.kind === 'folded') return;
    const facts: MatchFacts = { fit, reasons, weak: weakSigns(fx, fy), ...(order ? { order } : {}) };
    const text = valueFinding(x, this.docs.get(x.path), y, this.docs.get(y.path), facts);
    const finding: Contradiction = { id: findingId(x.id, y.id), severity, kind: 'value', ...text, a: refOf(x), b: refOf(y) };
    run.facts.set(finding.id, facts);
    if (folded.kind === 'stronger') {
      run.restatements.promote(folded.lead, { finding, x, y }, fx, fy, folded.turned);
      return;
    }
    a.findings++;
    b.findings++;
    const led = { finding, x, y };
    run.restatements.lead(led, fx, fy, !!order);
    run.found.push(led);
  }
}

/** Days after its event's day a report must come for its toll to be the count known long after (a year). */
const LATE_TOLL_DAYS = 365;
/** Days after its event's day a report may come and still tell the first counts. */
const FIRST_COUNT_DAYS = 7;

/**
 * "On 12 June 1998 ... 31 people were killed" in a report of 2010 against "27 are dead" on the day: a toll a report
 * published a year or more after the day it dates tells the count known by then; higher than a count told within days
 * of that day, it is the toll grown since, no rival (round 32). A lower late count is left to the comparison.
 */
function tollGrownSince(a: Entry, b: Entry): boolean {
  if (GROWTH.get(baseEvent(a.claim.measure.event)) !== 'toll') return false;
  const lag = (e: Entry) => (e.span && e.issued !== null ? e.issued - e.span.to : null);
  const la = lag(a);
  const lb = lag(b);
  if (la === null || lb === null) return false;
  const grown = (late: Claim, first: Claim) => late.low !== null && first.high !== null && late.low > first.high;
  if (la >= LATE_TOLL_DAYS && lb <= FIRST_COUNT_DAYS) return grown(a.claim, b.claim);
  if (lb >= LATE_TOLL_DAYS && la <= FIRST_COUNT_DAYS) return grown(b.claim, a.claim);
  return false;
}

/**
 * "The toll stood at 30" in Monday's report and "at least 35 bodies have been recovered" in Tuesday's, dated only by its
 * publication: the earlier report's count, whatever day its paragraph lends it, was said by that report's day, and a
 * later floor above it is the toll grown since, no rival (round 34). grewSince (compare.ts) takes only a day the
 * figure's own words name, for a lent day may be a later day's count; a report cannot tell a count of a day after its
 * own. A later exact count above it is growth too when the earlier figure is told as the toll (`snapshotOfToll`, round
 * 37); a lower later toll is left to the comparison and to order.ts.
 */
function grownByLaterReport(a: Entry, b: Entry): boolean {
  if (a.report === b.report || GROWTH.get(baseEvent(a.claim.measure.event)) !== 'toll') return false;
  if (a.issued === null || b.issued === null || a.issued === b.issued) return false;
  const [late, early] = a.issued > b.issued ? [a, b] : [b, a];
  if (late.detail?.timeBasis !== 'published' || !early.span || early.span.to > early.issued!) return false;
  if (late.claim.low === null || early.claim.high === null || late.claim.low <= early.claim.high) return false;
  return late.claim.high === null || snapshotOfToll(early);
}

/**
 * "The coast guard put the death toll at 41", "the toll rose to 36": a count told as the event's toll is the toll as it
 * stood when said, a snapshot of a count still rising, so a later report's higher exact count is the same toll grown
 * (round 37; the annotators' traps of rising tolls). An earlier count not told as the toll ("about 60 were injured",
 * "ten deaths") may be a rival counter's figure of the same day, which a later report restates with another voice's
 * count: the annotators' gold pairs of that shape (three over the training sets) are why round 34 kept to floors.
 */
function snapshotOfToll(early: Entry): boolean {
  return TOLL_WORDS.has(early.detail?.eventWord ?? '');
}

/** judge's filters that read no time: pairs of settings apart, of one voice, or of counts that never rival. */
function keptApart(a: Entry, b: Entry): boolean {
  if (a.setting !== b.setting && !settingsOverlap(a.setting, b.setting)) return true;
  // Claims of two reports are always of different voices (differentVoices), known here without comparing their paths.
  if ((a.report === b.report && !differentVoices(a.claim, b.claim)) || earlierWordApart(a.claim, a.detail, b.claim, b.detail)) return true;
  if (breakdownApart(a.detail, b.detail) || runningTotalsApart(a.detail, b.detail) || readingsApart(a.claim, b.claim)) return true;
  if (currencyLossSpansApart(a.claim, a.detail, b.claim, b.detail)) return true;
  if (bothConversions(a.claim, a.detail, b.claim, b.detail) || confirmationApart(a.detail, b.detail)) return true;
  if (attributionApart(a.detail, b.detail)) return true;
  if (instancesApart(a.detail?.instances, b.detail?.instances)) return true;
  if (sameDayStages(a.claim, a.detail, b.claim, b.detail) || sameEnumeration(a.claim, a.detail, b.claim, b.detail)) return true;
  if (bothRisenSameDay(a.claim, a.detail, b.claim, b.detail) || spreadOverPart(a.claim, a.detail, b.claim, b.detail)) return true;
  if (occasionsApart(a.detail, b.detail) || crowdStagesApart(a.claim, a.detail, b.claim, b.detail)) return true;
  if (aloneBelowWhole(a.claim, a.detail, a.scopes.places, b.claim, b.detail, b.scopes.places)) return true;
  if (siteBelowWhole(a.claim, a.detail, a.scopes.places, b.claim, b.detail, b.scopes.places)) return true;
  if (blowInRunningTotal(a.claim, a.detail, b.claim, b.detail)) return true;
  return countedLater(a, b, a.scopeSig === b.scopeSig);
}

/**
 * For two claims of different times, which one may speak of the other's period (asOfReach: 'a', 'b' or 'latest'), or
 * 'together' for results said together; null when their times stay apart.
 */
function reachAcross(a: Entry, b: Entry): 'a' | 'b' | 'latest' | 'together' | null {
  const reach = asOfReach(a.claim, a.detail, a.span, b.claim, b.detail, b.span);
  if (reach) return reach;
  return resultsSaidTogether(a.claim, a.detail, a.span, a.said, b.detail, b.span, b.said) ? 'together' : null;
}

/** A figure placed only by its report's context (places.ts, unplacedFit). */
type Unplaced = ReturnType<typeof unplacedFit>;

/** A contradicting verdict made at most possible where the pair's frames leave doubt, with the reason why. */
function weakened(v: Verdict & { relation: 'contradict' }, a: Entry, b: Entry, t: TimeFit, unplaced: Unplaced): Verdict {
  if (runningBelow(a.claim, a.detail, a.span, b.claim, b.detail, b.span)) {
    return { ...v, severity: 'possible', reasons: [...v.reasons, 'running'], fit: t };
  }
  if (hasUnnamed(a.scopes.places) || hasUnnamed(b.scopes.places)) {
    return { ...v, severity: 'possible', reasons: [...v.reasons, 'unnamed'], fit: t };
  }
  if (unplaced && unplaced.fit !== 'same' && v.severity === 'clear') {
    return { ...v, severity: 'possible', reasons: [...v.reasons, 'context'], fit: t };
  }
  v.fit = t;
  // The confidence gate: a frame partly inferred on both sides is at most possible (dropping such pairs lost gold
  // findings on every development set; see docs/claims.md).
  if (weakOnBothSides(a.detail, b.detail)) return { ...v, severity: 'possible', reasons: [...v.reasons, 'inferred'] };
  if (v.severity === 'clear' && timeOnOneSide(a.detail, b.detail)) {
    return { ...v, severity: 'possible', reasons: [...v.reasons, 'dated'] };
  }
  return v;
}

/** The state one computeKey run shares among its steps. */
interface KeyRun {
  agreements: [Claim, Claim][];
  found: SidedFinding[];
  /** The agreeing pairs kept, by their claims' ids in order. */
  agreed: Set<string>;
  restatements: Restatements;
  /** Every change the reports state for the key (changesOf). */
  changes: Set<string> | undefined;
  /** What each finding was matched on, by finding id, for its verdict after folding (weighEvidence). */
  facts: Map<string, MatchFacts>;
  /** The day of the first report stating each change (changeDaysOf). */
  changeDays: Map<string, number>;
  /** The corrections that replaced each replaced entry (staleSince). */
  stale: Map<Entry, Entry[]>;
}

/** The claim is given as a correction (detail.correction), not as the value before one. */
function replacing(d: ClaimDetail | undefined): boolean {
  return d?.correction === 'sentence' || d?.correction === 'report';
}

/**
 * One side gives the old value of a change some report states, in a report published after the first report stating
 * it (round 31): a stale figure repeated after its correction, still a rival of the new one.
 */
function repeatsOldValue(run: KeyRun, a: Entry, b: Entry): boolean {
  for (const [x, y] of [[a, b], [b, a]]) {
    const change = x.issued === null ? null : oldSideOf(x.claim, y.claim, run.changes);
    const day = change === null ? undefined : run.changeDays.get(change);
    if (day !== undefined && x.issued! > day) return true;
  }
  return false;
}

/** How a correction replaced a pair's side: long enough before the other side to drop the pair, or only lately. */
export type Replaced = 'gone' | 'late';
/**
 * Most days between a figure and the correction that replaced it for the pair to be dropped: a figure corrected days
 * later (a commission's corrected tabulation) was never the standing one; one that stood for months (a declaration
 * a recount overturned) is still worth a possible finding.
 */
const REPLACED_DAYS = 31;

/**
 * One side was replaced by a correction (staleSince) that the other gives, or restates later (replacedBy); or, for a
 * pair judged by a count's order (order.ts) rather than as rivals, the other side is itself that correction.
 */
function replaced(a: Entry, b: Entry, stale: ReadonlyMap<Entry, Entry[]>, ordered = false): Replaced | null {
  if (ordered) {
    const direct = correctedBy(a, b) ?? correctedBy(b, a);
    if (direct) return direct;
  }
  if (!stale.size) return null;
  return replacedBy(a, stale.get(a), b) ?? replacedBy(b, stale.get(b), a);
}

/** A claim with its frame's details and its report's day. */
type Issued = Pick<Entry, 'claim' | 'detail' | 'issued'>;

/** `next` is a correction of `old`'s voice (or none) from a later report: how long after. */
export function correctedBy(old: Issued, next: Issued): Replaced | null {
  if (!replacing(next.detail) || old.issued === null || next.issued === null || old.issued >= next.issued) return null;
  if (!voicesMeet(old.claim, next.claim)) return null;
  return next.issued - old.issued <= REPLACED_DAYS ? 'gone' : 'late';
}

/**
 * The other side is one of the corrections of `old`, or a report's figure published on or after a correction's day that
 * agrees with it and no word sets before a correction: two earlier values, or an earlier value and a later rival of the
 * correction, are still rivals.
 */
function replacedBy(old: Entry, corrections: readonly Entry[] | undefined, other: Entry): Replaced | null {
  if (!corrections || other.issued === null || other.detail?.correction === 'before') return null;
  let how: Replaced | null = null;
  for (const k of corrections) {
    if (k !== other && !(k.issued! <= other.issued && compareFigures(k.claim, other.claim, false).relation === 'agree')) continue;
    if (k.issued! - old.issued! <= REPLACED_DAYS) return 'gone';
    how = 'late';
  }
  return how;
}

/** Whether a claim's quota of agreements, or of findings, is spent. */
const agreeFull = (e: Entry) => e.agreements >= MAX_FINDINGS_PER_CLAIM;
const findFull = (e: Entry) => e.findings >= MAX_FINDINGS_PER_CLAIM;

/** Keeps an agreeing pair once. */
function keepAgreement(run: KeyRun, a: Entry, b: Entry): void {
  const [x, y] = ordered(a.claim, b.claim);
  const pk = `${x.id}\u0000${y.id}`;
  if (run.agreed.has(pk)) return;
  run.agreed.add(pk);
  a.agreements++;
  b.agreements++;
  run.agreements.push([x, y]);
}

/** `now` with each finding equal to one of `old` (same id, same content) replaced by that older object. */
function reuseEqual(old: readonly Contradiction[], now: Contradiction[]): Contradiction[] {
  const byId = new Map<string, Contradiction | null>();
  // An id given twice is not reused: which of the two objects a new finding stands for would be a guess.
  for (const c of old) byId.set(c.id, byId.has(c.id) ? null : c);
  return now.map(c => {
    const o = byId.get(c.id);
    return o && sameContradiction(o, c) ? o : c;
  });
}

const sameRef = (x: ClaimRef, y: ClaimRef) => x.claim === y.claim && x.path === y.path && x.start === y.start && x.end === y.end;

/** Two findings that read the same in every field (whatever fields a finding comes to have). */
function sameContradiction(x: Contradiction, y: Contradiction): boolean {
  const keys = Object.keys(x) as (keyof Contradiction)[];
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) {
    const v = x[k];
    const w = y[k];
    if (v === w) continue;
    if (v === undefined || w === undefined) return false;
    if (k === 'a' || k === 'b') {
      if (!sameRef(v as ClaimRef, w as ClaimRef)) return false;
    } else if (k === 'alsoIn' || k === 'restated') {
      const p = v as NonNullable<Contradiction['alsoIn']>;
      const q = w as NonNullable<Contradiction['alsoIn']>;
      if (p.length !== q.length || !p.every((o, i) => sameRef(o.a, q[i].a) && sameRef(o.b, q[i].b))) return false;
    } else return false;
  }
  return true;
}

/**
 * A key's entries, earliest claims first (by report path, then offset), so the finding kept for a repeated figure is its
 * first statement. The reports are put in order by their paths' ranks (ClaimIndex.pathRanks), then each report's
 * claims: the same order as one sort of all the claims by both (ties keep the buckets' order). Sorting the key's
 * reports by their paths read each path through its entry and claim, scattered over the heap of analyses: at 8,000
 * generated reports those reads missed the caches and the sort took three times what it took at 4,000.
 */
function byReport(buckets: Map<string, Entry[]>, pathRank: Int32Array): Entry[] {
  // Grouped by the paths' ranks (distinct paths, distinct ranks), so grouping and ordering read no path.
  const reports = new Map<number, Entry[]>();
  for (const list of buckets.values()) {
    for (const e of list) {
      const r = pathRank[e.report];
      let own = reports.get(r);
      if (!own) reports.set(r, (own = []));
      own.push(e);
    }
  }
  const all: Entry[] = [];
  const ranks = Int32Array.from(reports.keys()).sort();
  for (let rank = 0; rank < ranks.length; rank++) {
    const own = reports.get(ranks[rank])!;
    if (own.length > 1) own.sort((x, y) => x.start - y.start);
    for (const e of own) {
      e.rank = rank;
      all.push(e);
    }
  }
  return all;
}

/** The fits of two scopes: apart, the same places (or one side names none), or one side's places inside the other's. */
const NO_FIT = 0;
const SAME_PLACES = 1;
const A_IN_B = 2;
const B_IN_A = 3;
/** A_IN_B and B_IN_A when only the report's country holds the part's place (places.ts, hostedIn). */
const A_IN_HOST = 4;
const B_IN_HOST = 5;
/** Most scope kinds of one key whose fits a table holds (their number squared, in bytes); beyond, maps. */
const TABLE_KINDS = 512;

/**
 * The fits worked out in one computeKey, once per pair of scope kinds. The key's kinds are numbered 0.. and their fits
 * kept in a table: looked up by one number per pair (a × 2^24 + b), a map boxed a heap number once the scope numbers
 * passed 127, and took a tenth of the check. Entries the numbering did not see (indexed meanwhile) use two maps.
 */
class Fits {
  private readonly rows = new Map<number, Map<number, number>>();
  private readonly table: Int8Array | null = null;
  private readonly kinds: number = 0;

  constructor(entries: readonly Entry[] = [], private readonly run = -2) {
    if (!entries.length) return;
    const local = new Map<number, number>();
    for (const e of entries) {
      let k = local.get(e.scopeSig);
      if (k === undefined) local.set(e.scopeSig, (k = local.size));
      e.fitRow = k;
      e.fitRun = run;
    }
    this.kinds = local.size;
    if (local.size <= TABLE_KINDS) this.table = new Int8Array(local.size * local.size).fill(-1);
  }

  /** How a's scopes fit b's for their measure. */
  of(a: Entry, b: Entry): number {
    if (this.table && a.fitRun === this.run && b.fitRun === this.run) {
      const k = a.fitRow * this.kinds + b.fitRow;
      let fit = this.table[k];
      if (fit < 0) this.table[k] = fit = workOutFit(a, b);
      return fit;
    }
    let row = this.rows.get(a.scopeSig);
    if (!row) this.rows.set(a.scopeSig, (row = new Map()));
    let fit = row.get(b.scopeSig);
    if (fit === undefined) row.set(b.scopeSig, (fit = workOutFit(a, b)));
    return fit;
  }
}

function workOutFit(a: Entry, b: Entry): number {
  const unit = a.claim.measure.unit;
  if (scopeObstacle(a.scopes, b.scopes, a.claim.measure.event, true, true, unit)) return NO_FIT;
  const place = partSide(placesBeside(a.scopes, b.scopes, unit), placesBeside(b.scopes, a.scopes, unit), a.scopes.placeList, b.scopes.placeList,
    a.scopes.hosts, b.scopes.hosts);
  // A counted group on one side only (children among the people killed): a part and its whole, as a place in another.
  const group = groupSide(a.scopes, b.scopes);
  if (place && group && place !== group) return NO_FIT;
  const part = place ?? group;
  if (place && (a.scopes.hosts || b.scopes.hosts) && !partSide(placesBeside(a.scopes, b.scopes, unit), placesBeside(b.scopes, a.scopes, unit),
    a.scopes.placeList, b.scopes.placeList)) return place === 'a' ? A_IN_HOST : B_IN_HOST;
  return part === 'a' ? A_IN_B : part === 'b' ? B_IN_A : SAME_PLACES;
}

/**
 * Everything scopesOf reads of a claim, as text: its scope ids with their roles, the holder and the list of places.
 * Equal text, equal scopes.
 */
function scopeInput(c: Claim, d: ClaimDetail | undefined): string {
  let text = d === undefined ? '-' : d.holder === undefined ? '?' : d.holder === null ? '!' : `=${d.holder}`;
  text += d?.placeList ? `\u0001${d.placeList.join('\u0000')}\u0001` : '\u0001';
  for (let i = 0; i < c.scope.length; i++) text += `${c.scope[i]}\u0002${d?.roles[i] ?? ''}\u0000`;
  return text;
}

/** Scopes as text, the same for scopes that read alike whatever order their ids came in. */
function scopeText(s: Scopes): string {
  const list = (x: Set<string>) => [...x].sort().join(' ');
  return `${list(s.where)}|${list(s.who)}|${list(s.group)}|${list(s.places)}|${list(s.shares)}|${list(s.roles)}|${s.holder === undefined ? '?' : s.holder}|${s.population ?? ''}|${s.placeList ? list(s.placeList) : ''}|${s.hosts ? list(new Set(s.hosts)) : ''}`;
}

const cmpText = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
const byPlace = (x: Contradiction, y: Contradiction) =>
  cmpText(x.a.path, y.a.path) || x.a.start - y.a.start || cmpText(x.b.path, y.b.path) || x.b.start - y.b.start;

/**
 * What attributionFindings reads of a report, as a key: its path, outlet, date and attributions, or '' when none of
 * them carries a fingerprint (such a report gives and takes no attribution finding).
 */
function attributionInput(doc: DocumentAnalysis): string {
  if (!(doc.attributions as FingerprintedAttribution[]).some(a => a.fingerprint)) return '';
  return JSON.stringify([doc.path, doc.outlet, doc.published, doc.attributions]);
}

/**
 * Entries in report order (path, then place in the report): which pairs fill a claim's quota must not depend on the
 * order reports were added or edited in, so an edited report's claims go back to their place, not to the end.
 */
function before(x: Entry, y: Entry): boolean {
  const a = x.claim;
  const b = y.claim;
  if (a.path !== b.path) return a.path < b.path;
  if (a.quantity.start !== b.quantity.start) return a.quantity.start < b.quantity.start;
  return x.order < y.order;
}

/** `before` for two entries of the key byReport last ranked: the same order, read from numbers. */
function ranksBefore(x: Entry, y: Entry): boolean {
  if (x.rank !== y.rank) return x.rank < y.rank;
  if (x.start !== y.start) return x.start < y.start;
  return x.order < y.order;
}

/** Appends in the common case (reports added in path order); otherwise finds the place by bisection. */
function insertInOrder(list: Entry[], e: Entry): void {
  if (!list.length || before(list[list.length - 1], e)) {
    list.push(e);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid], e)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, e);
}

function ordered(a: Claim, b: Claim): [Claim, Claim] {
  return a.path < b.path || (a.path === b.path && a.quantity.start <= b.quantity.start) ? [a, b] : [b, a];
}

