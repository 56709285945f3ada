// Offset ranges of the engine ↔ LSP ranges of an indexed report.
import type { Location, Range } from 'vscode-languageserver';
import type { IndexedReport } from './workspaceIndex';

export function toRange(r: IndexedReport, start: number, end: number): Range {
  return { start: r.doc.positionAt(start), end: r.doc.positionAt(end) };
}

export function toLocation(r: IndexedReport, start: number, end: number): Location {
  return { uri: r.uri, range: toRange(r, start, end) };
}

/** A short display name for a report URI: its file name. */
export function reportName(uri: string): string {
  const clean = uri.split(/[?#]/)[0];
  return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1));
}
