// Last frames of a finite cue: loose sayings with any subject, and evidence subjects ("the poll shows").
import type { Token } from '../types';
import { isCap, isDash, isQuote, isWord, npLeft, npRight, npToken, trimTime, type Unit } from './scan';
import { BE, CUE_PREFIX, type CueInfo, isCuePrefix, isEvidential } from './cues';
import { nounKind, type ResolvedSource } from './sources';
import { contentAfter, closesSentence, opensClause, restOfClause } from './clauses';
import { type ReportState, type Found, tokAt, spanOrNull, span, hasVerb } from './report';
import { npEnd } from './subjects';
import { TIME_WORDS } from './words';

/** Pro-forms that stand for what was said ("said the same", "thinks otherwise"). */
/** An evidence subject ("the poll released Friday by Gallup") is at most this long. */
const MAX_EVIDENCE_SUBJECT = 16;
/** Punctuation inside an evidence subject ("Reuters/Ipsos", "campaign-finance", "the auditor's"). */
const EVIDENCE_GLUE = new Set(['/', '-', "'s", '’s', '.', '&']);
/** Words that end an evidence subject on its left: a relative or a clause before it. */
const EVIDENCE_STOPS = new Set(['that', 'which', 'who', 'what', 'as', 'if', 'than', 'because', 'said', 'says', 'to']);

/** Participles that end a polled group ("those surveyed say", "voters polled think"). */
const SURVEYED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked']);

/**
* Does a plural subject end right before the bare "say" at `c` ("homeland security experts say", "those surveyed say",
* "Democrats — and some Republicans — say")? Then "say" is a present report, not "to say" or "would say" (PolNeAR
* train: "say" after a plural noun is a cue in four uses of five).
*/
export function pluralSubjectBefore(toks: Token[], c: number, u: Unit): boolean {
  let p = c - 1;
  if (p > u.a && isDash(toks[p])) p--;
  if (p < u.a || !isWord(toks[p])) return false;
  const t = toks[p];
  if (SURVEYED.has(t.lower)) return true;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') &&
    !t.lower.endsWith('us') && !t.lower.endsWith('is');
}

// ---- strong speech verbs no frame fits: the nearest speaker and what the sentence says around the cue ----

/**
* "said" and its like report nearly wherever they stand as verbs. When no frame fits (a long apposition, a
* subject two clauses back, a quotation split by the cue), the speaker is the nearest noun phrase on the left (or
* the phrase right after the cue) that stands for a source, and the content what follows the cue, else what
* precedes the speaker. Passives and "the said" stay out.
*/
export function looseAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c > u.a && (toks[c - 1].pos === 'DET' || BE.has(toks[c - 1].lower))) return null;
  // "easier said than done"
  if (c + 1 < u.b && toks[c + 1].lower === 'than') return null;
  let src: ResolvedSource | null = null;
  let j = c - 1;
  while (j >= u.a && c - j < 4 && (CUE_PREFIX.has(toks[j].lower) || toks[j].text === ',' || toks[j].pos === 'ADV')) j--;
  if (j >= u.a && BE.has(toks[j].lower)) return null;
  // "..., which said": the relative frame had its chance; a guess past it would name the wrong antecedent.
  if (j >= u.a && (toks[j].lower === 'which' || toks[j].lower === 'who' || toks[j].lower === 'that')) return null;
  // Inside a relative clause ("the volunteers who staffed the tables told"), the speaker is its antecedent.
  for (let k = j; k > u.a && j - k < 30; k--) {
    const l = toks[k].lower;
    if (isQuote(toks[k]) || l === '.' || l === ';') break;
    if (l === 'who' || l === 'which') { j = toks[k - 1].text === ',' ? k - 2 : k - 1; break; }
  }
  for (let k = j; k >= u.a && j - k < 30 && !src; k--) {
    const t = toks[k];
    if (isQuote(t) || t.text === '.' || t.text === ';') break;
    if (!isWord(t) || !npToken(t)) continue;
    const s0 = npLeft(toks, k, u.a);
    if (s0 < 0) continue;
    k = s0;
    // Objects of prepositions ("in every election", "to the governor and the mayor"), times and bare numbers are
    // no speakers: the walk goes on to the phrase they modify.
    let p = s0 - 1;
    if (p >= u.a && (toks[p].lower === 'and' || toks[p].lower === 'or') && p - 1 >= u.a && npToken(toks[p - 1])) {
      const s1 = npLeft(toks, p - 1, u.a);
      if (s1 >= 0) p = s1 - 1;
    }
    if (p >= u.a && toks[p].pos === 'ADP') continue;
    const e0 = trimTime(toks, s0, j + 1 < c ? Math.min(npEnd(toks, s0, c), c) : c);
    if (e0 <= s0 || TIME_WORDS.has(toks[e0 - 1].lower) || toks[e0 - 1].type === 'number') continue;
    src = resolver.resolve(s0, e0);
  }
  const ce = c + 1;
  if (!src && ce < u.b && isWord(toks[ce])) {
    const e = npRight(toks, ce, u.b);
    if (e > 0) src = resolver.resolve(ce, trimTime(toks, ce, e));
  }
  if (!src || src.kind === 'doc') return null;
  // A quotation keeps the cue's own reading (a one-word scare quote after "acknowledged" says nothing).
  const after = contentAfter(rep, ce, ce < u.b && isQuote(toks[ce]) ? info : { ...info, bareClause: true, object: true }, u);
  const srcTok = tokAt(toks, src.start);
  // What precedes the speaker only when the cue closes the sentence or a comma follows it ("..., they said, ...").
  const closes = closesSentence(toks, ce, u.b) || (ce < u.b && toks[ce].text === ',');
  const content = after ?? (closes && srcTok > u.a + 1 && srcTok < c ? spanOrNull(toks, u.a, srcTok) : null) ??
    (info.lemma === 'say' && opensClause(toks, srcTok, tokAt(toks, src.end - 1), u) ? restOfClause(toks, ce, u) : null);
  if (!content || content.end - content.start < 3) return null;
  return { source: src, cue: span(toks, c, ce), content, via: [], at: c };
}

/**
* Evidence whose subject is too long for the subject frames: "The latest poll released Friday shows that ...",
* "Video of the arrest showed him ...", "A review of the filings shows ...", "..., court records show.". A document
* or data noun in the subject, which runs back to a clause boundary or a finite verb, makes it speak.
*/
export function evidenceAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  // "A 2014 study by the law school found 31 cases": findings speak like evidence, with an object or a clause.
  if (info.lemma === 'find') info = { ...info, object: true, bareClause: true };
  else if (info.lemma === 'indicate') info = { ...info, docSubject: true };
  else if (!info.docSubject) return null;
  let j = c - 1;
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  if (j < u.a || !isWord(toks[j]) || BE.has(toks[j].lower) || toks[j].pos === 'DET' || EVIDENCE_STOPS.has(toks[j].lower)) return null;
  // "a talk show host": the form is a noun inside a compound.
  if (c + 1 < u.b && toks[c + 1].pos === 'NOUN' && toks[j].pos === 'NOUN' && nounKind(toks[j].lower) !== 'doc') return null;
  let lo = j;
  while (lo > u.a && j - lo < MAX_EVIDENCE_SUBJECT) {
    const t = toks[lo - 1];
    if (!isWord(t) && !EVIDENCE_GLUE.has(t.text)) break;
    if (EVIDENCE_STOPS.has(t.lower) || (t.pos === 'AUX' && !isCap(t))) break;
    // A finite verb ends the subject; a participle that modifies it ("released Friday", "taken last week") does not.
    if (t.pos === 'VERB' && !isCap(t) && !/(?:ed|en|wn)$/.test(t.lower)) break;
    lo--;
  }
  while (lo < j && (toks[lo].pos === 'CCONJ' || toks[lo].pos === 'SCONJ' || toks[lo].pos === 'ADP' || !isWord(toks[lo]))) lo++;
  let head = -1;
  for (let k = lo; k <= j && head < 0; k++) if (isWord(toks[k]) && nounKind(toks[k].lower) === 'doc') head = k;
  // "Videos purportedly from the region showed": the writer keeps a distance, the evidence is no source.
  for (let k = lo; k < c; k++) if (isEvidential(toks[k].lower)) return null;
  if (head < 0) return null;
  const ce = c + 1;
  let content = contentAfter(rep, ce, info, u);
  // "..., court records show.": the evidence closes the sentence and vouches for what came before it.
  if (!content && lo - 1 > u.a && toks[lo - 1].text === ',' && closesSentence(toks, ce, u.b) && hasVerb(toks, u.a, lo - 1)) {
    content = spanOrNull(toks, u.a, lo - 1);
  }
  if (!content) return null;
  // Its agent speaks ("the poll by Gallup"), else the evidence itself ("the latest Reuters poll"), not a time after it.
  const agent = head + 2 <= j && (toks[head + 1].lower === 'by' || toks[head + 1].lower === 'from');
  const src = (agent ? resolver.resolve(lo, j + 1) : null) ?? resolver.resolve(lo, head + 1) ?? resolver.describe(lo, head + 1);
  return src ? { source: src, cue: span(toks, c, ce), content, via: [], at: c } : null;
}
