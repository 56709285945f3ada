// One cue read in full: its source (active, passive or agentless), its content and the relays written around it.
import { BE, type CueInfo, HEARSAY_PASSIVE_LEMMAS, isCuePrefix, PASSIVE_AGENT_LEMMAS, participleCue, SCOOP_ADVERBS, SCOOP_LEMMAS,
  VOICED_STANCES } from './cues';
import { contentEnd, isQuote, isWord, npLeft, npRight, npToken, type Quote, trimTime, type Unit } from './scan';
import { nounKind, QUANTIFIER_SOURCES, unnamedSource } from './sources';
import type { Range, Token } from '../types';
import { tokenAt } from '../text/offsets';
import { sourcePhrase } from './relays';
import { closesSentence, clauseEnd, contentAfter } from './clauses';
import { quoteBefore, quoteContent, invertedAfter, interjected } from './quotations';
import { type ReportState, type Found, span, spanOrNull, hasVerb, firstWord } from './report';
import { withCiting, leftSource, docIn, subjectSource, outletsIn, type Left } from './subjects';
import { SUBJECT_PRONOUNS, QUESTION_LEADS } from './words';
import { isPossessiveEnding } from '../text/possessive';

/** Prepositions after an agentless passive stance that say what its subject is blamed or praised for ("criticized as"). */
const PASSIVE_STANCE_PREPS = new Set(['as', 'for', 'of', 'over', 'about']);

// ---- finite cues: "X said ...", "“...,” said X", "..., X said." ----------------------------------------

export function cueAt(rep: ReportState, c: number, info: CueInfo, u: Unit, ui: number, ce = c + 1): Found | null {
  const { toks, resolver } = rep;
  const prev = c > u.a ? toks[c - 1] : undefined;
  // "the reported losses"; "Some say ..." is a quantifier subject, unless a noun follows ("some reported losses").
  const quantifier = prev && QUANTIFIER_SOURCES.has(prev.lower) && !(c + 1 < u.b && (toks[c + 1].pos === 'NOUN' || toks[c + 1].pos === 'ADJ'));
  if (prev && (prev.pos === 'DET' || prev.lower === 'the') && !quantifier) return null;
  if (c + 1 < u.b && isWord(toks[c + 1]) && toks[c + 1].pos === 'NOUN' && prev && !npToken(prev) && prev.text !== ',' && !isQuote(prev)) {
    // "reported losses" used as an adjective after a preposition
    if (prev.pos === 'ADP') return null;
  }
  // Passive: "is believed to", "this was reported by X".
  let j = c - 1;
  while (j >= u.a && isCuePrefix(toks[j])) j--;
  // "Clinton is calling for a no-fly zone": a progressive, not a passive; its subject stands before "is".
  const progressive = j >= u.a && toks[c].lower.endsWith('ing') && BE.has(toks[j].lower) && toks[j].lower !== 'being';
  const perfect = j >= u.a && perfectS(toks, j, c, u);
  if (!progressive && !perfect && j >= u.a && BE.has(toks[j].lower)) return passiveAt(rep, c, j, u, ui, info) ?? agentlessAt(rep, c, j, info, u);
  const credited = progressive || perfect ? null : creditedAt(rep, c, j, info, u);
  if (credited) return credited;

  const cue = span(toks, c, ce);
  const q = quoteBefore(rep, c, u.a);
  // "“...,” said X" / "“...,” informed Kiviselg"
  if (q) return speakerAfterQuote(rep, q, c, ce, cue, info, u);
  // "“We're happy” about the decision, said RoseAnn DeMoro, the union's director.": the speaker follows the cue.
  const inverted = invertedAfter(rep, c, ce, info, u);
  if (inverted) return inverted;
  const left = leftSource(rep, progressive || perfect ? j : c, u);
  // "..., said X." after the content
  if (!left) return prev && prev.text === ',' && !info.quoteOnly && !info.docSubject ? trailingSpeaker(rep, c, ce, cue, u) : null;
  // "Figures show", "the report found": these verbs report only when a document or data speaks.
  if (info.docSubject && !docIn(toks, left.first, c)) return null;
  const inter = interjected(rep, left, c, ce, u);
  if (inter) {
    const s = left.near ?? [left.s, left.e];
    const src = subjectSource(rep, s[0], s[1]);
    return src ? withCiting(rep, { source: src, cue, content: inter, via: [], at: c }, ce, u) : null;
  }
  const named = subjectSource(rep, left.s, left.e);
  if (!named) return null;
  // Round 23: a relative pronoun's source is written as the pronoun in its clause (PolNeAR's source span), named by the
  // antecedent (id and name), as "he" is.
  const src = left.rel === undefined ? named : { ...named, start: toks[left.rel].start, end: toks[left.rel].end, text: toks[left.rel].text };
  let via: string[] = left.relayedBy ? [left.relayedBy.id] : [];
  if (left.citing) {
    const ys = resolver.resolve(left.citing[0], left.citing[1]);
    if (ys) {
      via = [src.id];
      const relays = [{ source: src, cue: span(toks, left.citing[0] - 1, left.citing[0]) }];
      return relayedByOutlet(rep, finish(rep, { source: ys, cue, content: null as unknown as Range, via, at: c, relays }, left, c, ce, info, u), c, u, left);
    }
  }
  return relayedByOutlet(rep, finish(rep, { source: src, cue, content: null as unknown as Range, via, at: c }, left, c, ce, info, u), c, u, left);
}

/** Persons whose "’s" before a past form is "has" ("he’s said", "who’s argued for years"). */
const PERFECT_S_SUBJECTS = new Set(['he', 'she', 'who']);

/**
* Round 24. "he’s said he will fight on", "who’s argued that delegates are free": after a person pronoun, a contracted
* "’s" before a past form that takes no "to", "by" or "as" after it is "has", not a passive "is" ("he’s said to be
* angry", "she’s called a hawk" stay passives; PolNeAR train: 8 of 8 outside quotations).
*/
function perfectS(toks: Token[], j: number, c: number, u: Unit): boolean {
  if (j <= u.a || !isPossessiveEnding(toks[j].text) || !PERFECT_S_SUBJECTS.has(toks[j - 1].lower)) return false;
  if (!toks[c].lower.endsWith('ed') && toks[c].lower !== 'said' && toks[c].lower !== 'told') return false;
  const n = c + 1 < u.b ? toks[c + 1].lower : '.';
  return n !== 'to' && n !== 'by' && n !== 'as';
}

/** '“...,” said X': the speaker after the cue of a quotation closing right before it. */
function speakerAfterQuote(rep: ReportState, q: Quote, c: number, ce: number, cue: Range, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  const e = npRight(toks, ce, u.b);
  if (e > 0) {
    // '“...,” said the 46-year-old': after a quotation the phrase after a speech cue is its speaker, even one the
    // resolver has no kind for.
    const src = resolver.resolve(ce, trimTime(toks, ce, e)) ?? (info.bareClause && !info.forwardOnly ? resolver.describe(ce, trimTime(toks, ce, e)) : null);
    const content = quoteContent(toks, q);
    if (src && content) return withCiting(rep, { source: src, cue, content, via: [], at: c }, e, u);
  }
  return null;
}

/** "..., said X.": the speaker after a cue that follows its content. */
function trailingSpeaker(rep: ReportState, c: number, ce: number, cue: Range, u: Unit): Found | null {
  const { toks, resolver } = rep;
  const e = npRight(toks, ce, u.b);
  if (e > 0) {
    const src = resolver.resolve(ce, trimTime(toks, ce, e));
    const content = spanOrNull(toks, u.a, c - 1);
    if (src && content && hasVerb(toks, u.a, c - 1)) return withCiting(rep, { source: src, cue, content, via: [], at: c }, e, u);
  }
  return null;
}

/**
 * The outlet the source spoke to or through: named between the cue and the content ("told TASS that", "said in
 * an interview with CNN that") or in an interview phrase opening the sentence ("In an interview with CNN, X said").
 */
function relayedByOutlet(rep: ReportState, f: Found | null, c: number, u: Unit, left: Left): Found | null {
  const { toks } = rep;
  if (!f || !f.content || f.content.start < toks[c].end) return f;
  const found = outletsIn(rep, toks[c].end, f.content.start);
  const opening = outletsIn(rep, toks[u.a].start, toks[left.first].start).filter(m => {
    const k = tokenAt(toks, m.start);
    return k >= 2 && toks[k - 1].lower === 'with' && (toks[k - 2].lower === 'interview' || toks[k - 3]?.lower === 'interview');
  });
  const ids = [...found, ...opening].map(m => m.id).filter(id => id !== f.source.id && !f.via.includes(id));
  return ids.length ? { ...f, via: [...f.via, ...new Set(ids)] } : f;
}

/**
 * `f` with its content: a quotation before the source, the rest of a relative clause, what follows the cue or what
 * precedes the source.
 */
function finish(rep: ReportState, f: Found, left: Left, c: number, ce: number, info: CueInfo, u: Unit): Found | null {
  const { toks } = rep;
  const lq = quoteBefore(rep, left.first, u.a, left.first === u.a && closesSentence(toks, ce, u.b));
  if (lq) {
    const content = quoteContent(toks, lq);
    if (!content) return null;
    return withCiting(rep, { ...f, content }, ce, u);
  }
  if (left.gap) {
    // "which UN agencies estimate hosts 500,000 people": the rest of the relative clause is the content.
    const content = spanOrNull(toks, ce, clauseEnd(toks, ce, u.b));
    return content ? { ...f, content } : null;
  }
  const fwd = contentAfter(rep, ce, info, u);
  if (fwd) return withCiting(rep, { ...f, content: fwd }, ce, u);
  if (info.quoteOnly || info.forwardOnly) return null;
  if (left.before) {
    // An interjected cue ("If ..., von der Leyen said, that alone would ..."): the sentence goes on after it.
    if (ce + 1 < u.b && toks[ce].text === ',' && isWord(toks[ce + 1]) && !participleCue(toks[ce + 1].lower) &&
        toks[ce + 1].lower !== 'citing' && toks[ce + 1].lower !== 'according') {
      const e = clauseEnd(toks, ce + 1, u.b);
      if (e > ce + 1) return withCiting(rep, { ...f, content: { start: left.before.start, end: toks[e - 1].end } }, ce, u);
    }
    return withCiting(rep, { ...f, content: left.before }, ce, u);
  }
  return null;
}

/** Does a `SCOOP_ADVERBS` word stand between `from` and the participle at `c` ("was first reported")? */
function scoopBetween(toks: Token[], from: number, c: number): boolean {
  for (let k = from + 1; k < c; k++) if (SCOOP_ADVERBS.has(toks[k].lower)) return true;
  return false;
}

/**
 * Round 36. A report credited to its outlet with no form of "be": "The plan, first reported by The Post, is ...", "as
 * reported by the AP", "a fact first reported by a local reporter". The agent after "by" is the source; what comes
 * before the participle (the noun phrase or the clause it hangs on) is what was reported.
 */
function creditedAt(rep: ReportState, c: number, j: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (!SCOOP_LEMMAS.has(info.lemma) || !toks[c].lower.endsWith('ed') || c + 1 >= u.b || toks[c + 1].lower !== 'by') return null;
  const lead = j >= u.a ? toks[j] : null;
  const opens = lead !== null && (lead.text === ',' || lead.lower === 'as');
  if (!opens && !(lead && npToken(lead) && scoopBetween(toks, j, c))) return null;
  const x = sourcePhrase(toks, c + 2, u.b);
  if (!x) return null;
  const src = resolver.resolve(x[0], x[1]);
  if (!src) return null;
  const content = spanOrNull(toks, u.a, opens ? j : j + 1) ?? spanOrNull(toks, x[1], clauseEnd(toks, x[1], u.b));
  return content ? { source: src, cue: span(toks, c, c + 2), content, via: [], at: c } : null;
}

function passiveAt(rep: ReportState, c: number, be: number, u: Unit, ui: number, info: CueInfo): Found | null {
  const { units, toks, resolver } = rep;
  if (c + 1 >= u.b || toks[c + 1].lower !== 'by') return null;
  const x = sourcePhrase(toks, c + 2, u.b);
  if (!x) return null;
  const subj = be - 1 >= u.a ? toks[be - 1].lower : '';
  let content: Range | null = null;
  if ((subj === 'this' || subj === 'that') && (be - 1 === firstWord(toks, u) || toks[be - 2]?.text === ',')) {
    // "This was reported by X": the previous sentence is what was reported.
    const pu = ui > 0 ? units[ui - 1] : null;
    if (pu) content = spanOrNull(toks, pu.a, contentEnd(toks, pu.a, pu.b));
  } else if (subj === 'it') {
    for (let k = x[1]; k < u.b && k < x[1] + 8; k++) {
      if (toks[k].lower === 'that') { content = spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, u.b)); break; }
    }
  } else if (PASSIVE_AGENT_LEMMAS.has(info.lemma)) {
    // "The move was hotly criticized by economists", "Her bid has been endorsed by the union": the subject is what
    // the agent criticized or endorsed.
    let e = be;
    while (e > u.a && isCuePrefix(toks[e - 1])) e--;
    // "The article is reported by RFE/RL" credits a document to its outlet: a byline, not an attribution.
    const head = e > u.a ? toks[e - 1] : null;
    // Round 36: "was first reported by" credits a scoop, not a byline, so a document may be its subject.
    const s = head && isWord(head) && npToken(head) && !SUBJECT_PRONOUNS.has(head.lower) && (nounKind(head.lower) !== 'doc' || scoopBetween(toks, be, c))
      ? npLeft(toks, e - 1, u.a) : -1;
    if (s >= 0) content = spanOrNull(toks, s, e);
  }
  if (!content) return null;
  const src = resolver.resolve(x[0], x[1]);
  if (!src) return null;
  return { source: src, cue: span(toks, c, c + 2), content, via: [], at: c };
}

/**
* An agentless passive of a cue that reports without its holder ("The senator is expected to endorse ...", "She was
* asked whether ..."): the source is unnamed. "by X" is the plain passive's job.
*/
function agentlessAt(rep: ReportState, c: number, be: number, info: CueInfo, u: Unit): Found | null {
  const { toks } = rep;
  if (c + 1 >= u.b || toks[c + 1].lower === 'by') return null;
  // "was widely criticized as reckless", "is accused of lying": a voiced stance whose holders go unnamed, with what
  // it says of its subject after a preposition.
  if (VOICED_STANCES.has(info.lemma) && PASSIVE_STANCE_PREPS.has(toks[c + 1].lower) && toks[be].lower !== 'being') {
    const said = spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
    return said ? { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 2), content: said, via: [], at: be } : null;
  }
  // Round 24: "was said to be furious", "is reported to have left": hearsay about the subject, its holder unnamed.
  if (HEARSAY_PASSIVE_LEMMAS.has(info.lemma) && toks[c + 1].lower === 'to' &&
    c + 2 < u.b && isWord(toks[c + 2]) && toks[be].lower !== 'being') {
    const said = spanOrNull(toks, c + 1, clauseEnd(toks, c + 1, u.b));
    return said ? { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 1), content: said, via: [], at: be } : null;
  }
  if (!info.agentless) return null;
  const content = contentAfter(rep, c + 1, info, u)
    ?? (QUESTION_LEADS.has(toks[c + 1].lower) ? spanOrNull(toks, c + 1, clauseEnd(toks, c + 1, u.b)) : null);
  return content ? { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 1), content, via: [], at: be } : null;
}
