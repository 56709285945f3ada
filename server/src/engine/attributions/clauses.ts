// Where reported content starts and ends: the clause after a cue, bounded by the unit and MAX_CONTENT.
import type { Range, Token } from '../types';
import { contentEnd, isCap, isDash, isQuote, isQuoteAt, isWord, npToken, type Unit } from './scan';
import { type CueInfo, participleCue } from './cues';
import { hedgeEnd } from '../quantities/hedges';
import { quotedContent, quoteContent } from './quotations';
import { type ReportState, spanOrNull, span, firstWord } from './report';
import { CONTRAST_SUBORDINATORS, REPORTED_CLAUSE_OPENERS } from '../text/subordinators';
import { WH_OPENERS, TIME_LEAD, TIME_WORDS, SUBJECT_PRONOUNS, asideAfter, OBJECT_PRONOUNS, PERSON_PRONOUNS, CLAUSE_SUBJECTS, POSSESSIVES, FIRST_PERSON_WORDS, OPENING_MARKS } from './words';

/** Longest content, in tokens; also bounds every scan a single cue may start. */
export const MAX_CONTENT = 300;

const CLAUSE_OPENERS = new Set([...REPORTED_CLAUSE_OPENERS,
  'none', 'no', 'nothing', 'nobody', 'everyone', 'everybody', 'everything', 'someone', 'somebody', 'anyone',
  'only', 'not', 'neither', 'either', 'all', 'both', 'each', 'every', 'many', 'most', 'few', 'much', 'more', ...WH_OPENERS]);

/** Words opening a clause that looks back on something said before ("As she said", "Like I said"). */
const LOOK_BACK = new Set(['as', 'like']);

const PRO_CONTENT: string[][] = [['the', 'same'], ['otherwise'], ['as', 'much']];

/** Words after ", " that open a new clause, where reported content stops ("..., while Japan said"). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(CONTRAST_SUBORDINATORS);
/** After ", but" a new clause starts with a subject; "but achievable" continues the content. */
const BUT_SUBJECTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i',
  'there', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'most', 'others', 'other']);

/** Does the sentence end right after the cue ending at `ce`, give or take a time phrase ("Trump said on Monday.")? */
export function closesSentence(toks: Token[], ce: number, b: number): boolean {
  let m = ce;
  while (m < b && m - ce < 5 && toks[m].text !== '.' && (isWord(toks[m]) && (TIME_LEAD.has(toks[m].lower) || TIME_WORDS.has(toks[m].lower)))) m++;
  return m >= b || (toks[m].text === '.' && m + 1 >= b);
}

/** End of a content clause starting at `s`: the unit end, or before a trailing relay/participle. */
export function clauseEnd(toks: Token[], s: number, b: number, from = s): number {
  // Content is capped so a run-on "sentence" of a megabyte stays linear.
  if (b - s > MAX_CONTENT) b = s + MAX_CONTENT;
  for (let k = Math.max(s, from) + 1; k < b - 1; k++) {
    // A semicolon or a new contrasting clause ends what was reported.
    if (toks[k].text === ';') return contentEnd(toks, s, k);
    if (toks[k].text !== ',') continue;
    const n = toks[k + 1].lower;
    if (n === 'citing' || n === 'according' || participleCue(n) || CLAUSE_BREAKS.has(n)) return k;
    if (n === 'but' && k + 2 < b && BUT_SUBJECTS.has(toks[k + 2].lower) && newClause(toks, k + 2, b)) return k;
    if (n === 'but' && k + 2 < b && isCap(toks[k + 2])) return k;
  }
  return contentEnd(toks, s, b);
}

/** Does a finite clause start at `k` ("the next election is ...", "they warned")? A verb within a short subject. */
export function newClause(toks: Token[], k: number, b: number): boolean {
  if (SUBJECT_PRONOUNS.has(toks[k].lower)) return true;
  for (let m = k + 1; m < b && m < k + 7; m++) {
    const t = toks[m];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !isCap(t))) return true;
    if (!isWord(t) || t.lower === 'that' || t.lower === 'which') return false;
  }
  return false;
}

/** ", which said ..." or "(MetService), which ..." after a relay's source: a new clause about the source. */
export function relativeAfter(toks: Token[], k: number, b: number): boolean {
  if (k < b && toks[k].text === '(') {
    let m = k + 1;
    while (m < b && m - k < 8 && toks[m].text !== ')') m++;
    k = m + 1;
  }
  return k + 1 < b && toks[k].text === ',' && (toks[k + 1].lower === 'which' || toks[k + 1].lower === 'who');
}

/** What follows the cue: a that-clause, a quotation, an infinitive, a bare clause or an object. */
export function contentAfter(rep: ReportState, k: number, info: CueInfo, u: Unit, depth = 0): Range | null {
  const { toks } = rep;
  const b = u.b;
  if (k >= b) return null;
  // "He said, however, that ...": a sentence adverb set off by commas right after the cue.
  const aside = asideAfter(toks, k, b);
  if (aside > 0 && aside + 1 < b) k = aside + 1;
  // Each step answers a Range or null for good, or undefined to let the next look, in the rules' order.
  let r = quotedAfter(rep, k, info, b);
  if (r === undefined) r = calledAs(rep, k, info, b);
  if (r === undefined) r = clauseOpener(toks, k, info, b);
  if (r === undefined) r = afterAdverbial(rep, k, info, u, depth);
  if (r === undefined) r = phraseAfter(rep, k, info, u, depth);
  return r;
}

/** A quotation right after the cue, or after a colon or comma. */
function quotedAfter(rep: ReportState, k: number, info: CueInfo, b: number): Range | null | undefined {
  const { toks, quoteByOpen } = rep;
  const n = toks[k];
  if (n.text === ':' || (n.text === ',' && k + 1 < b && isQuoteAt(toks, k + 2 < b && toks[k + 1].text === "'" ? k + 2 : k + 1))) {
    const q = quoteByOpen.get(k + 1) ?? quoteByOpen.get(k + 2);
    if (q) return quotedContent(toks, q, info);
    if (n.text === ':') return spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, b));
    return null;
  }
  if (isQuote(n)) {
    const q = quoteByOpen.get(k);
    return q ? quotedContent(toks, q, info) : null;
  }
  if (info.quoteOnly) return null;
  return undefined;
}

/** What a cue that calls its object something (quoteObject) reports: a quotation, or what a person is called. */
function calledAs(rep: ReportState, k: number, info: CueInfo, b: number): Range | null | undefined {
  const { toks, quoteByOpen } = rep;
  if (!info.quoteObject) return undefined;
  const n = toks[k];
  // "called it “a strong message”", "described the quantity as “insufficient”"
  for (let m = k; m < b && m < k + 16; m++) {
    const q = quoteByOpen.get(m);
    // After an object one quoted word is what the object is called ("called Trump “unhinged”").
    if (q) return m > k ? quoteContent(toks, q) : quotedContent(toks, q, info);
    if (toks[m].text === ',' || toks[m].text === '.') break;
  }
  // "called him a kind man", "called himself pro-choice", "called Trump a fascist": a person as object and what
  // they are called ("called the police a day later" is a deed: its object is no name, its "a" opens a time).
  // "called the charges baseless": a definite object of a few words works as a name does.
  const obj = OBJECT_PRONOUNS.has(n.lower) ? k + 1 : n.lower === 'the' ? definiteObjectEnd(toks, k, b) : namedObjectEnd(toks, k, b);
  if (obj > k && obj + 1 < b && isWord(toks[obj]) && (toks[obj].pos === 'ADJ' ||
    ((toks[obj].lower === 'a' || toks[obj].lower === 'an') && !TIME_WORDS.has(toks[obj + 1].lower) && toks[obj + 1].lower !== 'day'))) {
    return spanOrNull(toks, k, clauseEnd(toks, k, b));
  }
  return info.object ? undefined : null;
}

/** A clause opened by a question word, "that", an infinitive or a hedged figure. */
function clauseOpener(toks: Token[], k: number, info: CueInfo, b: number): Range | null | undefined {
  const n = toks[k];
  // "questioned why the fund was closed", "discussed how to pay for it": a question opens a stance's object.
  if (info.object && info.forwardOnly && (WH_OPENERS.has(n.lower) || n.lower === 'whether') && k + 1 < b && isWord(toks[k + 1])) {
    return spanOrNull(toks, k, clauseEnd(toks, k, b));
  }
  if (n.lower === 'that') return spanOrNull(toks, k + 1, clauseEnd(toks, k + 1, b));
  // Round 24: "would not say whether she runs", "did not disclose whether": an indirect yes-no question is what a saying
  // is about (PolNeAR marks "would not say"; "when", "how", "if" already open a bare clause).
  if (n.lower === 'whether' && info.bareClause && !info.forwardOnly && k + 1 < b && isWord(toks[k + 1])) {
    return spanOrNull(toks, k, clauseEnd(toks, k, b));
  }
  if (n.lower === 'to' && info.infinitive && k + 1 < b && toks[k + 1].pos !== 'DET') return spanOrNull(toks, k, clauseEnd(toks, k, b));
  // A hedged figure opens the reported clause ("said about 90 percent of houses were destroyed").
  if (info.bareClause || info.object || info.figureObject) {
    const m = hedgeEnd(toks, k, Math.min(b, k + 4), true);
    if (m < b && toks[m].type === 'number') return spanOrNull(toks, k, clauseEnd(toks, k, b));
  }
  return undefined;
}

/**
 * Adverbials or an addressee before "that": "reported on January 6 that", "told reporters that",
 * "said last week, before the quake, that".
 */
function afterAdverbial(rep: ReportState, k: number, info: CueInfo, u: Unit, depth: number): Range | null | undefined {
  const { toks, quoteByOpen } = rep;
  const b = u.b;
  const n = toks[k];
  const firstPos = n.pos;
  const timeLead = TIME_LEAD.has(n.lower);
  if (!(firstPos === 'ADP' || firstPos === 'ADV' || info.addressee || timeLead)) return undefined;
  for (let m = k; m < b && m < k + 14; m++) {
    const t = toks[m];
    if (t.lower === 'that') return m > k ? spanOrNull(toks, m + 1, clauseEnd(toks, m + 1, b)) : null;
    // "said on Twitter: “...”", "said in a statement: the plan ...": a colon after the adverbial opens the content.
    // ("Figures reported by the media point to ...: 38,000 in Lyon" is a participle with its agent, no cue.)
    if (t.text === ':' && m > k && m + 1 < b && n.lower !== 'by') {
      const q = quoteByOpen.get(m + 1);
      return q ? quotedContent(toks, q, info) : info.bareClause ? spanOrNull(toks, m + 1, clauseEnd(toks, m + 1, b)) : null;
    }
    // "argued for “joint borrowing”", "warned of “a long war”"
    if (isQuote(t) && m > k && toks[m - 1].pos === 'ADP') {
      const q = quoteByOpen.get(m);
      return q ? quotedContent(toks, q, info) : null;
    }
    // "said in a statement carried by TASS that": a participle with its agent belongs to the adverbial.
    const agentParticiple = t.lower.endsWith('ed') && m + 1 < b && toks[m + 1].lower === 'by';
    if (t.text === '.' || (t.text === ',' && !(firstPos === 'ADP' || timeLead)) ||
      (!isCap(t) && (t.pos === 'VERB' || t.pos === 'AUX') && !agentParticiple)) break;
  }
  // "announced on 18 May the start of ...": skip the time phrase, read what follows.
  if (timeLead && depth === 0) {
    let m = k + 1;
    const timeTok = (t: Token): boolean => TIME_WORDS.has(t.lower) || t.type === 'number' || t.type === 'ordinal' || t.lower === 'may';
    while (m < b && m < k + 6 && (timeTok(toks[m]) || (toks[m].lower === 'the' && m + 1 < b && timeTok(toks[m + 1])))) m++;
    if (m > k + 1 && timeTok(toks[m - 1])) {
      if (m < b && toks[m].text === ',') m++;
      return contentAfter(rep, m, info, u, 1);
    }
  }
  // "said nearly every donor wants ...", "said just because it failed does not mean ...": a lower-case adverb may
  // open a bare clause whose subject follows it.
  if (firstPos === 'ADV' && info.bareClause && depth === 0 && !timeLead && !TIME_WORDS.has(n.lower) && !isCap(n)) {
    const inner = adverbClause(rep, k, info, u);
    if (inner) return inner;
  }
  if ((firstPos === 'ADP' || firstPos === 'ADV') && !WH_OPENERS.has(n.lower)) return null;
  return undefined;
}

/** A pro-form, or a phrase or bare clause that opens the content (past an addressee). */
function phraseAfter(rep: ReportState, k: number, info: CueInfo, u: Unit, depth: number): Range | null {
  const { toks } = rep;
  const b = u.b;
  const n = toks[k];
  // "26 percent said the same", "others said otherwise": a pro-form stands for the content.
  if (info.bareClause && !info.docSubject) {
    const pro = proContentEnd(toks, k, b);
    if (pro > k) return span(toks, k, pro);
  }
  // A bare clause may open with a subordinator, a gerund or a quantifier ("says if he wins", "said legalizing it
  // could", "said none of them").
  const opensClause = info.bareClause && isWord(n) && !isCap(n) &&
    (CLAUSE_OPENERS.has(n.lower) || (n.pos === 'VERB' && n.lower.endsWith('ing')));
  // "called for reducing the rate", "called for increased spending": a gerund or participle opens the object.
  const verbalObject = info.object && info.forwardOnly && isWord(n) && !isCap(n) && n.pos === 'VERB' && (n.lower.endsWith('ing') || n.lower.endsWith('ed'));
  // "accused him of lying", "endorsed her", "defended himself": a stance's object may be a person pronoun.
  const personObject = info.object && info.forwardOnly && PERSON_PRONOUNS.has(n.lower);
  const startsPhrase = isWord(n) && (CLAUSE_SUBJECTS.has(n.lower) || npToken(n) || opensClause || verbalObject || personObject);
  if (!startsPhrase) return null;
  const told = afterAddressee(rep, k, info, u, depth);
  if (told !== undefined) return told;
  const verb = bareClauseVerb(toks, k, info, b);
  if (verb !== undefined) return verb;
  // A possessive opens an object ("talked about her plan"), not a clause.
  const possessive = POSSESSIVES.has(n.lower) && k + 1 < b && isWord(toks[k + 1]) && !SUBJECT_PRONOUNS.has(toks[k + 1].lower);
  if (info.object && (!CLAUSE_SUBJECTS.has(n.lower) || possessive || personObject) && !objectIsNoContent(toks, k, b)) return spanOrNull(toks, k, clauseEnd(toks, k, b));
  return null;
}

/** After an addressee ("told reporters ..."): a quotation, or a bare clause whose subject follows it. */
function afterAddressee(rep: ReportState, k: number, info: CueInfo, u: Unit, depth: number): Range | null | undefined {
  const { toks, quoteByOpen } = rep;
  const b = u.b;
  // "told reporters the wall would be built": the addressee is not part of what was told.
  if (info.addressee && depth === 0) {
    let m = k;
    if (toks[m].pos === 'DET') m++;
    while (m < b && m < k + 3 && isWord(toks[m]) && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN' || toks[m].pos === 'PRON')) m++;
    // "telling the crowd, “...”": a quotation after the addressee and a comma or colon is what was told.
    if (m > k && m + 1 < b && (toks[m].text === ',' || toks[m].text === ':')) {
      const q = quoteByOpen.get(m + 1) ?? (m + 2 < b ? quoteByOpen.get(m + 2) : undefined);
      if (q) return quotedContent(toks, q, info);
    }
  }
  if (info.addressee && info.bareClause && depth === 0) {
    let m = k;
    if (toks[m].pos === 'DET') m++;
    while (m < b && m < k + 3 && isWord(toks[m]) && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN' || toks[m].pos === 'PRON')) m++;
    if (m > k && m < b && isWord(toks[m]) && (CLAUSE_SUBJECTS.has(toks[m].lower) || toks[m].pos === 'DET')) {
      const inner = contentAfter(rep, m, info, u, 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** A bare clause's verb, found past relative asides: the clause is the content. */
function bareClauseVerb(toks: Token[], k: number, info: CueInfo, b: number): Range | null | undefined {
  if (info.bareClause) {
    // The clause's verb may come after an aside or a quotation ("said the talks, which started in 2009, remained").
    const e = clauseEnd(toks, k, b);
    for (let m = k + 1; m < e && m < k + 30; m++) {
      const t = toks[m];
      if (t.text === '.' || t.text === ';') break;
      if (t.text === ',') {
        // Only a relative aside is walked over; any other comma ends the search as before.
        const r = m + 1 < e ? toks[m + 1].lower : '';
        if (r !== 'which' && r !== 'who') break;
        let c = m + 2;
        while (c < e && c < m + 20 && toks[c].text !== ',') c++;
        if (c >= e || toks[c].text !== ',') break;
        m = c;
        continue;
      }
      if (!isCap(t) && (t.pos === 'VERB' || t.pos === 'AUX')) return spanOrNull(toks, k, e);
    }
  }
  return undefined;
}

/**
* A bare clause opened by one or two adverbs ("nearly every donor wants", "just because it failed does not mean"):
* the clause after them must open with a subject and reach a verb; the adverbs belong to the content.
*/
function adverbClause(rep: ReportState, k: number, info: CueInfo, u: Unit): Range | null {
  const { toks } = rep;
  let m = k + 1;
  if (m < u.b && toks[m].pos === 'ADV' && !isCap(toks[m])) m++;
  if (m >= u.b || !isWord(toks[m]) || isCap(toks[m]) || toks[m].lower === 'that') return null;
  const inner = contentAfter(rep, m, { ...info, object: false }, u, 1);
  return inner ? { start: toks[k].start, end: inner.end } : null;
}

/** End of a short definite object at `k` ("the charges", "the new tax plan"): up to four nouns, or -1. */
function definiteObjectEnd(toks: Token[], k: number, b: number): number {
  let m = k + 1;
  while (m < b && m < k + 5 && isWord(toks[m]) && (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN')) m++;
  return m > k + 1 && !TIME_WORDS.has(toks[m - 1].lower) ? m : -1;
}

/** End of a run of capitalized words at `k` (a named object, "Donald Trump"), or -1. */
function namedObjectEnd(toks: Token[], k: number, b: number): number {
  let m = k;
  while (m < b && m < k + 4 && isWord(toks[m]) && isCap(toks[m]) && !TIME_WORDS.has(toks[m].lower)) m++;
  return m > k ? m : -1;
}

/** End of a pro-form object at `k` ("the same", "otherwise", "as much"), or -1. */
function proContentEnd(toks: Token[], k: number, b: number): number {
  for (const words of PRO_CONTENT) {
    if (k + words.length > b) continue;
    let ok = true;
    for (let m = 0; m < words.length && ok; m++) ok = toks[k + m].lower === words[m];
    if (ok) return k + words.length;
  }
  return -1;
}

/** "claimed the lives of", "claimed responsibility" is content; "claimed lives" is a death toll, not a claim. */
function objectIsNoContent(toks: Token[], k: number, b: number): boolean {
  for (let m = k; m < b && m < k + 3; m++) {
    const l = toks[m].lower;
    if (l === 'lives' || l === 'life' || l === 'victims') return true;
  }
  return false;
}

/**
* Does the speaker at token `k` open a clause of its own (sentence start, after a comma or a conjunction), rather
* than sit inside a relative ("what Obama said", "everything I said") or a first-person aside?
*/
export function opensClause(toks: Token[], k: number, last: number, u: Unit): boolean {
  if (k < u.a || k >= u.b) return false;
  // "As she has said, ...", "Like I said" look back on what was said before rather than report the clause after.
  for (let m = k; m <= last && m < k + 8; m++) if (FIRST_PERSON_WORDS.has(toks[m].lower) || LOOK_BACK.has(toks[m].lower)) return false;
  if (k <= firstWord(toks, u)) return true;
  const p = toks[k - 1];
  if (k - 1 === firstWord(toks, u) && LOOK_BACK.has(p.lower)) return false;
  return p.text === ',' || p.text === ';' || (isQuote(p) && !OPENING_MARKS.has(p.text));
}

/**
* What a loose speech cue reports when no content frame fits ("said yes", "said — on Twitter — that", "said, if
* elected, she would", "said of the senator, “...”"): the rest of its clause, after a comma, colon or dash.
*/
export function restOfClause(toks: Token[], ce: number, u: Unit): Range | null {
  let s = ce;
  if (s < u.b && (toks[s].text === ',' || toks[s].text === ':' || isDash(toks[s]))) s++;
  if (s >= u.b || !(isWord(toks[s]) || isQuote(toks[s]))) return null;
  const e = clauseEnd(toks, s, u.b);
  return e > s + 1 ? spanOrNull(toks, s, e) : null;
}
