// One conflict, one finding. A report repeats its figure (headline, lead, a later paragraph), and several reports repeat
// one voice's figure, and the matcher pairs every statement with every statement of the other figure: one disagreement
// came out once per pair of sentences. Findings whose claims state the same two values (equal bounds, derived or not,
// each side the other finding's same side) in the same frame (one measure key: the counted thing and the measure; the
// same place, holder, group and time, or a part read on one side only) are one finding, whichever reports they come
// from (round 18; round 17 folded those of the same two reports only): one pair leads and lists the others
// (`restated`), so every sentence still gets its diagnostic. The strongest pair leads (a clear pair over possible ones,
// then the first in report order), so the group's severity is that of its strongest member. Other values are another
// conflict; a part read on both sides and different (Kyiv's 12 and Lviv's 12, Monday's toll and Tuesday's) another
// frame: another finding. Round 21: within the same two reports, a report stating its figure again within rounding
// ("more than 1 million" and "1.03 million"; not a range, a vague amount or a stated revision) is the same figure, and
// one dated only by the report's publication is of its earlier day. Round 22: a finding keeps every statement folded
// into each side, and a later pair is matched against all of them; one side may be a third report quoting one of them
// again within rounding in the same named voice (the police's 400,000 as "about 400,000"). Round 27: a statement folded
// for stating a side's value exactly joins that side too, and a finding whose pair a later finding's sides restate is
// listed under it, so the outcome does not hang on which pair came first. Round 39: across reports, a statement dated
// only by when it was told, the day after the other's time, is of that time (`toldNextDay`). Read from the claims
// alone, never their wording.
import type { Claim, ClaimRef, Contradiction, Severity } from '../types';
import type { Scopes } from './compare';
import { refOf } from './corroboration';
import { detailOf } from '../claims/detail';
import { isAsOf } from './asOf';
import { daysBetween } from '../dates/calendar';

/** Most restatements one finding lists: a figure a report repeats a hundred times needs only some of them shown. */
export const MAX_RESTATED = 32;

/** A claim of a finding's side with its scopes. */
export interface FramedClaim {
  claim: Claim;
  scopes: Scopes;
}

/** A finding and the two claims it was made of (a and b), as the check keeps it. */
export interface LedFinding {
  finding: Contradiction;
  x: Claim;
  y: Claim;
}

/** One side's values: bounds, and derived or stated. */
const valuesOf = (c: Claim) => `${c.low},${c.high},${c.derived ? 1 : 0}`;
/** One side's report and values. */
const placedValuesOf = (c: Claim) => `${c.path}\u0000${valuesOf(c)}`;

const pairKey = (x: string, y: string) => (x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`);

/**
 * One set inside the other: the same, not read on one side (a headline names no place the body names), or read more
 * fully on one side ("in Morbi" and "in Gujarat's Morbi").
 */
const within = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].every(v => y.has(v));
const setFits = (x: ReadonlySet<string>, y: ReadonlySet<string>) => (x.size <= y.size ? within(x, y) : within(y, x));
/** A list of places is a sum over them: it fits only the same list ("in Nepal, India and Tibet"), or none on either side. */
const listFits = (x: ReadonlySet<string> | null, y: ReadonlySet<string> | null) => (!x || !y ? x === y : x.size === y.size && within(x, y));

const partFits = <T>(x: T | undefined | null, y: T | undefined | null) => x === undefined || x === null || y === undefined || y === null || x === y;

/**
 * Two statements of one figure have the same frame: each part (place, parties, counted group, shares, roles, holder,
 * population, time) the same, read on one side only, or (a set) read more fully on one side. A part read on both sides
 * and different (Kyiv's 12 and Lviv's 12, Monday's 12 and Tuesday's) is another frame, and so is a list of places
 * against one of them.
 */
export function sameFrame(p: FramedClaim, q: FramedClaim): boolean {
  return sameScopes(p.scopes, q.scopes) && (sameTime(p.claim, q.claim) || toldNextDay(p.claim, q.claim) || toldNextDay(q.claim, p.claim));
}

/** Every part of the frame but the time the same, read on one side only, or read more fully on one side. */
function sameScopes(s: Scopes, t: Scopes): boolean {
  return setFits(s.places, t.places) && listFits(s.placeList, t.placeList) && setFits(s.where, t.where) && setFits(s.who, t.who) && setFits(s.group, t.group)
    && setFits(s.shares, t.shares) && setFits(s.roles, t.roles) && partFits(s.holder, t.holder) && s.population === t.population;
}

const sameTime = (p: Claim, q: Claim) => partFits(p.time.from, q.time.from) && partFits(p.time.to, q.time.to);

/**
 * Round 39: across reports, a statement of a figure dated only by when it was told (its report's publication or its
 * statement's day) the day after the other statement's time is of that time: a paper of Tuesday repeats Monday's count
 * with no day of its own. Only the grouping asks this, for a side stating another finding's side again (the same
 * value, or a copy in the same voice), never the matcher: a day told says nothing of a figure's time when two figures
 * are compared. The same day is not asked (a told day inside a stated period folded annotated pairs of one conflict on
 * the development sets), nor two days or more.
 */
function toldNextDay(told: Claim, other: Claim): boolean {
  if (told.path === other.path || !isAsOf(detailOf(told)) || !told.time.to || told.time.from !== told.time.to || !other.time.to) return false;
  return daysBetween(other.time.to, told.time.to) === 1;
}

/**
 * One report's two statements of its figure are of one time when their times are the same, or one is dated only by
 * the report's publication and the other no later: "nearly 283,000 protesters" in a report of Monday restates the
 * "282,710" its earlier paragraph gave for Saturday. Across reports a publication date says nothing of the figure's
 * time (round 20 folded such pairs and merged distinct findings).
 */
function sameReportTime(p: Claim, q: Claim): boolean {
  if (sameTime(p, q)) return true;
  const [pub, other] = detailOf(p)?.timeBasis === 'published' ? [p, q] : detailOf(q)?.timeBasis === 'published' ? [q, p] : [null, null];
  return !!pub && !!other && !!pub.time.to && !!other.time.to && other.time.to <= pub.time.to;
}

/** Two bounds share a value (an open bound reaches on): "more than 1 million" holds 1.03 million. */
const boundsMeet = (p: Claim, q: Claim) => (p.low ?? -Infinity) <= (q.high ?? Infinity) && (q.low ?? -Infinity) <= (p.high ?? Infinity);

/** The place of a figure's last stated digit: 1 for 240,000's "24", 10,000 for "1.03 million"'s "103". */
function lastDigitStep(v: number): number {
  let digits = 1;
  while (digits < 15 && Number(v.toPrecision(digits)) !== v) digits++;
  return 10 ** (Math.floor(Math.log10(Math.abs(v))) - digits + 1);
}

/**
 * Two statements of one figure within rounding: the more precise one rounds to the other at its last stated digit
 * ("1.03 million" and "more than 1 million", "42,000" and "at least 40,000"), and their bounds share a value. A range
 * is no restatement of one figure inside it ("4.5 per cent" and "between 3.5 and 5.5 per cent" are two estimates), nor
 * is a vague amount.
 */
function sameFigure(p: Claim, q: Claim): boolean {
  if (p.value === null || q.value === null || p.value === 0 || q.value === 0) return false;
  if (p.hedge === 'vague' || q.hedge === 'vague') return false;
  if (p.hedge === 'range' || q.hedge === 'range') return p.hedge === q.hedge && p.low === q.low && p.high === q.high;
  const step = Math.max(lastDigitStep(p.value), lastDigitStep(q.value));
  return Math.abs(p.value - q.value) < step / 2 && boundsMeet(p, q);
}

/**
 * A pair's side restates a lead's side: the same claim, or the same report stating it again within rounding, in the
 * same frame (a report's headline, lede and body giving its own figure).
 */
function restatesSide(p: FramedClaim, lead: FramedClaim): boolean {
  if (p.claim.id === lead.claim.id) return true;
  // A stated revision's new value ("the toll climbed to 2,122") is news of its own, not the lede's "more than 2,100" again.
  if (detailOf(p.claim)?.revised || detailOf(lead.claim)?.revised) return false;
  return p.claim.path === lead.claim.path && p.claim.derived === lead.claim.derived && sameFigure(p.claim, lead.claim)
    && sameScopes(p.scopes, lead.scopes) && sameReportTime(p.claim, lead.claim);
}

/** Who gives a figure: its source, else the voice its paragraph names (detail.voice); null when neither is read. */
const voiceOf = (c: Claim) => c.source?.id ?? detailOf(c)?.voice ?? null;

/**
 * A side in another report is a copy of a statement's figure (round 22): the same voice, named on both sides (a third
 * report quoting the Park Police's 400,000 again), the same figure within rounding, and the same frame and time. An
 * unnamed voice may be anyone's ("150,000" against another outlet's "about 150,000": two annotated conflicts on a
 * development set), so it is never a copy.
 */
function copiesSide(p: FramedClaim, s: FramedClaim): boolean {
  if (p.claim.path === s.claim.path || p.claim.derived !== s.claim.derived) return false;
  const voice = voiceOf(p.claim);
  if (!voice || voice !== voiceOf(s.claim)) return false;
  if (detailOf(p.claim)?.revised || detailOf(s.claim)?.revised) return false;
  return sameFigure(p.claim, s.claim) && sameFrame(p, s);
}

/**
 * A pair's side states again what a finding's side states: one of its statements, the same report stating one of them
 * again within rounding (`restatesSide`), or (`copies`) another report copying one of them (`copiesSide`).
 */
function restatesAny(p: FramedClaim, side: readonly FramedClaim[], copies: boolean): boolean {
  return side.some(s => restatesSide(p, s) || (copies && copiesSide(p, s)));
}

/**
 * The ids of the statements z with a value in (lo, hi) that findings other than `skip`, at least as strong, hold
 * against the claim p (p one of a side's own two claims, z the other side's).
 */
function againstBetween(leads: readonly Lead[], skip: Lead, p: Claim, lo: number, hi: number): Set<string> {
  const out = new Set<string>();
  for (const l of leads) {
    if (l === skip || RANK[l.led.finding.severity] < RANK[skip.led.finding.severity]) continue;
    const [x, y] = [l.led.x, l.led.y];
    const z = x.id === p.id ? y : y.id === p.id ? x : null;
    if (z && z.value !== null && z.value > lo && z.value < hi) out.add(z.id);
  }
  return out;
}

const byPlace = (p: { a: ClaimRef; b: ClaimRef }, q: { a: ClaimRef; b: ClaimRef }) =>
  (p.a.path < q.a.path ? -1 : p.a.path > q.a.path ? 1 : 0) || p.a.start - q.a.start
  || (p.b.path < q.b.path ? -1 : p.b.path > q.b.path ? 1 : 0) || p.b.start - q.b.start;

const RANK: Record<Severity, number> = { possible: 0, clear: 1 };

interface Lead {
  led: LedFinding;
  a: FramedClaim;
  b: FramedClaim;
  /** Every statement of the finding's a side and of its b side: its own claims first, then those folded in. */
  sides: [FramedClaim[], FramedClaim[]];
  /** A finding of an order (order.ts): never dropped as bridged. */
  ordered: boolean;
}

/** Most statements one side of a finding keeps for later pairs to be matched against (beside MAX_RESTATED pairs). */
const MAX_SIDE = MAX_RESTATED + 1;

function addToSide(side: FramedClaim[], c: FramedClaim): boolean {
  if (side.length >= MAX_SIDE || side.some(s => s.claim.id === c.claim.id)) return false;
  side.push(c);
  return true;
}

/** What fold says of a pair: a finding of its own, none (folded), or the lead it is stronger than (it leads now). */
export type Folded = { kind: 'new' } | { kind: 'folded' } | { kind: 'stronger'; lead: Lead; turned: boolean };

/**
 * A pair (a, b, turned to the lead's sides) that restates `lead`: it leads instead when stronger, else it is listed
 * under the lead.
 */
function join(lead: Lead, a: FramedClaim, b: FramedClaim, turned: boolean, severity: Severity): Folded {
  if (RANK[severity] > RANK[lead.led.finding.severity]) return { kind: 'stronger', lead, turned };
  const list = (lead.led.finding.restated ??= []);
  if (list.length < MAX_RESTATED) list.push({ a: refOf(a.claim), b: refOf(b.claim) });
  return { kind: 'folded' };
}

/**
 * The pair (x, y) turned to the lead's a and b when each side restates that side of the lead: one of its statements or
 * the same report stating one again within rounding, and, on one side at most, another report copying one of them.
 */
function sidesMatch(lead: Lead, x: FramedClaim, y: FramedClaim): { a: FramedClaim; b: FramedClaim } | null {
  const [sa, sb] = lead.sides;
  for (const [a, b] of [[x, y], [y, x]] as const) {
    if ((restatesAny(a, sa, false) && restatesAny(b, sb, true)) || (restatesAny(a, sa, true) && restatesAny(b, sb, false))) return { a, b };
  }
  return null;
}

/** The findings of one measure key, by what they state: a new pair of claims either restates one of them or leads. */
export class Restatements {
  /** Leads by their two values, either way round. */
  private readonly leads = new Map<string, Lead[]>();
  /** The two reports and values of every lead, either way round. */
  private readonly placed = new Set<string>();
  /** Leads by the report of each statement of theirs, either side (round 22: statements folded in count too). */
  private readonly byReport = new Map<string, Lead[]>();
  /** The pairs of claims seen, by their ids. */
  private readonly pairs = new Set<string>();

  /**
   * What the pair (x, y) of this severity is: a restatement of a finding kept before (the same values and the same
   * frame on each side, from any reports), which then lists it, its sides turned to the finding's a and b; a
   * restatement stronger than that finding, which it is to lead (`promote`); the same two reports stating that
   * finding's two figures in another frame (no finding, as before); or a finding of its own.
   */
  fold(x: FramedClaim, y: FramedClaim, severity: Severity): Folded {
    // A pair is judged from either side: its second visit is no restatement.
    const ids = x.claim.id < y.claim.id ? `${x.claim.id}\u0000${y.claim.id}` : `${y.claim.id}\u0000${x.claim.id}`;
    if (this.pairs.has(ids)) return { kind: 'folded' };
    this.pairs.add(ids);
    for (const lead of this.leads.get(pairKey(valuesOf(x.claim), valuesOf(y.claim))) ?? []) {
      const [a, b] = valuesOf(x.claim) === valuesOf(lead.a.claim) ? [x, y] : [y, x];
      if (!sameFrame(a, lead.a) || !sameFrame(b, lead.b)) continue;
      const folded = join(lead, a, b, a !== x, severity);
      // Round 27: its statements join the sides, so a report's "around a million" later matches its "more than a million".
      if (folded.kind === 'folded') this.extend(lead, a, b);
      return folded;
    }
    const again = this.restatedBySides(x, y);
    if (again) {
      const folded = join(again.lead, again.a, again.b, again.a !== x, severity);
      if (folded.kind === 'folded') this.extend(again.lead, again.a, again.b);
      return folded;
    }
    // The same two figures in another frame of the same two reports (Kyiv's 12 and Lviv's 12 against one 20) are not
    // shown, as before this grouping: the first pair stands for them. Shown as findings of their own, they cost
    // precision and flagged traps on a development set (docs/claims.md); folded in, they would merge frames. Other
    // reports' pairs in another frame (another day's toll) are findings of their own.
    if (this.placed.has(pairKey(placedValuesOf(x.claim), placedValuesOf(y.claim)))) return { kind: 'folded' };
    return { kind: 'new' };
  }

  /**
   * The lead this pair states again, side by side (rounds 21 and 22): each side is one of the lead's statements on that
   * side, the same report stating one of them again in words whose bounds share a value with it ("1.03 million" and
   * "around 1.03 million", "more than 1 million" and "1.03 million" in one report's lede and body), or, on one side at
   * most, another report copying one of them in the same voice (the Park Police's 400,000 quoted by a third report).
   * Round 21 matched only the lead's own two claims; a side is now matched against every statement folded into it
   * (round 27: also those round 18's equal values fold, which joins annotated pairs of one disagreement, Hong Kong's
   * organisers against the police, into one finding; pooled precision still rose, docs/claims.md). Only leads with a
   * statement in one of the pair's reports are tried (and of them those `accept` takes), and a copy is allowed on one
   * side only: a pair of two other reports, neither side stated in the finding yet, is another conflict the annotators
   * list apart (round 20). The pair's sides are returned turned to the lead's a and b.
   */
  private restatedBySides(x: FramedClaim, y: FramedClaim, accept: (lead: Lead) => boolean = () => true):
    { lead: Lead; a: FramedClaim; b: FramedClaim } | null {
    const seen = new Set<Lead>();
    for (const path of [x.claim.path, y.claim.path]) {
      for (const lead of this.byReport.get(path) ?? []) {
        if (seen.has(lead)) continue;
        seen.add(lead);
        if (!accept(lead)) continue;
        const sides = sidesMatch(lead, x, y);
        if (sides) return { lead, ...sides };
      }
    }
    return null;
  }

  /**
   * The findings less those a finding judged later would have taken in (round 27): a lead whose own pair restates
   * another lead side by side (`restatedBySides`, the other's sides as they stand at the end) is listed under it, with
   * its restatements, when the other is at least as strong and its list has room. Pairs came in report order, so a
   * pair could lead before the pair whose sides it restates had folded in the statement it matches ("more than a
   * million" against 350,000 before "around a million" joined the side of "about a million" vs 350,000): two findings
   * of one disagreement, which one would have been had they come the other way round.
   */
  foldLate(found: LedFinding[]): LedFinding[] {
    const byLed = new Map([...this.leads.values()].flat().map(l => [l.led, l]));
    const gone = new Set<Lead>();
    for (const led of found) {
      const l = byLed.get(led);
      if (!l || l.ordered) continue;
      const strong = RANK[led.finding.severity];
      const into = this.restatedBySides(l.a, l.b, m => m !== l && !gone.has(m) && !m.ordered && RANK[m.led.finding.severity] >= strong
        && (m.led.finding.restated?.length ?? 0) + 1 + (led.finding.restated?.length ?? 0) <= MAX_RESTATED);
      if (!into) continue;
      this.listUnder(into.lead, l, into.a !== l.a);
      gone.add(l);
    }
    return found.filter(led => !gone.has(byLed.get(led)!));
  }

  /** The lead l's pair and its restatements join `into`'s list, and l's statements its sides (turned: l's a is into's b). */
  private listUnder(into: Lead, l: Lead, turned: boolean): void {
    const f = l.led.finding;
    const pairs = [{ a: f.a, b: f.b }, ...(f.restated ?? [])].map(p => (turned ? { a: p.b, b: p.a } : p));
    (into.led.finding.restated ??= []).push(...pairs);
    const [la, lb] = turned ? [l.sides[1], l.sides[0]] : l.sides;
    for (const c of la) if (addToSide(into.sides[0], c)) this.underReport(into, c.claim.path);
    for (const c of lb) if (addToSide(into.sides[1], c)) this.underReport(into, c.claim.path);
  }

  /**
   * The findings less those that others bridge (round 24): a finding x vs y of two reports, no voice named on both
   * sides or the same one, whose two statements two other findings already hold against one statement z lying
   * strictly between x and y, each at least as strong: "4,310 vs 4,349" and "4,349 vs 4,455" already say the tolls
   * disagree, and "4,310 vs 4,455" adds no sentence and no figure; three reports give two findings, four give three,
   * not six. Two named voices against each other (the police's 107,000 and the students' 800,000, the conflict a reader
   * flags whatever lies between) stay, as do shares and rates (a state exit poll's 6.8% against an alternative count's
   * 80%: each method's estimate is contrasted with the official one, not chained), one report contrasting two figures,
   * a finding of an order (order.ts) and one that lists other pairs (their sentences would lose their diagnostic). A bridge is always narrower than what
   * it bridges, so dropping one never breaks another's bridge: the result does not depend on the order pairs came in.
   */
  dropBridged(found: LedFinding[]): LedFinding[] {
    const leads = [...this.leads.values()].flat();
    const byLed = new Map(leads.map(l => [l.led, l]));
    const bridged = (l: Lead) => {
      const f = l.led.finding;
      if (f.restated?.length || l.ordered) return false;
      const [x, y] = [l.led.x, l.led.y];
      if (x.path === y.path || x.value === null || y.value === null) return false;
      const vx = voiceOf(x);
      const vy = voiceOf(y);
      if (vx && vy && vx !== vy) return false;
      if (x.measure.key.startsWith('percent|') || y.measure.key.startsWith('percent|')) return false;
      const lo = Math.min(x.value, y.value);
      const hi = Math.max(x.value, y.value);
      const nearX = againstBetween(leads, l, x, lo, hi);
      return [...againstBetween(leads, l, y, lo, hi)].some(id => nearX.has(id));
    };
    return found.filter(led => {
      const l = byLed.get(led);
      return !l || !bridged(l);
    });
  }

  /** A folded pair's two statements join the lead's sides, and the lead is found under their reports. */
  private extend(lead: Lead, a: FramedClaim, b: FramedClaim): void {
    if (addToSide(lead.sides[0], a)) this.underReport(lead, a.claim.path);
    if (addToSide(lead.sides[1], b)) this.underReport(lead, b.claim.path);
  }

  private underReport(lead: Lead, path: string): void {
    let list = this.byReport.get(path);
    if (!list) this.byReport.set(path, (list = []));
    if (!list.includes(lead)) list.push(lead);
  }

  /** A new finding of the claims a (its a side) and b, which later restatements are folded into. */
  lead(led: LedFinding, a: FramedClaim, b: FramedClaim, ordered = false): void {
    const k = pairKey(valuesOf(a.claim), valuesOf(b.claim));
    let list = this.leads.get(k);
    if (!list) this.leads.set(k, (list = []));
    const made: Lead = { led, a, b, sides: [[a], [b]], ordered };
    list.push(made);
    this.underReport(made, a.claim.path);
    this.underReport(made, b.claim.path);
    this.placed.add(pairKey(placedValuesOf(a.claim), placedValuesOf(b.claim)));
  }

  /**
   * A stronger pair (`made`, of the claims a and b) leads the finding `lead` stood for: the finding takes its id, words
   * and severity, and lists its old pair with the others, every pair turned to the new a and b.
   */
  promote(lead: Lead, made: LedFinding, a: FramedClaim, b: FramedClaim, turned: boolean): void {
    const f = lead.led.finding;
    const old = [{ a: f.a, b: f.b }, ...(f.restated ?? [])].map(p => (turned ? { a: p.b, b: p.a } : p));
    for (const k of Object.keys(f) as (keyof Contradiction)[]) delete f[k];
    Object.assign(f, made.finding, { restated: old.slice(0, MAX_RESTATED) });
    lead.led.x = made.x;
    lead.led.y = made.y;
    lead.a = a;
    lead.b = b;
    if (turned) lead.sides.reverse();
    this.extend(lead, a, b);
    this.placed.add(pairKey(placedValuesOf(a.claim), placedValuesOf(b.claim)));
  }

  /** Each finding's restatements in the order of their places, whatever order the pairs were judged in. */
  finish(): void {
    for (const list of this.leads.values()) for (const { led } of list) led.finding.restated?.sort(byPlace);
  }
}

/** Every pair of claims a finding stands for: its own, then its restatements. */
export function locationPairs(c: Pick<Contradiction, 'a' | 'b' | 'restated'>): { a: ClaimRef; b: ClaimRef }[] {
  return c.restated?.length ? [{ a: c.a, b: c.b }, ...c.restated] : [{ a: c.a, b: c.b }];
}

/** The claims a finding's restatements add to its two sides, each once, in the order listed. */
export function restatedRefs(c: Pick<Contradiction, 'a' | 'b' | 'restated'>): ClaimRef[] {
  const seen = new Set([c.a.claim, c.b.claim]);
  const out: ClaimRef[] = [];
  for (const p of c.restated ?? []) {
    for (const r of [p.a, p.b]) {
      if (seen.has(r.claim)) continue;
      seen.add(r.claim);
      out.push(r);
    }
  }
  return out;
}
