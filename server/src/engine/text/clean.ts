// The text wink-nlp reads: odd whitespace made plain, invisible format characters and blanks ending a line dropped, with
// a map from each character back to the report. wink drops some characters (BOM, form feed, U+000B, U+1680,
// U+2000-U+2008, U+2028/2029, U+3000) from both its token values and its spacing, so offsets counted from its
// output drifted after the first one; and a run of lines holding only blanks costs it quadratic time. A currency sign
// glued to a figure ("$2bn", "€4") gets a space after it: wink splits it there anyway, but only after a recursive
// regular-expression descent that allocates about a kilobyte per character of a price list.

import { fromCodeUnits } from './codeUnits';
import { LETTER_CURRENCY, MAGNITUDE_WORD } from '../quantities/units';

/** What becomes of a character: kept, made a space, made a line break, or dropped (invisible format characters). */
const KEEP = 0;
const SPACE = 1;
const LINE = 2;
const DROP = 3;
/** Kept as it is, but a blank: dropped with the rest of a run of blanks that ends a line. */
const BLANK = 4;

/**
 * One class per UTF-16 code unit, derived from the Unicode categories: Zs (except the no-break spaces wink reads
 * as spaces) become a space; Zl, Zp and the line-like controls (VT, FF, FS, GS, RS, NEL) a line break (pdftotext
 * ends pages with a form feed); other controls a space; Cf (BOM, soft hyphen, zero-width and bidi marks) dropped.
 */
const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  const zs = /\p{Zs}/u;
  const cf = /\p{Cf}/u;
  const cc = /\p{Cc}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const ch = String.fromCharCode(c);
    if (cc.test(ch)) t[c] = SPACE;
    else if (zs.test(ch)) t[c] = SPACE;
    else if (cf.test(ch)) t[c] = DROP;
  }
  for (const c of [0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]) t[c] = LINE;
  for (const c of [0x20, 0x09, 0xa0, 0x202f]) t[c] = BLANK;
  t[0x0a] = KEEP;
  t[0x0d] = KEEP;
  return t;
})();

/** Currency signs (Unicode Sc), which wink always splits from a figure that follows them. */
const CURRENCY: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  const sc = /\p{Sc}/u;
  for (let c = 0; c < 0x10000; c++) if (!(c >= 0xd800 && c < 0xe000) && sc.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordCode = (c: number): boolean => isDigit(c) || isLetterCode(c);

/** Longest code of LETTER_CURRENCY ("KSh"). */
const LETTER_CODE_MAX = Math.max(...[...LETTER_CURRENCY.keys()].map(k => k.length));
/** Scale words after a money figure ("R12.7 billion", "Sh214m", hyphenated as South African papers print "R4-million"). */
const MONEY_SCALE = /^[ -]?(?:million|billion|trillion|bn|mn|tn|m|crore|lakh)(?![A-Za-z0-9])/;

/**
 * Round 32 (probe32a): the length of a currency's letters at i (LETTER_CURRENCY: "K412.30", "R1,000", "Sh214 million")
 * when a figure shaped like money is glued after them: thousands groups, three digits or more, or a scale word after
 * it. 0 otherwise ("K9", "R2", "N95", "A380" stay names). Reads a bounded stretch, so the text stays linear.
 */
export function letterCurrencyAt(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < LETTER_CODE_MAX && isLetterCode(s.charCodeAt(j))) j++;
  if (j >= s.length || !isDigit(s.charCodeAt(j)) || !LETTER_CURRENCY.has(s.slice(i, j))) return 0;
  let k = j;
  while (k < s.length && k - j < 4 && isDigit(s.charCodeAt(k))) k++;
  const lead = k - j;
  let groups = 0;
  while (lead <= 3 && k + 3 < s.length && s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)) &&
    isDigit(s.charCodeAt(k + 2)) && isDigit(s.charCodeAt(k + 3)) && groups < 5) { k += 4; groups++; }
  if (k + 1 < s.length && s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1))) {
    k++;
    while (k < s.length && isDigit(s.charCodeAt(k)) && k - j < 16) k++;
  }
  if (k < s.length && isDigit(s.charCodeAt(k))) return 0;
  const scaled = MONEY_SCALE.test(s.slice(k, k + 9));
  if (!scaled && k < s.length && isLetterCode(s.charCodeAt(k))) return 0;
  return groups > 0 || lead >= 3 || scaled ? j - i : 0;
}

/** Format characters outside the BMP (tags of flag emoji, musical and shorthand format controls). */
const ASTRAL_FORMAT = /^\p{Cf}$/u;

export interface Cleaned {
  /** What wink reads. */
  text: string;
  /** Index in the input of each character of `text`, plus one entry for the end; null when no character was dropped. */
  orig: Int32Array | null;
}

const isBreak = (c: number): boolean => c === 10 || c === 13 || CLASS[c] === LINE;

/** Whether s[i] opens a surrogate pair (an astral character, two code units). */
function pairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c >= 0xdc00 || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d < 0xe000;
}

/**
 * The class of the character at i. Its length in code units is unitsAt's: one number per call, not a pair in an
 * array (a text of odd blanks classifies each blank twice, and the pairs were 30 bytes a character of garbage).
 */
function classAt(s: string, i: number): number {
  if (pairAt(s, i)) return ASTRAL_FORMAT.test(s.slice(i, i + 2)) ? DROP : KEEP;
  return CLASS[s.charCodeAt(i)];
}

/** The length in code units of the character at i (2 for a surrogate pair). */
function unitsAt(s: string, i: number): number {
  return pairAt(s, i) ? 2 : 1;
}

/**
 * Builds the cleaned text in an array of UTF-16 code units, made into a string in large chunks at the end. (Gathering
 * the unchanged stretches as slices and joining them cost about a microsecond per edit: a text full of odd blanks has an
 * edit every few characters, and joining its hundreds of thousands of slices took ten times as long as this.) Nothing is
 * allocated until the first edit, so a text needing none is returned as it is.
 */
class Builder {
  private out: Uint16Array | null = null;
  /** Code units written to `out`. */
  private length = 0;
  /** Input up to here is in `out` (or dropped). */
  private pending = 0;
  orig: Int32Array | null = null;

  constructor(private readonly s: string) {}

  /** Copies the unchanged input [pending, to). */
  private flush(to: number): void {
    if (to <= this.pending) return;
    const out = this.reserve(to - this.pending);
    const { s, orig } = this;
    let n = this.length;
    for (let k = this.pending; k < to; k++, n++) {
      out[n] = s.charCodeAt(k);
      if (orig) orig[n] = k;
    }
    this.length = n;
    this.pending = to;
  }

  /** Room for `more` code units and the end entry of `orig` (inserted spaces make the text longer than the input). */
  private reserve(more: number): Uint16Array {
    const need = this.length + more + 1;
    if (!this.out) this.out = new Uint16Array(Math.max(need, this.s.length + 16));
    if (need > this.out.length) {
      const size = Math.max(this.out.length * 2, need);
      const out = new Uint16Array(size);
      out.set(this.out.subarray(0, this.length));
      this.out = out;
      if (this.orig) {
        const orig = new Int32Array(size);
        orig.set(this.orig.subarray(0, this.length));
        this.orig = orig;
      }
    }
    return this.out;
  }

  /** The map back, identity up to here, from the first edit that moves characters. */
  private mapped(): Int32Array {
    if (!this.orig) {
      const orig = new Int32Array(this.reserve(0).length);
      for (let k = 0; k < this.length; k++) orig[k] = k;
      this.orig = orig;
    }
    return this.orig;
  }

  /** Input character i becomes the code unit `ch`. */
  private put(i: number, ch: number): void {
    const out = this.reserve(1);
    if (this.orig) this.orig[this.length] = i;
    out[this.length++] = ch;
  }

  replace(i: number, ch: number): void {
    this.flush(i);
    this.put(i, ch);
    this.pending = i + 1;
  }

  drop(from: number, to: number): void {
    this.flush(from);
    this.mapped();
    this.pending = to;
  }

  /** A space before input character i, mapped to i: never part of a token, so no offset points at it. */
  insertSpace(i: number): void {
    this.flush(i);
    this.mapped();
    this.put(i, 32);
  }

  done(): Cleaned {
    if (!this.out) return { text: this.s, orig: null };
    this.flush(this.s.length);
    const orig = this.orig ? this.orig.subarray(0, this.length + 1) : null;
    if (orig) orig[this.length] = this.s.length;
    return { text: fromCodeUnits(this.out.subarray(0, this.length)), orig };
  }
}

/**
 * s[i] is a hyphen gluing a figure to the unit word written before it ("the magnitude-6.9 quake"): wink keeps
 * "magnitude-6" one word and splits the decimal off, so the figure was lost. The hyphen becomes a space, one character
 * for one. Reads a bounded stretch.
 */
function gluedMagnitudeAt(s: string, i: number): boolean {
  const n = MAGNITUDE_WORD.length;
  if (i < n || i + 1 >= s.length || !isDigit(s.charCodeAt(i + 1))) return false;
  if (i > n && isWordCode(s.charCodeAt(i - n - 1))) return false;
  return s.slice(i - n, i).toLowerCase() === MAGNITUDE_WORD;
}

/** One pass, linear: each character is classified once and copied at most once. */
export function cleanForTokenizer(s: string): Cleaned {
  const out = new Builder(s);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (CURRENCY[c] === 1 && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) out.insertSpace(i + 1);
    if (c >= 65 && c <= 90 && (i === 0 || !isWordCode(s.charCodeAt(i - 1)))) {
      const n = letterCurrencyAt(s, i);
      if (n > 0) out.insertSpace(i + n);
    }
    if (c === 45 && gluedMagnitudeAt(s, i)) { out.replace(i, 32); i++; continue; }
    if (c > 0x20 && c < 0x7f) { i++; continue; }
    const cls = classAt(s, i);
    const len = unitsAt(s, i);
    if (cls === SPACE || cls === BLANK) {
      i = blanks(s, i, out);
      continue;
    }
    if (cls === LINE) out.replace(i, 10);
    else if (cls === DROP) out.drop(i, i + len);
    i += len;
  }
  return out.done();
}

/** A run of blanks from i: dropped when it ends a line, else each one made a plain space. */
function blanks(s: string, i: number, out: Builder): number {
  let j = i;
  for (;;) {
    if (j >= s.length) break;
    const cls = classAt(s, j);
    if (cls !== SPACE && cls !== BLANK && cls !== DROP) break;
    j += unitsAt(s, j);
  }
  if (j < s.length && isBreak(s.charCodeAt(j))) {
    out.drop(i, j);
    return j;
  }
  for (let k = i; k < j;) {
    const cls = classAt(s, k);
    const len = unitsAt(s, k);
    if (cls === SPACE) out.replace(k, 32);
    else if (cls === DROP) out.drop(k, k + len);
    k += len;
  }
  return j;
}

/** The text less its invisible format characters (what wink read of it). */
export function stripFormat(s: string): string {
  return FORMAT.test(s) ? s.replace(FORMAT_ALL, '') : s;
}
const FORMAT = /\p{Cf}/u;
const FORMAT_ALL = /\p{Cf}/gu;
