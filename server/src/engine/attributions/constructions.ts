// Cues made of more than a verb: speech-act nouns, issued and filed documents, "went on to", appearances, "asked", stance adjectives.
import { APPEARANCE_COPULAS, APPEARANCE_MODALS, BE, CUE_PREFIX, type CueInfo, FILED_NOUNS, ISSUED_NOUNS, lemmaCue, SPEECH_ACT_NOUNS, SPEECH_ACT_PREPS, participleCue, STANCE_ADJECTIVE, VOICED_NOUNS, WISH_ADJECTIVE } from './cues';
import { isPossessiveEnding } from '../text/possessive';
import type { Token } from '../types';
import { isCap, isQuote, isWord, npLeft, npToken, type Unit } from './scan';
import { type ResolvedSource, unnamedSource } from './sources';
import { clauseEnd } from './clauses';
import { cueAt } from './reading';
import { firstWord, type ReportState, type Found, spanOrNull, span } from './report';
import { SPEECH_ACT, MODIFIER_POS, TIME_WORDS, TIME_LEAD, OPENING_MARKS, QUESTION_LEADS, THIRD_POSSESSIVES } from './words';

/** Subject pronouns that stand for people, whose appearance is someone's impression ("he seemed rattled"). */
const PERSON_SUBJECTS = new Set(['he', 'she', 'they']);

/** Prepositions that open what a filing is against or about ("a lawsuit against", "a request for"). */
const FILED_PREPS = new Set(['against', 'for', 'over']);
/** "made it clear (that) they will not wait". */
const MADE_CLEAR: CueInfo = { ...SPEECH_ACT, lemma: 'make clear', object: false, bareClause: true };

/** Time nouns after an issued statement ("released a statement Tuesday night calling ..."). */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'today', 'yesterday', 'weekend']);
/** Prepositions that say what an issued statement is about ("a statement on the ruling"). */
const ABOUT_PREPS = new Set(['on', 'about', 'regarding', 'against', 'of', 'for']);

/**
* "Citing the cost, the senator voted no", "Noting that turnout fell, she said ...": a saying's participle opening the
* sentence has the subject after its clause as its speaker (PolNeAR train: three in four are cues). States of mind
* ("Hoping to ...") and "Adding to the pressure ..." are no sayings.
*/
export function openingSaying(toks: Token[], i: number, u: Unit): boolean {
  const p = i === firstWord(toks, u) ? participleCue(toks[i].lower) : undefined;
  return !!p && !p.mental && !(p.lemma === 'add' && i + 1 < u.b && toks[i + 1].lower === 'to');
}

/**
* A noun-verb homograph ("states") is a verb after a singular subject pronoun, "who" or a modal, or between a
* singular name and "that" ("The agency states that"); "five states", "Western states that vote" are nouns.
*/
export function verbSlot(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a) return false;
  const p = toks[c - 1];
  if (p.lower === 'he' || p.lower === 'she' || p.lower === 'it' || p.lower === 'who') return true;
  if (CUE_PREFIX.has(p.lower) && p.lower !== 'all' && p.lower !== 'both') return true;
  return c + 1 < u.b && toks[c + 1].lower === 'that' && isWord(p) && npToken(p) && p.pos !== 'ADJ' && p.pos !== 'NUM' &&
    !p.lower.endsWith('s') && !p.lower.endsWith('ern');
}

/** Is there a number among the two words before `c` ("25 basis points to 7%")? */
export function numberBefore(toks: Token[], c: number, u: Unit): boolean {
  for (let k = c - 1; k >= u.a && k >= c - 2; k--) if (toks[k].type === 'number' || toks[k].pos === 'NUM') return true;
  return false;
}

/**
* "made it clear (that) ...", "made the case that ...", "made a plea for unity", "has made no secret of": a form of
* "make" and a speech-act noun (after a few determiners and modifiers) with "that" or a preposition after it. The cue
* runs to the preposition; what follows is the content.
*/
export function speechActAt(toks: Token[], i: number, u: Unit): { ce: number; info: CueInfo } | null {
  if (i + 2 < u.b && toks[i + 1].lower === 'it' && toks[i + 2].lower === 'clear') return { ce: i + 3, info: MADE_CLEAR };
  for (let m = i + 1; m < u.b && m < i + 7; m++) {
    const t = toks[m];
    if (isWord(t) && SPEECH_ACT_NOUNS.has(t.lower) && m > i + 1 && m + 1 < u.b) {
      const n = toks[m + 1].lower;
      if (n === 'that') return { ce: m + 1, info: SPEECH_ACT };
      // "made a call to his mother" is a telephone call; "made a call for calm" is a speech act.
      if ((t.lower === 'call' || t.lower === 'calls') && n !== 'for') return null;
      return SPEECH_ACT_PREPS.has(n) && !(t.lower === 'secret' && n !== 'of') ? { ce: m + 2, info: SPEECH_ACT } : null;
    }
    const modifier = isWord(t) ? MODIFIER_POS.has(t.pos) && !isCap(t) : t.text === ',' || t.text === '-';
    if (!modifier) return null;
  }
  return null;
}

/**
* "issued a statement saying ...", "released a letter this week urging ...", "sent out a tweet that ...", "posted a
* message: “...”": the end of the cue (after the noun) when something said follows the issued noun, else -1.
*/
export function issuedAt(toks: Token[], i: number, u: Unit): number {
  const m = issuedNounAt(toks, i, u);
  if (m < 0) return -1;
  const ce = m + 1;
  let k = ce;
  while (k < u.b && k - ce < 4 && (TIME_WORDS.has(toks[k].lower) || TIME_LEAD.has(toks[k].lower) || TIME_NOUNS.has(toks[k].lower))) k++;
  if (k < u.b && toks[k].text === ',') k++;
  if (k >= u.b) return -1;
  const t = toks[k];
  if (t.text === ':' || OPENING_MARKS.has(t.text) || t.text === '"' || t.lower === 'that') return ce;
  if (!isWord(t) || isCap(t)) return -1;
  // "issued a statement saying ...": one cue through the participle, which would otherwise be a second one.
  if (participleCue(t.lower)) return k + 1;
  return (t.lower.endsWith('ing') && t.pos === 'VERB') || ABOUT_PREPS.has(t.lower) ? ce : -1;
}

/**
* "filed a lawsuit against ...", "filed a $40 million suit alleging ...": the end of the cue (after the filed noun, and
* after a preposition that opens what the filing is against or about), or -1. The noun follows "a"/"an" and at most
* five modifiers, figures or compounds ("a class-action lawsuit", "a wrongful death claim").
*/
export function filedAt(toks: Token[], i: number, u: Unit): number {
  let m = i + 1;
  if (m >= u.b || (toks[m].lower !== 'a' && toks[m].lower !== 'an')) return -1;
  const n0 = ++m;
  while (m < u.b && m - n0 < 6 && !FILED_NOUNS.has(toks[m].lower) && !isCap(toks[m]) &&
    (isWord(toks[m]) || toks[m].type === 'number' || toks[m].text === '$' || toks[m].text === '-')) m++;
  if (m >= u.b || !FILED_NOUNS.has(toks[m].lower)) return -1;
  // "a lawsuit in 2013 alleging ...": one cue through the participle, which would otherwise be a second one.
  let k = m + 1;
  while (k < u.b && k - m <= 3 && (TIME_LEAD.has(toks[k].lower) || TIME_WORDS.has(toks[k].lower) || toks[k].type === 'number')) k++;
  if (k < u.b && isWord(toks[k]) && participleCue(toks[k].lower)) return k + 1;
  return m + 1 < u.b && FILED_PREPS.has(toks[m + 1].lower) ? m + 2 : m + 1;
}

/** The index of the issued noun after an issuing verb ("issued a brief statement", "sent out a tweet"), or -1. */
export function issuedNounAt(toks: Token[], i: number, u: Unit): number {
  let m = i + 1;
  if (m < u.b && toks[m].lower === 'out') m++;
  else if (toks[i].lower.startsWith('put')) return -1;
  const n0 = m;
  // "a $275 billion proposal", "a new 30-second ad": figures may stand among the modifiers. (A compound noun stays out:
  // "a jobs report that revised ..." put a replaced figure in a statement of its own in check-dev8.)
  const modifier = (t: Token): boolean => t.text === '$' || t.text === '-' || t.type === 'number' ||
    (isWord(t) && !ISSUED_NOUNS.has(t.lower) && MODIFIER_POS.has(t.pos) && !isCap(t));
  while (m < u.b && m - n0 < 6 && modifier(toks[m])) m++;
  return m >= u.b || !ISSUED_NOUNS.has(toks[m].lower) ? -1 : m;
}

/** "went on to say", "continues to criticize": the index of the cue verb after "on to" / "to", or -1. */
export function goOnVerb(toks: Token[], i: number, u: Unit): number {
  let v = i + 1;
  // "going to say" is a future, not a report: forms of "go" need "on".
  if (!toks[i].lower.startsWith('continu')) {
    if (v >= u.b || toks[v].lower !== 'on') return -1;
    v++;
  }
  if (v + 1 >= u.b || toks[v].lower !== 'to') return -1;
  v++;
  if (toks[v].pos === 'ADV' && v + 1 < u.b && !isCap(toks[v])) v++;
  const info = lemmaCue(toks[v].lower);
  return info && !info.quoteOnly && !info.docSubject && !isCap(toks[v]) ? v : -1;
}

/** "The senator seemed to soften his stance": an impression with no named holder, reported from "to" on. */
export function appearanceAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks } = rep;
  if (i + 1 < u.b && toks[i + 1].lower === 'like') return likenessAt(rep, i, i + 2, u);
  if (i + 1 < u.b && toks[i + 1].lower !== 'to') return impersonalAppearanceAt(rep, i, u) ?? personAppearanceAt(rep, i, i + 1, u);
  if (i + 2 >= u.b || toks[i + 1].lower !== 'to' || !isWord(toks[i + 2])) return null;
  if (APPEARANCE_COPULAS.has(toks[i + 2].lower)) return personAppearanceAt(rep, i, i + 1, u);
  const content = spanOrNull(toks, i + 2, clauseEnd(toks, i + 2, u.b));
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/**
* Round 22. "Sanders appears to be slipping", "Clinton seemed irritated": how a named person or "he"/"she"/"they"
* struck someone the text does not name (PolNeAR train: about two thirds outside quotations, where a thing's
* appearance, "the bill appeared to be sailing through", is as often plain description). Only before "to be/have" or
* an adjective or participle; "appeared together", "appeared Sunday" are appearances in person.
*/
function personAppearanceAt(rep: ReportState, i: number, from: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  const s = personSubjectAt(toks, i, u);
  if (s < 0 || quoteAround.get(i) !== undefined) return null;
  const next = toks[from];
  if (next.lower !== 'to' && next.pos !== 'ADJ' && !(next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower))) return null;
  const content = spanOrNull(toks, from, clauseEnd(toks, from, u.b));
  return content ? { source: impressionHolder(rep, s, i, u), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/**
 * The person subject (a name or he/she/they, past lower-case adverbs) right before the verb at `i`, or -1. A pronoun
 * opening the sentence ("She seemed") counts only with `opening`.
 */
function personSubjectAt(toks: Token[], i: number, u: Unit, opening = false): number {
  let s = i - 1;
  while (s > u.a && toks[s].pos === 'ADV' && toks[s].text === toks[s].lower) s--;
  if (s < u.a) return -1;
  const subj = toks[s];
  return (PERSON_SUBJECTS.has(subj.lower) && (opening || subj.text === subj.lower)) || subj.pos === 'PROPN' ? s : -1;
}

/**
 * Round 23. Whose impression or stance it is: the person subject at `s` ("Rubio seemed hopeful", "he sounded a rare
 * note"), as PolNeAR marks it (train: the subject is the gold source of 30 such cues the engine left unnamed); unnamed
 * when the name or pronoun resolves to no one.
 */
function impressionHolder(rep: ReportState, s: number, i: number, u: Unit): ResolvedSource {
  const { toks, resolver } = rep;
  const a = toks[s].pos === 'PROPN' ? npLeft(toks, s, u.a) : s;
  const src = a >= 0 ? resolver.resolve(a, s + 1) : null;
  return src && src.kind !== 'doc' ? src : unnamedSource(toks[i].start);
}

/**
* Round 22. "The plan seems like a fair idea", "Trump seemed like a different candidate", "Pence sounded subdued": an
* impression someone the text does not name has (PolNeAR train: 12 of 15 and 11 of 15 outside quotations; inside one
* it is the speaker's own hedge). The cue is the verb at `i` up to `from`, where what is perceived begins.
*/
export function likenessAt(rep: ReportState, i: number, from: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  if (i === u.a || quoteAround.get(i) !== undefined || from >= u.b || !isWord(toks[from])) return null;
  const content = spanOrNull(toks, from, clauseEnd(toks, from, u.b));
  const s = personSubjectAt(toks, i, u, true);
  const source = s >= 0 ? impressionHolder(rep, s, i, u) : unnamedSource(toks[i].start);
  return content ? { source, cue: span(toks, i, from), content, via: [], at: i } : null;
}

/**
* Round 20. "it appears that ...", "it seems likely the bill will pass", "it would seem as if ...": an impression with
* "it" as its subject (at most an adverb or a modal between) whose holder the text does not name (PolNeAR train: 19 of
* 25 outside quotations). Inside a quotation it is the speaker's own hedge; a parenthetical ", it seems,",
* a comparison ("than it appears.") and a place ("it appeared on Fox") are no report.
*/
function impersonalAppearanceAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  const it = i - 1 > u.a && toks[i - 1].lower !== 'it' && (toks[i - 1].pos === 'ADV' || APPEARANCE_MODALS.has(toks[i - 1].lower)) ? i - 2 : i - 1;
  if (it < u.a || toks[it].lower !== 'it' || quoteAround.get(i) !== undefined) return null;
  // "makes it seem insensitive": "it" is an object there, and the impression the maker's.
  if (it > u.a && toks[it - 1].pos === 'VERB') return null;
  const next = toks[i + 1];
  if (!isWord(next) || (next.pos === 'ADP' && next.lower !== 'that' && next.lower !== 'like' && next.lower !== 'as')) return null;
  const content = spanOrNull(toks, i + 1, clauseEnd(toks, i + 1, u.b));
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[it].start), cue: span(toks, it, i + 1), content, via: [], at: it };
}

/**
* A sentence opened by the question put to its subject ("Asked about the vote, ...", "When asked whether ..., she
* smiled"): the question is reported with no named asker, up to the comma that ends it.
*/
export function openingAskedAt(toks: Token[], i: number, u: Unit): Found | null {
  const w = firstWord(toks, u);
  if (!(i === w && toks[i].text === 'Asked') && !(i === w + 1 && (toks[w].text === 'When' || toks[w].text === 'If'))) return null;
  let k = i + 1;
  while (k < u.b && k - i < 40 && toks[k].text !== ',' && toks[k].text !== '.') k++;
  if (k >= u.b - 1 || toks[k].text !== ',' || k < i + 2) return null;
  const content = spanOrNull(toks, i + 1, k);
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

/** How many words may stand between "asked" and its question ("asked last month about", "asked by a reporter if"). */
const ASKED_REACH = 4;

/**
* Round 44. The question word after the "asked" at `i`, past an adverb, a time or an asker ("when asked again
* whether", "when asked in May if", "when asked by a reporter how"), or -1. A question word the tagger reads as an
* adverb ("how") is the question, not a word to pass; a verb, "to" (a request: "asked to leave") or a mark ends the walk.
*/
function questionLeadAfter(toks: Token[], i: number, u: Unit): number {
  for (let q = i + 1; q < u.b && q - i <= ASKED_REACH && isWord(toks[q]); q++) {
    if (QUESTION_LEADS.has(toks[q].lower)) return q;
    if (isCap(toks[q]) && toks[q - 1].lower !== 'by' && toks[q - 1].lower !== 'in') return -1;
    if (toks[q].pos === 'VERB' || toks[q].pos === 'AUX' || toks[q].lower === 'to') return -1;
  }
  return -1;
}

/**
* '"We'll see," she said when asked whether she would run': a question put to the speaker inside the sentence, with
* no named asker (PolNeAR train: two thirds of "when asked" are cues; only before a question word or "about", since
* "when asked to condemn ..." is as often a request the writer reports).
*/
export function whenAskedAt(toks: Token[], i: number, u: Unit): Found | null {
  const q = questionLeadAfter(toks, i, u);
  if (q < 0) return null;
  const e = clauseEnd(toks, q, u.b);
  let k = q;
  while (k < e && toks[k].text !== ',' && toks[k].text !== '.' && !isQuote(toks[k])) k++;
  const content = k > q + 1 ? spanOrNull(toks, q, k) : null;
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 1), content, via: [], at: i } : null;
}

// ---- participles: "..., adding that", "issued a statement saying that", "with officials claiming that" --

/** Does a form of "be" (not "being") stand before the participle at `c`, past adverbs ("is now calling")? */
/**
* "Cruz was also critical of Obama's stance", "they have been supportive of her bid", "he is adamant that ...": the cue
* runs from the form of "be" (at most two adverbs before the adjective) to the adjective's "of", or to the adjective
* before "that"; the subject before "be" holds the stance. "being critical of" is no report.
*/
export function stanceAdjectiveAt(rep: ReportState, c: number, next: string, u: Unit, ui: number): Found | null {
  const { toks } = rep;
  if (c + 2 >= u.b || toks[c + 1].lower !== next) return null;
  let be = c - 1;
  while (be > u.a && c - be <= 2 && !BE.has(toks[be].lower) && (toks[be].pos === 'ADV' || CUE_PREFIX.has(toks[be].lower))) be--;
  if (be <= u.a || !BE.has(toks[be].lower) || toks[be].lower === 'being') return null;
  return cueAt(rep, be, next === 'to' ? WISH_ADJECTIVE : STANCE_ADJECTIVE, u, ui, next === 'of' ? c + 2 : c + 1);
}

/** Possessive determiners that name a voiced noun's owner by a pronoun ("his complaints that"). */
const OWNER_PRONOUNS = THIRD_POSSESSIVES;

/**
* Round 43. A voiced noun before its link word ("complaints that ...", "praise for ...", "chants of ..."; `VOICED_NOUNS`):
* the noun is the cue and what follows the link is its content. The holder is the owner before the noun, past one
* modifier ("the governor's effusive praise for", "his complaints that"), or no one the text names.
*/
export function voicedNounAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, resolver } = rep;
  const links = VOICED_NOUNS.get(toks[c].lower);
  if (!links || c + 2 >= u.b || !links.has(toks[c + 1].lower) || !isWord(toks[c + 2]) && !isQuote(toks[c + 2])) return null;
  const content = spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
  if (!content) return null;
  let o = c - 1;
  if (o > u.a && toks[o].pos === 'ADJ') o--;
  let source: ResolvedSource | null = null;
  if (o > u.a && isPossessiveEnding(toks[o].text)) {
    const s = npLeft(toks, o - 1, u.a);
    if (s >= 0) source = resolver.resolve(s, o);
  } else if (o >= u.a && OWNER_PRONOUNS.has(toks[o].lower)) source = resolver.resolve(o, o + 1);
  return { source: source ?? unnamedSource(toks[c].start), cue: span(toks, c, c + 1), content, via: [], at: c };
}
