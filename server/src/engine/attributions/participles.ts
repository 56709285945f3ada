// Participle cues: progressives ("is suggesting"), participle clauses ("..., saying"), talk participles.
import { isQuote, isWord, npLeft, npRight, npToken, trimTime, type Unit } from './scan';
import { BE, type CueInfo, isCuePrefix, QUOTE_FORMS, TALK_NOUNS, TALK_PARTICIPLES, VOICED_STANCES } from './cues';
import { isPossessiveEnding } from '../text/possessive';
import { type ResolvedSource, unnamedSource } from './sources';
import type { Range, Token } from '../types';
import { clauseEnd, contentAfter, newClause } from './clauses';
import { type ReportState, type Found, spanOrNull, span, firstWord } from './report';
import { citesReason, DURATIONS, docIn, unitSubject } from './subjects';
import { PARTICIPLE_OPENERS } from '../text/subordinators';
import { THIRD_POSSESSIVES } from './words';

/** Subordinators that open a participle clause before the main clause ("After saying ..., the man"). */
const SUBORDINATORS = new Set([...PARTICIPLE_OPENERS, 'by', 'in', 'upon', 'on', 'without', 'despite']);
const TIME_OPENERS: ReadonlySet<string> = new Set(PARTICIPLE_OPENERS);

/**
* Round 44. "endorsed Lee before backing Ruiz", "Two years after backing the mayor, ...", "while praising the plan": a
* participle after a subordinator of time is the subject's act at another moment, so a stance keeps its object as it
* does after a comma (PolNeAR train: 21 of 30 such unread participles are cues). Right after a closing quotation
* ('“...” before discussing it, she said') the clause belongs to the speech frame that follows and stays as it was.
*/
function timedStance(toks: Token[], c: number, u: Unit): boolean {
  return c - 2 >= u.a && TIME_OPENERS.has(toks[c - 1].lower) && !isQuote(toks[c - 2]);
}

/** "Perez keeps talking about baseball": what is talked about, with no named talker, outside quotations. */
export function talkParticipleAt(rep: ReportState, i: number, u: Unit): Found | null {
  const { toks, quoteAround } = rep;
  if (i + 2 >= u.b || !TALK_PARTICIPLES.get(toks[i].text)!.has(toks[i + 1].lower) || !isWord(toks[i + 2])) return null;
  if (quoteAround.get(i) !== undefined) return null;
  const content = spanOrNull(toks, i + 2, clauseEnd(toks, i + 2, u.b));
  return content ? { source: unnamedSource(toks[i].start), cue: span(toks, i, i + 2), content, via: [], at: i } : null;
}

export function progressiveAt(toks: Token[], c: number, u: Unit): boolean {
  let j = c - 1;
  while (j > u.a && c - j < 4 && isCuePrefix(toks[j])) j--;
  return j > u.a && BE.has(toks[j].lower) && toks[j].lower !== 'being';
}

export function participleAt(rep: ReportState, c: number, info: CueInfo, u: Unit, found: Found[]): Found | null {
  const { toks, resolver } = rep;
  const talk = talkParticipleAfter(rep, c, info, u);
  if (talk) return talk;
  // "..., he said, referring to Barack Obama": whom the speaker meant is part of what was said.
  const referring = info.lemma === 'refer' && c + 2 < u.b && toks[c + 1].lower === 'to' && toks[c - 1]?.text === ',';
  // A stance's participle takes an object only as an adverbial or progressive (", denouncing the tax", "is backing
  // him"); "voters supporting the plan" describes the voters.
  // After a subordinator anywhere, only a stance that is itself voiced keeps its object ("won votes by denouncing the
  // tax"; "by supporting the bill" is as often a deed), except after a subordinator of time (`timedStance`).
  const objectOk = c > u.a && (toks[c - 1].text === ',' || BE.has(toks[c - 1].lower) || timedStance(toks, c, u) ||
    (SUBORDINATORS.has(toks[c - 1].lower) && (c - 1 === firstWord(toks, u) || VOICED_STANCES.has(info.lemma))));
  // ", citing low growth": whatever is cited, up to the end of the clause.
  const citing = info.lemma === 'cite' && c + 1 < u.b && isWord(toks[c + 1]);
  const content = referring ? spanOrNull(toks, c + 2, clauseEnd(toks, c + 2, u.b)) : citing ? spanOrNull(toks, c + 1, clauseEnd(toks, c + 1, u.b)) : contentAfter(rep, c + 1, objectOk ? info : { ...info, object: false }, u);
  if (!content) return null;
  const cue = span(toks, c, c + 1);
  const prev = toks[c - 1];
  // After a reported clause "citing" gives its reason; after a plain deed ("cut the budget, citing low growth") the
  // subject of the deed is the one who cites.
  const afterReport = found.length > 0 && found[found.length - 1].at < c;
  // "won endorsements by citing his results": after a subordinator the one who cites is the clause's subject.
  const subordinated = !!prev && SUBORDINATORS.has(prev.lower);
  if (info.lemma === 'cite' && c !== firstWord(toks, u) && !subordinated && (afterReport ? !citesReason(rep, c, u, found) : prev?.text !== ',')) return null;
  if (subordinated && toks[c - 2]?.text === ',') {
    const f = afterSubordinator(rep, c, cue, content, u, found);
    if (f) return f;
  }
  if (prev && prev.text === ',') {
    const last = found[found.length - 1];
    if (last) return { source: last.source, cue, content, via: [...last.via], at: c };
  } else if (prev && isWord(prev) && npToken(prev)) {
    const s = npLeft(toks, c - 1, u.a);
    if (s > u.a && toks[s - 1].lower === 'with') {
      const src = resolver.resolve(s, c);
      return src ? { source: src, cue, content, via: [], at: c } : null;
    }
  }
  // "Two years after backing the mayor, the group ...": a span counted back opens the clause; its speaker follows.
  if (subordinated && countedBack(toks, firstWord(toks, u), c - 1)) return openingParticiple(rep, c, cue, content, u);
  const sub = c === firstWord(toks, u) ? null : unitSubject(toks, u.a, c);
  if (!sub) return c - 1 === firstWord(toks, u) || c === firstWord(toks, u) ? openingParticiple(rep, c, cue, content, u) : null;
  const src = resolver.resolve(sub.s, sub.e);
  const quoting = quotedAsAt(toks, c, u);
  return src ? { source: src, cue: quoting < 0 ? cue : span(toks, quoting, quoting + 1), content, via: [], at: c } : null;
}

/** Words of a span counted back before a subordinator ("Two years after", "A few weeks before", "Days after"). */
const COUNT_WORDS = new Set(['a', 'an', 'few', 'several', 'many', 'just', 'only', 'some']);

/** Is [s, e) a span of time counted back ("Eight years", "A few days"), ending in a duration noun? */
function countedBack(toks: Token[], s: number, e: number): boolean {
  if (e <= s || e - s > 4 || !DURATIONS.has(toks[e - 1].lower)) return false;
  for (let k = s; k < e - 1; k++) if (toks[k].type !== 'number' && toks[k].pos !== 'NUM' && !COUNT_WORDS.has(toks[k].lower)) return false;
  return true;
}

/** How far back from "as saying" the verb that quotes may stand: its object, often with an apposition, between. */
const QUOTED_AS_REACH = 12;

/**
* Round 43. "The paper quoted a city official as saying ...": the subject passes on the words of the one quoted, and
* the act of quoting is the cue (PolNeAR train: every such "as saying" marks "quoted", none the participle). The index
* of the form of "quote" before the "as" right before participle `c`, across the quoted noun phrase and its commas,
* or -1.
*/
function quotedAsAt(toks: Token[], c: number, u: Unit): number {
  if (c - 2 <= u.a || toks[c - 1].lower !== 'as') return -1;
  for (let k = c - 2; k > u.a && c - k <= QUOTED_AS_REACH; k--) {
    if (QUOTE_FORMS.has(toks[k].lower)) return k;
    if (!isWord(toks[k]) && toks[k].text !== ',') return -1;
  }
  return -1;
}

/**
* Round 38. A participle clause opened by a subordinator after a comma ("..., before adding that", ", while insisting"):
* after a cue already read in the unit ('"...," the mayor said, before adding that ...') it continues that speaker, as a
* bare ", adding that" does; with none before it, the clause opens the sentence after an opener ("Later, after arguing
* ..., the council voted") and its speaker is the subject after the clause's comma. The quotation or the opener before
* the subordinator hid both from the subject the unit reads (PolNeAR train: 17 of 22 such unread participles are cues).
*/
function afterSubordinator(rep: ReportState, c: number, cue: Range, content: Range, u: Unit, found: Found[]): Found | null {
  const last = found[found.length - 1];
  if (last && last.at < c && last.at >= u.a) return { source: last.source, cue, content, via: [...last.via], at: c };
  return last ? null : openingParticiple(rep, c, cue, content, u);
}

/**
* "After saying he was nervous, the man ...", "While praising the plan, Ryan warned ...": a participle clause that
* opens the sentence after a subordinator has the subject of the clause after its comma as its speaker.
*/
function openingParticiple(rep: ReportState, c: number, cue: Range, content: Range, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c !== firstWord(toks, u) && !SUBORDINATORS.has(toks[c - 1].lower)) return null;
  let k = c + 1;
  while (k < u.b && k - c < 40 && toks[k].text !== ',' && toks[k].text !== '.' && toks[k].text !== ';') k++;
  if (k + 2 >= u.b || toks[k].text !== ',') return null;
  const e = npRight(toks, k + 1, u.b);
  if (e < 0 || e >= u.b || !newClause(toks, k + 1, u.b)) return null;
  const src = resolver.resolve(k + 1, trimTime(toks, k + 1, e));
  if (!src || toks[k - 1].end <= content.start) return null;
  return { source: src, cue, content: { start: content.start, end: Math.min(content.end, toks[k - 1].end) }, via: [], at: c };
}

/** Prepositions that open an absolute phrase in which data speaks ("with polls showing", "despite polls showing"). */
const ABSOLUTE_OPENERS = new Set(['with', 'despite', 'amid']);

/** Is token `k` the "of" of "(in the) wake of", the one opener of more than one word? */
function wakeOfAt(toks: Token[], k: number, lo: number): boolean {
  return k - 1 >= lo && toks[k].lower === 'of' && toks[k - 1].lower === 'wake';
}

/** Where the data's phrase starts after "in the wake of", which the noun phrase reader takes in ("wake of a poll"). */
function afterWakeOf(toks: Token[], s: number, c: number): number {
  for (let k = c - 2; k > s; k--) if (wakeOfAt(toks, k, s)) return k + 1;
  return s;
}

/** Does an absolute phrase open right before `s`: one of ABSOLUTE_OPENERS, or "in the wake of"? */
function absoluteOpenerBefore(toks: Token[], s: number, lo: number): boolean {
  if (s - 1 < lo) return false;
  return ABSOLUTE_OPENERS.has(toks[s - 1].lower) || wakeOfAt(toks, s - 1, lo);
}

/**
 * Round 40. A data cue's participle after the data, in an absolute phrase opened by a preposition: "..., with recent
 * polls showing a close race", "Despite surveys finding that ...". The phrase stands apart from the clause, so the
 * data is the source of what the participle reports; after a verb's object ("doubted the polls showing ...") or with
 * no data noun in the phrase ("with aides showing the way") it stays no cue. PolNeAR train: every such use is a cue.
 */
export function evidenceParticipleAt(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  if (c - 1 < u.a || !isWord(toks[c - 1]) || !npToken(toks[c - 1])) return null;
  const np = npLeft(toks, c - 1, u.a);
  // A capitalized opener at the sentence's start ("Despite surveys finding") may be read into the phrase.
  const s = np < 0 ? np : ABSOLUTE_OPENERS.has(toks[np].lower) ? np + 1 : afterWakeOf(toks, np, c);
  if (s <= u.a || !absoluteOpenerBefore(toks, s, u.a) || !docIn(toks, s, c)) return null;
  let content = contentAfter(rep, c + 1, info, u);
  if (!content) return null;
  // A phrase that opens the sentence ends at its comma, where the main clause begins.
  if (s - 1 === firstWord(toks, u)) content = openingPhraseOnly(toks, c + 1, content);
  if (!content) return null;
  const src = resolver.resolve(s, c) ?? resolver.describe(s, c);
  return src ? { source: src, cue: span(toks, c, c + 1), content, via: [], at: c } : null;
}

/** What an opening absolute phrase reports, up to its comma ("Despite surveys finding the sheriff ahead, the mayor ..."). */
function openingPhraseOnly(toks: Token[], k: number, content: Range): Range | null {
  let e = k;
  while (e < toks.length && toks[e].start < content.end && toks[e].text !== ',') e++;
  return e > k ? spanOrNull(toks, k, e) : null;
}

/** Possessive determiners that name a talk's speaker ("his speech defending ..."). */
const OWNER_PRONOUNS = THIRD_POSSESSIVES;

/**
* Round 43. A participle right after a talk noun (`TALK_NOUNS`), or after it and "to" or an adverb ("her speech to
* warmly thanking ..."): "a speech attacking the plan" says what the speech did, so the participle keeps its object.
* The speaker is the owner in the noun's phrase ("Lee's Tuesday speech", "his 30-minute speech"), else no one named.
*/
function talkParticipleAfter(rep: ReportState, c: number, info: CueInfo, u: Unit): Found | null {
  const { toks, resolver } = rep;
  let n = c - 1;
  while (n > u.a && c - n <= 2 && (toks[n].lower === 'to' || toks[n].pos === 'ADV')) n--;
  if (n <= u.a || !TALK_NOUNS.has(toks[n].lower)) return null;
  const content = contentAfter(rep, c + 1, { ...info, object: true }, u);
  if (!content) return null;
  let source: ResolvedSource | null = null;
  for (let k = n - 1; k > u.a && n - k <= 5 && !source; k--) {
    if (isPossessiveEnding(toks[k].text)) {
      const s = npLeft(toks, k - 1, u.a);
      source = s >= 0 ? resolver.resolve(s, k) : null;
      break;
    }
    if (OWNER_PRONOUNS.has(toks[k].lower)) { source = resolver.resolve(k, k + 1); break; }
    if (!isWord(toks[k])) break;
  }
  return { source: source ?? unnamedSource(toks[c].start), cue: span(toks, c, c + 1), content, via: [], at: c };
}
