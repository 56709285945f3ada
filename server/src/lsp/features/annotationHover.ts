// The user's own annotations in a hover, after what the engine says; and hovers in plain text for clients that
// show no markdown.
import type { Hover } from 'vscode-languageserver';
import type { UserAnnotationState } from '../../annotations/corrections';
import type { WorkspaceIndex } from '../workspaceIndex';
import { annotationLabel } from './annotationDiagnostics';
import { toPlainText, type HoverStyle } from './hover';

/** `h` (the engine's hover at `offset`, or null) with the notes of the user's annotations there. */
export function withUserNotes(index: WorkspaceIndex, state: UserAnnotationState, uri: string, offset: number, h: Hover | null): Hover | null {
  const mine = state.placed.filter(x => x.path === uri && x.start <= offset && offset <= x.end);
  if (!mine.length) return h;
  const notes = mine.map(x => `✎ _Your annotation_: ${annotationLabel(x.annotation)}`).join('\n\n');
  if (!h) {
    const r = index.get(uri)!;
    const range = { start: r.doc.positionAt(mine[0].start), end: r.doc.positionAt(mine[0].end) };
    return { contents: { kind: 'markdown', value: notes }, range };
  }
  const value = typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
  return { ...h, contents: { kind: 'markdown', value: `${value}\n\n---\n\n${notes}` } };
}

export function plainIfNeeded(h: Hover | null, style: HoverStyle): Hover | null {
  if (!h || style !== 'plaintext' || typeof h.contents !== 'object' || !('kind' in h.contents)) return h;
  return { ...h, contents: { kind: 'plaintext', value: toPlainText(h.contents.value) } };
}
