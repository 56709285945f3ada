// Human-readable CLI output: findings like a linter (path:line:col: severity: message).
import type { CorpusAnalysis } from '../engine/index';
import { lineIndexes, type LineIndex } from '../engine/index';
import type { Contradiction, DocumentAnalysis } from '../engine/index';

export class Locator {
  private readonly index: (path: string) => LineIndex;
  constructor(texts: ReadonlyMap<string, string>) {
    this.index = lineIndexes(texts);
  }

  /** "path:line:col", one-based, as editors and CI annotate. */
  at(path: string, offset: number): string {
    const p = this.index(path).oneBased(offset);
    return `${path}:${p.line}:${p.column}`;
  }
}

export function formatFindings(corpus: CorpusAnalysis, texts: ReadonlyMap<string, string>, quiet: boolean): string {
  const loc = new Locator(texts);
  // Point at the figure itself (what an editor squiggles), falling back to the claim's clause.
  const figures = new Map<string, number>();
  for (const d of corpus.documents) for (const c of d.claims) figures.set(c.id, c.quantity.start);
  const at = (r: Contradiction['a']) => loc.at(r.path, figures.get(r.claim) ?? r.start);
  const lines: string[] = [];
  const sorted = [...corpus.contradictions].sort((x, y) => x.a.path.localeCompare(y.a.path) || x.a.start - y.a.start);
  for (const c of sorted) {
    // Each finding is printed on both sides, as the editor shows it on both claims.
    lines.push(`${at(c.a)}: ${c.severity}: ${c.message} [${c.kind}] (other side: ${at(c.b)})`);
    lines.push(`${at(c.b)}: ${c.severity}: ${c.message} [${c.kind}] (other side: ${at(c.a)})`);
  }
  if (!quiet) lines.push(summary(corpus.contradictions, corpus.documents.length));
  return lines.join('\n');
}

export function summary(found: readonly Contradiction[], reports: number): string {
  const clear = found.filter(c => c.severity === 'clear').length;
  const possible = found.length - clear;
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `${n(found.length, 'contradiction')} (${clear} clear, ${possible} possible) in ${n(reports, 'report')}`;
}

export function formatAnalysis(docs: readonly DocumentAnalysis[], texts: ReadonlyMap<string, string>): string {
  const loc = new Locator(texts);
  const out: string[] = [];
  for (const d of docs) {
    out.push(`${d.path}  published ${d.published ?? 'unknown'}  outlet ${d.outlet ?? 'unknown'}`);
    for (const w of d.warnings) out.push(`  warning: ${w}`);
    for (const e of d.entities) out.push(`  ${loc.at(d.path, e.start)}  entity      ${e.text}  → ${e.name} (${e.kind})`);
    for (const q of d.quantities) out.push(`  ${loc.at(d.path, q.start)}  quantity    ${q.text}  → [${q.low ?? '…'}, ${q.high ?? '…'}] ${q.unit}`);
    for (const x of d.dates) out.push(`  ${loc.at(d.path, x.start)}  date        ${x.text}  → ${x.from ?? '?'}..${x.to ?? '?'}`);
    for (const a of d.attributions) {
      const via = a.via.length ? ` via ${a.via.join(', ')}` : '';
      out.push(`  ${loc.at(d.path, a.cue.start)}  attribution ${a.source.text} (${a.source.name}) ${a.cue.text}${via}`);
    }
    for (const c of d.claims) {
      out.push(`  ${loc.at(d.path, c.quantity.start)}  claim       ${c.quantity.text}  ${c.measure.key} ${c.modality}`);
    }
  }
  return out.join('\n');
}
