// The source on a cue's left: subjects, appositions, relative antecedents, and the relays named beside them.
import { isCap, isQuote, isQuoteAt, isWord, npLeft, npRight, npToken, percentSign, timePhraseStart, trimTime, type Unit } from './scan';
import type { EntityMention, Range, Token } from '../types';
import { hedgeEnd } from '../quantities/hedges';
import { isShareWord, nounKind, type ResolvedSource, unnamedSource } from './sources';
import { citingAt, sourcePhrase } from './relays';
import { isCuePrefix } from './cues';
import { type ReportState, hasVerb, type Found, relayed, span, spanOrNull } from './report';
import { PERSON_PRONOUNS, TIME_WORDS, SUBJECT_PRONOUNS, asideBefore, POSSESSIVES, SENTENCE_OPENERS, OBJECT_PRONOUNS } from './words';
import { WH_RELATIVES } from '../text/pronouns';

/** How many comma-separated chunks a subject search may walk over. */
const MAX_CHUNKS = 6;
const INTRO_POS = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ']);
const INTRO_WORDS = new Set(['however', 'meanwhile', 'separately', 'thus', 'late', 'early', 'despite', 'moreover',
  'also', 'still', 'yet', 'instead', 'nevertheless', 'furthermore', 'additionally', 'previously', 'earlier', 'later']);

/** Words that close a time phrase counted from another time ("Hours later", "two years ago"). */
const TIME_AFTER = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards']);
/** Units a time counted back is measured in ("A few minutes later", "Two days earlier"), not a name ("Lee earlier said"). */
const DURATIONS = new Set(['moments', 'minutes', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

const RELAY_PARTICIPLES = new Set(['polled', 'surveyed', 'interviewed', 'quoted', 'cited', 'contacted', 'asked']);

/**
 * The outlets lying in [from, to), in report order. Filtering every outlet for each cue took time growing with the
 * square of a report's length (a long report pasted as one line names outlets throughout); in order of their starts,
 * the ones starting in the range are found by a binary search and read until one starts past its end.
 */
export function outletsIn(rep: ReportState, from: number, to: number): EntityMention[] {
  const { outlets } = rep;
  if (!rep.outletsSorted) return outlets.filter(m => m.start >= from && m.end <= to);
  const out: EntityMention[] = [];
  for (let k = firstStartingAt(outlets, from); k < outlets.length && outlets[k].start <= to; k++) {
    if (outlets[k].end <= to) out.push(outlets[k]);
  }
  return out;
}

/** The index of the first of `sorted` (in order of their starts) starting at or after `from`. */
function firstStartingAt(sorted: readonly Range[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a person stand at token `k`: "him", "her", "them" or a person's name the entity recognizer found? */
export function personAt(rep: ReportState, k: number, u: Unit): boolean {
  const { toks, personStarts } = rep;
  if (k >= u.b) return false;
  if (PERSON_PRONOUNS.has(toks[k].lower)) return true;
  // A name may follow a title or a determiner ("the former governor Ann Hale"): a few tokens on.
  for (let m = k; m < u.b && m < k + 4; m++) if (personStarts.has(toks[m].start)) return true;
  return false;
}

/** True when [lo, k) is an introductory adverbial ("At the same time", "On 24 January"). */
export function introBefore(toks: Token[], lo: number, k: number, depth = 0): boolean {
  if (depth >= MAX_CHUNKS) return false;
  let s = k - 1;
  while (s > lo && toks[s - 1].text !== ',' && k - s < 40) s--;
  if (s < lo) return false;
  return isIntro(toks, s, k) && (s === lo || introBefore(toks, lo, s - 1, depth + 1));
}

function isIntro(toks: Token[], s: number, e: number): boolean {
  const f = toks[s];
  // "About 40 percent of voters stayed home" is a clause with a hedged subject, not an adverbial.
  const m = hedgeEnd(toks, s, Math.min(e, s + 4), true);
  if (m > s && hasVerb(toks, s, e)) {
    if (m < e && (toks[m].type === 'number' || toks[m].pos === 'NUM')) return false;
  }
  // "Nearly one-third of workers do not have access" is a clause; "Still" or "Earlier this week" is an adverbial.
  // "Even before Sanders took the stage, ...", "Just as the polls closed, ...": an opener before a subordinator.
  if (s + 1 < e && SENTENCE_OPENERS.has(f.lower) && (toks[s + 1].pos === 'SCONJ' || toks[s + 1].pos === 'ADP')) return true;
  // "Speaking in Beijing, ...", "Addressing the gala Thursday, ...": a participle clause opening the sentence (the tagger
  // often reads its capitalized participle as a name).
  if (s + 1 < e && isCap(f) && f.lower.length > 5 && f.lower.endsWith('ing') && isWord(toks[s + 1]) && !isCap(toks[s + 1]) &&
    (s === 0 || (!isWord(toks[s - 1]) && toks[s - 1].text !== ','))) return true;
  // "Hours later, ...", "Eight years ago, ...": a time counted back from another.
  if (e - s <= 4 && TIME_AFTER.has(toks[e - 1].lower) && !hasVerb(toks, s, e)) return true;
  if (f.pos === 'ADV' && !INTRO_WORDS.has(f.lower) && hasVerb(toks, s, e)) return false;
  if (INTRO_POS.has(f.pos) || INTRO_WORDS.has(f.lower)) return true;
  // "On Monday" is an adverbial; "Heavy rain is expected through Friday" is a clause.
  for (let k = s; k < e && k < s + 6; k++) if (TIME_WORDS.has(toks[k].lower)) return !hasVerb(toks, s, e);
  return false;
}

/** Is there a document or data noun in [a, b) ("figures from the ministry", "the auditor's report")? */
export function docIn(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b && k < a + 20; k++) if (nounKind(toks[k].lower) === 'doc') return true;
  return false;
}

/** ", citing Y" after the cue: Y is the origin, the subject only relays. */
export function withCiting(rep: ReportState, f: Found, from: number, u: Unit): Found {
  const { toks, resolver } = rep;
  let k = from;
  while (k < u.b && k - from < 8 && toks[k].text !== ',' && toks[k].text !== '.') k++;
  const cit = citingAt(toks, k, u.b);
  if (!cit || !namesSpeaker(toks, cit.phrase[0], cit.phrase[1])) return f;
  const ys = resolver.resolve(cit.phrase[0], cit.phrase[1]);
  if (!ys || ys.id === f.source.id) return f;
  return relayed({ ...f, source: ys, via: [f.source.id, ...f.via] }, [{ source: f.source, cue: span(toks, k + 1, k + 2) }]);
}

/** The source a subject [a, e) names; a pronoun with no antecedent the resolver trusts ("they say") is unnamed. */
export function subjectSource(rep: ReportState, a: number, e: number): ResolvedSource | null {
  const { toks, resolver } = rep;
  const src = resolver.resolve(a, e);
  if (src || e !== a + 1 || !SUBJECT_PRONOUNS.has(toks[a].lower)) return src;
  return { ...unnamedSource(toks[a].start), end: toks[a].end, text: toks[a].text };
}

/** Index before a bracketed aside ending at `j` ("(WFP)", "(formerly the Wagner Group)"), or `j` itself. */
function skipParen(toks: Token[], j: number, lo: number): number {
  if (j < lo || toks[j].text !== ')') return j;
  for (let k = j - 1; k >= lo && j - k <= 12; k--) {
    if (toks[k].text === '(') return k - 1;
    // An abbreviation's full stop stays inside the aside ("(I-Vt.)", "(R-Fla.)").
    if (toks[k].text === ')' || (toks[k].text === '.' && toks[k - 1]?.end !== toks[k].start)) break;
  }
  return j;
}

export interface Left {
  s: number;
  e: number;
  /** First token of the subject stretch (apposition included), to find a quotation before it. */
  first: number;
  /** Content before the source when the cue closes the sentence ("..., the ministry said."). */
  before: Range | null;
  citing: [number, number] | null;
  /** "X, quoted by Y, said": Y passes X's words on. */
  relayedBy?: ResolvedSource | null;
  /** The subject of an object-gap relative ("the plan, which she says could raise ..."): content follows the cue. */
  gap?: boolean;
  /** The noun phrase right before the cue, when appositions were walked over ("Jeffrey Bewkes, the chief ..., said"). */
  near?: [number, number];
  /**
   * The relative pronoun that is the cue's subject ("Graham, who says ..."): the source's words in the clause, as "he"
   * is; [s, e) is its antecedent, which names the source.
   */
  rel?: number;
}

/** The source on the cue's left: a subject, its apposition, a coordinated subject or a relative antecedent. */
export function leftSource(rep: ReportState, c: number, u: Unit, asides = 0): Left | null {
  const { toks, resolver } = rep;
  let j = subjectEnd(toks, c, u);
  if (j < u.a) return null;
  const t = toks[j];
  // "Mr. Trump, however, said": a sentence adverb set off by commas sits between subject and cue (once: the
  // walk stays bounded on a run of ", however, however, ...").
  const aside = asides === 0 ? asideBefore(toks, j, u.a) : -1;
  if (aside > u.a) return leftSource(rep, aside, u, 1);
  const special = pronounSubject(toks, c, u, j);
  if (special !== undefined) return special;
  let citing: [number, number] | null = null;
  let relayedBy: ResolvedSource | null = null;
  if (t.text === ',') {
    // "X, citing Y, said" / "X, quoted by Y, said"
    let k = j - 1;
    while (k > u.a && toks[k].text !== ',' && j - k < 16) k--;
    if (k > u.a && toks[k].text === ',' && toks[k + 1].lower === 'citing') {
      citing = sourcePhrase(toks, k + 2, j);
      j = k - 1;
    } else if (k > u.a && toks[k].text === ',' && (toks[k + 1].lower === 'quoted' || toks[k + 1].lower === 'cited') &&
      toks[k + 2]?.lower === 'by') {
      const y = sourcePhrase(toks, k + 3, j);
      relayedBy = y ? resolver.resolve(y[0], y[1]) : null;
      j = k - 1;
    } else if (k > u.a && toks[k].text === ',' && PARTICIPLE_END.test(toks[k + 1].lower) && toks[k + 1].pos === 'VERB') {
      // "A senior official, speaking on condition of anonymity, said": the participle phrase is no source. Round 26: nor
      // is a past participle's ("The poll, released Monday by Gallup, showed", "The mayor, pressed on the cuts, said").
      j = k - 1;
    } else if (k > u.a && toks[k].text === ',' && toks[k + 1].pos === 'ADP' && k + 2 < j) {
      // Round 26: "Sexton, after earlier rallies, wrote", "The party, in its daily summary Monday, emailed": an
      // adverbial phrase set off by commas is no source either; its object was read as the speaker.
      j = k - 1;
    } else if (k > u.a && toks[k].text === ',' && participleBefore(toks, j, k, u.a) > u.a) {
      // "Al Jazeera's Stratford, reporting from Kenya's capital, Nairobi, said": the participle phrase's object has an
      // apposition of its own; both are no source.
      j = participleBefore(toks, j, k, u.a) - 1;
    } else if ((k = relativeBefore(toks, j, u.a)) > u.a && !conjunctOrObject(toks, k - 1, u.a)) {
      // Round 26: "Williams, who is running again, added that ...": a relative clause set off by commas stands between
      // subject and cue; the subject is its antecedent (the walk from the clause's last word failed when that was no
      // noun, or when a conjunction opened the sentence: "But Lee, who ..., added").
      j = k - 1;
    } else {
      j -= 1; // "X, the head of ..., said": the apposition closes right before the cue
    }
    j = skipParen(toks, j, u.a);
    if (j < u.a) return null;
  }
  return subjectPhrase(rep, c, u, j, t.text === ',', citing, relayedBy);
}

/** Present and past participles that open a phrase set off by commas between subject and cue. */
const PARTICIPLE_END = /(?:ing|ed|en|wn)$/;
/** Longest apposition (in tokens) after a participle phrase's object: "Nairobi" in ", reporting from Kenya's capital, Nairobi,". */
const OBJECT_APPOSITION = 4;
/** Longest participle phrase, in tokens, before that apposition. */
const PARTICIPLE_PHRASE = 12;

/**
 * The comma opening a participle phrase whose object has an apposition (k, j) before the cue's comma `j` ("X, reporting
 * from Kenya's capital, Nairobi, said"): that apposition is short and capitalized, the chunk before `k` opens with a
 * participle verb. -1 when there is none.
 */
function participleBefore(toks: Token[], j: number, k: number, a: number): number {
  if (j - k - 1 > OBJECT_APPOSITION || k + 1 >= j || toks[k + 1].text[0] === toks[k + 1].lower[0]) return -1;
  let p = k - 1;
  while (p > a && toks[p].text !== ',' && k - p <= PARTICIPLE_PHRASE) p--;
  if (p <= a || toks[p].text !== ',' || p + 2 >= k) return -1;
  const w = toks[p + 1];
  return PARTICIPLE_END.test(w.lower) && w.pos === 'VERB' ? p : -1;
}
/** Pronouns that open a relative clause set off by commas ("X, who ..., said"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(WH_RELATIVES);
/** Longest relative clause, in tokens, skipped between a subject and its cue. */
const MAX_RELATIVE = 30;

/**
 * The comma opening a relative clause that ends at the comma `j` ("Williams, who is running again, added", "But the
 * union, which backs the bill, said"); -1 when there is none.
 */
function relativeBefore(toks: Token[], j: number, a: number): number {
  for (let k = j - 1; k > a && j - k <= MAX_RELATIVE; k--) {
    const t = toks[k];
    if (isQuote(t) || t.text === ';' || t.text === '.') return -1;
    if (t.text === ',') return k + 1 < j && RELATIVE_OPENERS.has(toks[k + 1].lower) ? k : -1;
  }
  return -1;
}

/**
* Is the noun phrase ending at `j` the object of a preposition or a conjunct ("Aides to the governor and the mayor, who
* ..., said")? Then the relative's antecedent is not the subject; the loose walk looks further.
*/
function conjunctOrObject(toks: Token[], j: number, a: number): boolean {
  const s = npLeft(toks, j, a);
  if (s <= a) return false;
  const p = toks[s - 1];
  return p.pos === 'ADP' || p.lower === 'and' || p.lower === 'or';
}

/** The last token of the subject before the cue at c, past cue prefixes, an aside in brackets and a relative's time phrase. */
function subjectEnd(toks: Token[], c: number, u: Unit): number {
  let j = c - 1;
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  j = skipParen(toks, j, u.a);
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  if (j < u.a) return j;
  // "the senator, who on Tuesday endorsed X": a time phrase between the relative pronoun and its cue.
  const when = timePhraseStart(toks, j, u.a);
  if (when > u.a && when <= j && (toks[when - 1].lower === 'who' || toks[when - 1].lower === 'which')) j = when - 1;
  return j;
}

/**
 * The subject noun phrase ending at j (an apposition's when `apposed`, the cue's comma before it) and the appositions
 * before it; null when j ends no noun phrase.
 */
function subjectPhrase(rep: ReportState, c: number, u: Unit, j: number, apposed: boolean,
  citing: [number, number] | null, relayedBy: ResolvedSource | null): Left | null {
  const { toks, resolver } = rep;
  const tp = timePhraseStart(toks, j, u.a);
  if (tp > u.a) j = tp - 1; // "Media reports from Kiev on Sunday said"
  if ((!isWord(toks[j]) && !percentSign(toks, j)) || !npToken(toks[j])) return null;
  if (apposed) j = appositionBeforeRelative(toks, u, j);
  let s = npLeft(toks, j, u.a);
  if (s < 0) return null;
  // "..., his nephew added": a possessive determiner opens the subject (the tagger reads it as a pronoun).
  if (s > u.a && POSSESSIVES.has(toks[s - 1].lower)) s--;
  if (apposed && s > u.a) s = articleAppositionStart(toks, u, s);
  // "economists polled by Reuters expected": the economists speak, Reuters relays.
  if (s - 2 > u.a && toks[s - 1].lower === 'by' && RELAY_PARTICIPLES.has(toks[s - 2].lower)) {
    const s2 = npLeft(toks, s - 3, u.a);
    if (s2 >= 0) {
      relayedBy = resolver.resolve(s, j + 1);
      j = s - 3;
      s = s2;
    }
  }
  const near: [number, number] = [s, trimTime(toks, s, j + 1)];
  return appositionWalk(toks, c, u, s, near, citing, relayedBy);
}


/** `j`, or the end of the phrase before an apposition's own relative clause, when the apposition ending at `j` has one. */
function appositionBeforeRelative(toks: Token[], u: Unit, j: number): number {
  // An apposition with its own relative clause ("COGAT, the military body that coordinates aid, said"):
  // the phrase before "that" is the apposition.
  let cs = j;
  while (cs > u.a && toks[cs - 1].text !== ',' && j - cs < 30) cs--;
  for (let m = cs + 1; m < j; m++) {
    const l = toks[m].lower;
    if ((l === 'that' || l === 'who' || l === 'which') && npToken(toks[m - 1]) && isWord(toks[m - 1])) {
      if (npRight(toks, cs, m) === m) j = m - 1;
      break;
    }
  }
  return j;
}

/** `s`, or the start of an apposition opened by an article after a comma, when no verb breaks it. */
function articleAppositionStart(toks: Token[], u: Unit, s: number): number {
  // "Nordvik Foods ASA, a leading producer of frozen seafood, today announced": POS tags break the
  // description ("frozen"/VERB); a chunk opened by an article after a comma is one apposition.
  let cs = s;
  while (cs > u.a && toks[cs - 1].text !== ',' && s - cs < 16) cs--;
  const a0 = toks[cs].lower;
  if (cs < s && toks[cs - 1]?.text === ',' && (a0 === 'a' || a0 === 'an' || a0 === 'the')) {
    let aux = false;
    for (let m = cs; m < s; m++) if (toks[m].pos === 'AUX' || toks[m].lower === 'that' || toks[m].lower === 'who') aux = true;
    if (!aux) s = cs;
  }
  return s;
}

/**
 * A subject named by a conjunction's clause, a pronoun, a relative pronoun's antecedent or a share of a group ("most of
 * them"), for the token `j` right before the cue; undefined when `j` is none of these.
 */
function pronounSubject(toks: Token[], c: number, u: Unit, j: number): Left | null | undefined {
  const t = toks[j];
  if (t.lower === 'and' || t.lower === 'but') {
    const sub = unitSubject(toks, u.a, j);
    return sub ? { ...sub, first: sub.s, before: null, citing: null } : null;
  }
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    const before = j > u.a && toks[j - 1].text === ',' && hasVerb(toks, u.a, j - 1) ? spanOrNull(toks, u.a, j - 1) : null;
    // "what he calls corruption", "which she says could": the content is the rest of the relative clause.
    // A contact relative after a noun ("a decision they say allowed ...") has its gap before a verb.
    const gap = j > u.a && (toks[j - 1].lower === 'which' || toks[j - 1].lower === 'that' || toks[j - 1].lower === 'what' ||
      (toks[j - 1].pos === 'NOUN' && c + 1 < u.b && toks[c + 1].pos === 'VERB' && toks[c + 1].lower.endsWith('ed')));
    // "On Tuesday night he said": a time phrase may open the sentence without a comma.
    if (j > u.a && !before && !gap && !isQuoteAt(toks, j - 1) && toks[j - 1].text !== ',' && !INTRO_POS.has(toks[j - 1].pos) &&
      !TIME_WORDS.has(toks[j - 1].lower)) return null;
    return { s: j, e: j + 1, first: j, before, citing: null, gap };
  }
  if (t.lower === 'who' || (t.lower === 'which' && j > u.a && toks[j - 1].text === ',')) {
    let k = j - 1;
    if (k >= u.a && toks[k].text === ',') k--;
    k = skipParen(toks, k, u.a);
    const tp = timePhraseStart(toks, k, u.a);
    if (tp > u.a) k = tp - 1;
    if (k < u.a) return null;
    const s = npLeft(toks, k, u.a);
    if (s < 0) return null;
    const e = trimTime(toks, s, k + 1);
    return { s, e, first: s, before: null, citing: null, rel: j };
  }
  // "most of them said", "some of us think": a share of a group named before.
  if ((t.lower === 'them' || t.lower === 'us') && j - 2 >= u.a && toks[j - 1].lower === 'of' && isShareWord(toks[j - 2])) {
    return { s: j - 2, e: j + 1, first: j - 2, before: null, citing: null };
  }
  return undefined;
}

/**
 * From the noun phrase `near` right before the cue (starting at `s`), walks back over an apposition ("Colonel X, the
 * Head of ..., said") or finds the content before it.
 */
function appositionWalk(toks: Token[], c: number, u: Unit, s: number, near: [number, number], citing: [number, number] | null,
  relayedBy: ResolvedSource | null): Left | null {
  const run: [number, number][] = [near];
  let before: Range | null = null;
  let k = s - 1;
  let chunks = 0;
  // "the camp, which UN agencies estimate hosts ...": the phrase is the subject of an object-gap relative.
  // "an event that Carson says led him to run": a restrictive relative after a noun is one too.
  if (s > u.a && (toks[s - 1].lower === 'which' || toks[s - 1].lower === 'that') && s - 1 > u.a &&
    (toks[s - 2].text === ',' || (toks[s - 2].pos === 'NOUN' && c + 1 < u.b && toks[c + 1].pos === 'VERB'))) {
    return { s: near[0], e: near[1], first: s, before: null, citing: null, gap: true };
  }
  // The phrase may close a relative clause ("X, who provided the ministry's data, noted"): skip it.
  let r = s - 1;
  while (r >= u.a && s - r < 24 && toks[r].text !== ',' && !isQuote(toks[r])) r--;
  if (r >= u.a && toks[r].text === ',' && RELATIVE_OPENERS.has(toks[r + 1].lower)) {
    run.length = 0;
    k = r;
  }
  while (k >= u.a && toks[k].text === ',' && chunks++ < MAX_CHUNKS) {
    let cs = k - 1;
    // A dateline's dash ("November 5, 2024 – Nordvik Foods ASA, ...") opens the chunk too.
    while (cs > u.a && toks[cs - 1].text !== ',' && !isQuote(toks[cs - 1]) && toks[cs - 1].text !== '–' &&
      toks[cs - 1].text !== '—' && k - cs < 40) cs--;
    if (cs < u.a || cs >= k) break;
    const f = toks[cs];
    if (RELATIVE_OPENERS.has(f.lower)) { k = cs - 1; continue; }
    if (f.lower === 'citing') { citing ??= sourcePhrase(toks, cs + 1, k); k = cs - 1; continue; }
    if (hasVerb(toks, cs, k)) { before = spanOrNull(toks, u.a, k); break; }
    if (isIntro(toks, cs, k)) {
      // "At a summit in Hilton Head, S.C., Rubio offered": the state after the adverbial's town belongs to it.
      if (run.length > 1 && townBefore(toks, cs, k) && placeTail(toks, run[0])) run.shift();
      break;
    }
    const ce = skipParen(toks, k - 1, cs) + 1;
    if (npRight(toks, cs, ce) === ce) { run.unshift([cs, ce]); k = cs - 1; continue; }
    before = spanOrNull(toks, u.a, k);
    break;
  }
  if (!run.length) return null;
  const first = run[0][0];
  if (before && run.length > 1) before = null;
  const pick = run.find(r => isNameChunk(toks, r[0], r[1])) ?? run[0];
  return { s: pick[0], e: pick[1], first, before, citing, relayedBy, near };}

/** Does the adverbial [cs, k) end with a town after "in"/"at" ("at a summit in Hilton Head"), not a date? */
function townBefore(toks: Token[], cs: number, k: number): boolean {
  const last = toks[k - 1];
  if (!isCap(last) || TIME_WORDS.has(last.lower)) return false;
  for (let m = k - 2; m >= cs && k - m <= 4; m--) {
    if (toks[m].lower === 'in' || toks[m].lower === 'at') return true;
    if (!isCap(toks[m])) return false;
  }
  return false;
}

/** A short capitalized chunk ("S.C.", "Iowa", "New Mexico") that may close a "town, state" pair. */
function placeTail(toks: Token[], r: [number, number]): boolean {
  if (r[1] - r[0] > 2) return false;
  for (let k = r[0]; k < r[1]; k++) if (isWord(toks[k]) && !isCap(toks[k])) return false;
  return true;
}

function isNameChunk(toks: Token[], s: number, e: number): boolean {
  const f = toks[s];
  if (!isCap(f) || f.pos === 'DET' || f.lower === 'the') return false;
  if (s + 1 < e && toks[s + 1].lower === 'of') return false;
  // "Chile's mining minister" is a title, not a name: a lower-case head noun describes.
  for (let k = s + 1; k < e; k++) {
    const t = toks[k];
    if (isWord(t) && !isCap(t)) {
      const kind = nounKind(t.lower);
      if (kind === 'person' || kind === 'org' || kind === 'group') return false;
    }
  }
  return true;
}

/** The subject at the start of a unit, after introductory adverbials. */
export function unitSubject(toks: Token[], a: number, lim: number): { s: number; e: number } | null {
  let cs = a;
  for (let n = 0; cs < lim; n++) {
    if (n >= MAX_CHUNKS) return null;
    let ce = cs;
    while (ce < lim && toks[ce].text !== ',' && ce - cs < 40) ce++;
    if (ce - cs >= 40) break;
    if (!isIntro(toks, cs, ce)) break;
    cs = ce + 1;
  }
  // "Then she shattered party norms, pledging ...": an opener before the subject is no part of it.
  while (cs + 1 < lim && toks[cs].pos !== 'PROPN' && SENTENCE_OPENERS.has(toks[cs].lower) && isWord(toks[cs + 1])) cs++;
  if (cs >= lim) return null;
  // Round 26: "A few minutes later they ...", "Two days earlier the board ...": a time counted back opens the clause
  // without a comma; the subject follows it.
  const back = npRight(toks, cs, lim);
  if (back > cs && back + 1 < lim && TIME_AFTER.has(toks[back].lower) && DURATIONS.has(toks[back - 1].lower)) cs = back + 1;
  if (SUBJECT_PRONOUNS.has(toks[cs].lower)) return { s: cs, e: cs + 1 };
  // "his campaign sent ...": a possessive determiner opens the subject (the tagger reads it as a pronoun).
  const e = POSSESSIVES.has(toks[cs].lower) && cs + 1 < lim ? npRight(toks, cs + 1, lim) : npRight(toks, cs, lim);
  if (e < 0) return null;
  if (e < lim && toks[e].text === ',' && !isNameChunk(toks, cs, e)) {
    const e2 = npRight(toks, e + 1, lim);
    if (e2 > 0 && isNameChunk(toks, e + 1, e2)) return { s: e + 1, e: e2 };
  }
  return { s: cs, e: trimTime(toks, cs, e) };
}

/** End of the noun phrase starting at `s`, before `lim`. */
export function npEnd(toks: Token[], s: number, lim: number): number {
  const e = npRight(toks, s, lim);
  return e > s ? e : s + 1;
}

/**
* ", citing low growth" after an attribution: the speaker gives a reason, a cue of its own. ", citing officials"
* names the origin instead (`withCiting`), and "X, citing Y, said" is read by the frame after it.
*/
export function citesReason(rep: ReportState, c: number, u: Unit, found: Found[]): boolean {
  const { toks, resolver } = rep;
  if (c - 1 <= u.a || toks[c - 1].text !== ',' || !found.length || found[found.length - 1].at >= c) return false;
  const x = sourcePhrase(toks, c + 1, u.b);
  return !x || !namesSpeaker(toks, x[0], x[1]) || !resolver.resolve(x[0], x[1]);
}

/** Does [a, e) name who could speak (a name, a pronoun, a source noun) rather than a reason ("low growth")? */
export function namesSpeaker(toks: Token[], a: number, e: number): boolean {
  for (let k = a; k < e && k < a + 20; k++) {
    const t = toks[k];
    if (isWord(t) && (isCap(t) || nounKind(t.lower) !== null || OBJECT_PRONOUNS.has(t.lower))) return true;
  }
  return false;
}
