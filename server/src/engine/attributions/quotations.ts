// Quotations around a cue: their content, the one before a cue, colon and inverted quotations, speakers inside them.
import type { Attribution, Range, Token } from '../types';
import { gluedMarkWidth, isCap, isHalfMark, isQuote, isWord, npLeft, npRight, type Quote, trimTime, type Unit } from './scan';
import { namesSource, nounKind, unnamedSource } from './sources';
import { type CueInfo, participleCue } from './cues';
import { MAX_CONTENT, clauseEnd } from './clauses';
import { span, type ReportState, type Found, hasVerb, tokAt, spanOrNull } from './report';
import { firstPerson } from './settle';
import { isReading, type KeptAttributions } from './kept';
import { withCiting, type Left } from './subjects';
import { CLAUSE_SUBJECTS, TIME_WORDS, TIME_LEAD, OBJECT_PRONOUNS } from './words';

/** Words that open an apposition after a speaker's name ("said X, a spokesman for ...", "said X, who ..."). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'one', 'his', 'her', 'their', 'its']);

/** A colon that opens a quotation is looked for this far into its sentence. */
const MAX_COLON_LEAD = 30;

export function quoteContent(toks: Token[], q: Quote): Range | null {
  let e = q.close;
  if (isHalfMark(toks, e - 1, q.close)) e--;
  while (e > q.open + 1 && (toks[e - 1].text === ',' || toks[e - 1].text === '—' || toks[e - 1].text === '-')) e--;
  if (e <= q.open + 1) return null;
  const r = span(toks, q.open + 1, e);
  return { start: r.start + gluedMarkWidth(toks, q.open), end: r.end };
}

/** A quotation closing right before token `k` (allowing a comma between). */
export function quoteBefore(rep: ReportState, k: number, lo: number, closing = false): Quote | undefined {
  const { toks, quoteByClose } = rep;
  let j = k - 1;
  if (j >= lo && toks[j].text === ',') j--;
  // '"Who wants to live at home?" she said': the splitter ends the sentence at "?" or "!" inside the quotation;
  // '"... missing." Trump said.': a cue that closes its own short sentence takes the quotation before it.
  const asked = j === lo - 1 && j > 0 && (toks[j - 1].text === '?' || toks[j - 1].text === '!' || (closing && toks[j - 1].text === '.'));
  const q = j >= lo || asked ? quoteByClose.get(j) : undefined;
  // A quotation that closed its own sentence ('... “unity.” Orbán told ...') belongs to an earlier speaker.
  const last = q ? q.close - (isHalfMark(toks, q.close - 1, q.close) ? 2 : 1) : 0;
  if (!q || (!closing && last > q.open && toks[last].text === '.' && k - 1 === q.close)) return undefined;
  return q;
}

/**
* A colon that opens a quotation with no cue before it ("Here is Senator Hale in 1992: “...”", "the finding: “...”",
* "Pollster Ann Ruiz: “...”"): the colon is the cue and the phrase before it the speaker, when it names one, else the
* source is unnamed. A cue that already took the quotation ("said in a statement: “...”") keeps it.
*/
export function colonQuoteAt(rep: ReportState, u: Unit, found: Found[]): Found | null {
  const { toks, quoteByOpen, resolver } = rep;
  for (let k = u.a + 1; k + 1 < u.b && k - u.a < MAX_COLON_LEAD; k++) {
    if (toks[k].text !== ':') continue;
    const q = quoteByOpen.get(k + 1);
    if (!q || found.some(f => f.at < k)) return null;
    const content = quoteContent(toks, q);
    // Only a colon after a bare phrase ("Pollster Ann Ruiz: “...”"); after a clause ("She delivered a message: “...”")
    // the quotation is as often the verb's object or a later cue's (PolNeAR train: under half are colon cues).
    if (!content || !isWord(toks[k - 1]) || hasVerb(toks, u.a, k)) return null;
    const s = npLeft(toks, k - 1, u.a);
    const src = s >= 0 ? resolver.resolve(s, k) : null;
    const source = src && src.kind !== 'doc' ? src : unnamedSource(toks[k].start);
    return { source, cue: span(toks, k, k + 1), content, via: [], at: k };
  }
  return null;
}

/**
* Does a cue inside someone else's quotation name a known person or body ('"Ping demands a recount," Chege wrote')?
* A pronoun or a description there ('"He said no," she said', '"The neighbors complained"') belongs to the quoted
* speaker's own story, whose antecedents the text outside does not give: PolNeAR train marks 2 of 218 such cues.
*/
export function namedInQuote(toks: Token[], f: Found): boolean {
  if (!namesSource(f) || f.source.end <= f.source.start) return false;
  const s = toks[tokAt(toks, f.source.start)];
  return isCap(s) && !CLAUSE_SUBJECTS.has(s.lower) && !f.source.id.startsWith('source:');
}

/**
* "I think" / "we believe" inside a quotation is said by the quotation's speaker ('"I think we can win," Lee said'
* → Lee thinks); outside quotations it is the writer's. A quoted first person whose speaker is not found is dropped.
*/
export function speakFirstPerson(rep: ReportState, kept: KeptAttributions): void {
  const { toks, quoteAround } = rep;
  const { items: all, at } = kept;
  let pending = false;
  for (const f of all) if (firstPerson(f) && quoteAround.get(tokAt(toks, f.source.start))) pending = true;
  if (!pending) return;
  const speakerOf = new Map<Quote, { id: string; name: string }>();
  for (let x = 0; x < all.length; x++) {
    const f = all[x];
    const q = quoteSpoken(rep, f, at[x]);
    if (q && !speakerOf.has(q)) speakerOf.set(q, f.source);
  }
  for (let x = 0; x < all.length; x++) {
    const f = all[x];
    // A first person's attribution is kept as its reading (see KeptAttributions), the others as final records.
    if (!firstPerson(f) || !isReading(f)) continue;
    const q = quoteAround.get(tokAt(toks, f.source.start));
    if (!q) continue;
    const sp = speakerOf.get(q);
    // The speaker's kind is no part of the record (the source it is built into has none).
    if (sp) all[x] = { ...f, source: { ...f.source, id: sp.id, name: sp.name } };
    else all[x] = { ...f, content: { start: f.content.start, end: f.content.start } };
  }
}

/**
 * The quotation whose speaker a kept attribution names (its content opens in or right after the quotation's opening
 * mark, its cue stands outside every quotation), or undefined: the speaker `speakFirstPerson` gives a quoted "I".
 */
export function quoteSpoken(rep: ReportState, f: Found | Attribution, at: number): Quote | undefined {
  const { toks, quoteAround, quoteByOpen } = rep;
  if (firstPerson(f) || !namesSource(f)) return undefined;
  const k = tokAt(toks, f.content.start);
  const q = quoteAround.get(k) ?? quoteByOpen.get(k - 1);
  return q && !quoteAround.get(at) ? q : undefined;
}

/** What a quoted speaker reports ends with the quotation it is quoted in. */
export function clipToQuote(rep: ReportState, f: Found): Found {
  const { toks, quoteAround } = rep;
  const q = quoteAround.get(f.at);
  if (!q || f.content.end <= toks[q.close].start || f.content.start >= toks[q.close].start) return f;
  let e = q.close;
  while (e > f.at + 1 && q.close - e < 8 && !isWord(toks[e - 1])) e--;
  if (toks[e - 1].end <= f.content.start) return f;
  return { ...f, content: { start: f.content.start, end: toks[e - 1].end } };
}

/**
* "..., said X." / "..., said X, the head of ...": after a comma, a speech cue followed by a name that ends the
* sentence (or opens an apposition) has its speaker on the right and reports everything before the comma.
*/
export function invertedAfter(rep: ReportState, c: number, ce: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c - 1 <= u.a || toks[c - 1].text !== ',' || !info.bareClause || info.docSubject || info.forwardOnly) return null;
  if (ce >= u.b || !isWord(toks[ce]) || TIME_WORDS.has(toks[ce].lower) || TIME_LEAD.has(toks[ce].lower)) return null;
  const e = npRight(toks, ce, u.b);
  if (e < 0) return null;
  const after = e < u.b ? toks[e].text : '.';
  if (!(after === '.' || (after === ',' && e + 1 < u.b && APPOSITION_OPENERS.has(toks[e + 1].lower)) ||
    (after === ',' && e + 1 < u.b && isWord(toks[e + 1]) && nounKind(toks[e + 1].lower) !== null))) return null;
  if (after === '.' && e + 1 < u.b) return null;
  // Only what a quotation opens, so a list or a clause that happens to end in a comma is left alone.
  if (!hasVerb(toks, u.a, c - 1) || !quoteIn(rep, u.a, c - 1)) return null;
  // The chunk right before the comma is a clause, not an apposition ("X, the head of the agency, said Kyiv, ...").
  let cs = c - 2;
  while (cs > u.a && toks[cs - 1].text !== ',' && c - cs < 40) cs--;
  if (!hasVerb(toks, cs, c - 1) && !quoteIn(rep, cs, c - 1)) return null;
  const src = resolver.resolve(ce, trimTime(toks, ce, e));
  const content = spanOrNull(toks, u.a, c - 1);
  if (!src || !content) return null;
  return withCiting(rep, { source: src, cue: span(toks, c, ce), content: quotedWhole(rep, u.a, c - 1) ?? content, via: [], at: c }, e, u);
}

/**
* 'Said Dana Hale, who runs the ferry, "We will rebuild."': a speech cue opening the sentence, its speaker right
* after it, and a quotation after a comma or colon (PolNeAR train: every such opening is a cue).
*/
export function invertedOpening(rep: ReportState, c: number, ce: number, info: CueInfo, u: Unit): Found | null {
  const { toks, quoteByOpen, resolver } = rep;
  if (c !== u.a || !info.bareClause || info.docSubject || info.forwardOnly || ce >= u.b || !isWord(toks[ce])) return null;
  const e = npRight(toks, ce, u.b);
  if (e < 0) return null;
  // The quotation follows the name or an apposition after it, within a bounded stretch.
  for (let k = e; k + 1 < u.b && k - e < 24 && toks[k].text !== '.'; k++) {
    const q = (toks[k].text === ',' || toks[k].text === ':') ? quoteByOpen.get(k + 1) : undefined;
    if (!q) continue;
    const src = resolver.resolve(ce, trimTime(toks, ce, e));
    const content = quoteContent(toks, q);
    return src && content ? { source: src, cue: span(toks, c, ce), content, via: [], at: c } : null;
  }
  return null;
}

function quoteIn(rep: ReportState, a: number, e: number): boolean {
  const { quoteByOpen } = rep;
  for (let k = a; k < e && k < a + MAX_CONTENT; k++) if (quoteByOpen.has(k)) return true;
  return false;
}

/** The quotation that makes up [a, e) when the stretch is one quotation, else null. */
function quotedWhole(rep: ReportState, a: number, e: number): Range | null {
  const { toks, quoteByOpen } = rep;
  const q = quoteByOpen.get(a);
  return q && q.close >= e - 1 ? quoteContent(toks, q) : null;
}

/**
* A speaker set off by commas inside the sentence it reports: "Acts of protest, Mr. Obama said, are acts of
* patriotism", "That culture, they said, emphasizes speed". The content is the whole sentence around the speaker.
*/
export function interjected(rep: ReportState, left: Left, c: number, ce: number, u: Unit): Range | null {
  const { toks } = rep;
  const s0 = left.near ? left.near[0] : left.s;
  // "The answer, the banker told them, was simple": the one spoken to may stand before the closing comma.
  if (ce + 1 < u.b && (OBJECT_PRONOUNS.has(toks[ce].lower) || toks[ce].lower === 'reporters') && toks[ce + 1].text === ',') ce++;
  if (left.before || ce + 1 >= u.b || toks[ce].text !== ',' || s0 - 1 <= u.a || toks[s0 - 1].text !== ',') return null;
  if (quoteBefore(rep, left.first, u.a)) return null;
  const n = toks[ce + 1];
  if (!isWord(n) || participleCue(n.lower) || n.lower === 'citing' || n.lower === 'according' || n.lower === 'adding') return null;
  // The sentence goes on with its verb soon after the speaker ("are acts", "a majority ... have come").
  let verb = false;
  for (let m = ce + 1; m < u.b && m < ce + 9; m++) {
    const t = toks[m];
    if (t.text === ',' || t.text === '.' || isQuote(t)) break;
    if (!isCap(t) && (t.pos === 'VERB' || t.pos === 'AUX')) { verb = true; break; }
  }
  if (!verb) return null;
  const e = clauseEnd(toks, ce + 1, u.b);
  return e > ce + 1 ? spanOrNull(toks, u.a, e) : null;
}

/** A quotation as content; a one-word scare quote after a non-speech cue ("acknowledged “losses”") says nothing. */
export function quotedContent(toks: Token[], q: Quote, info: CueInfo): Range | null {
  if (!info.bareClause || info.docSubject) {
    let words = 0;
    for (let m = q.open + 1; m < q.close && words < 2; m++) if (isWord(toks[m])) words++;
    if (words < 2) return null;
  }
  return quoteContent(toks, q);
}
