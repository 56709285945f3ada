// Go to Definition / Find All References / Peek between matching claims, and between mentions of an entity.
import type { Location } from 'vscode-languageserver';
import { toLocation } from '../convert';
import { matchesFor } from '../matches';
import type { WorkspaceIndex } from '../workspaceIndex';

/** Matching claims of the claim at `offset` (other reports first), or the other mentions of the entity there. */
export function relatedLocations(index: WorkspaceIndex, uri: string, offset: number, includeSelf: boolean): Location[] {
  const claim = index.claimAt(uri, offset);
  if (claim) {
    const self = index.get(uri)!;
    const out = matchesFor(index, claim.id).map(m => toLocation(m.report, m.claim.quantity.start, m.claim.quantity.end));
    if (includeSelf) out.unshift(toLocation(self, claim.quantity.start, claim.quantity.end));
    return out;
  }
  const entity = index.entityAt(uri, offset);
  if (entity) {
    return index
      .mentionsOf(entity.id)
      .filter(m => includeSelf || !(m.report.uri === uri && m.mention.start === entity.start))
      .map(m => toLocation(m.report, m.mention.start, m.mention.end));
  }
  return [];
}
