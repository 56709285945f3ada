// Copies of one conflict, linked. Two voices' figures for one thing (organizers vs police, an official toll vs a study)
// are repeated by several reports, and every pair of copies matches: N copies of one side and M of the other give N×M
// findings of one disagreement. Copies of one side are claims the matcher found to agree (same measure, scope and time)
// and that state nearly the same figure; findings whose two sides are copies of the same two figures form one conflict.
// Every finding is kept (each pair of reports gets its diagnostic); those of one conflict share its id (`conflict`) and
// link the others (`alsoIn`), so a reader sees one disagreement and every report repeating it.
import { stableHash } from '../claims/id';
import type { Claim, ClaimRef, Contradiction } from '../types';

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

const cmpText = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
const byPlace = (x: Contradiction, y: Contradiction) =>
  cmpText(x.a.path, y.a.path) || x.a.start - y.a.start || cmpText(x.b.path, y.b.path) || x.b.start - y.b.start;

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
 * The findings of one measure key, each kept, those of one conflict marked with its id (`conflict`) and linked to the
 * conflict's other findings (`alsoIn`); `agreements` are the pairs of matched claims whose figures agree. A pure
 * function of its inputs' content: the output does not depend on the order they came in.
 */
export function groupFindings(found: SidedFinding[], agreements: readonly [Claim, Claim][]): Contradiction[] {
  if (found.length < 2) return found.map(f => f.finding);
  const copies = new Copies();
  for (const [a, b] of agreements) if (sameFigure(a, b)) copies.join(a.id, b.id);
  joinRivalsOfOne(found, copies);
  const groups = new Map<string, Contradiction[]>();
  for (const f of found) {
    const rx = copies.root(f.x.id);
    const ry = copies.root(f.y.id);
    // Both sides copies of one figure (a loose bound joined them): no conflict of two figures to link.
    const k = rx === ry ? `\u0001${f.finding.id}` : rx < ry ? `${rx}\u0000${ry}` : `${ry}\u0000${rx}`;
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(f.finding);
  }
  const out: Contradiction[] = [];
  for (const [k, group] of groups) {
    if (group.length === 1) {
      out.push(group[0]);
      continue;
    }
    group.sort(byPlace);
    const conflict = `conflict:${stableHash(k)}`;
    // The first copies only, so a conflict repeated by thousands of reports costs linear time.
    const head = group.slice(0, MAX_COPIES + 1);
    for (const c of group) {
      const also = head.filter(x => x !== c).slice(0, MAX_COPIES).map(x => ({ a: refCopy(x.a), b: refCopy(x.b) }));
      out.push({ ...c, conflict, alsoIn: also });
    }
  }
  return out;
}

function refCopy(r: ClaimRef): ClaimRef {
  return { path: r.path, start: r.start, end: r.end, claim: r.claim };
}
