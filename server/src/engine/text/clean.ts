// The text wink-nlp reads: odd whitespace made plain, invisible format characters and blanks ending a line dropped, with
// a map from each character back to the report. wink drops some characters (BOM, form feed, U+000B, U+1680,
// U+2000-U+2008, U+2028/2029, U+3000) from both its token values and its spacing, so offsets counted from its
// output drifted after the first one; and a run of lines holding only blanks costs it quadratic time. A currency sign
// glued to a figure ("$2bn", "€4") gets a space after it: wink splits it there anyway, but only after a recursive
// regular-expression descent that allocates about a kilobyte per character of a price list.

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

/** Format characters outside the BMP (tags of flag emoji, musical and shorthand format controls). */
const ASTRAL_FORMAT = /^\p{Cf}$/u;

export interface Cleaned {
  /** What wink reads. */
  text: string;
  /** Index in the input of each character of `text`, plus one entry for the end; null when no character was dropped. */
  orig: Int32Array | null;
}

const isBreak = (c: number): boolean => c === 10 || c === 13 || CLASS[c] === LINE;

/** The class of the character at i, and its length in code units (2 for a surrogate pair). */
function classAt(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return [ASTRAL_FORMAT.test(s.slice(i, i + 2)) ? DROP : KEEP, 2];
  }
  return [CLASS[c], 1];
}

/** Builds the cleaned text piece by piece: unchanged stretches are copied once, in slices. */
class Builder {
  private parts: string[] = [];
  private pending = 0;
  private length = 0;
  orig: Int32Array | null = null;

  constructor(private readonly s: string) {}

  /** Copies the unchanged input [pending, to). */
  private flush(to: number): void {
    if (to <= this.pending) return;
    this.parts.push(this.s.slice(this.pending, to));
    if (this.orig) {
      this.reserve(to - this.pending);
      for (let k = this.pending; k < to; k++) this.orig[this.length++] = k;
    } else this.length += to - this.pending;
  }

  /** Room in `orig` for `more` characters and the end entry (inserted spaces make the text longer than the input). */
  private reserve(more: number): void {
    const orig = this.orig as Int32Array;
    if (this.length + more + 1 <= orig.length) return;
    const grown = new Int32Array(Math.max(orig.length * 2, this.length + more + 1));
    grown.set(orig.subarray(0, this.length));
    this.orig = grown;
  }

  private mapped(): Int32Array {
    if (!this.orig) {
      this.orig = new Int32Array(this.s.length + 1);
      for (let k = 0; k < this.length; k++) this.orig[k] = k;
    }
    return this.orig;
  }

  replace(i: number, ch: string): void {
    this.flush(i);
    this.parts.push(ch);
    if (this.orig) this.orig[this.length] = i;
    this.length++;
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
    this.reserve(1);
    this.parts.push(' ');
    (this.orig as Int32Array)[this.length++] = i;
    this.pending = i;
  }

  done(): Cleaned {
    if (this.parts.length === 0) return { text: this.s, orig: null };
    this.flush(this.s.length);
    const orig = this.orig ? this.orig.subarray(0, this.length + 1) : null;
    if (orig) orig[this.length] = this.s.length;
    return { text: this.parts.join(''), orig };
  }
}

/** One pass, linear: each character is classified once and copied at most once. */
export function cleanForTokenizer(s: string): Cleaned {
  const out = new Builder(s);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (CURRENCY[c] === 1 && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) out.insertSpace(i + 1);
    if (c > 0x20 && c < 0x7f) { i++; continue; }
    const [cls, len] = classAt(s, i);
    if (cls === SPACE || cls === BLANK) {
      i = blanks(s, i, out);
      continue;
    }
    if (cls === LINE) out.replace(i, '\n');
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
    const [cls, len] = classAt(s, j);
    if (cls !== SPACE && cls !== BLANK && cls !== DROP) break;
    j += len;
  }
  if (j < s.length && isBreak(s.charCodeAt(j))) {
    out.drop(i, j);
    return j;
  }
  for (let k = i; k < j;) {
    const [cls, len] = classAt(s, k);
    if (cls === SPACE) out.replace(k, ' ');
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
