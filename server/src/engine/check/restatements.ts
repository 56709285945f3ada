// One conflict, one finding. A report repeats its figure (headline, lead, a later paragraph) and the matcher pairs
// every statement with the other report's figure, so one disagreement of two reports came out once per pair of
// sentences. Findings between the same two reports whose claims have the same values (equal bounds on each side) and
// the same frame (one measure key: the counted thing and the measure; the same place, holder, group and time, or a part
// read on one side only) are one finding: the first in report order leads and lists the others (`restated`), so every
// sentence still gets its diagnostic. Other values are another conflict, a part read on both sides and different
// another frame: another finding. Read from the claims alone, never from their wording.
import type { Claim, ClaimRef, Contradiction } from '../types';
import type { Scopes } from './compare';
import { refOf } from './corroboration';

/** Most restatements one finding lists: a figure a report repeats a hundred times needs only some of them shown. */
export const MAX_RESTATED = 16;

/** A claim of a finding's side with its scopes. */
export interface FramedClaim {
  claim: Claim;
  scopes: Scopes;
}

/** One side's report and values: bounds, and derived or stated. */
const valuesOf = (c: Claim) => `${c.path}\u0000${c.low},${c.high},${c.derived ? 1 : 0}`;

const pairKey = (x: string, y: string) => (x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`);

/** Equal sets, or a set not read on one side (a headline names no place the body names). */
const setFits = (x: ReadonlySet<string>, y: ReadonlySet<string>) => !x.size || !y.size || (x.size === y.size && [...x].every(v => y.has(v)));

const partFits = <T>(x: T | undefined | null, y: T | undefined | null) => x === undefined || x === null || y === undefined || y === null || x === y;

/**
 * Two statements of one report's figure have the same frame: each part (place, parties, counted group, shares, roles,
 * holder, population, time) the same, or read on one side only. A part read on both sides and different (Kyiv's 12 and
 * Lviv's 12) is another frame.
 */
export function sameFrame(p: FramedClaim, q: FramedClaim): boolean {
  const s = p.scopes;
  const t = q.scopes;
  return setFits(s.places, t.places) && setFits(s.where, t.where) && setFits(s.who, t.who) && setFits(s.group, t.group)
    && setFits(s.shares, t.shares) && setFits(s.roles, t.roles) && partFits(s.holder, t.holder) && s.population === t.population
    && partFits(p.claim.time.from, q.claim.time.from) && partFits(p.claim.time.to, q.claim.time.to);
}

const byPlace = (p: { a: ClaimRef; b: ClaimRef }, q: { a: ClaimRef; b: ClaimRef }) => p.a.start - q.a.start || p.b.start - q.b.start;

interface Lead {
  finding: Contradiction;
  a: FramedClaim;
  b: FramedClaim;
}

/** The findings of one measure key, by what they state: a new pair of claims either restates one of them or leads. */
export class Restatements {
  /** Leads by their two reports and values, either way round. */
  private readonly leads = new Map<string, Lead[]>();
  /** The pairs of claims seen, by their ids. */
  private readonly pairs = new Set<string>();

  /**
   * Whether the pair (x, y) makes no finding of its own: it restates a finding kept before (the same two reports, the
   * same values and the same frame on each side), which then lists it, its sides turned to the finding's a and b; or
   * it states that finding's two figures in another frame.
   */
  fold(x: FramedClaim, y: FramedClaim): boolean {
    // A pair is judged from either side: its second visit is no restatement.
    const ids = x.claim.id < y.claim.id ? `${x.claim.id}\u0000${y.claim.id}` : `${y.claim.id}\u0000${x.claim.id}`;
    if (this.pairs.has(ids)) return true;
    this.pairs.add(ids);
    for (const lead of this.leads.get(pairKey(valuesOf(x.claim), valuesOf(y.claim))) ?? []) {
      const [a, b] = valuesOf(x.claim) === valuesOf(lead.a.claim) ? [x, y] : [y, x];
      if (!sameFrame(a, lead.a) || !sameFrame(b, lead.b)) continue;
      const list = (lead.finding.restated ??= []);
      if (list.length < MAX_RESTATED) list.push({ a: refOf(a.claim), b: refOf(b.claim) });
      return true;
    }
    // The same two figures in another frame (Kyiv's 12 and Lviv's 12 against one 20) are not shown, as before this
    // grouping: the first pair stands for them. Shown as findings of their own, they cost precision and flagged traps
    // on the newest development set (docs/claims.md); folded in, they would merge frames.
    return this.leads.has(pairKey(valuesOf(x.claim), valuesOf(y.claim)));
  }

  /** A new finding of the claims a (its a side) and b, which later restatements are folded into. */
  lead(finding: Contradiction, a: FramedClaim, b: FramedClaim): void {
    const k = pairKey(valuesOf(a.claim), valuesOf(b.claim));
    let list = this.leads.get(k);
    if (!list) this.leads.set(k, (list = []));
    list.push({ finding, a, b });
  }

  /** Each finding's restatements in the order of their places, whatever order the pairs were judged in. */
  finish(): void {
    for (const list of this.leads.values()) for (const { finding } of list) finding.restated?.sort(byPlace);
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
