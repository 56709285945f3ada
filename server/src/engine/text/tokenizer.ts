// Tokens and sentences from wink-nlp, with exact character offsets.
import winkNLP from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../types';
import { cleanForTokenizer, stripFormat } from './clean';
import { blankMarkup } from './markup';
import { GLUED_MULTIPLIERS } from '../quantities/numbers';

type Nlp = ReturnType<typeof winkNLP>;
let model: typeof Model | undefined;
let nlp: Nlp | undefined;

/**
 * The model's data, read once. Apart from getNlp so a server can ready the two halves of the load in separate steps
 * (reading this data, and building the pipeline from it, take about as long as each other).
 */
export function loadModel(): typeof Model {
  model ??= require('wink-eng-lite-web-model') as typeof Model;
  return model;
}

/** The part of a pipeline's lexicon that reading adds to: wink's lexeme table (word -> index, index -> word). */
interface Lexemes { hash: Record<string, number>; list: string[]; intrinsicSize: number }
let lexemes: Lexemes | undefined;
/** Entries of the lexeme table below this index are the model's or were taken out of the word -> index table already. */
let forgottenTo = 0;

/**
 * The wink pipeline, loaded once: the model takes a few hundred ms to load, so it is required on first use, not at
 * start (a language server whose analyses all come from its cache never loads it). The core model is parsed through
 * a wrapper that keeps its lexeme table, so forgetLearnedWords can reach the table wink reads.
 */
export function getNlp(): Nlp {
  if (!nlp) {
    const base = loadModel() as unknown as { core: () => { features: { lexeme: Lexemes } } };
    const core = () => {
      const parsed = base.core();
      lexemes = parsed.features.lexeme;
      forgottenTo = lexemes.intrinsicSize;
      return parsed;
    };
    nlp = winkNLP({ ...base, core } as unknown as typeof Model, ['sbd', 'pos']);
    const cache = rawDataOf(nlp.readDoc('a')) as { cache?: WinkCache } | undefined;
    if (lexemes && typeof cache?.cache?.add === 'function') relearnWords(cache.cache, lexemes);
  }
  return nlp;
}

/** Words wink may add for unknown words before the pipeline is built again (each holds a few dozen bytes). */
const MAX_LEARNED = 400_000;

/**
 * wink adds every unknown word it meets to its lexeme table, and its tokenizer keeps a word it finds there whole: once
 * one report wrote "year's," (read as one unknown word), every later report's "this year's" stayed one token too, so
 * a report's figures and dates depended on which reports were read before it. Before each read the words earlier
 * reads added are taken out of the word -> index table (their entries stay, so those reads' token indexes stay valid),
 * so every read starts from the model's own table, even after a read that threw. The entries left behind grow with
 * every read: past MAX_LEARNED the pipeline is built again (a few hundred ms, after some hundred megabytes of reports).
 */
function forgetLearnedWords(): void {
  if (lexemes && lexemes.list.length - lexemes.intrinsicSize > MAX_LEARNED) {
    nlp = undefined;
    lexemes = undefined;
    relearn.clear();
    restored.length = 0;
  }
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let i = forgottenTo; i < list.length; i++) {
    if (hash[list[i]] === i) delete hash[list[i]];
  }
  forgottenTo = list.length;
  for (let k = 0; k < restored.length; k += 2) {
    if (hash[restored[k] as string] === restored[k + 1]) delete hash[restored[k] as string];
  }
  restored.length = 0;
}

/** Entries wink's lexeme table holds beyond the model's own (what reads have learned; for tests and tools). */
export function learnedEntries(): number {
  return lexemes ? lexemes.list.length - lexemes.intrinsicSize : 0;
}

/** wink's lexicon cache as far as relearning reads it: `add` learns a word (and its lower case) and gives its index. */
interface WinkCache { add(text: string, category: number): number }
/** A word an earlier read learned: its index, its lower case's index, and whether that same add made the lower case. */
interface Learned { index: number; norm: number; normMade: boolean }
/** Earlier reads' learned words by category and text (cleared with the pipeline, or past MAX_LEARNED entries). */
const relearn = new Map<string, Learned>();
/** Words put back into the word -> index table for one read (word, index, ...): taken out again before the next read. */
const restored: (string | number)[] = [];

/**
 * Each read forgets the words earlier reads learned, so a report met each of its unknown words as new: wink worked out
 * the word's features again (shape, part of speech, case: its own regular expressions) and added one more entry, for
 * every unknown word of every report, and a title read apart paid it again (profiled: a third of wink's reading of
 * ordinary reports, none of it before round 18). A word's features depend on its text and category only, so a word
 * learned before is put back under its earlier entry, as wink's own add would have made it: the word -> index table
 * holds the same words as after a fresh add, and its lower case points to an entry of the same text and features.
 * Where the lower case is in the table already under another entry (another spelling added it in this read), wink's
 * own add does the work, as before. The index numbers differ from a fresh add's; they already depended on how much
 * earlier reads had learned, and nothing reads them but as keys of the same tables.
 */
function relearnWords(cache: WinkCache, table: Lexemes): void {
  const add = cache.add.bind(cache);
  const { hash } = table;
  cache.add = (text: string, category: number): number => {
    const known = hash[text];
    const lower = text.toLowerCase();
    if (known !== undefined && (lower === text || hash[lower] !== undefined)) return known;
    const key = `${category}\u0000${text}`;
    const was = known === undefined ? relearn.get(key) : undefined;
    if (was && putBack(hash, text, lower, was, table.intrinsicSize)) return was.index;
    const lowerBefore = hash[lower];
    const index = add(text, category);
    if (known === undefined) {
      if (relearn.size >= MAX_LEARNED) relearn.clear();
      relearn.set(key, { index, norm: hash[lower], normMade: lower !== text && lowerBefore === undefined });
    }
    return index;
  };
}

/** Puts an earlier read's entry of `text` (and of its lower case) back into the table, if that equals a fresh add. */
function putBack(hash: Record<string, number>, text: string, lower: string, was: Learned, intrinsicSize: number): boolean {
  const lowerNow = hash[lower];
  if (lower !== text && was.norm >= intrinsicSize && lowerNow !== was.norm) {
    // The lower case is in the table under that same entry (another spelling brought it back in this read), or it
    // comes back with the word, made by that same add (so with the same category's features).
    if (lowerNow !== undefined || !was.normMade) return false;
    hash[lower] = was.norm;
    restored.push(lower, was.norm);
  }
  hash[text] = was.index;
  restored.push(text, was.index);
  return true;
}

/** wink-nlp slows down badly on very long space-less runs: such runs are never words, so we blank them. */
const MAX_TOKEN_LENGTH = 64;

/**
 * Replaces every run of non-space characters longer than MAX_TOKEN_LENGTH with spaces of the same
 * length, so offsets stay valid. Linear: one pass, no regular expression.
 */
export function blankLongRuns(text: string): string {
  let out: string[] | undefined;
  let runStart = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
    if (!isSpace) continue;
    if (i - runStart > MAX_TOKEN_LENGTH) {
      out ??= [];
      out.push(text.slice(last, runStart), ' '.repeat(i - runStart));
      last = i;
    }
    runStart = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}

/** True for what wink may drop between tokens without counting it as spacing: any blank or invisible character. */
function skippable(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where token `v` starts in `s`, at or after `from` (the end of the token before it): past the blanks wink counted
 * as its spacing, and past any character wink dropped that the cleaning did not foresee, so one odd character never
 * shifts every later offset. -1 when `v` is not there (wink changed the token's text): the caller then asks wink
 * for the token's spacing. Linear: the search only moves forward over blanks.
 */
function locate(s: string, v: string, from: number): number {
  for (let p = from; p <= s.length; p++) {
    if (s.startsWith(v, p)) return p;
    if (p === s.length || !skippable(s.charCodeAt(p))) break;
  }
  return -1;
}

/** What every token of one text, part of speech and type shares: held once, however many tokens have it. */
class TokenForm {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly pos: string,
    readonly type: string,
    /** Another form of the same text (another part of speech or type): the forms of one text are a chain. */
    readonly next: TokenForm | undefined,
  ) {}
}

/**
 * A token as three fields, its span and its form, the rest read through the form: a report's tokens are the largest
 * thing an analysis holds from start to end, and six fields took 80 bytes a token (26 MB for the 317k tokens of
 * 800 KB of figures), read back by every collection while the analysis ran; three take 56. The span stays two plain
 * fields: code reading the span of tokens and of other ranges alike then finds a field, not a getter, in either.
 */
class FormToken implements Token {
  constructor(readonly start: number, readonly end: number, private readonly form: TokenForm) {}
  get text(): string { return this.form.text; }
  get lower(): string { return this.form.lower; }
  get pos(): string { return this.form.pos; }
  get type(): string { return this.form.type; }
  /** The six fields, as a token was written out before it had a form (tools that print tokens). */
  toJSON(): Token {
    return { start: this.start, end: this.end, text: this.text, lower: this.lower, pos: this.pos, type: this.type };
  }
}

/** Forms by text (the head of each text's chain), across reports: most recur, so each is made once. */
const FORMS = new Map<string, TokenForm>();
const MAX_FORMS = 50000;

/** The form of a token of `text`, `pos` and `type`; its lower case is made once per text. */
function formOf(text: string, pos: string, type: string): TokenForm {
  let head = FORMS.get(text);
  for (let f = head; f; f = f.next) if (f.pos === pos && f.type === type) return f;
  if (head === undefined && FORMS.size >= MAX_FORMS) FORMS.clear();
  head = new TokenForm(text, head ? head.lower : text.toLowerCase(), pos, type, head);
  FORMS.set(text, head);
  return head;
}

/**
 * wink reads a long report in pieces of about this many characters: read whole, 800 KB of figures or sentences took wink 10-40 %
 * longer than read in 32 KB pieces (measured; one document's working arrays grow with it and are collected with it).
 */
const PIECE_CHARS = 32 * 1024;
/** How far past a piece's nominal end a better cut (a paragraph, then a line break, then a sentence end) is looked for. */
const CUT_REACH = 8 * 1024;

/**
 * The pieces `read` is given to wink in, as [start, end) pairs covering it. A report up to twice PIECE_CHARS is one
 * piece, so every report of ordinary length is read exactly as before. A cut falls after a blank line, else after a
 * line break, else after a full stop and its space, else after a space (blankLongRuns leaves no run of more than
 * MAX_TOKEN_LENGTH characters without one): a cut falls between paragraphs or lines, and only in a report pasted as one
 * long line after a full stop that may end an abbreviation ("Mr. "). Linear: each search looks at most CUT_REACH
 * characters past the nominal end.
 */
function pieces(read: string): [number, number][] {
  if (read.length <= 2 * PIECE_CHARS) return [[0, read.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (read.length - from > 2 * PIECE_CHARS) {
    const to = cutAfter(read, from + PIECE_CHARS);
    out.push([from, to]);
    from = to;
  }
  out.push([from, read.length]);
  return out;
}

/** The first good cut at or after `at`, in order of preference, within CUT_REACH. */
function cutAfter(read: string, at: number): number {
  const limit = Math.min(read.length, at + CUT_REACH);
  const window = read.slice(at, limit);
  const paragraph = window.indexOf('\n\n');
  if (paragraph >= 0) return at + paragraph + 2;
  const line = window.indexOf('\n');
  if (line >= 0) return at + line + 1;
  const stop = window.indexOf('. ');
  if (stop >= 0) return at + stop + 2;
  const space = window.indexOf(' ');
  return space >= 0 ? at + space + 1 : limit;
}

/**
 * Tokenizes `text` from `offset` on. Returns tokens (whitespace tokens dropped, newlines kept as
 * type "tabCRLF" so recognizers can see line breaks) and sentences over them. wink reads a cleaned copy
 * (text/clean.ts), a long one in pieces; each token is mapped back to the report by position.
 */
export function tokenize(text: string, offset = 0): { tokens: Token[]; sentences: Sentence[]; prose: string } {
  const body = text.slice(offset);
  const plain = blankMarkup(body);
  const prose = plain === body ? text : text.slice(0, offset) + plain;
  const { text: clean, orig } = cleanForTokenizer(plain);
  const read = blankLongRuns(clean);
  const out: Tokenized = { text, read, toText: (k: number): number => offset + (orig ? orig[k] : k), at: 0, tokens: [], sentences: [] };
  for (const [from, to] of pieces(read)) readPiece(out, from, to);
  return { tokens: out.tokens, sentences: out.sentences, prose };
}

/** What the pieces of one report add to: the report, wink's input, the map back, and where the last token ended. */
interface Tokenized {
  text: string;
  read: string;
  toText: (k: number) => number;
  at: number;
  tokens: Token[];
  sentences: Sentence[];
}

/** wink reads read[from, to): its tokens join `out.tokens` with report offsets, its sentences `out.sentences`. */
function readPiece(out: Tokenized, from: number, to: number): void {
  const { text, read, toText, tokens } = out;
  forgetLearnedWords();
  const nlpNow = getNlp();
  const doc = nlpNow.readDoc(spaceGluedScales(from === 0 && to === read.length ? read : read.slice(from, to), isLexeme));
  const its = nlpNow.its;
  const fields = tokenFields(doc, its);
  const count = fields.count;
  // wink token index -> our token index (whitespace tokens are dropped).
  const map = new Int32Array(count + 1);
  let at = Math.max(out.at, from);
  for (let i = 0; i < count; i++) {
    const v = fields.value(i);
    const found = locate(read, v, at);
    at = found >= 0 ? found : at + (doc.tokens().itemAt(i).out(its.precedingSpaces) as string).length;
    map[i] = tokens.length;
    const start = toText(at);
    at += v.length;
    const end = v.length ? toText(at - 1) + 1 : start;
    const type = fields.type(i);
    if (type === 'tabCRLF' && !v.includes('\n')) continue;
    tokens.push(new FormToken(start, end, formOf(originalText(text, v, start, end), fields.pos(i), type)));
  }
  map[count] = tokens.length;
  out.at = at;
  addSentences(out, doc.sentences().out(its.span) as unknown as [number, number][], map);
}

/** Whether wink's lexeme table holds `word` now (a word it keeps whole); false where the table is out of reach. */
function isLexeme(word: string): boolean {
  return lexemes === undefined || lexemes.hash[word] !== undefined;
}

/** wink's splitter: the characters it cuts its raw tokens at (its `splitter` expression). */
function splitsRaw(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009
    || c === 0x200a || c === 0x202f || c === 0x205f;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The text wink reads, with a space between a figure and a scale glued to it ("2bn", "4.5m": GLUED_MULTIPLIERS) where
 * that is the whole of a raw token wink does not know. wink cuts such a token there all the same, but only at the end
 * of its recursive descent through a score of regular expressions, paid again at every occurrence (the token is never
 * learned whole): on a price list most of wink's time and of all the allocation. Past the space wink reads the two
 * halves as it reads any number and any word, and they come out as the same tokens with the same categories (the
 * digits a number, the letters a word; no scale word is an ordinal, time, decade or currency suffix). Tokens are found
 * in the report by their text (locate), so the added space moves no offset. Linear; no new string when nothing is glued.
 */
export function spaceGluedScales(s: string, known: (word: string) => boolean): string {
  let out: string[] | undefined;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isDigitCode(s.charCodeAt(i)) || (i > 0 && !splitsRaw(s.charCodeAt(i - 1)))) continue;
    let j = i;
    while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) === 46 && isDigitCode(s.charCodeAt(j + 1))) {
      j++;
      while (j < s.length && isDigitCode(s.charCodeAt(j))) j++;
    }
    let k = j;
    while (k < s.length && isAsciiLetter(s.charCodeAt(k))) k++;
    if (k > j && (k === s.length || splitsRaw(s.charCodeAt(k))) && GLUED_MULTIPLIERS.has(s.slice(j, k).toLowerCase())
      && !known(s.slice(i, k))) {
      out ??= [];
      out.push(s.slice(last, j), ' ');
      last = j;
    }
    i = Math.max(i, k - 1);
  }
  if (!out) return s;
  out.push(s.slice(last));
  return out.join('');
}

type Doc = ReturnType<Nlp['readDoc']>;
type Its = Nlp['its'];
/** The three things read of each of wink's tokens, by its index in the document; `direct` when read off its raw data. */
export interface TokenFields { count: number; direct: boolean; value(i: number): string; pos(i: number): string; type(i: number): string }
/** wink's `its` mappers as they are written: a token's index in the document and the document's raw data. */
type RawIts = (index: number, rdd: unknown) => string;

/**
 * A token's value, part of speech and type. wink's public API gives them as three arrays (`tokens().out(its.x)`),
 * one pass over the document each, with throwaway arrays: a quarter of the time wink took to read 32 KB of quotes
 * (measured). So the mappers `its.value`, `its.pos` and `its.type` are called directly on the document's raw data
 * (what `out` hands them), reached once per document through rawDataOf. Where that is unavailable (another wink
 * version), the three arrays, as before: both give the same strings.
 */
export function tokenFields(doc: Doc, its: Its, direct = true): TokenFields {
  const rdd = direct ? rawDataOf(doc) : undefined;
  if (rdd) {
    const value = its.value as unknown as RawIts;
    const pos = its.pos as unknown as RawIts;
    const type = its.type as unknown as RawIts;
    return {
      count: doc.tokens().length(),
      direct: true,
      value: i => value(i, rdd),
      pos: i => pos(i, rdd),
      type: i => type(i, rdd),
    };
  }
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  return { count: values.length, direct: false, value: i => values[i], pos: i => pos[i], type: i => types[i] };
}

/** An `its` mapper that gives the document's raw data itself; wink calls only the mappers in its `allowed` sets. */
const rawData = (_index: number, rdd: unknown): unknown => rdd;
/** Whether rawData could be added to wink's set of token mappers (undefined: not tried yet). */
let rawDataAllowed: boolean | undefined;

/** The raw data of `doc` (its token table and lexicon cache), or undefined where this wink does not allow reaching it. */
function rawDataOf(doc: Doc): unknown {
  if (rawDataAllowed === undefined) {
    try {
      const allowed = require('wink-nlp/src/allowed.js') as { its4token?: Set<unknown> };
      allowed.its4token?.add(rawData);
      rawDataAllowed = allowed.its4token?.has(rawData) === true;
    } catch {
      rawDataAllowed = false;
    }
  }
  if (!rawDataAllowed || doc.tokens().length() === 0) return undefined;
  const rdd = doc.tokens().itemAt(0).out(rawData as never) as unknown as { tokens?: unknown; cache?: unknown } | undefined;
  return rdd && typeof rdd === 'object' && rdd.tokens && rdd.cache ? rdd : undefined;
}

/** wink's sentence spans of one piece (its token indexes, mapped by `map`) as sentences over our tokens. */
function addSentences(out: Tokenized, spans: [number, number][], map: Int32Array): void {
  const { tokens, sentences } = out;
  for (const [first, last] of spans) {
    // Skip leading/trailing newline tokens so the sentence span is tight.
    let a = map[first];
    let b = map[last + 1] ?? tokens.length;
    while (a < b && tokens[a].type === 'tabCRLF') a++;
    while (b > a && tokens[b - 1].type === 'tabCRLF') b--;
    if (a >= b) continue;
    const before = sentences[sentences.length - 1];
    if (before && decimalPointAt(tokens, before.tokenEnd - 1, a)) {
      // "1m-1.75m": wink may end a sentence on a decimal point glued between digits; it is one sentence.
      before.end = tokens[b - 1].end;
      before.tokenEnd = b;
      continue;
    }
    sentences.push({ start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b });
  }
}

/** Token k is a "." glued between a digit before it and a digit after it (token a starts right after). */
function decimalPointAt(tokens: Token[], k: number, a: number): boolean {
  const dot = tokens[k];
  if (!dot || dot.text !== '.' || a !== k + 1 || k === 0) return false;
  const prev = tokens[k - 1];
  const next = tokens[a];
  const digit = (c: number) => c >= 48 && c <= 57;
  return prev.end === dot.start && dot.end === next.start && digit(prev.text.charCodeAt(prev.text.length - 1)) && digit(next.text.charCodeAt(0));
}

/**
 * A token's text: wink's own (shared) string where the report holds exactly it, so no new string per token; else
 * the report's characters (where Markdown or a long run was blanked, or blanks dropped inside a line break), less
 * the invisible format characters wink never saw ("sol\u00addiers" reads "soldiers").
 */
function originalText(text: string, v: string, start: number, end: number): string {
  if (end - start === v.length && text.startsWith(v, start)) return v;
  return stripFormat(text.slice(start, end));
}
