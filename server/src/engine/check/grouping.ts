// One finding per conflict. Two voices' figures for one thing (organizers vs police, an official toll vs a study) are
// repeated by several reports, and every pair of copies matches: N copies of one side and M of the other give N×M
// findings for what a reader marks once. Copies of one side are claims the matcher found to agree (same measure, scope
// and time) and that state nearly the same figure; findings whose two sides are copies of the same two figures form one
// conflict. It is shown where a reader marks it: in each report that holds both figures, and once for each other report
// that states one of them; the other copies are carried as related locations (`alsoIn`).
import type { Claim, ClaimRef, Contradiction, Hedge } from '../types';

/** A finding with the claims of its two sides. */
export interface SidedFinding {
  finding: Contradiction;
  x: Claim;
  y: Claim;
}

/** How far apart (as a share of the larger) two agreeing figures may be and still be copies of one figure. */
const COPY_SHARE = 0.1;
/** Most copies one finding lists: a figure repeated by thousands of reports needs only some of them shown. */
const MAX_COPIES = 16;

/** The figure a claim states, as one number: its value, else the middle of its range, else its bound. */
function pointOf(c: Claim): number | null {
  if (c.value !== null) return c.value;
  if (c.low !== null && c.high !== null) return (c.low + c.high) / 2;
  return c.low ?? c.high;
}

/** Two agreeing claims state nearly the same figure: "1.03 million" and "more than a million", not "more than 60" and 4,645. */
export function sameFigure(a: Claim, b: Claim): boolean {
  const p = pointOf(a);
  const q = pointOf(b);
  if (p === null || q === null) return false;
  return Math.abs(p - q) <= COPY_SHARE * Math.max(Math.abs(p), Math.abs(q));
}

/** Union-find over claim ids, by path halving. */
class Copies {
  private readonly parent = new Map<string, string>();
  root(id: string): string {
    let p = this.parent.get(id);
    if (p === undefined) return id;
    let x = id;
    while (p !== undefined && p !== x) {
      const g = this.parent.get(p);
      if (g !== undefined && g !== p) this.parent.set(x, g);
      x = p;
      p = this.parent.get(x);
    }
    return x;
  }
  join(a: string, b: string): void {
    const ra = this.root(a);
    const rb = this.root(b);
    // The smaller id leads, so the roots do not depend on the order the pairs came in.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}

const HEDGE_RANK: Record<Hedge, number> = {
  exact: 0, approximate: 0, nearly: 1, range: 1, over: 2, at_least: 2, up_to: 2, less_than: 2, vague: 3,
};

/** How plainly a finding states its figures: point figures said by a named source first. Lower is plainer. */
function vagueness(f: SidedFinding): number {
  const of = (c: Claim) => HEDGE_RANK[c.hedge] + (c.derived ? 2 : 0) + (c.source ? 0 : 1);
  return of(f.x) + of(f.y);
}

const cmpText = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
const byPlace = (x: Contradiction, y: Contradiction) =>
  cmpText(x.a.path, y.a.path) || x.a.start - y.a.start || cmpText(x.b.path, y.b.path) || x.b.start - y.b.start;

/** The plainest finding, the earliest on a tie. */
function best(list: SidedFinding[]): SidedFinding {
  let out = list[0];
  for (const f of list) {
    const d = vagueness(f) - vagueness(out);
    if (d < 0 || (d === 0 && byPlace(f.finding, out.finding) < 0)) out = f;
  }
  return out;
}

/**
 * The findings a reader marks for one conflict: one in each report holding both sides; then, for each report that states
 * one side and shows no finding yet, in report order, its plainest pair with another report (one whose reader has not
 * seen it yet first). Every report stating a side shows the conflict once; its other copies are linked.
 */
function representatives(group: SidedFinding[]): SidedFinding[] {
  const out: SidedFinding[] = [];
  const covered = new Set<string>();
  const inReport = new Map<string, SidedFinding[]>();
  const reports = new Set<string>();
  for (const f of group) {
    reports.add(f.x.path);
    reports.add(f.y.path);
    if (f.x.path !== f.y.path) continue;
    let list = inReport.get(f.x.path);
    if (!list) inReport.set(f.x.path, (list = []));
    list.push(f);
  }
  for (const [path, list] of inReport) {
    out.push(best(list));
    covered.add(path);
  }
  for (const path of [...reports].sort()) {
    if (covered.has(path)) continue;
    const mine = group.filter(f => f.x.path !== f.y.path && (f.x.path === path || f.y.path === path));
    const other = (f: SidedFinding) => (f.x.path === path ? f.y.path : f.x.path);
    const fresh = mine.filter(f => !covered.has(other(f)));
    const pick = best(fresh.length ? fresh : mine);
    out.push(pick);
    covered.add(pick.x.path);
    covered.add(pick.y.path);
  }
  return out;
}

/**
 * Claims that contradict one and the same claim with nearly the same figure are copies of one side, though the matcher
 * may not have paired them (a town's figure and the nation's both against one toll). Each claim's rivals are sorted by
 * figure and neighbours stating the same figure are joined: O(n log n).
 */
function joinRivalsOfOne(found: readonly SidedFinding[], copies: Copies): void {
  const rivals = new Map<string, Claim[]>();
  const add = (of: Claim, rival: Claim) => {
    let list = rivals.get(of.id);
    if (!list) rivals.set(of.id, (list = []));
    list.push(rival);
  };
  for (const f of found) {
    add(f.x, f.y);
    add(f.y, f.x);
  }
  for (const list of rivals.values()) {
    if (list.length < 2) continue;
    list.sort((p, q) => (pointOf(p) ?? 0) - (pointOf(q) ?? 0) || cmpText(p.id, q.id));
    for (let i = 1; i < list.length; i++) if (sameFigure(list[i - 1], list[i])) copies.join(list[i - 1].id, list[i].id);
  }
}

/**
 * The findings of one measure key, grouped into conflicts: `agreements` are the pairs of matched claims whose figures
 * agree. Each conflict keeps its representatives, each carrying the conflict's other findings as `alsoIn`. A pure
 * function of its inputs' content: the output does not depend on the order they came in.
 */
export function groupFindings(found: SidedFinding[], agreements: readonly [Claim, Claim][]): Contradiction[] {
  if (found.length < 2) return found.map(f => f.finding);
  const copies = new Copies();
  for (const [a, b] of agreements) if (sameFigure(a, b)) copies.join(a.id, b.id);
  joinRivalsOfOne(found, copies);
  const groups = new Map<string, SidedFinding[]>();
  for (const f of found) {
    const rx = copies.root(f.x.id);
    const ry = copies.root(f.y.id);
    // Both sides copies of one figure (a loose bound joined them): no conflict of two figures to fold.
    const k = rx === ry ? `\u0001${f.finding.id}` : rx < ry ? `${rx}\u0000${ry}` : `${ry}\u0000${rx}`;
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(f);
  }
  const out: Contradiction[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0].finding);
      continue;
    }
    const reps = representatives(group);
    const shown = new Set(reps.map(r => r.finding));
    const others = group.map(f => f.finding).filter(c => !shown.has(c)).sort(byPlace);
    for (const r of reps) {
      const also = [...others, ...reps.filter(x => x !== r).map(x => x.finding)].sort(byPlace).slice(0, MAX_COPIES);
      out.push(also.length ? { ...r.finding, alsoIn: also.map(c => ({ a: refCopy(c.a), b: refCopy(c.b) })) } : r.finding);
    }
  }
  return out;
}

function refCopy(r: ClaimRef): ClaimRef {
  return { path: r.path, start: r.start, end: r.end, claim: r.claim };
}
