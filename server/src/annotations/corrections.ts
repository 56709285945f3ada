// Turns stored user annotations into what the engine and the check act on: corrections re-anchored to the
// reports' current texts, and dismissed contradictions. Shared by the language server and the CLI.
import type { CrosscheckBody } from '../../../shared/annotationFile';
import type { Correction } from '../engine/corrections';
import type { Contradiction } from '../engine/types';
import { pairId } from '../engine/check/findingId';
import { anchor } from './anchoring';
import type { Annotation } from '../../../shared/annotationFile';
import { contradictionQuotes, isDismissed } from './w3c';

export interface ReportRef {
  /** The path the engine knows the report by (a URI in the server, a display path in the CLI). */
  path: string;
  text: string;
}

export interface UserAnnotationState {
  corrections: Correction[];
  /** Annotations whose report is known but whose quote can no longer be found. */
  orphaned: Annotation[];
  /** Placed annotations: where each user annotation now is. */
  placed: { annotation: Annotation; path: string; start: number; end: number }[];
}

/**
 * Re-anchors every annotation in its report and derives the engine corrections. `report` maps an
 * annotation's workspace-relative source to the report, or undefined when that report is not indexed.
 */
export function userAnnotationState(
  items: readonly Annotation[],
  report: (source: string) => ReportRef | undefined,
): UserAnnotationState {
  const out: UserAnnotationState = { corrections: [], orphaned: [], placed: [] };
  for (const a of items) {
    const r = report(a.target.source);
    if (!r) continue;
    const at = anchor(a, r.text);
    if (!at) {
      out.orphaned.push(a);
      continue;
    }
    out.placed.push({ annotation: a, path: r.path, start: at.start, end: at.end });
    const c = toCorrection(a.body as CrosscheckBody, r, at.start, at.end);
    if (c) out.corrections.push(c);
  }
  return out;
}

function toCorrection(b: CrosscheckBody, r: ReportRef, start: number, end: number): Correction | null {
  const path = r.path;
  switch (b.type) {
    case 'crosscheck:Entity':
      return { kind: 'entity', path, start, end, entityKind: b.kind, name: b.canonicalName };
    case 'crosscheck:Rejection':
      if (b.what === 'entity') return { kind: 'rejectEntity', path, start, end };
      if (b.what === 'quantity') return { kind: 'rejectQuantity', path, start, end };
      return null; // contradictions: see dismissedBy
    case 'crosscheck:CanonicalName':
      if (b.spelling) return { kind: 'spelling', spelling: r.text.slice(start, end), name: b.canonicalName, entityKind: b.kind ?? 'person' };
      if (b.entityId) return { kind: 'renameEntity', id: b.entityId, name: b.canonicalName };
      return b.kind ? { kind: 'entity', path, start, end, entityKind: b.kind, name: b.canonicalName } : null;
    case 'crosscheck:Interval':
      return { kind: 'value', path, start, end, low: b.low, high: b.high };
    case 'crosscheck:Claim':
      return b.low !== undefined || b.high !== undefined
        ? { kind: 'value', path, start, end, low: b.low ?? null, high: b.high ?? null }
        : null;
    default:
      return null;
  }
}

/** A predicate telling whether the user dismissed a contradiction (by id, or by both quoted claims). */
export function dismissedBy(
  items: readonly Annotation[],
  texts: ReadonlyMap<string, string>,
): (c: Contradiction) => boolean {
  const rejections = items.filter(a => (a.body as CrosscheckBody).type === 'crosscheck:Rejection');
  if (rejections.length === 0) return () => false;
  // A finding stands for every pair restating it (engine locationPairs): a dismissal of any of them, by the id that pair
  // had as a finding of its own or by its two quotes, dismisses the finding, whichever pair leads it now.
  return c => isDismissed(rejections, c.id, contradictionQuotes(c, texts))
    || !!c.restated?.some(p => isDismissed(rejections, pairId(p.a, p.b), contradictionQuotes(p, texts)));
}
