// Contradictions as diagnostics on both claims, each pointing at the other with relatedInformation.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Settings } from '../../../../shared/settings';
import type { ClaimRef, Contradiction } from '../../engine/index';
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

/** A diagnostic made for one side of a finding, kept while the finding, both texts and its severity stay the same. */
interface Made {
  mine: unknown;
  theirs: unknown;
  severity: DiagnosticSeverity;
  diagnostic: Diagnostic;
}
const made = new WeakMap<Contradiction, [Made | undefined, Made | undefined]>();

/**
 * Diagnostics for every indexed report (an empty list for reports without findings, so old ones clear). A finding the
 * check did not recompute yields the very same Diagnostic objects as last time, so callers can tell by identity
 * which reports' lists changed and re-send only those.
 */
export function computeDiagnostics(
  index: WorkspaceIndex,
  contradictions: readonly Contradiction[],
  settings: Settings,
  dismissed: (c: Contradiction) => boolean,
): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const r of index.all()) out.set(r.uri, []);
  for (const c of contradictions) {
    const severity = SEVERITY[settings.severity[c.severity]];
    if (severity === null || dismissed(c)) continue;
    let memo = made.get(c);
    if (!memo) made.set(c, (memo = [undefined, undefined]));
    ([[c.a, c.b], [c.b, c.a]] as const).forEach(([self, other], side) => {
      const mine = index.get(self.path);
      const theirs = index.get(other.path);
      if (!mine || !theirs) return;
      const m = memo![side];
      if (m && m.mine === mine.doc && m.theirs === theirs.doc && m.severity === severity) {
        out.get(mine.uri)!.push(m.diagnostic);
        return;
      }
      const diagnostic = diagnosticOf(index, c, self, other, mine, theirs, severity);
      memo![side] = { mine: mine.doc, theirs: theirs.doc, severity, diagnostic };
      out.get(mine.uri)!.push(diagnostic);
    });
  }
  return out;
}

function diagnosticOf(
  index: WorkspaceIndex, c: Contradiction, self: ClaimRef, other: ClaimRef, mine: IndexedReport, theirs: IndexedReport,
  severity: DiagnosticSeverity,
): Diagnostic {
  // Squiggle the figure itself, not the whole clause: that is what the reader compares.
  const myClaim = index.claim(self.claim)?.claim;
  const otherClaim = index.claim(other.claim)?.claim;
  const mySpan = myClaim?.quantity ?? self;
  const otherSpan = otherClaim?.quantity ?? other;
  const data: DiagnosticData = { contradictionId: c.id, otherUri: theirs.uri, otherStart: otherSpan.start, otherEnd: otherSpan.end };
  return {
    range: toRange(mine, mySpan.start, mySpan.end),
    severity,
    source: 'crosscheck',
    code: CODES[c.kind],
    // Each side reads from its own report: "42 ... here vs 44 in 004".
    message: `${c.severity === 'clear' ? 'Contradiction' : 'Possible contradiction'}: ${self === c.a ? c.message : c.messageB ?? c.message}`,
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
