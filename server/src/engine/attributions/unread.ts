// The last resort after every unit: loose sayings no frame read, impersonal passives, received stances.
import { isCap, isQuote, isWord, type Unit } from './scan';
import { BE, CUE_PREFIX, type CueInfo, finiteCue, IMPERSONAL_PASSIVES, LOOSE_FORMS, PLURAL_PRESENT_LEMMAS, RECEIVE_FORMS, RECEIVED_STANCES, REPUTATION_PREPS, UNREAD_PAST_FORMS, participleCue } from './cues';
import { QUANTIFIER_SOURCES, type ResolvedSource, unnamedSource } from './sources';
import type { Range, Token } from '../types';
import { citingAt, sourcePhrase } from './relays';
import { clauseEnd, contentAfter, closesSentence } from './clauses';
import { type ReportState, type Found, hasVerb, tokAt, spanOrNull, span } from './report';
import { leftSource, namesSpeaker, subjectSource, unitSubject } from './subjects';
import { FREE_RELATIVES, MODIFIER_POS, POSSESSIVES, FIRST_PERSON_WORDS } from './words';
import { isPossessiveEnding } from '../text/possessive';

/** Words that make a later "said" the object of a relative clause ("what Lee said", "anything she has said"). */
const WHAT_OBJECTS = new Set([...FREE_RELATIVES, 'anything', 'everything', 'nothing', 'something']);

/** Prepositions that open what a cue is about ("warned of", "argued for", "complained about"), not where or how it was said. */
const TOPIC_OPENERS = new Set(['of', 'for', 'about', 'against', 'over']);

/** Tags of the word right after a clause's subject ("Lee toured", "Lee also toured", "Lee has toured"). */
const CLAUSE_VERB_POS = new Set(['VERB', 'AUX', 'ADV']);

/** Longest subject, in tokens, a last-resort cue takes as its source (`plainSubject`). */
const MAX_PLAIN_SUBJECT = 6;

/** Articles and demonstratives before an adjectival "said" ("the said clause"). */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'such']);

/**
* Last resort: a loose speech form ("said", "told", "wrote") that no frame read, outside quotations, is still a cue
* whose speaker the frames could not name ("..., who he said were living in Russia", "Yet another said, ...").
* It goes to the unsourced list, so claims and the check never see it.
*/
export function unreadSayings(rep: ReportState, us: Unit[], read: Uint8Array): Found[] {
  const { toks, quoteAround } = rep;
  const extra: Found[] = [];
  for (const u of us) {
    for (let c = u.a; c < u.b; c++) {
      const t = toks[c];
      if (t.lower === 'it') {
        const f = impersonalPassiveAt(rep, c, u);
        if (f) { extra.push(f); c = tokAt(toks, f.cue.end) - 1; continue; }
      }
      if ((RECEIVE_FORMS.has(t.text) || t.text === 'known') && read[c] !== 1 && quoteAround.get(c) === undefined) {
        const f = t.text === 'known' ? reputationAt(toks, c, u) : receivedStanceAt(rep, c, u);
        if (f) { extra.push(f); c = tokAt(toks, f.cue.end) - 1; continue; }
      }
      // Round 21: "..., according to complete but unofficial returns", "according to a book by ...": a relay whose
      // source no source phrase reads still reports its clause (PolNeAR train: 9 of 9 outside quotations).
      if (t.lower === 'according' && c + 1 < u.b && toks[c + 1].lower === 'to' && read[c] !== 1 && quoteAround.get(c) === undefined) {
        const content = spanOrNull(toks, u.a, c) ?? spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
        if (content && content.end - content.start >= 3) extra.push({ source: unnamedSource(t.start), cue: span(toks, c, c + 2), content, via: [], at: c });
        c++;
        continue;
      }
      const past = UNREAD_PAST_FORMS.has(t.text);
      if (past && read[c] !== 1 && quoteAround.get(c) === undefined && c + 1 < u.b && toks[c + 1].lower === 'by') {
        const f = agentPassiveAt(rep, c, u);
        if (f) { extra.push(f); continue; }
      }
      if (!(past || LOOSE_FORMS.has(t.text) || (PLURAL_PRESENT_LEMMAS.has(t.text) && sayAfterSubject(toks, c, u)) || participleAfterComma(toks, c, u)) || read[c] === 1 || quoteAround.get(c) !== undefined || !unreadSaying(toks, c, u)) continue;
      const info = (finiteCue(t.lower) ?? participleCue(t.lower))!;
      const ce = c + 1;
      if (past && !LOOSE_FORMS.has(t.text)) {
        const f = unreadPastAt(rep, c, info, u);
        if (f) extra.push(f);
        continue;
      }
      // A quotation keeps the cue's own reading (a one-word scare quote after "acknowledged" says nothing).
      const content = contentAfter(rep, ce, ce < u.b && isQuote(toks[ce]) ? info : { ...info, bareClause: true, object: true }, u) ??
        (closesSentence(toks, ce, u.b) || (ce < u.b && toks[ce].text === ',') ? spanOrNull(toks, u.a, c) : null) ??
        // A contact relative: "the job that many economists say is the future" reports the rest of the relative.
        (ce < u.b && (toks[ce].pos === 'AUX' || toks[ce].pos === 'VERB') && !isCap(toks[ce]) ? spanOrNull(toks, ce, clauseEnd(toks, ce, u.b)) : null) ??
        // Round 21: "said on Twitter on Monday, in reference to ...", "said of the senator", "said when asked": a
        // speech verb outside quotations reports whatever its frame; the rest of its clause stands for what was said.
        // (A quotation right after it was read above: a scare quote, "acknowledged “losses”", says nothing.)
        (LOOSE_FORMS.has(t.text) && !(ce < u.b && isQuote(toks[ce])) && !saidAsObject(toks, c, u) ? spanOrNull(toks, ce, clauseEnd(toks, ce, u.b)) ?? spanOrNull(toks, u.a, c) : null);
      if (!content || content.end - content.start < 3) continue;
      extra.push({ source: plainSubject(rep, c, content, u) ?? unnamedSource(t.start), cue: span(toks, c, ce), content, via: [], at: c });
    }
  }
  return extra;
}

/**
* "it is said that ...", "it has long been known that ...", "it was revealed in March that ...": an impersonal passive
* reports hearsay whose holder the text does not name; the cue runs from the form of "be" to the participle.
*/
function impersonalPassiveAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks, read, quoteAround } = rep;
  let m = c + 1;
  const be = m;
  // "is", "was", "'s", "has been", "had long been", "was widely": at most four words before the participle.
  let passive = false;
  for (; m < u.b && m - be < 4; m++) {
    const w = toks[m];
    if (BE.has(w.lower)) passive = true;
    // A modal or a negation is the writer's own aside or doubt ("it should be noted", "it is not known"), no hearsay.
    else if (!(w.lower === 'has' || w.lower === 'had' || w.lower === 'have' || w.lower === 'long' || w.pos === 'ADV')) break;
  }
  if (!passive || m >= u.b || !IMPERSONAL_PASSIVES.has(toks[m].text) || read[m] === 1 || quoteAround.get(m) !== undefined) return null;
  const ce = m + 1;
  const content = contentAfter(rep, ce, { ...finiteCue('said')!, object: false }, u) ??
    (ce + 1 < u.b && toks[ce].text === ',' ? spanOrNull(toks, ce + 1, clauseEnd(toks, ce + 1, u.b)) : null);
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[c].start), cue: span(toks, be, ce), content, via: [], at: be };
}

/**
* "has drawn sharp criticism from ...", "came under heavy criticism", "is facing criticism for ...": the criticism a
* subject receives is a stance of critics the text names after "from" or not at all. The content is what follows the
* noun ("from ... for ..."), or the clause before the verb when the sentence ends there.
*/
function receivedStanceAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks } = rep;
  let m = c + 1;
  while (m < u.b && m - c <= 3 && isWord(toks[m]) && !isCap(toks[m]) && MODIFIER_POS.has(toks[m].pos) && !RECEIVED_STANCES.has(toks[m].lower)) m++;
  if (m >= u.b || !RECEIVED_STANCES.has(toks[m].lower)) return null;
  const ce = m + 1;
  const content = spanOrNull(toks, ce, clauseEnd(toks, ce, u.b)) ?? spanOrNull(toks, u.a, c);
  if (!content || content.end - content.start < 3) return null;
  return { source: agentAfter(rep, ce, 'from', u) ?? unnamedSource(toks[c].start), cue: span(toks, c, ce), content, via: [], at: c };
}

/**
 * Round 23. The critics or judges named after the stance ("drew criticism from fellow candidates", "was criticized by
 * some of his rivals"): they hold it (PolNeAR train marks them as the source); null when `k` holds no `prep` + phrase.
 */
function agentAfter(rep: ReportState, k: number, prep: string, u: Unit): ResolvedSource | null {
  const { toks, resolver } = rep;
  if (k + 1 >= u.b || toks[k].lower !== prep) return null;
  const x = sourcePhrase(toks, k + 1, u.b);
  const src = x ? resolver.resolve(x[0], x[1]) : null;
  return src && src.kind !== 'doc' ? src : null;
}

/**
* "is best known for its index funds", "was known as the Poorhouse of the Caribbean": a reputation after a form of "be"
* (and at most one adverb), held by people the text does not name; what follows the preposition is the content.
*/
function reputationAt(toks: Token[], c: number, u: Unit): Found | null {
  if (c + 2 >= u.b || !REPUTATION_PREPS.has(toks[c + 1].lower)) return null;
  let be = c - 1;
  if (be > u.a && toks[be].pos === 'ADV' && !BE.has(toks[be].lower)) be--;
  if (be < u.a || !BE.has(toks[be].lower)) return null;
  // "have been known to fib" is a habit, not a reputation; "a firm that is best known for its funds" is the writer's
  // description of the firm (PolNeAR train: 1 of 4 after "that"/"which" is a cue).
  if (toks[be].lower === 'been' && toks[c + 1].lower === 'to') return null;
  if (be > u.a && (toks[be - 1].lower === 'that' || toks[be - 1].lower === 'which') || !isWord(toks[c + 2])) return null;
  const content = spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b));
  if (!content || content.end - content.start < 3) return null;
  return { source: unnamedSource(toks[be].start), cue: span(toks, be, c + 2), content, via: [], at: be };
}

/**
* A past form of `UNREAD_PAST_FORMS` no frame read: a cue with no named source when something said follows it (or,
* for a saying that also looks back, when it closes the clause: "..., disclosures filed on Sunday revealed."). An
* adjective ("Obama's widely criticized remarks", "the declared goal") is no cue.
*/
function unreadPastAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks } = rep;
  let m = c - 1;
  if (m > u.a && toks[m].text.endsWith('ly') && toks[m].pos === 'ADV') m--;
  if (m >= u.a && (ARTICLES.has(toks[m].lower) || POSSESSIVES.has(toks[m].lower) || isPossessiveEnding(toks[m].text))) return null;
  const ce = c + 1;
  // A cue that takes no clause may take what it names as its object ("reminded voters of the shelters"); one that takes a
  // clause keeps its own reading ("denied the allegations" says nothing).
  const content = contentAfter(rep, ce, info.bareClause ? info : { ...info, object: true }, u) ??
    (!info.forwardOnly && (closesSentence(toks, ce, u.b) || (ce < u.b && toks[ce].text === ',')) ? spanOrNull(toks, u.a, c) : null);
  if (!content || content.end - content.start < 3) return null;
  return { source: plainSubject(rep, c, content, u) ?? unnamedSource(toks[c].start), cue: span(toks, c, ce), content, via: [], at: c };
}

/**
* Round 24. The subject written right before a last-resort cue ("He has declared Lee to be ...", "Ms. Ray, who
* previously said ..."): a frame failed on what follows the cue, not on who voiced it, so a short subject the left
* walk reads (a name, a pronoun, a relative pronoun named by its antecedent) is its source. A long or clause-like
* stretch stays unnamed (PolNeAR train: the subject of most such cues is a pronoun or a short name). So does a cue
* whose content is a topic's phrase right after it ("warned of more rain", "argued for a lower goal"), which the golden
* general set reads as no report ("said at a news conference ...", "said of the senator" name their subject).
*/
function plainSubject(rep: ReportState, c: number, content: Range, u: Unit): ResolvedSource | null {
  // A participle after a comma (", slamming ...") borrows a subject the left walk cannot see: the phrase before the
  // comma is the previous clause's object as often. Round 26: it is the subject of the clause it hangs on, as for the
  // participles a frame reads (`participleAt`): "Lee toured the plant on Monday, urging workers to ...".
  const finite = finiteCue(rep.toks[c].lower);
  if (!finite) return participleAfterComma(rep.toks, c, u) && ownReading(rep.toks, c, content) ? clauseSubject(rep, c, u) : null;
  const saying = finite.lemma === 'say';
  if (!saying && c + 1 < u.b && TOPIC_OPENERS.has(rep.toks[c + 1].lower) && content.start === rep.toks[c + 1].start) return null;
  const left = leftSource(rep, c, u);
  if (!left || left.citing || left.e - left.s > MAX_PLAIN_SUBJECT) return null;
  const named = subjectSource(rep, left.s, left.e);
  if (!named) return null;
  const { toks } = rep;
  return left.rel === undefined ? named : { ...named, start: toks[left.rel].start, end: toks[left.rel].end, text: toks[left.rel].text };
}

/**
* Round 26. Is `content` what the participle at `c` says: an object only if it takes one, else a clause with a verb
* ("insisting the plant would stay open"; "adding three goals late" is a deed and stays unsourced, out of claims)?
*/
function ownReading(toks: Token[], c: number, content: Range): boolean {
  const info = participleCue(toks[c].lower);
  if (!info || info.object || c + 1 >= toks.length || content.start > toks[c + 1].start || isQuote(toks[c + 1])) return true;
  return hasVerb(toks, c + 1, tokAt(toks, content.end));
}

/**
* Round 26. The subject that opens the clause a participle at `c` hangs on ("Ann Lee toured the plant, urging ..."),
* when the resolver names it; null when the clause opens with no noun phrase (a quotation, an adverbial clause).
*/
function clauseSubject(rep: ReportState, c: number, u: Unit): ResolvedSource | null {
  const { toks } = rep;
  // '"...," Lee said, repeating a claim': right after a saying, the participle is its speaker's.
  if (c - 2 > u.a && rep.read[c - 2] === 1 && finiteCue(toks[c - 2].lower)) {
    const left = leftSource(rep, c - 2, u);
    return left && !left.citing && left.rel === undefined ? subjectSource(rep, left.s, left.e) : null;
  }
  // "And he managed it, slamming ...": a conjunction opening the unit is no part of the subject.
  const a = u.a + 1 < c && toks[u.a].pos === 'CCONJ' ? u.a + 1 : u.a;
  const sub = unitSubject(toks, a, c);
  // The phrase must be a subject: a verb (or an adverb before one) follows it.
  if (!sub || sub.e >= c || !CLAUSE_VERB_POS.has(toks[sub.e].pos)) return null;
  return rep.resolver.resolve(sub.s, sub.e);
}

/**
* "has been repeatedly criticized by ...", "were claimed by the group": a passive of `UNREAD_PAST_FORMS` with its agent
* that no frame read reports what its subject is said or judged to be; the subject before it is the content.
*/
function agentPassiveAt(rep: ReportState, c: number, u: Unit): Found | null {
  const { toks } = rep;
  let m = c - 1;
  if (m > u.a && toks[m].pos === 'ADV') m--;
  if (m <= u.a || !BE.has(toks[m].lower) || isPossessiveEnding(toks[m].text)) return null;
  // "has been", "had repeatedly been": the auxiliaries belong to the passive, not to its subject.
  while (m > u.a + 1 && c - m < 5 && (toks[m - 1].lower === 'has' || toks[m - 1].lower === 'have' || toks[m - 1].lower === 'had' ||
    toks[m - 1].pos === 'ADV' || BE.has(toks[m - 1].lower))) m--;
  const content = spanOrNull(toks, u.a, m);
  if (!content || content.end - content.start < 3) return null;
  return { source: agentAfter(rep, c + 1, 'by', u) ?? unnamedSource(toks[c].start), cue: span(toks, c, c + 1), content, via: [], at: c };
}

/**
* A bare "say" right after a noun, a number or "they" ("many economists say is", "Those over 60 say", "people close
* to the mayor say.") is a present report; after "to", a modal or a first or second person it is not. The other
* `PLURAL_PRESENT_LEMMAS` ("insist", "concede") are nouns or imperatives as often: only after "they" or a plural noun.
*/
function sayAfterSubject(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a) return false;
  const p = toks[c - 1];
  if (!isWord(p)) return false;
  if (toks[c].lower !== 'say') return p.lower === 'they' || ((p.pos === 'NOUN' || p.pos === 'PROPN') && p.lower.endsWith('s') && !p.lower.endsWith('ss'));
  return p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'NUM' || p.lower === 'they' || QUANTIFIER_SOURCES.has(p.lower);
}

/**
* ", saying ...", ", citing ...", ", telling supporters ...": a participle of a saying after a comma whose subject the
* frames could not find (a subject with a long relative clause); states of mind (", hoping ...") stay out.
*/
function participleAfterComma(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a || toks[c - 1].text !== ',') return false;
  const p = participleCue(toks[c].text);
  if (!p || p.mental) return false;
  // ", citing AFP" names who relays: a relay frame's job, not a cue.
  const cit = p.lemma === 'cite' ? citingAt(toks, c - 1, u.b) : null;
  return !(cit && namesSpeaker(toks, cit.phrase[0], cit.phrase[1]));
}

/** Is the loose form at `c` a finite saying of a third party: not passive, adjectival, first person or a free relative? */
/**
* Round 21. What was said as a thing talked about, not a report: "what the senator said on stage", "anything Lee has
* said", "said it in the debate", "a day after he said them" (PolNeAR train: 8 of 8 are no cues).
*/
function saidAsObject(toks: Token[], c: number, u: Unit): boolean {
  const next = c + 1 < u.b ? toks[c + 1].lower : '';
  // "told them", "urged them to vote": an addressee, not what was said.
  if ((next === 'it' || next === 'them') && !finiteCue(toks[c].lower)?.addressee) return true;
  for (let k = c - 1; k >= u.a && k >= c - 6 && isWord(toks[k]); k--) {
    if (WHAT_OBJECTS.has(toks[k].lower)) return true;
    if (toks[k].pos === 'VERB' || (toks[k].pos === 'AUX' && !CUE_PREFIX.has(toks[k].lower))) return false;
  }
  return false;
}

function unreadSaying(toks: Token[], c: number, u: Unit): boolean {
  if (c === u.a) return true;
  const p = toks[c - 1];
  // "the said clause" is an adjective; "another said" / "each told" are quantifier subjects.
  if (BE.has(p.lower) || ARTICLES.has(p.lower) || FIRST_PERSON_WORDS.has(p.lower) || FREE_RELATIVES.has(p.lower)) return false;
  if ((p.text === '-' && p.end === toks[c].start) || p.lower === 'well' || p.lower === 'just') return false;
  const next = c + 1 < u.b ? toks[c + 1].text : '.';
  // "That said, ...", "Enough said.": set phrases, not reports.
  if ((p.lower === 'that' || p.lower === 'enough') && (next === ',' || next === '.')) return false;
  return next !== 'than';
}
