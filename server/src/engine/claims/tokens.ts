// Token look-ups shared by the claim modules: binary searches over offsets, sentence and paragraph bounds.
import type { PreparedText, Range, Sentence, Token } from '../types';

export { tokenAt } from '../text/offsets';
import { firstAtOrAfter, firstItemEndingAfter, tokenAt } from '../text/offsets';
import { lineBreaksOf } from '../text/spans';
import { wordClassIndex, type WordClassIndex } from '../text/wordClass';
import type { IndexLookup } from '../text/indexSet';
import { isMeasurementUnit, readUnit } from '../quantities/units';
import { hedgeStart } from '../quantities/hedges';
import { CONTRAST_SUBORDINATORS, FRONTED_OPENERS, HARD_CONTRAST } from '../text/subordinators';
import { RELATIVE_OPENERS, SUBJECT_RELATIVES } from '../text/pronouns';

/** Token range [first, last) covering a character range. */
export function tokenRange(tokens: readonly Token[], r: Range): [number, number] {
  const a = tokenAt(tokens, r.start);
  let b = a;
  while (b < tokens.length && tokens[b].start < r.end) b++;
  return [a, Math.max(b, a + 1 <= tokens.length ? a + 1 : a)];
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  const s = sentences[sentenceIndexAt(sentences, offset)];
  return s && s.start <= offset ? s : null;
}

/** Index of the first sentence ending after `offset` (the one holding it, when one does). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  return firstItemEndingAfter(sentences, offset);
}

/** Offsets of each report's paragraph breaks (blank lines) in its body, by token array (tokens never change). */
const paragraphBreaks = new WeakMap<readonly Token[], Int32Array>();

function breaksOf(p: PreparedText): Int32Array {
  let out = paragraphBreaks.get(p.tokens);
  if (out) return out;
  const at: number[] = [];
  // An indexed loop: this runs once per report, unoptimized, where `for of` made an iterator result per token.
  const { tokens } = p;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'tabCRLF' || t.start < p.bodyStart) continue;
    const first = t.text.indexOf('\n');
    if (first >= 0 && t.text.indexOf('\n', first + 1) > 0) at.push(t.start);
  }
  paragraphBreaks.set(p.tokens, (out = Int32Array.from(at)));
  return out;
}

/** The paragraph of the body holding `offset`, 0 for the first: how far into its report a figure stands. */
export function paragraphNumber(p: PreparedText, offset: number): number {
  return firstAtOrAfter(breaksOf(p), offset);
}

/** End of the body's first paragraph (the lede), the body's end when it has one paragraph only. */
export function ledeEnd(p: PreparedText): number {
  const b = breaksOf(p);
  return b.length ? b[0] : Infinity;
}

/** Start offset of the paragraph holding `offset`: just after the nearest preceding line break token. */
export function paragraphStart(p: PreparedText, tokenIndex: number): number {
  const i = lineBreaksOf(p.tokens).prev[Math.max(0, Math.min(tokenIndex, p.tokens.length))];
  return i >= 0 ? p.tokens[i].end : p.bodyStart;
}

export function isNumberToken(t: Token): boolean {
  return t.type === 'number' || t.pos === 'NUM';
}

/** Words that start a new clause after a comma: the figure before them is not governed by what follows. */
const CLAUSE_OPENERS = new Set([...CONTRAST_SUBORDINATORS, 'whilst', 'as', 'but', 'with', 'including', 'and', 'or',
  'according', 'yet', 'however', 'among', 'compared', 'up', 'down']);
/** Words that open a fronted subordinate clause: "If they withdraw, the 60,000 soldiers ..." ends at its comma. */
const SUBORDINATORS = new Set([...FRONTED_OPENERS, 'despite', 'without']);
/**
 * Tokens a clause reaches on either side of its figure. Real clauses are far shorter (47 tokens in all at most, on
 * the seeds and fixtures); the bound keeps a line of thousands of figures with no comma between them (a price list)
 * from making every figure's clause the whole line.
 */
const MAX_CLAUSE_SIDE = 60;
/** Tokens of its sentence on either side of a figure where its date is looked for. */
const MAX_DATE_SIDE = 100;
/** Words that start a new clause even without a comma. */
const HARD_OPENERS = new Set([...HARD_CONTRAST, 'but']);
/** Every token but a line break that can end a clause: clauseAround jumps from one to the next. */
const CLAUSE_ENDS = new Set([';', '—', '–', '(', ')', ',', 'and', 'or', ...HARD_OPENERS]);

/** The index of the words and marks that can end a clause (CLAUSE_ENDS): shared, so its users add no index of their own. */
export function clauseEndIndex(tokens: readonly Token[]): WordClassIndex {
  return wordClassIndex(tokens, CLAUSE_ENDS);
}

function isHardBoundary(t: Token): boolean {
  return t.text === ';' || t.text === '—' || t.text === '–' || t.text === '(' || t.text === ')' || t.type === 'tabCRLF';
}

/**
 * The clause around tokens [qa, qb) inside sentence s, as a token range. A clause ends at ';', dashes, line breaks,
 * "while"/"but", and at a comma or "and"/"or" that opens a new clause or a new figure ("..., 12 of which ...").
 */
export function clauseAround(tokens: readonly Token[], s: Sentence, qa: number, qb: number, figureStarts: IndexLookup): [number, number] {
  const breaks = lineBreaksOf(tokens);
  const ends = clauseEndIndex(tokens);
  // A line break always ends the clause; other tokens only when they are among CLAUSE_ENDS, so only those are looked at.
  const floor = Math.max(s.tokenStart, qa - MAX_CLAUSE_SIDE, breaks.prev[qa] + 1);
  const ceiling = Math.min(s.tokenEnd, qb + MAX_CLAUSE_SIDE, breaks.next[qb]);
  const a = clauseStart(tokens, s, qa, floor, ends, figureStarts);
  return [a, clauseEnd(tokens, s, qa, qb, a, ceiling, ends, figureStarts)];
}

/** The first token of the clause of the figure at `qa`, not before `floor`: back from one possible end to the next. */
function clauseStart(tokens: readonly Token[], s: Sentence, qa: number, floor: number, ends: WordClassIndex,
  figureStarts: IndexLookup): number {
  let a = qa;
  while (a > floor) {
    const c = ends.prev[a];
    if (c < floor) return floor;
    a = c + 1;
    // "a voter turnout (yavka) of 30-50%": a word glossed in parentheses does not end the clause.
    const gloss = tokens[a - 1].text === ')' ? glossOpen(tokens, a - 1) : -1;
    if (gloss > floor) {
      a = gloss;
      continue;
    }
    if (endsClauseBefore(tokens, s, a, qa, figureStarts)) break;
    a--;
  }
  return a;
}

/** The token before `a` ends the clause that `a` begins. */
function endsClauseBefore(tokens: readonly Token[], s: Sentence, a: number, qa: number,
  figureStarts: IndexLookup): boolean {
  const t = tokens[a - 1];
  if (isHardBoundary(t) || HARD_OPENERS.has(t.lower)) return true;
  // ", 12 of which": a new figure after a comma opens a new clause only when a figure came before it.
  if (t.text === ',' && ((CLAUSE_OPENERS.has(tokens[a].lower) && !isAside(tokens, a))
    || frontedSubordinate(tokens, s, a - 1)
    || ((figureStarts.has(a) || isNumberToken(tokens[a])) && figureBefore(tokens, s, a - 1, figureStarts)))) {
    return true;
  }
  return (t.lower === 'and' || t.lower === 'or') && (figureStarts.has(a) || isNumberToken(tokens[a])) && a === qa;
}

/**
 * The token that ends the clause of the figure [qa, qb) (begun at `a`), or `ceiling`: on from one possible end to the
 * next, past the figure's restatements, glosses and a subject's aside.
 */
function clauseEnd(tokens: readonly Token[], s: Sentence, qa: number, qb: number, a: number, ceiling: number,
  ends: WordClassIndex, figureStarts: IndexLookup): number {
  let b = qb;
  while (b < ceiling) {
    b = ends.next[b];
    if (b >= ceiling) return ceiling;
    const inserted = insertionEnd(tokens, a, qa, qb, b, ceiling);
    if (inserted > 0) {
      b = inserted + 1;
      continue;
    }
    if (endsClauseAt(tokens, s, b, figureStarts)) break;
    b++;
  }
  return b;
}

/**
 * The last token of an insertion opening at `b` that leaves the figure's clause open (a restatement in another unit, a
 * gloss, a subject's aside); not above 0 when none opens there.
 */
function insertionEnd(tokens: readonly Token[], a: number, qa: number, qb: number, b: number, ceiling: number): number {
  const t = tokens[b];
  // "72 km (45 miles) southwest of the city": the figure again in another unit does not end its clause.
  const close = b === qb ? Math.max(conversionEnd(tokens, b, ceiling), restatementEnd(tokens, b, ceiling)) : -1;
  if (close > 0) return close;
  const glossed = t.text === '(' ? glossClose(tokens, b) : -1;
  if (glossed > 0 && glossed < ceiling) return glossed;
  // "At least 23 people, one of them an infant, were confirmed dead": an aside after a subject figure leaves its clause open.
  return t.text === ',' || t.text === '(' ? subjectAsideEnd(tokens, a, qa, qb, b, ceiling) : -1;
}

/** The token at `b` ends the clause before it. */
function endsClauseAt(tokens: readonly Token[], s: Sentence, b: number, figureStarts: IndexLookup): boolean {
  const t = tokens[b];
  if (isHardBoundary(t) || HARD_OPENERS.has(t.lower)) return true;
  const next = tokens[b + 1];
  if (t.text === ',' && next && b + 1 < s.tokenEnd && ((CLAUSE_OPENERS.has(next.lower) && !isAside(tokens, b + 1))
    || figureStarts.has(b + 1) || isNumberToken(next))) return true;
  return (t.lower === 'and' || t.lower === 'or') && !!next && (figureStarts.has(b + 1) || isNumberToken(next));
}

/** Tags of a verb or an auxiliary: a word that makes a run of words a clause. */
const VERB_TAGS = new Set(['VERB', 'AUX']);

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (VERB_TAGS.has(tokens[i].pos ?? '')) return true;
  return false;
}

/**
 * The closing comma or parenthesis of an aside inserted between a subject figure and its predicate, or -1: "At least 23
 * people, one of them an infant, were confirmed dead"; "Up to a million people (more than 5% of the population) took
 * part"; "more than 670 people (are) underground", an editor's word in brackets. The figure opens its clause (no verb
 * before it) and no verb stands between it and the mark at `open`; the aside holds no verb of its own (an editor's
 * bracketed auxiliary aside), and a verb follows it ("40 people, police said, died" keeps its speech out).
 */
function subjectAsideEnd(tokens: readonly Token[], a: number, qa: number, qb: number, open: number, ceiling: number): number {
  const mark = tokens[open].text;
  if ((mark !== ',' && mark !== '(') || hasVerb(tokens, a, qa) || hasVerb(tokens, qb, open)) return -1;
  const shut = mark === '(' ? ')' : ',';
  let close = -1;
  for (let i = open + 1; i < Math.min(ceiling, open + 1 + ASIDE_TOKENS); i++) {
    const t = tokens[i];
    if (t.text === shut) {
      close = i;
      break;
    }
    if (t.text === '(' || t.text === ')' || isHardBoundary(t) || HARD_OPENERS.has(t.lower)) return -1;
  }
  if (close < 0 || close === open + 1) return -1;
  let auxOnly = true;
  for (let i = open + 1; i < close && auxOnly; i++) auxOnly = tokens[i].pos === 'AUX';
  // "(are)": the editor's supplied verb is the clause's own; the predicate goes on after it.
  if (auxOnly && mark === '(') return close < ceiling ? close : -1;
  if (hasVerb(tokens, open + 1, close)) return -1;
  let v = close + 1;
  if (tokens[v]?.pos === 'ADV') v++;
  return v < ceiling && VERB_TAGS.has(tokens[v].pos ?? '') ? close : -1;
}

/** Tags of the word after a parenthesis that carry on its figure's clause: "(48.5%) voted for", "(7.2 million) of". */
const CLAUSE_GOES_ON = new Set(['VERB', 'AUX', 'ADP']);

/**
 * The closing parenthesis of "(48.5 per cent)" or "(7.18 million)" opened at `open` right after a figure, when the clause
 * goes on after it ("6.9 million (48.5 per cent) voted for Odinga"): the figure again as a share or a count, in one
 * clause with it. -1 otherwise ("Ruto 7.1 million (50.5%), Odinga ..." lists figures, each its own clause).
 */
function restatementEnd(tokens: readonly Token[], open: number, ceiling: number): number {
  if (tokens[open].text !== '(' || !isNumberToken(tokens[open + 1] ?? tokens[open])) return -1;
  for (let i = open + 2; i < Math.min(ceiling, open + 2 + CONVERSION_TOKENS); i++) {
    const t = tokens[i];
    if (t.text === ')') return CLAUSE_GOES_ON.has(tokens[i + 1]?.pos ?? '') ? i : -1;
    // "(7.18 million)": a multiplier right after the number is the same number, no other figure.
    if (CLAUSE_ENDS.has(t.lower) || (isNumberToken(t) && i > open + 2) || t.type === 'tabCRLF') return -1;
  }
  return -1;
}

/**
 * The clause of a figure in parentheses right after another ("6.9 million (48.5 per cent) voted for Odinga"), whose
 * clause goes on after them: the host figure's clause, past the parenthesis. Null for any other figure.
 */
export function restatedClause(tokens: readonly Token[], s: Sentence, qa: number, qb: number, figureStarts: IndexLookup): [number, number] | null {
  if (tokens[qa - 1]?.text !== '(' || tokens[qb]?.text !== ')' || qa - 2 < s.tokenStart) return null;
  const host = tokens[qa - 2];
  const hostNoun = !isNumberToken(host);
  if (hostNoun && !(host.pos === 'NOUN' && isNumberToken(tokens[qa - 3] ?? host))) return null;
  if (CLAUSE_GOES_ON.has(tokens[qb + 1]?.pos ?? '')) return clauseAround(tokens, s, qa - 2, qb + 1, figureStarts);
  // "Jammeh took 212,099 votes (36.66 percent) and ...": a share glossing a count whose clause ends with it reads the
  // count's clause, its holder and verb, up to the parenthesis (round 31).
  if (!isShareGloss(tokens, qa, qb)) return null;
  const hostStart = hostNoun ? qa - 3 : qa - 2;
  return [clauseAround(tokens, s, hostStart, qa - 1, figureStarts)[0], qb + 1];
}

/** The figure [qa, qb) in parentheses is a number and its share word alone: "(36.66 percent)", "(43.3%)". */
function isShareGloss(tokens: readonly Token[], qa: number, qb: number): boolean {
  if (!isNumberToken(tokens[qa])) return false;
  const rest = tokens.slice(qa + 1, qb).map((t) => t.lower).join(' ');
  return rest === '%' || rest === 'percent' || rest === 'per cent' || rest === 'pc';
}

/** Most tokens inside a parenthesis that restates a figure in another unit: "(45 miles)", "(20 metres)", "(60 ft)". */
const CONVERSION_TOKENS = 4;

/** The words [from, to) after the number of a parenthesis are a unit of measure other than a share. */
function isConversion(tokens: readonly Token[], from: number, to: number): boolean {
  const unit = readUnit(tokens as Token[], from, to);
  return !!unit && unit.unit !== 'percent' && isMeasurementUnit(unit.unit);
}

/** Most words a gloss in parentheses holds: "(yavka)", "(in Russian)". */
const GLOSS_WORDS = 2;

/** A lower-case word only, no figure, name or acronym: "(CEC)" names an organization and keeps its own clause. */
function isGlossWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && /^[a-z]+$/.test(t.text);
}

/**
 * "current account deficit (CAD)": an acronym in parentheses spelling the initials of the lower-case words right before
 * it glosses a term, no name of its own (round 27); "Central Election Commission (CEC)" names an organization.
 */
function initialsGloss(tokens: readonly Token[], open: number): boolean {
  const acronym = tokens[open + 1]?.text ?? '';
  if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')' || !/^[A-Z]{2,6}$/.test(acronym)) return false;
  const n = acronym.length;
  if (open - n < 0) return false;
  for (let k = 0; k < n; k++) {
    const w = tokens[open - n + k];
    if (w.type !== 'word' || !/^[a-z]/.test(w.text) || w.lower[0] !== acronym[k].toLowerCase()) return false;
  }
  return true;
}

/**
 * The opening parenthesis of a gloss whose closing one is at `close` ("turnout (yavka)"): one or two lower-case words
 * right after a word; -1 for any other parenthesis.
 */
function glossOpen(tokens: readonly Token[], close: number): number {
  if (initialsGloss(tokens, close - 2)) return close - 2;
  for (let open = close - 2; open >= Math.max(1, close - 1 - GLOSS_WORDS); open--) {
    if (tokens[open].text === '(') return isGlossWord(tokens[open + 1]) && tokens[open - 1].type === 'word' ? open : -1;
    if (!isGlossWord(tokens[open])) return -1;
  }
  return -1;
}

/** The closing parenthesis of a gloss opened at `open`, or -1 (glossOpen read from the other side). */
function glossClose(tokens: readonly Token[], open: number): number {
  if (initialsGloss(tokens, open)) return open + 2;
  for (let close = open + 2; close <= Math.min(tokens.length - 1, open + 1 + GLOSS_WORDS); close++) {
    if (tokens[close].text === ')') return glossOpen(tokens, close) === open ? close : -1;
    if (!isGlossWord(tokens[close])) return -1;
  }
  return -1;
}

/**
 * The closing parenthesis of "(45 miles)" opened at `open` right after a figure: a number and at most a few words, no
 * clause mark; -1 when the parenthesis is anything else.
 */
function conversionEnd(tokens: readonly Token[], open: number, ceiling: number): number {
  if (tokens[open].text !== '(' || !isNumberToken(tokens[open + 1] ?? tokens[open])) return -1;
  for (let i = open + 2; i < Math.min(ceiling, open + 2 + CONVERSION_TOKENS); i++) {
    const t = tokens[i];
    // A unit of measure, not a share or a count: "(9 percent)" and "(6,408,844 votes)" are other figures.
    if (t.text === ')') return isConversion(tokens, open + 2, i) ? i : -1;
    if (CLAUSE_ENDS.has(t.lower) || isNumberToken(t) || t.type === 'tabCRLF') return -1;
  }
  return -1;
}

/**
 * The part of sentence s within MAX_DATE_SIDE tokens of the figure at [qa, qb): where its dates are looked for, so a
 * sentence of thousands of dated figures costs each figure a bounded look.
 */
export function nearFigure(tokens: readonly Token[], s: Sentence, qa: number, qb: number): Range {
  const a = Math.max(s.tokenStart, qa - MAX_DATE_SIDE);
  const b = Math.min(s.tokenEnd, qb + MAX_DATE_SIDE);
  return a === s.tokenStart && b === s.tokenEnd ? s : { start: tokens[a].start, end: tokens[b - 1].end };
}

/**
 * Present-tense verbs of a standing state a relative clause gives its noun: "Carillion, which employs 20,000 people",
 * "the city, which has 2 million residents". The figure holds as of the report, not of the main clause's event.
 */
const STATE_VERBS = new Set(['employs', 'employ', 'has', 'have', 'houses', 'house', 'hosts', 'host', 'serves', 'serve', 'operates',
  'operate', 'owns', 'own', 'numbers', 'number', 'boasts', 'boast']);
/** How many hedge words may stand between the state verb and the figure: "which employs about 20,000", "who number more than 300". */
const STATE_HEDGE_REACH = 3;
/** Most tokens after the figure read for the end of its relative clause: bounded, so long sentences cost no more. */
const STATE_CLAUSE_REACH = 40;

/**
 * The relative clause [which/who/that + present state verb + figure ...] holding the figure at `qa`, as a text range
 * up to the next comma or the sentence's end; null when the figure stands in none. A present perfect ("which has
 * killed 20") is no state.
 */
export function presentRelative(tokens: readonly Token[], s: Sentence, qa: number): Range | null {
  const v = hedgeStart(tokens, qa, Math.max(s.tokenStart + 1, qa - STATE_HEDGE_REACH), true) - 1;
  if (v <= s.tokenStart || !STATE_VERBS.has(tokens[v].lower)) return null;
  const rel = tokens[v - 1].lower;
  if (rel !== 'which' && rel !== 'who' && rel !== 'that') return null;
  let end = qa + 1;
  const last = Math.min(s.tokenEnd, qa + STATE_CLAUSE_REACH);
  while (end < last && tokens[end].text !== ',') end++;
  return { start: tokens[v - 1].start, end: tokens[end - 1].end };
}

/** "The government, however, has put ...": an opener standing alone between commas is an aside, not a new clause. */
function isAside(tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.text === ',' && (tokens[at].lower === 'however' || tokens[at].lower === 'yet');
}

function figureBefore(tokens: readonly Token[], s: Sentence, at: number, figureStarts: IndexLookup): boolean {
  for (let i = at - 1; i >= Math.max(s.tokenStart, at - 40); i--) if (figureStarts.has(i) || isNumberToken(tokens[i])) return true;
  return false;
}

/** Words opening a relative clause: after a comma they qualify the noun before it, so no main clause starts there. */
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_OPENERS);

/**
 * True when the comma at `comma` closes a clause that opened with a subordinator (bounded look-back). Not before a
 * relative pronoun: "while students at the faculty, which helped organize it, put ..." is one clause.
 */
function frontedSubordinate(tokens: readonly Token[], s: Sentence, comma: number): boolean {
  if (RELATIVES.has(tokens[comma + 1]?.lower ?? '')) return false;
  for (let i = comma - 1; i >= Math.max(s.tokenStart, comma - 40); i--) {
    const t = tokens[i];
    if (t.text === ',' || isHardBoundary(t)) return SUBORDINATORS.has(tokens[i + 1]?.lower ?? '');
    if (i === s.tokenStart) return SUBORDINATORS.has(t.lower);
  }
  return false;
}

/** The sentence clipped to the line holding token `at`: headlines and bylines often lack a final stop. */
export function lineOf(tokens: readonly Token[], s: Sentence, at: number): Sentence {
  const { prev, next } = lineBreaksOf(tokens);
  const a = at <= s.tokenStart ? at : Math.max(s.tokenStart, prev[at] + 1);
  const b = at >= s.tokenEnd ? at : Math.min(s.tokenEnd, next[at]);
  if (a === s.tokenStart && b === s.tokenEnd) return s;
  return { start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b };
}

/** Most tokens an inserted aside runs between its commas: ", according to the police headquarters,". */
const ASIDE_TOKENS = 16;
/** Relative pronouns that open a predicate of the figure after an aside: "18 people, including four Americans, who died". */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(SUBJECT_RELATIVES);
/** Most asides read past before the predicate they cut off. */
const MAX_ASIDES = 3;

/** The first comma in [from, to) before any hard boundary, or -1. */
function asideComma(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (tokens[i].text === ',') return i;
    if (isHardBoundary(tokens[i])) return -1;
  }
  return -1;
}

/**
 * An aside that leaves the clause open: "according to the unions", a part of the figure ("including four Americans"), or
 * another figure joined on ("and nearly 50,000").
 */
function isAsideAt(tokens: readonly Token[], a: number, close: number): boolean {
  if ((tokens[a]?.lower === 'according' && tokens[a + 1]?.lower === 'to') || tokens[a]?.lower === 'including') return true;
  if (tokens[a]?.lower !== 'and' && tokens[a]?.lower !== 'or') return false;
  for (let i = a + 1; i < close; i++) if (isNumberToken(tokens[i])) return true;
  return false;
}

/** The closing comma of the inserted asides ("according to ...", "including ...") opening at the comma `cb`, or -1. */
export function asidesEnd(tokens: readonly Token[], s: Sentence, cb: number): number {
  let at = cb;
  let asides = 0;
  while (asides < MAX_ASIDES && tokens[at]?.text === ',') {
    const close = asideComma(tokens, at + 1, Math.min(s.tokenEnd, at + 1 + ASIDE_TOKENS));
    if (close < 0 || !isAsideAt(tokens, at + 1, close)) break;
    at = close;
    asides++;
  }
  return asides ? at : -1;
}

/**
 * The predicate a figure's clause goes on with past inserted asides, as a token range, or null: "Between 8,500 people,
 * according to the police headquarters, and nearly 50,000, according to the unions, marched in Bordeaux"; "18 people,
 * including four Americans, who died on Mount Everest". The figure's clause ends at the comma `cb`; each aside is an
 * "according to" phrase, an "including" part or another figure joined by "and"/"or", closed by a comma; the predicate
 * opens with a verb (after a relative pronoun, an adverb or an auxiliary) that reports no speech ("..., according to the
 * ministry, said the agency in Paris": the agency's place, not the figure's) and runs to its clause's end.
 */
export function predicateAfterAsides(tokens: readonly Token[], s: Sentence, cb: number,
  reports: (lower: string) => boolean): [number, number] | null {
  const at = asidesEnd(tokens, s, cb);
  if (at < 0) return null;
  let v = at + 1;
  if (RELATIVE_SUBJECTS.has(tokens[v]?.lower ?? '')) v++;
  if (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
  if (v >= s.tokenEnd || tokens[v].pos !== 'VERB' || reports(tokens[v].lower)) return null;
  let end = v + 1;
  const last = Math.min(s.tokenEnd, v + MAX_CLAUSE_SIDE);
  while (end < last && tokens[end].text !== ',' && !isHardBoundary(tokens[end]) && !HARD_OPENERS.has(tokens[end].lower)) end++;
  return [at + 1, end];
}

/** Dashes that open and close an inserted aside: "only 295 -- about a quarter -- of whom were civilians". */
const ASIDE_DASHES = new Set(['--', '—', '–']);
/** How many tokens a dashed aside between a figure and its "of whom" may hold. */
const DASH_ASIDE_TOKENS = 6;

/**
 * The token after a dashed aside opening at `i` ("295 -- about a quarter -- of whom"), or `i` when none opens there:
 * the words past it go on with the figure's own phrase (round 31, dev25fa).
 */
export function pastDashAside(tokens: readonly Token[], i: number): number {
  if (!opensDashAside(tokens[i])) return i;
  for (let j = i + 1; j <= i + DASH_ASIDE_TOKENS && j < tokens.length; j++) {
    if (ASIDE_DASHES.has(tokens[j].text)) return j + 1;
    if (tokens[j].type === 'number' || tokens[j].text === '.') return i;
  }
  return i;
}

/** The token is a dash that may open an aside (pastDashAside). */
export function opensDashAside(t: Token | undefined): boolean {
  return !!t && ASIDE_DASHES.has(t.text);
}
