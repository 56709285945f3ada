// Headline attributions: "DPRK may send new units - Estonian intelligence", "Ministry: troops keep pace".
// Only lines with no closing full stop count, so running text with dashes is left alone.
import type { PreparedText, Range } from '../types';
import { isCap, isDash, isNewline, isQuote, isWord } from './scan';
import { nounKind } from './sources';
import type { ResolvedSource, SourceResolver } from './sources';

export interface HeadlineAttribution {
  source: ResolvedSource;
  cue: Range;
  content: Range;
  via: string[];
}

const MAX_SOURCE_TOKENS = 4;
/** Quotation marks that only open a quotation (a dash after one does not sign it). */
const OPENING_QUOTES = new Set(['“', '«', '„']);

/** Does a one-word source name itself ("Pence" → Mike Pence), rather than stand for an earlier speaker? */
function namesItself(source: ResolvedSource, word: string): boolean {
  return !source.id.startsWith('source:') && source.name.toLowerCase().split(/\s+/).includes(word);
}
const MAX_PREFIX_TOKENS = 5;
/**
 * Prepositions after a speaker's name in a headline that say whom or what the words before the colon address
 * ("Hale to Farm Bureau: ...", "Reyes at Convention: ...", "Reyes on Tolls: ..."); the name alone speaks.
 */
const ADDRESS_PREPOSITIONS = new Set(['to', 'at', 'on']);
/** The addressed phrase may run longer than a name, lowercase words included. */
const MAX_ADDRESSED_PREFIX_TOKENS = 12;
/** Parts of speech the words of a name and its title take ("Former", "Judge", "Reyes"). */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
/** Words of a label before a colon ("Photo Credit:", "Editor's Note:", "Breaking News:"): no one speaks. */
const LABELS = new Set(['photo', 'photos', 'credit', 'credits', 'update', 'updated', 'note', 'editor', 'related', 'video',
  'watch', 'read', 'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'correction', 'source', 'sources', 'image',
  'caption', 'file', 'contact', 'email', 'tags', 'topics', 'more', 'see', 'also', 'transcript', 'warning',
  // Rubrics and teasers ("The Latest:", "Contributing:" credits, "Paid Notice:", "Bombshell:", "Just Leaked:").
  'latest', 'contributing', 'paid', 'notice', 'bombshell', 'leaked', 'revealed', 'wow', 'look', 'name',
  // Round 24: credits and shouted teasers in capitals ("BYLINE: Jane Roe.", "BUSTED: ...", "BOOM: ...").
  'byline', 'dateline', 'busted', 'boom', 'alert', 'abstract']);
/** A headline is short: a longer line with a full stop is running text. */
const MAX_HEADLINE_TOKENS = 30;

/** What the steps of recognizeHeadlines share: the tokens, the resolver, and the attributions found so far. */
interface HeadlineScan {
  toks: PreparedText['tokens'];
  resolver: SourceResolver;
  out: HeadlineAttribution[];
}

export function recognizeHeadlines(p: PreparedText, resolver: SourceResolver): HeadlineAttribution[] {
  const toks = p.tokens;
  const scan: HeadlineScan = { toks, resolver, out: [] };
  let a = 0;
  let prev: [number, number] | null = null;
  for (let i = 0; i <= toks.length; i++) {
    if (i < toks.length && !isNewline(toks[i])) continue;
    const b = i;
    if (b - a >= 5) line(scan, a, b);
    else if (b > a && prev) signatureLine(scan, a, b, prev[0], prev[1]);
    if (b > a) prev = [a, b];
    a = i + 1;
  }
  return scan.out;
}

/** "- Bernie Sanders." on a line of its own signs the quotation that makes up the line before it. */
function signatureLine({ toks, resolver, out }: HeadlineScan, a: number, b: number, pa: number, pb: number): void {
  if (!isDash(toks[a]) || a + 1 >= b || !isCap(toks[a + 1])) return;
  let e = b;
  if (toks[e - 1].text === '.') e--;
  for (let k = a + 1; k < e; k++) if (!isWord(toks[k]) || (!isCap(toks[k]) && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX'))) return;
  let qe = pb;
  while (qe > pa && (toks[qe - 1].text === '.' || toks[qe - 1].text === ',')) qe--;
  if (pb - pa < 4 || !isQuote(toks[pa]) || !isQuote(toks[qe - 1]) || OPENING_QUOTES.has(toks[qe - 1].text)) return;
  const source = resolver.resolve(a + 1, e);
  if (!source || source.kind === 'doc') return;
  out.push({ source, cue: { start: toks[a].start, end: toks[a].end }, content: { start: toks[pa + 1].start, end: toks[qe - 2].end }, via: [] });
}

function line(scan: HeadlineScan, a: number, b: number): void {
  const last = scan.toks[b - 1].text;
  if (last === ':') return;
  // A transcript's speaker label ("PENCE: Well, look, ...") stands before full sentences too.
  if (speakerLabel(scan, a, b)) return;
  // "Sanders: Brexit's message could help Trump." A headline may end with a full stop when a name opens it.
  if ((last === '.' || last === '?' || last === '!') && b - a <= MAX_HEADLINE_TOKENS && leadingSource(scan, a, b)) return;
  if (last === '.' || last === '?' || last === '!') {
    // '“We deserve better.” ― Ana Ruiz.': a quotation signed with a dash may end in a full stop all the same.
    if (last === '.') trailingSource(scan, a, b - 1, true);
    return;
  }
  if (!trailingSource(scan, a, b, false)) leadingSource(scan, a, b);
}

/**
 * Trailing source after a spaced dash ("DPRK may send new units - Estonian intelligence"), or after a dash right
 * after a closing quotation, spaced or not ('“...”― Ana Ruiz': the quotation signed by its author). With
 * `signedOnly`, only the latter. True when one was found.
 */
function trailingSource({ toks, resolver, out }: HeadlineScan, a: number, b: number, signedOnly: boolean): boolean {
  for (let d = b - 2; d >= a + 4 && d >= b - 1 - MAX_SOURCE_TOKENS; d--) {
    const t = toks[d];
    if (!isDash(t)) continue;
    const signed = isQuote(toks[d - 1]) && !OPENING_QUOTES.has(toks[d - 1].text);
    if (signedOnly && !signed) return false;
    if (!signed && (t.start === toks[d - 1].end || t.end === toks[d + 1].start)) return false;
    if (!isCap(toks[d + 1])) return false;
    for (let k = d + 1; k < b; k++) {
      const w = toks[k];
      if (!isWord(w) && w.text !== '.') return false;
      if (!isCap(w) && (w.pos === 'VERB' || w.pos === 'AUX')) return false;
    }
    const source = resolver.resolve(d + 1, b);
    if (!source) return false;
    let e = d;
    while (e > a && (toks[e - 1].text === ',' || isDash(toks[e - 1]) || (signed && isQuote(toks[e - 1])))) e--;
    const s = signed && isQuote(toks[a]) ? a + 1 : a;
    if (e <= s) return false;
    out.push({ source, cue: { start: t.start, end: t.end }, content: { start: toks[s].start, end: toks[e - 1].end }, via: [] });
    return true;
  }
  return false;
}

/** Leading source before a colon: only a short run of capitalized words. True when one was found. */
function leadingSource(scan: HeadlineScan, a: number, b: number): boolean {
  const { toks, resolver, out } = scan;
  if (!isWord(toks[a]) || !isCap(toks[a])) return false;
  let addressed = -1;
  for (let c = a + 1; c < b && c <= a + (addressed < 0 ? MAX_PREFIX_TOKENS : MAX_ADDRESSED_PREFIX_TOKENS); c++) {
    const t = toks[c];
    if (t.text === ':' && addressed > 0) return addressedSource(scan, a, addressed, c, b);
    if (t.text === ':') {
      if (b - c < 4) return false;
      for (let k = a; k < c; k++) if (LABELS.has(toks[k].lower)) return false;
      const common = c - a === 1 ? commonNounSource(resolver, toks[a].lower, a, c) : null;
      const source = common ?? resolver.resolve(a, c);
      // One word is enough when it names the source itself ("Pence: ..."), not a label ("Update: ...", "Photo: ...")
      // that the resolver reads as the latest speaker.
      // A one-word poll or study speaks for itself ("Poll: Sanders leads in Iowa").
      const study = source?.kind === 'doc' && c - a === 1 && source.id.startsWith('source:');
      if (!source || (source.kind === 'doc' && !study) || (c - a < 2 && !study && !common && !namesItself(source, toks[a].lower))) return false;
      let e = b;
      while (e > c + 1 && toks[e - 1].text === '.') e--;
      out.push({ source, cue: { start: t.start, end: t.end }, content: { start: toks[c + 1].start, end: toks[e - 1].end }, via: [] });
      return true;
    }
    if (addressed < 0 && ADDRESS_PREPOSITIONS.has(t.lower) && isWord(t)) addressed = c;
    else if (!isWord(t) || (addressed < 0 && !isCap(t))) return false;
  }
  return false;
}

/**
 * "Hale to Farm Bureau: ...", "Former Judge Reyes at Convention: ...": a named person or body before the preposition
 * at `p` speaks the words after the colon at `c`. Only a name the resolver knows counts (no description, no label).
 */
function addressedSource({ toks, resolver, out }: HeadlineScan, a: number, p: number, c: number, b: number): boolean {
  if (b - c < 4 || c - p < 2) return false;
  // A verb or an adverb before the name ("Follow X on ...", "According to X", "Still to come") is no speaker's line.
  for (let k = a; k < p; k++) if (LABELS.has(toks[k].lower) || !NAME_POS.has(toks[k].pos)) return false;
  const source = resolver.resolve(a, p);
  if (!source || source.id.startsWith('source:') || (source.kind !== 'person' && source.kind !== 'org')) return false;
  let e = b;
  while (e > c + 1 && toks[e - 1].text === '.') e--;
  out.push({ source, cue: { start: toks[c].start, end: toks[c].end }, content: { start: toks[c + 1].start, end: toks[e - 1].end }, via: [] });
  return true;
}

/**
 * "Report: ...", "Newspaper: ...", "Economists: ...": a headline opened by one common noun of the source tables (a
 * document, a body, a group) and a colon is what that noun says, as "Poll:" is. The resolver would read a lone
 * document noun as the latest source, or give up at the headline where none is named yet; rubric words ("Update",
 * "Analysis") are the caller's LABELS and never reach here. null when the word is no such noun.
 */
function commonNounSource(resolver: SourceResolver, lower: string, a: number, c: number): ResolvedSource | null {
  const kind = nounKind(lower);
  if (kind !== 'doc' && kind !== 'org' && kind !== 'group') return null;
  const own = resolver.describe(a, c);
  return own ? { ...own, kind } : null;
}

/** "PENCE: Well, ...", "“WALLACE: Let's start": an all-capitals name and a colon open a transcript turn. */
function speakerLabel({ toks, resolver, out }: HeadlineScan, a: number, b: number): boolean {
  let s0 = a;
  if (s0 < b && /^["“]$/.test(toks[s0].text)) s0++;
  let c = s0;
  while (c < b && c - s0 < 3 && isWord(toks[c]) && toks[c].text.length > 1 && toks[c].text === toks[c].text.toUpperCase() &&
    /[A-Z]/.test(toks[c].text)) c++;
  if (c === s0 || c >= b - 2 || toks[c].text !== ':') return false;
  // "UPDATE:", "CORRECTION:", "BYLINE:" label the line in capitals as "Update:" does in title case: no one speaks.
  for (let k = s0; k < c; k++) if (LABELS.has(toks[k].lower)) return false;
  const source = resolver.resolve(s0, c);
  if (!source || source.kind === 'doc' || (c - s0 < 2 && !namesItself(source, toks[s0].lower))) return false;
  const t = toks[c];
  out.push({ source, cue: { start: t.start, end: t.end }, content: { start: toks[c + 1].start, end: toks[b - 1].end }, via: [] });
  return true;
}
