// "3 sources · 1 contradiction" above each claim that has matching claims; clicking shows them.
import type { CodeLens } from 'vscode-languageserver';
import { toLocation, toRange } from '../convert';
import { matchesFor } from '../matches';
import type { WorkspaceIndex } from '../workspaceIndex';

/** Command the lens runs; the VS Code client shows a peek, other clients get the locations as arguments. */
export const SHOW_MATCHES_COMMAND = 'crosscheck.showMatchingClaims';

export function codeLenses(index: WorkspaceIndex, uri: string): CodeLens[] {
  const r = index.get(uri);
  if (!r) return [];
  const lenses: CodeLens[] = [];
  for (const c of r.analysis.claims) {
    const matches = matchesFor(index, c.id);
    if (!matches.length) continue;
    const sources = new Set([c.source?.id ?? r.uri, ...matches.map(m => m.claim.source?.id ?? m.report.uri)]).size;
    const contradictions = matches.filter(m => m.relation === 'contradicts').length;
    const echo = matches.some(m => m.relation === 'agrees' && m.independence === 'echo');
    const parts = [`${sources} source${sources === 1 ? '' : 's'}`];
    if (contradictions) parts.push(`${contradictions} contradiction${contradictions === 1 ? '' : 's'}`);
    else parts.push(echo ? 'agree (echo)' : 'agree');
    const range = toRange(r, c.quantity.start, c.quantity.end);
    lenses.push({
      range,
      command: {
        title: parts.join(' · '),
        command: SHOW_MATCHES_COMMAND,
        arguments: [uri, range.start, matches.map(m => toLocation(m.report, m.claim.quantity.start, m.claim.quantity.end))],
      },
    });
  }
  return lenses;
}
