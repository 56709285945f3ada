// Who said or reported what, and through whom (a PARC-style reading: source, cue, content, relays).
// One left-to-right pass over sentence-like units; every look-around is bounded, so the pass is linear.
import type { Attribution, AttributionSource, EntityMention, PreparedText, Range, TextSpan } from '../types';
import { buildUnits, findQuotes } from './scan';
import { indexQuotes } from './quoteIndex';
import { type ResolvedSource, SourceResolver } from './sources';
import { recognizeHeadlines } from './headlines';
import { speakFirstPerson } from './quotations';
import { type Found, type ReportState } from './report';
import { unreadSayings } from './unread';
import { readUnit } from './unit';

export { datelineAt, type Dateline } from './dateline';

export function recognizeAttributions(prepared: PreparedText, entities: EntityMention[]): Attribution[] {
  const toks = prepared.tokens;
  const text = prepared.text;
  if (!toks.length) return [];
  const units = buildUnits(prepared);
  const quotes = findQuotes(prepared);
  // The quotation each token stands inside (quotations do not nest once paired), for cues quoted by another speaker.
  const { byClose: quoteByClose, byOpen: quoteByOpen, around: quoteAround } = indexQuotes(quotes, toks.length);
  const resolver = new SourceResolver(toks, text, entities);
  const out: Found[] = [];
  // Tokens some frame read as a cue: one flag per token (a set of numbers cost 10 MB per MB of quotations).
  const read = new Uint8Array(toks.length);
  const claimedInUnit = new Set<number>();
  // Outlets, for relays named around the cue ("told TASS that", "in an interview with CNN, X said").
  const outlets = entities.filter(m => m.kind === 'outlet');
  const personStarts = new Set(entities.filter(m => m.kind === 'person').map(m => m.start));
  const rep: ReportState = { toks, text, units, quoteByClose, quoteByOpen, quoteAround, resolver, read, outlets, personStarts };

  // One set for every unit, emptied per unit (see readUnit).
  for (let ui = 0; ui < units.length; ui++) readUnit(rep, ui, claimedInUnit, out);
  speakFirstPerson(rep, out);
  out.push(...unreadSayings(rep, units, read));

  for (const h of recognizeHeadlines(prepared, resolver)) out.push({ ...h, at: -1 });

  return toAttributions(rep, out);
}

/** The report's attributions, in text order: one per cue, with content of three characters or more. */
function toAttributions(rep: ReportState, out: Found[]): Attribution[] {
  const seen = new Set<number>();
  const result: Attribution[] = [];
  for (const f of out.sort((x, y) => x.cue.start - y.cue.start)) {
    if (seen.has(f.cue.start) || f.content.end - f.content.start < 3) continue;
    seen.add(f.cue.start);
    const via = f.via.length ? [...new Set(f.via.filter(v => v !== f.source.id))] : [];
    const a: Attribution = { source: sourceOut(f.source), cue: cueOut(rep, f.cue), content: f.content, via };
    const relays = (f.relays ?? []).filter((r, k, all) => r.source.id !== f.source.id && all.findIndex(x => x.cue.start === r.cue.start) === k);
    if (relays.length) a.relays = relays.map(r => ({ source: sourceOut(r.source), cue: cueOut(rep, r.cue) }));
    result.push(a);
  }
  return result;
}

function sourceOut(s: ResolvedSource): AttributionSource {
  return { start: s.start, end: s.end, text: s.text, id: s.id, name: s.name };
}

function cueOut(rep: ReportState, r: Range): TextSpan {
  const { text } = rep;
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}
