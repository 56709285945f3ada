// Human-readable CLI output: findings like a linter (path:line:col: severity: message), one block per finding.
import type { CorpusAnalysis } from '../engine/index';
import { lineIndexes, restatedRefs, type LineIndex } from '../engine/index';
import type { Contradiction, DocumentAnalysis } from '../engine/index';
import { paint, type Paint } from './color';

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

export interface FindingsOptions {
  quiet: boolean;
  paint?: Paint;
  /** When set, only findings with a side in this report are printed, that side first ("check this draft"). */
  focus?: string;
}

/**
 * One block per finding: the linter line (path:line:col: severity: message) at this side's figure, then the other
 * side's location and figure on the next line, so both are a click away and nothing is printed twice.
 */
export function formatFindings(corpus: CorpusAnalysis, texts: ReadonlyMap<string, string>, o: FindingsOptions): string {
  const loc = new Locator(texts);
  const p = o.paint ?? paint(false);
  // Point at the figure itself (what an editor squiggles), falling back to the claim's clause.
  const figures = new Map<string, { start: number; text: string }>();
  for (const d of corpus.documents) for (const c of d.claims) figures.set(c.id, { start: c.quantity.start, text: c.quantity.text });
  const at = (r: Contradiction['a']) => loc.at(r.path, figures.get(r.claim)?.start ?? r.start);
  const figure = (r: Contradiction['a']) => figures.get(r.claim)?.text ?? texts.get(r.path)?.slice(r.start, r.end) ?? '';
  const found = focusOn(corpus.contradictions, o.focus);
  const lines: string[] = [];
  for (const [a, b, c] of found) {
    lines.push(`${p.path(at(a))}: ${p.severity(c.severity)}: ${c.message} ${p.dim(`[${c.kind}]`)}`);
    lines.push(`    ${p.dim('other side:')} ${p.path(at(b))} ${p.dim(`"${oneLine(figure(b))}"`)}`);
    // The same two figures stated again, in these reports or others: one finding, every other place it is stated.
    const again = restatedRefs(c);
    if (again.length) lines.push(`    ${p.dim('stated again:')} ${again.map(r => `${p.path(at(r))} ${p.dim(`"${oneLine(figure(r))}"`)}`).join(', ')}`);
    // A copy of a conflict other reports repeat: say so once, the copies are in the JSON output and the editor.
    if (c.alsoIn?.length) lines.push(`    ${p.dim(`same conflict as ${c.alsoIn.length} other finding${c.alsoIn.length === 1 ? '' : 's'}`)}`);
  }
  if (!o.quiet) lines.push(summary(found.map(f => f[2]), corpus.documents.length, o.focus));
  return lines.join('\n');
}

/** The findings to print, each as [this side, other side, finding], sorted by this side's place. */
export function focusOn(found: readonly Contradiction[], focus?: string): [Contradiction['a'], Contradiction['b'], Contradiction][] {
  const out: [Contradiction['a'], Contradiction['b'], Contradiction][] = [];
  for (const c of found) {
    if (focus === undefined) out.push([c.a, c.b, c]);
    else if (c.a.path === focus) out.push([c.a, c.b, c]);
    else if (c.b.path === focus) out.push([c.b, c.a, c]);
    else {
      // A finding restated in the focused report, its lead in others (restatements come from any reports).
      const p = c.restated?.find(x => x.a.path === focus || x.b.path === focus);
      if (p) out.push(p.a.path === focus ? [p.a, p.b, c] : [p.b, p.a, c]);
    }
  }
  return out.sort((x, y) => x[0].path.localeCompare(y[0].path) || x[0].start - y[0].start);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function summary(found: readonly Contradiction[], reports: number, focus?: string): string {
  const clear = found.filter(c => c.severity === 'clear').length;
  const possible = found.length - clear;
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const where = focus === undefined ? `in ${n(reports, 'report')}` : `in ${focus} against ${n(reports - 1, 'other report')}`;
  return `${n(found.length, 'contradiction')} (${clear} clear, ${possible} possible) ${where}`;
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
