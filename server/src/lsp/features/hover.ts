// Hovers answer from the index: entities, quantities with their claim and matches, attribution cues and sources.
import type { Hover } from 'vscode-languageserver';
import type { Attribution, Claim, EntityMention, Quantity } from '../../engine/index';
import { reportName, toRange } from '../convert';
import { formatInterval, formatSource, formatTime, formatValue } from '../format';
import { isEventTime } from '../../engine/claims/eventTime';
import { NONE_DISMISSED, type PairDismissed } from '../dismissals';
import { matchesFor, type ClaimMatch } from '../matches';
import type { IndexedReport, WorkspaceIndex } from '../workspaceIndex';

/** Plain words for whether a matching claim comes from a source of its own or relays the same one. */
const INDEPENDENCE_WORDS: Record<'independent' | 'echo', string> = {
  independent: 'a separate source',
  echo: 'relays the same source',
};

const md = (s: string) => s.replace(/([\\`*_{}[\]<>|])/g, '\\$1');

/**
 * How a client shows hovers: `links` when it declares a Markdown parser (VS Code), `markdown` when it takes Markdown
 * but may show link targets raw (Neovim 0.7 shows `[44](file:///…)` as typed), `plaintext` when it takes no Markdown.
 */
export type HoverStyle = 'links' | 'markdown' | 'plaintext';

export function hoverStyle(capabilities: {
  general?: { markdown?: unknown };
  textDocument?: { hover?: { contentFormat?: string[] } };
}): HoverStyle {
  const formats = capabilities.textDocument?.hover?.contentFormat;
  if (formats && !formats.includes('markdown')) return 'plaintext';
  return capabilities.general?.markdown ? 'links' : 'markdown';
}

export function hover(
  index: WorkspaceIndex,
  uri: string,
  offset: number,
  names: (id: string) => string,
  dismissed: PairDismissed = NONE_DISMISSED,
  style: HoverStyle = 'links',
): Hover | null {
  const r = index.get(uri);
  if (!r) return null;
  const a = r.analysis;
  const q = a.quantities.find(x => x.start <= offset && offset <= x.end);
  if (q) {
    const value = quantityHover(index, r, q, names, dismissed, style);
    return { contents: { kind: 'markdown', value }, range: toRange(r, q.start, q.end) };
  }
  const at = a.attributions.find(x => within(x.cue, offset) || within(x.source, offset));
  if (at) {
    const span = within(at.cue, offset) ? at.cue : at.source;
    return { contents: { kind: 'markdown', value: attributionHover(at, names) }, range: toRange(r, span.start, span.end) };
  }
  const e = a.entities.find(x => within(x, offset));
  if (e) return { contents: { kind: 'markdown', value: entityHover(index, e) }, range: toRange(r, e.start, e.end) };
  const d = a.dates.find(x => within(x, offset));
  if (d) {
    const when = d.from ? formatTime({ from: d.from, to: d.to }) : 'not resolvable (no publication date)';
    return { contents: { kind: 'markdown', value: `**Date** ${md(d.text)} → ${when}` }, range: toRange(r, d.start, d.end) };
  }
  return null;
}

const within = (s: { start: number; end: number }, o: number) => s.start <= o && o <= s.end;

function quantityHover(
  index: WorkspaceIndex,
  r: IndexedReport,
  q: Quantity,
  names: (id: string) => string,
  dismissed: PairDismissed,
  style: HoverStyle,
): string {
  const lines = [`**${md(q.text)}** → ${formatInterval(q.low, q.high)} ${md(q.unit)} _(${q.hedge.replace('_', ' ')})_`];
  const claim = r.analysis.claims.find(c => c.quantity.start === q.start && c.quantity.end === q.end)
    ?? r.analysis.claims.find(c => c.start <= q.start && q.end <= c.end);
  if (!claim) return lines.join('\n\n');
  lines.push(claimLine(claim, names));
  const matches = matchesFor(index, claim.id);
  if (matches.length) {
    lines.push('**Matching claims**');
    const { listed, rest } = shortList(matches, claim.id, dismissed);
    lines.push(
      listed
        .map(m => {
          const line = m.report.doc.positionAt(m.claim.quantity.start).line + 1;
          const figure = md(m.claim.quantity.text);
          const quoted = style === 'links' ? `[${figure}](${m.report.uri}#L${line})` : `"${figure}"`;
          // Without links, the file name goes in a code span: shown as written, underscores and all.
          const where = style === 'links' ? md(reportName(m.report.uri)) : `\`${reportName(m.report.uri).replace(/`/g, "'")}\` line ${line}`;
          const src = formatSource(m.claim, names);
          const when = formatTime(m.claim.time);
          return `- ${relationMark(m, claim.id, dismissed)} · ${INDEPENDENCE_WORDS[m.independence]}: ${quoted} (${formatValue(m.claim)}) — ${where}${src ? `, ${md(src)}` : ''}${when ? `, ${when}` : ''}`;
        })
        .join('\n'),
    );
    if (rest) lines.push(rest);
  }
  return lines.join('\n\n');
}

/** A hover lists this many matches at most: a claim copied across a big folder can match hundreds. */
export const HOVER_MATCHES = 10;

/**
 * The matches a hover lists — open contradictions first, then the rest in the index's order — and a line counting
 * those left out, which Find All References lists in full.
 */
function shortList(matches: ClaimMatch[], claimId: string, dismissed: PairDismissed): { listed: ClaimMatch[]; rest: string } {
  if (matches.length <= HOVER_MATCHES) return { listed: matches, rest: '' };
  const open = (m: ClaimMatch) => m.relation === 'contradicts' && !dismissed(claimId, m.claim.id);
  const listed = [...matches.filter(open), ...matches.filter(m => !open(m))].slice(0, HOVER_MATCHES);
  const left = matches.filter(m => !listed.includes(m));
  const contradicting = left.filter(open).length;
  const which = contradicting ? `, ${contradicting} of them contradicting` : '';
  return { listed, rest: `_…and ${left.length} more matches${which}: Find All References lists every one._` };
}

/** A contradiction the user dismissed reads as such, never as "contradicts" (the Problems panel no longer lists it). */
function relationMark(m: ClaimMatch, claimId: string, dismissed: PairDismissed): string {
  if (m.relation !== 'contradicts') return '✓ agrees';
  return dismissed(claimId, m.claim.id) ? '✓ not a contradiction (you dismissed it)' : '⚠ contradicts';
}

/** Markdown hover text as plain text, for clients that take no Markdown: links keep their text, marks go. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(^|[^\\])\*\*/g, '$1')
    // Emphasis opens after a space or bracket and closes at the next underscore (escaped ones are \\_, not matched).
    .replace(/(^|[\s(])_([^_\n]+)_/g, '$1$2')
    .replace(/^---$/gm, '')
    .replace(/`/g, '')
    .replace(/\\([\\`*_{}[\]<>|])/g, '$1');
}

function claimLine(c: Claim, names: (id: string) => string): string {
  const parts = [`Claim: ${md(c.measure.unit)} · ${md(c.measure.event.replace(/_/g, ' '))}`];
  const src = formatSource(c, names);
  if (src) parts.push(`said by ${md(src)}`);
  const when = isEventTime(c) ? formatValue(c) : formatTime(c.time);
  if (when) parts.push(when);
  if (c.scope.length) parts.push(`about ${c.scope.map(names).map(md).join(', ')}`);
  if (c.modality !== 'asserted') parts.push(`_${c.modality}, not an assertion_`);
  if (c.derived) parts.push('_derived_');
  return parts.join(' · ');
}

function attributionHover(a: Attribution, names: (id: string) => string): string {
  const chain = [a.source.name, ...a.via.map(names)].map(md).join(' → ');
  return `**Attribution**: ${md(a.source.name)} _(${md(a.cue.text)})_\n\nChain: ${chain}`;
}

function entityHover(index: WorkspaceIndex, e: EntityMention): string {
  const mentions = index.mentionsOf(e.id);
  const spellings = [...new Set(mentions.map(m => m.mention.text))];
  const reports = new Set(mentions.map(m => m.report.uri)).size;
  return [
    `**${md(e.name)}** _(${e.kind.replace('_', ' ')})_`,
    `Spellings: ${spellings.map(s => '`' + s.replace(/`/g, "'") + '`').join(', ')}`,
    `Mentioned in ${reports} report${reports === 1 ? '' : 's'} (${mentions.length} mention${mentions.length === 1 ? '' : 's'})`,
  ].join('\n\n');
}
