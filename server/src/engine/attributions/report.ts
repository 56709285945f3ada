// What the steps of one report's reading share: its state, the attributions they find, and token-span helpers.
import { type ResolvedSource, SourceResolver } from './sources';
import type { EntityMention, Range, Token } from '../types';
import { isCap, isQuote, isWord, type Unit } from './scan';
import { type QuoteIndex } from './quoteIndex';
import { MAX_CONTENT } from './clauses';
import { tokenAt } from '../text/offsets';

export interface Found {
  source: ResolvedSource;
  cue: Range;
  content: Range;
  via: string[];
  /** Token index of the cue, for ordering and relay frames. */
  at: number;
  /** The relays whose cue is written ("according to X", a trailing "the office said", ", citing"), nearest first. */
  relays?: Relay[];
}

/** Whether a token lies in the content of a cue found before it in its unit. */
export function insideContent(found: readonly Found[], t: Token): boolean {
  return found.some(f => f.content.start <= t.start && t.end <= f.content.end);
}

interface Relay {
  source: ResolvedSource;
  cue: Range;
}

/** `f` with one more written relay (a copy: found attributions are shared between passes). */
export function relayed(f: Found, r: Relay[]): Found {
  return r.length ? { ...f, relays: [...(f.relays ?? []), ...r] } : f;
}

export interface Frame {
  at: number;
  after: number;
  relays: ResolvedSource[];
  /** The frame's own cue ("according to") and the party it names. */
  relay: Relay;
  standalone: () => Found | null;
  /** Id of the relay's origin: an attribution by the same source after it is its own, not relayed. */
  origin: string;
}

/** What every step of the reading shares for one report: its tokens, units, quotations and their indexes, the resolver. */
export interface ReportState {
  toks: Token[];
  text: string;
  units: Unit[];
  quoteByClose: QuoteIndex;
  quoteByOpen: QuoteIndex;
  quoteAround: QuoteIndex;
  resolver: SourceResolver;
  /** Tokens some frame read as a cue (see `read` in recognizeAttributions). */
  read: Uint8Array;
  /** Outlets, for relays named around the cue. */
  outlets: EntityMention[];
  /** The outlets are in order of their starts (as the entity recognizer gives them), so a range of them is searched. */
  outletsSorted: boolean;
  personStarts: Set<number>;
}

export function span(toks: Token[], a: number, b: number): Range {
  return ({ start: toks[a].start, end: toks[b - 1].end });
}

/** The lower-case forms of up to `n` tokens from `k` before `b`, stopping at the first one that is no word. */
export function wordsAfter(toks: Token[], k: number, b: number, n: number): string[] {
  const out: string[] = [];
  for (let m = k; m < b && out.length < n && isWord(toks[m]); m++) out.push(toks[m].lower);
  return out;
}

/** Token index of the token starting at or containing character `pos`. */
export function tokAt(toks: Token[], pos: number): number {
  return tokenAt(toks, pos);
}

export function spanOrNull(toks: Token[], a: number, b: number): Range | null {
  while (a < b && !isWord(toks[a]) && !isQuote(toks[a])) a++;
  return b > a ? span(toks, a, b) : null;
}

export function firstWord(toks: Token[], u: Unit): number {
  let k = u.a;
  while (k < u.b && !isWord(toks[k])) k++;
  // Skip a relay frame at the start ("According to X, citing Y, this was ...").
  return k;
}

export function hasVerb(toks: Token[], a: number, b: number): boolean {
  for (let k = Math.max(a, b - MAX_CONTENT); k < b; k++) if ((toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && !isCap(toks[k])) return true;
  return false;
}
