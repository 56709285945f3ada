// A Markdown report of the contradictions, quoting the sentence from each side, for editors and newsletters.
import type { ClaimRef, Contradiction, DocumentAnalysis } from '../../engine/types';
import { lineIndexes, sentenceAround } from './lines';
import { EXPORT_MARKER } from './marker';
import { restatedRefs } from '../../engine/index';

/** Escapes what Markdown would read as markup, so a quote shows as written. */
export function markdownEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}

export function exportMarkdown(
  docs: readonly DocumentAnalysis[],
  contradictions: readonly Contradiction[],
  texts: ReadonlyMap<string, string>,
  options: { title?: string } = {},
): string {
  const lines = lineIndexes(texts);
  const outlet = new Map(docs.map(d => [d.path, d.outlet]));
  const clear = contradictions.filter(c => c.severity === 'clear').length;
  const out = [EXPORT_MARKER, '', `# ${markdownEscape(options.title ?? 'Crosscheck: contradictions between reports')}`, ''];
  out.push(
    contradictions.length
      ? `${contradictions.length} contradiction${contradictions.length === 1 ? '' : 's'} (${clear} clear, ${contradictions.length - clear} possible) across ${docs.length} report${docs.length === 1 ? '' : 's'}.`
      : `No contradictions across ${docs.length} report${docs.length === 1 ? '' : 's'}.`,
    '',
  );
  const side = (r: ClaimRef): string[] => {
    const text = texts.get(r.path) ?? '';
    const s = sentenceAround(text, r.start, r.end);
    const before = text.slice(s.start, r.start).replace(/^\s+/, '');
    const claim = text.slice(r.start, r.end);
    const after = text.slice(r.end, s.end).replace(/\s+$/, '');
    const flat = (x: string) => markdownEscape(x.replace(/\s+/g, ' '));
    const who = outlet.get(r.path);
    const { line } = lines(r.path).oneBased(r.start);
    return [
      `**${markdownEscape(r.path)}:${line}**${who ? ` (${markdownEscape(who)})` : ''}`,
      '',
      `> ${flat(before)}**${flat(claim).trim()}**${flat(after)}`,
      '',
    ];
  };
  contradictions.forEach((c, i) => {
    out.push(`## ${i + 1}. ${markdownEscape(c.message)}`, '', `*${c.severity} · ${c.kind}*`, '');
    out.push(...side(c.a), ...side(c.b));
    const again = restatedRefs(c);
    if (again.length) {
      const at = again.map(r => `${markdownEscape(r.path)}:${lines(r.path).oneBased(r.start).line}`).join(', ');
      out.push(`*Stated again at ${at}.*`, '');
    }
  });
  return out.join('\n');
}
