// Who said or reported what, and through whom (a PARC-style reading: source, cue, content, relays).
// One left-to-right pass over sentence-like units; every look-around is bounded, so the pass is linear.
import type { Attribution, EntityMention, PreparedText } from '../types';
import { buildUnits, findQuotes } from './scan';
import { indexQuotes } from './quoteIndex';
import { SourceResolver } from './sources';
import { recognizeHeadlines } from './headlines';
import { speakFirstPerson } from './quotations';
import { type ReportState } from './report';
import { KeptAttributions } from './kept';
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
  // Tokens some frame read as a cue: one flag per token (a set of numbers cost 10 MB per MB of quotations).
  const read = new Uint8Array(toks.length);
  const claimedInUnit = new Set<number>();
  // Outlets, for relays named around the cue ("told TASS that", "in an interview with CNN, X said").
  const outlets = entities.filter(m => m.kind === 'outlet');
  const personStarts = new Set(entities.filter(m => m.kind === 'person').map(m => m.start));
  const outletsSorted = outlets.every((m, k) => k === 0 || outlets[k - 1].start <= m.start);
  const rep: ReportState = { toks, text, units, quoteByClose, quoteByOpen, quoteAround, resolver, read, outlets, outletsSorted, personStarts };

  const kept = new KeptAttributions(rep);
  // One set for every unit, emptied per unit (see readUnit).
  for (let ui = 0; ui < units.length; ui++) readUnit(rep, ui, claimedInUnit, kept);
  speakFirstPerson(rep, kept);
  for (const f of unreadSayings(rep, units, read)) kept.add(f);

  for (const h of recognizeHeadlines(prepared, resolver)) kept.add({ ...h, at: -1 });

  return kept.toAttributions();
}
