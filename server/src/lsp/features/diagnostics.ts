// Contradictions as diagnostics on both claims, each pointing at the other with relatedInformation. A finding whose
// figures are stated again, in the same two reports or others (restated), gives every statement its diagnostic (one
// per report of the other side), pointing at the other side's statements it was paired with there.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Settings } from '../../../../shared/settings';
import type { Claim, ClaimRef, Contradiction } from '../../engine/index';
import { toLocation, toRange } from '../convert';
import type { IndexedReport, WorkspaceIndex } from '../workspaceIndex';

const SEVERITY: Record<string, DiagnosticSeverity | null> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
  off: null,
};

/** Diagnostic codes, one per finding kind. */
export const CODES = { value: 'conflicting-figures', attribution: 'conflicting-attribution' } as const;

export interface DiagnosticData {
  contradictionId: string;
  otherUri: string;
  otherStart: number;
  otherEnd: number;
}

/**
 * A diagnostic made for one side of a finding, kept while what it is made of stays the same: the finding's fields
 * that it shows, both texts, both claims and the severity.
 */
interface Made {
  mine: unknown;
  theirs: unknown;
  severity: DiagnosticSeverity;
  diagnostic: Diagnostic;
  /** Checked only when the finding was made again (see byId). */
  message: string;
  findingSeverity: string;
  kind: string;
  self: ClaimRef;
  others: readonly ClaimRef[];
  myClaim: Claim | undefined;
  otherClaims: (Claim | undefined)[];
}
const made = new WeakMap<Contradiction, (Made | undefined)[]>();
/**
 * The same by finding id and side. A check recomputes every finding of a measure key an edit touched, and a cold start's
 * partial checks most keys: findings that come back equal then keep their Diagnostic objects, so the lists they are in
 * compare by identity instead of by content. Rebuilt by each computation of every list, so it holds no finding gone.
 */
let byId = new Map<string, Made>();

/** The diagnostic made last time for this side of a finding equal to `c`, when nothing it is made of changed. */
function remade(c: Contradiction, side: number, s: Side, mine: IndexedReport, theirs: IndexedReport,
  severity: DiagnosticSeverity, index: WorkspaceIndex): Made | undefined {
  const m = byId.get(`${c.id}\u0000${side}`);
  if (!m || m.mine !== mine.doc || m.theirs !== theirs.doc || m.severity !== severity || m.findingSeverity !== c.severity || m.kind !== c.kind) {
    return undefined;
  }
  if (m.message !== messageOf(c, s.onA) || !sameRef(m.self, s.self) || m.others.length !== s.others.length
    || !m.others.every((r, i) => sameRef(r, s.others[i]))) return undefined;
  if (m.myClaim !== index.claim(s.self.claim)?.claim) return undefined;
  return m.otherClaims.every((x, i) => x === index.claim(s.others[i].claim)?.claim) ? m : undefined;
}

const sameRef = (x: ClaimRef, y: ClaimRef) => x.claim === y.claim && x.path === y.path && x.start === y.start && x.end === y.end;
/** The finding's headline as seen from a's report or from b's. */
const messageOf = (c: Contradiction, onA: boolean) => (onA ? c.message : c.messageB ?? c.message);

/** One statement of a finding's side: its claim, the other side's statements it was paired with, and its side. */
interface Side {
  self: ClaimRef;
  others: ClaimRef[];
  onA: boolean;
}

/**
 * A finding's statements: a, then b, then those its restatements add, each once per report of the other side it was
 * paired in (restatements come from any reports), with what each was paired with there.
 */
export function sidesOf(c: Contradiction): Side[] {
  if (!c.restated?.length) return [{ self: c.a, others: [c.b], onA: true }, { self: c.b, others: [c.a], onA: false }];
  const out = new Map<string, Side>();
  const add = (self: ClaimRef, other: ClaimRef, onA: boolean) => {
    const k = `${onA ? 'a' : 'b'}\u0000${self.claim}\u0000${other.path}`;
    const s = out.get(k);
    if (!s) out.set(k, { self, others: [other], onA });
    else if (!s.others.some(o => o.claim === other.claim)) s.others.push(other);
  };
  add(c.a, c.b, true);
  add(c.b, c.a, false);
  for (const p of c.restated) {
    add(p.a, p.b, true);
    add(p.b, p.a, false);
  }
  return [...out.values()];
}

/**
 * Diagnostics for every indexed report (an empty list for reports without findings, so old ones clear). A finding the
 * check did not recompute, or recomputed equal, yields the very same Diagnostic objects as last time, so callers can
 * tell by identity which reports' lists changed and re-send only those.
 */
export function computeDiagnostics(
  index: WorkspaceIndex,
  contradictions: readonly Contradiction[],
  settings: Settings,
  dismissed: (c: Contradiction) => boolean,
  only?: ReadonlySet<string>,
): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  // Every list computed anew: the memo by id keeps only the findings there are now.
  const kept = only ? byId : new Map<string, Made>();
  // Given `only`, the lists of those reports alone (an empty one for a report no longer indexed).
  if (only) for (const uri of only) out.set(uri, []);
  else for (const r of index.all()) out.set(r.uri, []);
  for (const c of contradictions) {
    if (only && !only.has(c.a.path) && !only.has(c.b.path)) continue;
    const severity = SEVERITY[settings.severity[c.severity]];
    if (severity === null || dismissed(c)) continue;
    let memo = made.get(c);
    if (!memo) made.set(c, (memo = []));
    const sides = sidesOf(c);
    for (let side = 0; side < sides.length; side++) {
      const s = sides[side];
      if (only && !only.has(s.self.path)) continue;
      const mine = index.get(s.self.path);
      const theirs = index.get(s.others[0].path);
      if (!mine || !theirs) continue;
      let m = memo[side];
      if (!m || m.mine !== mine.doc || m.theirs !== theirs.doc || m.severity !== severity) {
        m = remade(c, side, s, mine, theirs, severity, index) ?? makeDiagnostic(index, c, s, mine, theirs, severity);
        memo[side] = m;
      }
      kept.set(`${c.id}\u0000${side}`, m);
      out.get(mine.uri)!.push(m.diagnostic);
    }
  }
  byId = kept;
  return out;
}

/** A side's diagnostic, with what it was made of. */
function makeDiagnostic(
  index: WorkspaceIndex, c: Contradiction, s: Side, mine: IndexedReport, theirs: IndexedReport, severity: DiagnosticSeverity,
): Made {
  const myClaim = index.claim(s.self.claim)?.claim;
  const otherClaims = s.others.map(o => index.claim(o.claim)?.claim);
  return {
    mine: mine.doc, theirs: theirs.doc, severity, message: messageOf(c, s.onA), findingSeverity: c.severity, kind: c.kind, self: s.self,
    others: s.others, myClaim, otherClaims, diagnostic: diagnosticOf(c, s, mine, theirs, severity, myClaim, otherClaims),
  };
}

function diagnosticOf(
  c: Contradiction, s: Side, mine: IndexedReport, theirs: IndexedReport, severity: DiagnosticSeverity,
  myClaim: Claim | undefined, otherClaims: (Claim | undefined)[],
): Diagnostic {
  // Squiggle the figure itself, not the whole clause: that is what the reader compares.
  const mySpan = myClaim?.quantity ?? s.self;
  const spans = s.others.map((o, i) => otherClaims[i]?.quantity ?? o);
  const data: DiagnosticData = { contradictionId: c.id, otherUri: theirs.uri, otherStart: spans[0].start, otherEnd: spans[0].end };
  return {
    range: toRange(mine, mySpan.start, mySpan.end),
    severity,
    source: 'crosscheck',
    code: CODES[c.kind],
    // Each side reads from its own report: "42 ... here vs 44 in 004".
    message: `${c.severity === 'clear' ? 'Contradiction' : 'Possible contradiction'}: ${messageOf(c, s.onA)}`,
    // Every statement of the other side this one was paired with in that report (sidesOf splits them by report).
    relatedInformation: spans.map((span, i) => ({
      location: toLocation(theirs, span.start, span.end),
      // The editor prints the location (file, line, column) before this: naming the file again is noise.
      message: otherClaims[i] ? describe(otherClaims[i]!) : 'the other claim',
    })),
    data,
  };
}

/** True when two diagnostic lists hold the same objects in the same order. */
export function sameDiagnostics(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[]): boolean {
  return !!a && a.length === b.length && a.every((d, i) => d === b[i]);
}

function describe(c: { quantity: { text: string }; source: { name: string } | null; time: { from: string | null } }): string {
  const who = c.source ? `, ${c.source.name}` : '';
  const when = c.time.from ? `, ${c.time.from}` : '';
  return `${c.quantity.text}${who}${when}`;
}

export { ChangedReports } from './changedReports';
