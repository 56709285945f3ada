// Which reports' diagnostics a check may have changed, so an edit's check recomputes and compares only those lists.
// An edit recomputes a few measure keys: the findings it adds or drops are a handful among tens of thousands, so
// they are found by walking the last and the new list side by side (the check keeps its unchanged findings, the
// very same objects, in the same order), not by putting every finding into sets and maps on each check.
import type { ClaimRef, Contradiction } from '../../engine/index';

const sameRef = (x: ClaimRef, y: ClaimRef) => x.claim === y.claim && x.path === y.path && x.start === y.start && x.end === y.end;

/**
 * True when two findings give the same diagnostics on the same texts and claims: a check that recomputed a measure
 * key makes its findings again, most of them equal.
 */
function sameFinding(x: Contradiction | undefined, y: Contradiction): boolean {
  return !!x && x.id === y.id && x.kind === y.kind && x.severity === y.severity && x.message === y.message
    && x.messageB === y.messageB && sameRef(x.a, y.a) && sameRef(x.b, y.b) && samePairs(x.restated, y.restated);
}

/** The same restated pairs (a finding's other statements get diagnostics too). */
function samePairs(p: Contradiction['restated'], q: Contradiction['restated']): boolean {
  if (!p?.length || !q?.length) return !p?.length && !q?.length;
  return p.length === q.length && p.every((x, i) => sameRef(x.a, q[i].a) && sameRef(x.b, q[i].b));
}

/** Findings by id (a second finding of one id counts as new or gone: its reports are recomputed, never missed). */
const byIdOf = (cs: readonly Contradiction[]) => {
  const out = new Map<string, Contradiction | null>();
  for (const c of cs) out.set(c.id, out.has(c.id) ? null : c);
  return out;
};

/**
 * The findings of `now` not in `prev` (fresh) and those of `prev` not in `now` (gone), by identity. `seen` holds every
 * finding of `prev` (and of earlier lists): an object not in it is new. Where the two lists are out of step (a tie
 * of places re-sorted), a finding may come out both gone and fresh: its reports are recomputed, which is never wrong.
 */
function delta(prev: readonly Contradiction[], now: readonly Contradiction[], seen: WeakSet<Contradiction>) {
  const fresh: Contradiction[] = [];
  const gone: Contradiction[] = [];
  let i = 0;
  for (let j = 0; j < now.length; ) {
    const c = now[j];
    if (i < prev.length && prev[i] === c) {
      i++;
      j++;
    } else if (!seen.has(c) || i >= prev.length) {
      fresh.push(c);
      j++;
    } else {
      gone.push(prev[i++]);
    }
  }
  while (i < prev.length) gone.push(prev[i++]);
  return { fresh, gone };
}

/**
 * Which reports' diagnostics a check may have changed: those in a finding that is new or gone since the last check
 * (a finding made again equal is neither), reports whose text changed (and every report in a finding with one of
 * them), reports gone, and reports whose list was held back last time. Everything when what all lists are made from
 * changed (severities, dismissals), and on the first check.
 */
export class ChangedReports {
  private last: readonly Contradiction[] | null = null;
  /** Every finding of the lists given so far (the engine never gives an object back once it dropped it). */
  private seen = new WeakSet<Contradiction>();
  private inputs = '';
  /** Each report's text document as of the last check, and the last check that saw the report. */
  private readonly docs = new Map<string, { doc: unknown; round: number }>();
  private round = 0;
  private readonly pending = new Set<string>();

  /** The reports to recompute, or null for all of them. */
  touched(contradictions: readonly Contradiction[], reports: Iterable<{ uri: string; doc: unknown }>, inputs: string): Set<string> | null {
    const prev = this.last;
    const full = !prev || inputs !== this.inputs;
    this.last = contradictions.slice();
    this.inputs = inputs;
    const changed = new Set(this.pending);
    this.pending.clear();
    this.changedDocs(reports, changed);
    if (full) {
      this.seen = new WeakSet(contradictions);
      return null;
    }
    const { fresh, gone } = delta(prev, contradictions, this.seen);
    for (const c of fresh) this.seen.add(c);
    const touch = (c: Contradiction) => {
      changed.add(c.a.path);
      changed.add(c.b.path);
    };
    // A finding counts as new or gone unless it was made again equal (same id and content).
    if (fresh.length || gone.length) {
      const freshById = byIdOf(fresh);
      const goneById = byIdOf(gone);
      for (const c of fresh) if (!sameFinding(goneById.get(c.id) ?? undefined, c)) touch(c);
      for (const c of gone) if (!sameFinding(freshById.get(c.id) ?? undefined, c)) touch(c);
    }
    // Every report in a finding with a report whose text changed: its diagnostic points into that text.
    if (changed.size) {
      const texts = new Set(changed);
      for (const c of contradictions) if (texts.has(c.a.path) || texts.has(c.b.path)) touch(c);
    }
    return changed;
  }

  /** Adds to `changed` the reports whose document is new or other than at the last check, and those gone since. */
  private changedDocs(reports: Iterable<{ uri: string; doc: unknown }>, changed: Set<string>): void {
    const round = ++this.round;
    let count = 0;
    for (const r of reports) {
      count++;
      const known = this.docs.get(r.uri);
      if (known) known.round = round;
      if (known?.doc === r.doc) continue;
      if (known) known.doc = r.doc;
      else this.docs.set(r.uri, { doc: r.doc, round });
      changed.add(r.uri);
    }
    // Fewer reports than documents kept: some are gone (rare, so looked for only then).
    if (count === this.docs.size) return;
    for (const [uri, d] of this.docs) {
      if (d.round === round) continue;
      this.docs.delete(uri);
      changed.add(uri);
    }
  }

  /** A report whose list was held back (edited while the check ran): it is recomputed next time. */
  later(uri: string): void {
    this.pending.add(uri);
  }

  /** The next check recomputes every list (the client was given lists made elsewhere, as restored ones). */
  reset(): void {
    this.last = null;
  }
}
