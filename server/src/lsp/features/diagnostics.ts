// Contradictions as diagnostics on both claims, each pointing at the other with relatedInformation.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Settings } from '../../../../shared/settings';
import type { Contradiction } from '../../engine/types';
import { toLocation, toRange } from '../convert';
import type { WorkspaceIndex } from '../workspaceIndex';

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

/** Diagnostics for every indexed report (an empty list for reports without findings, so old ones clear). */
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
    for (const [self, other] of [[c.a, c.b], [c.b, c.a]] as const) {
      const mine = index.get(self.path);
      const theirs = index.get(other.path);
      if (!mine || !theirs) continue;
      // Squiggle the figure itself, not the whole clause: that is what the reader compares.
      const myClaim = index.claim(self.claim)?.claim;
      const otherClaim = index.claim(other.claim)?.claim;
      const mySpan = myClaim?.quantity ?? self;
      const otherSpan = otherClaim?.quantity ?? other;
      const data: DiagnosticData = { contradictionId: c.id, otherUri: theirs.uri, otherStart: otherSpan.start, otherEnd: otherSpan.end };
      out.get(mine.uri)!.push({
        range: toRange(mine, mySpan.start, mySpan.end),
        severity,
        source: 'crosscheck',
        code: CODES[c.kind],
        message: `${c.severity === 'clear' ? 'Contradiction' : 'Possible contradiction'}: ${c.message}`,
        relatedInformation: [
          {
            location: toLocation(theirs, otherSpan.start, otherSpan.end),
            // The editor prints the location (file, line, column) before this: naming the file again is noise.
            message: otherClaim ? describe(otherClaim) : 'the other claim',
          },
        ],
        data,
      });
    }
  }
  return out;
}

function describe(c: { quantity: { text: string }; source: { name: string } | null; time: { from: string | null } }): string {
  const who = c.source ? `, ${c.source.name}` : '';
  const when = c.time.from ? `, ${c.time.from}` : '';
  return `${c.quantity.text}${who}${when}`;
}
