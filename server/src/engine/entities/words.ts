// Word scan for entity recognition. wink splits "Censor.NET", "RFE/RL" and keeps "Russia's" whole; names need
// their own segmentation: web names and acronyms stay one word, possessive endings are cut off.
import type { PreparedText } from '../types';
import { foldKey } from './fold';
import { foldNode, type FoldNode } from './tables';
import { PUNCT, TABLE, isUpper, wordClass } from './lexicon';
import { reusable } from './scratch';

/**
 * One word or punctuation mark of a report: its span, and its form, which holds everything else. What its text alone
 * decides (its text, lower case, fold key, table node, classes) is the form's TextInfo; its three flags, POS tag and
 * gap (the tag and the gap as indexes into small tables of the strings met) are the form's bits. Words of one text and
 * bits share one form (formOf), so a word is an object of two fields: a long report's words live through all of entity
 * recognition and the garbage collector copies each of them once or twice (at 800 KB of a price list, 320,000 words of
 * five fields and a sliced string each were 31 MB promoted in this stage alone; three fields, 48 bytes a word; two, 40).
 */
export class Word {
  /** start * SPAN_UNIT + (end - start): a word is at most MAX_WORD + 1 characters. */
  private readonly span: number;
  constructor(start: number, end: number, private readonly form: WordForm) {
    this.span = start * SPAN_UNIT + (end - start);
  }

  get start(): number {
    const s = this.span;
    // Bit operations while the number fits 32 bits (any report the engine analyzes), arithmetic beyond.
    return s < 0x80000000 ? s >>> SPAN_BITS : Math.floor(s / SPAN_UNIT);
  }
  get end(): number {
    const s = this.span;
    return s < 0x80000000 ? (s >>> SPAN_BITS) + (s & (SPAN_UNIT - 1)) : Math.floor(s / SPAN_UNIT) + (s % SPAN_UNIT);
  }
  /** The word as written (format characters inside a token left out, as the token's text has them). */
  get text(): string { return this.form.info.text; }
  /** wink POS of the token starting here, or '' when tokens do not line up. */
  get pos(): string { return POS_TAGS.strings[(this.form.bits >>> FLAG_BITS) & POS_MASK]; }
  /** What stands between the previous word and this one ('' when adjacent), capped at a few characters. */
  get gap(): string { return GAPS.strings[this.form.bits >>> (FLAG_BITS + POS_BITS)]; }
  get lower(): string { return this.form.info.lower; }
  get fold(): string { return this.form.info.fold; }
  /** The fold key's node in the name tables' index (tables.ts); null when no entry is or starts with it. */
  get table(): FoldNode | null { return this.form.info.table; }
  /** First letter upper case. */
  get cap(): boolean { return this.form.info.cap; }
  /** Word classes from the text alone (lexicon.ts); PUNCT alone for punctuation. */
  get flags(): number { return this.form.info.flags; }
  /** One object per lower-case form in a scan, so a pass can mark forms without a set of strings; null for punctuation. */
  get key(): LowerKey | null { return this.form.info.key; }
  /** First word of a sentence, line or quotation. */
  get first(): boolean { return (this.form.bits & FIRST) !== 0; }
  /** A possessive ending ("'s", "’s", "ʼs", or a bare apostrophe) follows. */
  get poss(): boolean { return (this.form.bits & POSS) !== 0; }
  /** The word is not a run of letters/digits but one punctuation mark (kept so rules can see commas and brackets). */
  get punct(): boolean { return (this.form.bits & PUNCT_MARK) !== 0; }
}

/** What every word of one text and bits shares; the forms of one text are a chain from its TextInfo. */
class WordForm {
  constructor(
    readonly info: TextInfo,
    /** FIRST | POSS | PUNCT_MARK, then the POS tag's index, then the gap's (see pack). */
    readonly bits: number,
    readonly next: WordForm | null,
  ) {}
}

/**
 * Forms a text's chain holds at most: a word's text is met with a few tags and gaps; a hostile report writing one word
 * with ever new gaps gets a form per word past this, so no word walks a long chain.
 */
const MAX_FORMS_PER_TEXT = 16;

/** The shared form of words of `info` and `bits` (made once per text and bits, as long as the caches hold). */
function formOf(info: TextInfo, bits: number): WordForm {
  let n = 0;
  for (let f = info.forms; f; f = f.next, n++) if (f.bits === bits) return f;
  if (n >= MAX_FORMS_PER_TEXT) return new WordForm(info, bits, null);
  return (info.forms = new WordForm(info, bits, info.forms));
}

/**
 * Strings numbered in the order met, so a word keeps a small number instead of a reference. Emptied between scans only
 * (when over its limit), never during one, so every number a scan hands out stays valid while its words are read.
 */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly limit: number) {}
  numberOf(s: string): number {
    let n = this.index.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.index.set(s, n);
    }
    return n;
  }
  /** Between scans: starts afresh once more strings than the limit were met; true when it did. */
  trim(): boolean {
    if (this.strings.length <= this.limit) return false;
    this.strings.length = 0;
    this.index.clear();
    return true;
  }
}

const FLAG_BITS = 3;
/** wink's tag set has 18 tags, and '' for a word no token starts. */
const POS_BITS = 5;
const POS_MASK = (1 << POS_BITS) - 1;
const POS_TAGS = new StringTable(POS_MASK);
/**
 * Gaps are at most four characters; a hostile report may write many different ones, at most one per word (the bits
 * left hold 2^24 numbers; an analyzed report has at most 2,000,000 characters, so at most 1,000,000 words).
 */
const GAPS = new StringTable(1 << 16);
/** Gaps of one or two characters by their character codes, so the common ones cost no string per word. */
const SHORT_GAPS = new Map<number, number>();

/** The gap text[from, to)'s number in GAPS; the slice is made only for a gap of three or four characters, or a new one. */
function gapNumber(text: string, from: number, to: number): number {
  const n = to - from;
  if (n > 2) return GAPS.numberOf(text.slice(from, to));
  const key = n === 0 ? 0 : n === 1 ? 1 + text.charCodeAt(from) : 0x10001 + text.charCodeAt(from) * 0x10000 + text.charCodeAt(from + 1);
  let k = SHORT_GAPS.get(key);
  if (k === undefined) SHORT_GAPS.set(key, (k = GAPS.numberOf(text.slice(from, to))));
  return k;
}

/** The number a Word keeps: its flags, its POS tag's number and its gap's. */
function pack(flags: number, pos: string, gap: number): number {
  return flags | (POS_TAGS.numberOf(pos) << FLAG_BITS) | (gap << (FLAG_BITS + POS_BITS));
}

const FIRST = 1;
const POSS = 2;
const PUNCT_MARK = 4;

/** Marks a pass leaves on a lower-case form (see newMark). */
export interface LowerKey {
  /** Set by a scan on the forms its report writes in lower case (Scan.lowerMark). */
  seenMark: number;
}

let marks = 0;
/** A number no earlier pass has used to mark lower-case forms. */
function newMark(): number {
  return ++marks;
}

const MAX_WORD = 64;
/** A word's length fits SPAN_BITS bits (at most MAX_WORD letters and a closing dot, or one mark). */
const SPAN_BITS = 7;
const SPAN_UNIT = 1 << SPAN_BITS;

/** What a word's text alone decides, cached by text: reports repeat their words, so most words cost one look-up. */
interface TextInfo {
  /** The text itself (the cache's key), so words of one text share one string. */
  text: string;
  lower: string;
  fold: string;
  table: FoldNode | null;
  cap: boolean;
  flags: number;
  /** Null for punctuation only. */
  key: LowerKey | null;
  /** The chain of words' forms of this text (formOf). */
  forms: WordForm | null;
}
const INFO = new Map<string, TextInfo>();
const KEYS = new Map<string, LowerKey>();
/** The caches are emptied between scans only, never during one: a scan's words of one lower-case form share one key. */
const INFO_LIMIT = 50000;
function infoOf(t: string): TextInfo {
  let info = INFO.get(t);
  if (info) return info;
  const fold = foldKey(t);
  const lower = t.toLowerCase();
  const cap = isUpper(t[0]);
  let key = KEYS.get(lower);
  if (!key) KEYS.set(lower, key = { seenMark: 0 });
  const table = foldNode(fold);
  info = { text: t, lower, fold, table, cap, flags: wordClass(t, lower, fold, cap) | (table ? TABLE : 0), key, forms: null };
  INFO.set(t, info);
  return info;
}

/** A punctuation mark's info: its text as its fold, no table node, no key, PUNCT alone for its classes. */
const PUNCT_INFO = new Map<string, TextInfo>();
function punctInfoOf(t: string): TextInfo {
  let info = PUNCT_INFO.get(t);
  if (!info) PUNCT_INFO.set(t, info = { text: t, lower: t.toLowerCase(), fold: t, table: null, cap: false, flags: PUNCT, key: null, forms: null });
  return info;
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  if (c === 0x2bc || c === 0x2019 || c === 0x2018) return false; // apostrophes
  // Blanks and marks outside the ranges below (ogham space, Mongolian vowel separator, byte-order mark): a name they
  // follow ends there, or "Kyiv" pasted with a mark after it would be a name of its own.
  if (c === 0x1680 || c === 0x180e || c === 0xfeff) return false;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}
/** The characters the tokenizer treats as spaces when it blanks long runs. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 96;
}

/** A report's words, with their classes in one typed array (passes over the words that skip most of them read only it). */
export interface Scan {
  words: Word[];
  /** Each word's flags (lexicon.ts); valid until the next scan, which reuses the array. */
  classes: Int32Array;
  /** The mark this scan left on the key of every lower-case form written in lower case somewhere in the report. */
  lowerMark: number;
}

const classBuffer = reusable(n => new Int32Array(n));
/**
 * Room a scan's classes start with; they grow by doubling as words come. Sized by the report's length instead, a report
 * over 256K characters (scratch.ts's MAX_KEPT) needed a fresh array of four bytes a character on every analysis, though
 * it holds a word per five or six characters of prose and none in a run of blank lines: the entity stage on 300 to 800
 * KB of NBSP lines took 5.4-6.0 us/KB against 2.1-2.5 below 256K characters (2.4-2.5 with the array kept throughout).
 */
const FIRST_ROOM = 1 << 12;

/** The classes of `st` with room for twice as many words, their values kept. */
function moreRoom(classes: Int32Array): Int32Array {
  const more = classBuffer(2 * classes.length);
  // The buffer is reused: a larger view of the same memory already holds the values; a new one is given them.
  if (more.buffer !== classes.buffer) more.set(classes);
  return more;
}

/** Splits the report body into words and single punctuation marks. Linear in the text length. */
export function scanWords(prepared: PreparedText): Scan {
  const { text, bodyStart } = prepared;
  // Where the tokenizer blanked Markdown (text/markup.ts): a heading's hashes and a quote's ">" are no words either.
  const prose = prepared.prose ?? text;
  const lowerMark = newMark();
  const classes = classBuffer(FIRST_ROOM);
  if (INFO.size >= INFO_LIMIT || KEYS.size >= INFO_LIMIT) { INFO.clear(); KEYS.clear(); }
  if (PUNCT_INFO.size >= INFO_LIMIT) PUNCT_INFO.clear();
  if (GAPS.trim()) SHORT_GAPS.clear();
  const st: ScanState = {
    prepared, words: [], classes, lowerMark, ti: 0, si: 0, first: true, gapStart: bodyStart,
  };
  let i = bodyStart;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) { st.first = true; i++; continue; }
    if (isSpace(c) || ((c === 35 || c === 62) && prose.charCodeAt(i) === 32)) { i++; continue; }
    if (i === bodyStart || isSpace(text.charCodeAt(i - 1))) {
      const r = blankedRunEnd(text, i);
      if (r >= 0) {
        st.gapStart = i;
        i = r;
        continue;
      }
    }
    const punct = !isLetter(c);
    let end = i + 1;
    let after = i + 1;
    if (!punct) {
      let j = letterRunEnd(text, i);
      if (j - i > MAX_WORD) {
        // Too long to be a name: skip the whole run.
        while (j < n && isLetter(text.charCodeAt(j))) j++;
        st.gapStart = j;
        i = j;
        st.first = false;
        continue;
      }
      // "U.S." keeps its final dot when every part is one letter.
      if (j < n && text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46) j++;
      end = j;
      after = possessiveAfter(text, j);
    }
    addWord(st, i, end, after > end, punct, c);
    st.gapStart = after;
    i = after;
  }
  return { words: st.words, classes: st.classes.subarray(0, st.words.length), lowerMark };
}

/**
 * The scan's state. Tokens and sentences are in text order and words are met in text order: two cursors replace
 * look-up tables. The loop keeps its state in this one object (no closures), as it runs once per word of every report.
 */
interface ScanState {
  prepared: PreparedText;
  words: Word[];
  classes: Int32Array;
  lowerMark: number;
  /** Cursors into the tokens and the sentences. */
  ti: number;
  si: number;
  /** The next word starts a sentence. */
  first: boolean;
  /** Where the space before the next word starts. */
  gapStart: number;
}

/**
 * The tokenizer blanks runs longer than MAX_WORD (they are never words): skip them too, so that a megabyte of
 * "1,1,1," costs one pass. The gap before the next word keeps the run's text, so no phrase spans it.
 * The end of such a run from i, or -1 when the run from i is no longer than MAX_WORD.
 */
function blankedRunEnd(text: string, i: number): number {
  const n = text.length;
  let r = i;
  while (r < n && r - i <= MAX_WORD && !isSpace(text.charCodeAt(r))) r++;
  if (r - i <= MAX_WORD) return -1;
  while (r < n && !isSpace(text.charCodeAt(r))) r++;
  return r;
}

/** The end of the word of letters from i (more than MAX_WORD past i when it is too long to be a name). */
function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && j - i <= MAX_WORD) {
    const d = text.charCodeAt(j);
    if (isLetter(d)) { j++; continue; }
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 32;
    // "U.S.", "Censor.NET", "ua.news", "RFE/RL", "AT&T": joiners between letters stay inside the word.
    if ((d === 46 || d === 47 || d === 38) && isLetter(next) && next !== 0) { j++; continue; }
    // O'Brien, but not the possessive "Russia's".
    if (isApostrophe(d) && isLetter(next)) {
      const a = j + 2 < n ? text.charCodeAt(j + 2) : 32;
      if ((next === 115 || next === 83) && !isLetter(a)) break;
      if (d === 39 || d === 0x2019 || d === 0x2bc) { j++; continue; }
    }
    break;
  }
  return j;
}

/** The end of a possessive ("'s", or "'" after an s) right after the word ending at j; j when there is none. */
function possessiveAfter(text: string, j: number): number {
  const n = text.length;
  const k = j;
  if (k < n && isApostrophe(text.charCodeAt(k))) {
    const s = k + 1 < n ? text.charCodeAt(k + 1) : 32;
    if ((s === 115 || s === 83) && !(k + 2 < n && isLetter(text.charCodeAt(k + 2)))) return k + 2;
    if (text.charCodeAt(j - 1) === 115 && !isLetter(s)) return k + 1;
  }
  return k;
}

/** Adds the word start..end with its token's part of speech, its gap, its classes and its sentence start. */
function addWord(st: ScanState, start: number, end: number, poss: boolean, punct: boolean, c: number): void {
  const { text, tokens, sentences } = st.prepared;
  while (st.ti < tokens.length && tokens[st.ti].start < start) st.ti++;
  const at = st.ti < tokens.length && tokens[st.ti].start === start ? tokens[st.ti] : null;
  const pos = at ? at.pos : '';
  // Most words are exactly one token: reuse its strings instead of slicing and lower-casing again.
  const tok = pos && at!.end === end ? at : null;
  const t = tok ? tok.text : text.slice(start, end);
  const gap = gapNumber(text, st.gapStart, Math.min(start, st.gapStart + 4));
  while (st.si < sentences.length && sentences[st.si].start < start) st.si++;
  if (st.si < sentences.length && sentences[st.si].start === start) st.first = true;
  const info = punct ? punctInfoOf(t) : infoOf(t);
  if (st.words.length === st.classes.length) st.classes = moreRoom(st.classes);
  st.classes[st.words.length] = info.flags;
  if (!punct && !info.cap) info.key!.seenMark = st.lowerMark;
  const bits = pack((st.first && !punct ? FIRST : 0) | (poss ? POSS : 0) | (punct ? PUNCT_MARK : 0), pos, gap);
  st.words.push(new Word(start, end, formOf(info, bits)));
  // After a mark, a sentence starts at ". ! ?" and not after ":"; opening quotes and brackets keep a start pending.
  if (!punct) st.first = false;
  else if (c === 46 || c === 33 || c === 63) st.first = true;
  else if (c === 58) st.first = false;
}
