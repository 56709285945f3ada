// Changes the reports state: "the toll was revised to 275 from 288", "the final toll has been fixed at 275", "rose to 278",
// "the results first announced gave him 43.9% ... he now has 43%" (round 31).
// Both values of a stated change were true, each in its time: a report giving the old value and one giving the new are
// not rivals, wherever in the folder they are. A change is read from one report: a value it marks as replaced
// (superseded) and the value that replaced it in the same sentence, or a value it marks as the new one (revised) and
// each other value of the same count it gives on the side the change came from, or a preliminary value it sets before
// its present (earlierStage) and the same holder's other one.
import { detailOf } from '../claims/detail';
import { chainOf } from './compare';
import type { Claim, DocumentAnalysis } from '../types';

/** The figure of a claim as one number (a point figure's value, else the middle of its range, else its bound). */
function figureOf(c: Claim): number | null {
  if (c.value !== null) return c.value;
  if (c.low !== null && c.high !== null) return (c.low + c.high) / 2;
  return c.low ?? c.high;
}

/** Most marked values of one count read in one report: keeps a report of thousands of revisions linear. */
const MAX_MARKED = 16;

/** A change between two values, written the same whichever comes first. */
function changeKey(p: number, q: number): string {
  return p < q ? `${p}\u0000${q}` : `${q}\u0000${p}`;
}

/** The changes one report states, by measure key: old and new value, as changeKey. */
export function statedChanges(doc: DocumentAnalysis): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // Only a marked figure states a change: most reports have none, and need no claims grouped by key (9 % of what a
  // check of 8,000 generated reports allocated).
  if (!doc.claims.some(marked)) return out;
  const byKey = new Map<string, Claim[]>();
  for (const c of doc.claims) {
    let list = byKey.get(c.measure.key);
    if (!list) byKey.set(c.measure.key, (list = []));
    list.push(c);
  }
  for (const [key, claims] of byKey) {
    if (claims.length < 2) continue;
    const changes = new Set<string>();
    let marked = 0;
    for (const c of claims) {
      const d = detailOf(c);
      if (!d || !isMarked(d)) continue;
      // A report describes a few changes of one count; a flood of marks (a table of revisions) is read in part.
      if (++marked > MAX_MARKED) break;
      if (d.earlierStage) provisionalChanges(c, claims, changes);
      if (d.correction === 'before') correctedChanges(c, claims, changes);
      if (!d.superseded && !d.revised) continue;
      const v = figureOf(c);
      if (v === null) continue;
      for (const o of claims) {
        if (o === c) continue;
        const w = figureOf(o);
        if (w === null || w === v) continue;
        if (namedApart(c, o) && !toldReplaced(d, detailOf(o))) continue;
        // A replaced value pairs with the new one in its sentence; a new value with the count's other values on the side
        // the change came from ("rose to 278": the lower ones).
        if (d.superseded && !detailOf(o)?.revised && !(o.start < c.end && c.start < o.end)) continue;
        // A rise or fall a named voice reports says nothing of others' figures: the old value is of an earlier day, and
        // that voice's when it is named.
        if (d.revised === 'up' || d.revised === 'down') {
          if (d.revised === 'up' ? w > v : w < v) continue;
          if (!detailOf(o)?.superseded && !(earlier(o, c) && voiceAllows(c, o))) continue;
        }
        changes.add(changeKey(v, w));
        changes.add(oldKey(changeKey(v, w), d.superseded ? v : w));
        // "grew from 152.7% in September to 154.1% this month": the old value has a day of its own; another report's
        // 152.7% for this month is no earlier stage of the change but a rival of the new value.
        if (d.revised && !detailOf(o)?.superseded && o.time.from && o.time.to) {
          changes.add(datedKey(changeKey(v, w), w));
          changes.add(atKey(changeKey(v, w), w, o.time.from, o.time.to));
        }
      }
    }
    if (changes.size) out.set(key, changes);
  }
  return out;
}

/** A figure marked replaced, revised or an earlier stage: the ones statedChanges reads changes from. */
function marked(c: Claim): boolean {
  return isMarked(detailOf(c));
}

/** A figure that states a change: replaced, revised, an earlier stage, or set before a correction. */
function isMarked(d: ReturnType<typeof detailOf>): boolean {
  return !!(d?.superseded || d?.revised || d?.earlierStage || d?.correction === 'before');
}

/**
 * "The preliminary results had given him nearly 95 percent; the court's final count gives 84.3 percent": a report giving
 * a preliminary figure as an earlier stage (past perfect) and another of the same count (same holder, not earlier)
 * states the change from one to the other.
 */
function provisionalChanges(c: Claim, claims: readonly Claim[], changes: Set<string>): void {
  const v = figureOf(c);
  if (v === null) return;
  const holder = detailOf(c)?.holder ?? null;
  for (const o of claims) {
    const d = detailOf(o);
    if (o === c || d?.provisional || (d?.holder ?? null) !== holder || earlier(o, c) || namedApart(c, o)) continue;
    const w = figureOf(o);
    if (w !== null && w !== v) {
      changes.add(changeKey(v, w));
      changes.add(oldKey(changeKey(v, w), v));
    }
  }
}

/**
 * "The results first announced gave him 43.9% ... his result now stands at 43%": a value the report's words set before a
 * correction (detail.correction 'before') and a later figure of the same count (same holder) it gives as the correction
 * state the change from one to the other (round 31).
 */
function correctedChanges(c: Claim, claims: readonly Claim[], changes: Set<string>): void {
  const v = figureOf(c);
  if (v === null) return;
  const holder = detailOf(c)?.holder ?? null;
  for (const o of claims) {
    const d = detailOf(o);
    if (o.start < c.start || (d?.correction !== 'sentence' && d?.correction !== 'report') || (d?.holder ?? null) !== holder) continue;
    const w = figureOf(o);
    if (w === null || w === v) continue;
    changes.add(changeKey(v, w));
    changes.add(oldKey(changeKey(v, w), v));
  }
}

/**
 * Round 42: both values name their source and no source is shared ("the agency's final toll stood at 40 … the Red
 * Cross said 65"; "police initially reported 30 … risen to 75, according to a charity"). A report states a change of
 * one voice's count; another voice's figure beside it is a rival count, not the value the change replaced. A voice
 * only guessed from the clause or the paragraph does not count: one voice's revision told without a source stays a
 * change.
 */
function namedApart(a: Claim, b: Claim): boolean {
  const ca = chainOf(a);
  const cb = chainOf(b);
  return ca.length > 0 && cb.length > 0 && !cb.some(x => ca.includes(x));
}

/**
 * The report's own words tie the two values into one change, whoever it names for each: the old one is marked replaced
 * in the change's telling ("risen from 225 to 326"), not a voice's earlier word ("initially reported"), or the new one
 * is told as a correction ("revised down to 11").
 */
function toldReplaced(next: ReturnType<typeof detailOf>, old: ReturnType<typeof detailOf>): boolean {
  return (!!old?.superseded && !old.earlierWord) || next?.correction === 'sentence';
}

/** The first claim's time ends before the second's begins. */
function earlier(a: Claim, b: Claim): boolean {
  return !!a.time.to && !!b.time.from && a.time.to < b.time.from;
}

/** The new value's voice is unnamed, or it is the old value's too. */
function voiceAllows(next: Claim, old: Claim): boolean {
  return !next.source || old.source?.id === next.source.id;
}

/** Which value of a change was the old one. */
function oldKey(change: string, old: number): string {
  return `old\u0000${change}\u0000${old}`;
}

/**
 * The change some report states between x's and y's figures, when x's is its old value (round 31): a report published
 * after the change still giving the old value repeats a replaced figure, a rival of the new one (check/claimIndex.ts).
 */
export function oldSideOf(x: Claim, y: Claim, changes: ReadonlySet<string> | undefined): string | null {
  const p = figureOf(x);
  const q = figureOf(y);
  if (!changes || p === null || q === null) return null;
  const k = changeKey(p, q);
  return changes.has(oldKey(k, p)) ? k : null;
}

/** The old value of a change has a time of its own. */
function datedKey(change: string, old: number): string {
  return `dated\u0000${change}\u0000${old}`;
}

/** The time the old value of a change holds. */
function atKey(change: string, old: number, from: string, to: string): string {
  return `at\u0000${change}\u0000${old}\u0000${from}\u0000${to}`;
}

/** The claim gives a change's dated old value for another time than the change does. */
function otherTime(c: Claim, value: number, change: string, changes: ReadonlySet<string>): boolean {
  if (!c.time.from || !c.time.to || !changes.has(datedKey(change, value))) return false;
  return !changes.has(atKey(change, value, c.time.from, c.time.to));
}

/** Whether two claims give the two values of a change some report states. */
export function isStatedChange(a: Claim, b: Claim, changes: ReadonlySet<string> | undefined): boolean {
  if (!changes) return false;
  const p = figureOf(a);
  const q = figureOf(b);
  if (p === null || q === null) return false;
  const k = changeKey(p, q);
  return changes.has(k) && !otherTime(a, p, k, changes) && !otherTime(b, q, k, changes);
}
