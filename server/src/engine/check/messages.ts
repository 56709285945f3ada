// Finding messages: both figures, both sources, both dates, both files.
import { detailOf } from '../claims/detail';
import type { Claim, DocumentAnalysis } from '../types';

function fileName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

function dateLabel(c: Claim, doc: DocumentAnalysis | undefined): string {
  const d = detailOf(c);
  if (c.time.from && c.time.to) {
    const span = c.time.from === c.time.to ? c.time.from : `${c.time.from}..${c.time.to}`;
    return d?.timeBasis === 'published' ? `published ${span}` : span;
  }
  // A relative date in a report that states no publication date cannot be placed on the calendar: say why.
  if (d?.timeLabel) return doc && !doc.published ? `"${d.timeLabel}" in an undated report` : `"${d.timeLabel}", date unresolved`;
  return 'undated';
}

export function figureOf(c: Claim): string {
  return detailOf(c)?.figure ?? c.quantity.text;
}

export function describe(c: Claim, doc: DocumentAnalysis | undefined): string {
  const source = c.source?.name ?? doc?.outlet ?? 'unattributed';
  return `${figureOf(c)} (${source}, ${dateLabel(c, doc)}, ${fileName(c.path)})`;
}

export function valueMessage(a: Claim, da: DocumentAnalysis | undefined, b: Claim, db: DocumentAnalysis | undefined): string {
  const note = a.derived || b.derived ? ' [derived figure]' : '';
  return `${describe(a, da)} vs ${describe(b, db)}${note}`;
}

export function attributionMessage(quote: string, sourceA: string, pathA: string, sourceB: string, pathB: string): string {
  return `The same words ("${quote}") are attributed to ${sourceA} (${fileName(pathA)}) and to ${sourceB} (${fileName(pathB)})`;
}
