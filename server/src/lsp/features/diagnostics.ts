// Contradictions as diagnostics on both claims, each pointing at the other with relatedInformation.
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
  other: ClaimRef;
  myClaim: Claim | undefined;
  otherClaim: Claim | undefined;
}
const made = new WeakMap<Contradiction, [Made | undefined, Made | undefined]>();
/**
 * The same by finding id and side. A check recomputes every finding of a measure key an edit touched, and a cold start's
 * partial checks most keys: findings that come back equal then keep their Diagnostic objects, so the lists they are in
 * compare by identity instead of by content. Rebuilt by each computation of every list, so it holds no finding gone.
 */
let byId = new Map<string, Made>();

/** The diagnostic made last time for this side of a finding equal to `c`, when nothing it is made of changed. */
function remade(c: Contradiction, side: number, self: ClaimRef, other: ClaimRef, mine: IndexedReport, theirs: IndexedReport,
  severity: DiagnosticSeverity, index: WorkspaceIndex): Made | undefined {
  const m = byId.get(`${c.id}\u0000${side}`);
  if (!m || m.mine !== mine.doc || m.theirs !== theirs.doc || m.severity !== severity || m.findingSeverity !== c.severity || m.kind !== c.kind) {
    return undefined;
  }
  if (m.message !== messageOf(c, self) || !sameRef(m.self, self) || !sameRef(m.other, other)) return undefined;
  return m.myClaim === index.claim(self.claim)?.claim && m.otherClaim === index.claim(other.claim)?.claim ? m : undefined;
}

const sameRef = (x: ClaimRef, y: ClaimRef) => x.claim === y.claim && x.path === y.path && x.start === y.start && x.end === y.end;
/** The finding's headline as seen from `self`'s report. */
const messageOf = (c: Contradiction, self: ClaimRef) => (self === c.a ? c.message : c.messageB ?? c.message);

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
    if (!memo) made.set(c, (memo = [undefined, undefined]));
    for (let side = 0; side < 2; side++) {
      const [self, other] = side === 0 ? [c.a, c.b] : [c.b, c.a];
      if (only && !only.has(self.path)) continue;
      const mine = index.get(self.path);
      const theirs = index.get(other.path);
      if (!mine || !theirs) continue;
      let m = memo[side];
      if (!m || m.mine !== mine.doc || m.theirs !== theirs.doc || m.severity !== severity) {
        m = remade(c, side, self, other, mine, theirs, severity, index) ?? makeDiagnostic(index, c, self, other, mine, theirs, severity);
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
  index: WorkspaceIndex, c: Contradiction, self: ClaimRef, other: ClaimRef, mine: IndexedReport, theirs: IndexedReport,
  severity: DiagnosticSeverity,
): Made {
  const myClaim = index.claim(self.claim)?.claim;
  const otherClaim = index.claim(other.claim)?.claim;
  return {
    mine: mine.doc, theirs: theirs.doc, severity, message: messageOf(c, self), findingSeverity: c.severity, kind: c.kind, self, other, myClaim, otherClaim,
    diagnostic: diagnosticOf(c, self, other, mine, theirs, severity, myClaim, otherClaim),
  };
}

function diagnosticOf(
  c: Contradiction, self: ClaimRef, other: ClaimRef, mine: IndexedReport, theirs: IndexedReport, severity: DiagnosticSeverity,
  myClaim: Claim | undefined, otherClaim: Claim | undefined,
): Diagnostic {
  // Squiggle the figure itself, not the whole clause: that is what the reader compares.
  const mySpan = myClaim?.quantity ?? self;
  const otherSpan = otherClaim?.quantity ?? other;
  const data: DiagnosticData = { contradictionId: c.id, otherUri: theirs.uri, otherStart: otherSpan.start, otherEnd: otherSpan.end };
  return {
    range: toRange(mine, mySpan.start, mySpan.end),
    severity,
    source: 'crosscheck',
    code: CODES[c.kind],
    // Each side reads from its own report: "42 ... here vs 44 in 004".
    message: `${c.severity === 'clear' ? 'Contradiction' : 'Possible contradiction'}: ${messageOf(c, self)}`,
    relatedInformation: [
      {
        location: toLocation(theirs, otherSpan.start, otherSpan.end),
        // The editor prints the location (file, line, column) before this: naming the file again is noise.
        message: otherClaim ? describe(otherClaim) : 'the other claim',
      },
    ],
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
