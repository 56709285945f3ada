// One lens per line that holds claims other reports also make, each claim named by its figure:
// "42 armed clashes: 2 contradict · 12: 1 agrees". Clicking shows the matching claims.
import type { CodeLens } from 'vscode-languageserver';
import type { Claim } from '../../engine/types';
import { toLocation, toRange } from '../convert';
import { NONE_DISMISSED, type PairDismissed } from '../dismissals';
import { matchesFor, type ClaimMatch } from '../matches';
import type { IndexedReport, WorkspaceIndex } from '../workspaceIndex';

/** Command the lens runs; the VS Code client shows a peek, other clients get the locations as arguments. */
export const SHOW_MATCHES_COMMAND = 'crosscheck.showMatchingClaims';

/** Long figures are cut so that a line with three claims still fits on the lens. */
const FIGURE_CHARS = 32;

export function codeLenses(index: WorkspaceIndex, uri: string, dismissed: PairDismissed = NONE_DISMISSED): CodeLens[] {
  const r = index.get(uri);
  if (!r) return [];
  const byLine = new Map<number, { claim: Claim; matches: ClaimMatch[] }[]>();
  for (const c of r.analysis.claims) {
    const matches = matchesFor(index, c.id);
    if (!matches.length) continue;
    const line = r.doc.positionAt(c.quantity.start).line;
    byLine.set(line, [...(byLine.get(line) ?? []), { claim: c, matches }]);
  }
  return [...byLine.values()].map(claims => lineLens(r, uri, claims, dismissed));
}

function lineLens(r: IndexedReport, uri: string, claims: { claim: Claim; matches: ClaimMatch[] }[], dismissed: PairDismissed): CodeLens {
  claims.sort((x, y) => x.claim.quantity.start - y.claim.quantity.start);
  const first = claims[0].claim;
  const range = toRange(r, first.quantity.start, first.quantity.end);
  const title = claims.map(x => `${figure(x.claim)}: ${verdict(x.claim, x.matches, dismissed)}`).join(' · ');
  const locations = claims.flatMap(x => x.matches.map(m => toLocation(m.report, m.claim.quantity.start, m.claim.quantity.end)));
  return { range, command: { title, command: SHOW_MATCHES_COMMAND, arguments: [uri, range.start, locations] } };
}

const figure = (c: Claim) => {
  const t = c.quantity.text.replace(/\s+/g, ' ');
  return t.length > FIGURE_CHARS ? `${t.slice(0, FIGURE_CHARS - 1)}…` : t;
};

/**
 * "2 contradict, 1 agrees (same source)": how many matching figures in other reports contradict or agree. A contradiction
 * the user dismissed counts as neither, as it no longer shows in the Problems panel.
 */
export function verdict(c: Claim, matches: readonly ClaimMatch[], dismissed: PairDismissed): string {
  const contra = matches.filter(m => m.relation === 'contradicts' && !dismissed(c.id, m.claim.id)).length;
  const agree = matches.filter(m => m.relation === 'agrees');
  const echo = agree.filter(m => m.independence === 'echo').length;
  const parts: string[] = [];
  if (contra) parts.push(`${contra} ${contra === 1 ? 'contradicts' : 'contradict'}`);
  if (agree.length) {
    const echoes = echo ? ` (${echo === agree.length ? 'same source' : `${echo} from the same source`})` : '';
    parts.push(`${agree.length} ${agree.length === 1 ? 'agrees' : 'agree'}${echoes}`);
  }
  return parts.length ? parts.join(', ') : 'no contradiction left';
}
