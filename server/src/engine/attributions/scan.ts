// Token-level helpers for attribution scanning: clause units, quotations, noun-phrase edges.
// Everything here walks the token array with bounded look-around, so the whole pass stays linear.
import type { PreparedText, Token } from '../types';
import { SENTENCE_OPENERS, TIME_WORDS } from './words';
import { isPossessiveEnding } from '../text/possessive';
import { PLURAL_DEMONSTRATIVES, RELATIVE_PRONOUNS } from '../text/pronouns';

export interface Unit {
  /** Token range [a, b) of one sentence-like unit. */
  a: number;
  b: number;
}

export interface Quote {
  open: number;
  close: number;
}

const QUOTE_CHARS = new Set(['"', '“', '”', '«', '»', '„']);
const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

export function isQuote(t: Token): boolean {
  return QUOTE_CHARS.has(t.text);
}
export function isNewline(t: Token): boolean {
  return t.type === 'tabCRLF';
}
export function isWord(t: Token): boolean {
  return t.type === 'word' || t.type === 'number' || t.type === 'ordinal';
}
export function isCap(t: Token): boolean {
  // ASCII (nearly every token) without a lower-cased copy of its first letter.
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}
export function isDash(t: Token): boolean {
  // "―" (horizontal bar) is the typographers' dash before the author of a quotation.
  return t.text === '-' || t.text === '–' || t.text === '—' || t.text === '--' || t.text === '―';
}

/**
 * Sentence-like units: wink sentences cut at line breaks (headlines and bylines have no full stop)
 * and glued back where wink split inside a word ("Censor." + "NET").
 */
export function buildUnits(p: PreparedText): Unit[] {
  const out: Unit[] = [];
  const toks = p.tokens;
  for (const s of p.sentences) {
    let a = s.tokenStart;
    for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
      if (i === s.tokenEnd || isNewline(toks[i])) {
        if (i > a) push(a, i);
        a = i + 1;
      }
    }
  }
  function push(a: number, b: number): void {
    const prev = out[out.length - 1];
    if (prev && prev.b === a && toks[a - 1].text === '.' && toks[a - 1].end === toks[a].start) {
      prev.b = b;
      return;
    }
    // A sentence never opens in lower case: the splitter stopped at an abbreviation ("Sanders (I-Vt.) said").
    if (prev && prev.b === a && toks[a].type === 'word' && /^[a-z]/.test(toks[a].text) && afterAbbreviation(a)) {
      prev.b = b;
      return;
    }
    out.push({ a, b });
  }
  /** Does the unit before token `a` end with a short capitalized abbreviation ("Vt.", "Pa.)", "Calif.")? */
  function afterAbbreviation(a: number): boolean {
    let k = a - 1;
    if (k > 0 && toks[k].text === ')') k--;
    const t = toks[k];
    // "Sen." or "Calif." kept as one word by the tokenizer.
    if (t.type === 'word' && isCap(t) && t.text.endsWith('.') && t.text.length <= 7) return true;
    if (k < 1 || t.text !== '.') return false;
    const w = toks[k - 1];
    return w.end === toks[k].start && w.type === 'word' && isCap(w) && w.text.length <= 5;
  }
  return out;
}

/**
 * Quotations paired within a paragraph: curly quotes open and close by shape, straight quotes
 * alternate. A quote left open at a blank line is dropped.
 */
export function findQuotes(p: PreparedText): Quote[] {
  const out: Quote[] = [];
  const toks = p.tokens;
  let open = -1;
  let openMark = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isNewline(t) && t.text.indexOf('\n') !== t.text.lastIndexOf('\n')) { open = -1; continue; }
    // Two glued apostrophes are one quotation mark in some house styles (''This isn't reform,'' said X):
    // the mark stands at its second apostrophe, and quoteContent trims the first one of a closing mark.
    const double = doubleApostrophe(toks, i);
    // The tokenizer may glue the second apostrophe of an opening '' to the word after it ("''A lot" → "'", "'A").
    const gluedOpen = !double && open < 0 && gluedApostropheOpen(toks, i);
    if (double) i++;
    const mark = double || gluedOpen ? "''" : t.text;
    if (gluedOpen) { open = i; openMark = mark; continue; }
    if (!double && !QUOTE_CHARS.has(mark)) continue;
    if (open < 0) {
      if (!CLOSERS.has(mark)) { open = i; openMark = mark; }
    } else if (!OPENERS.has(mark) || mark === openMark) {
      if (mark === '„') continue;
      out.push({ open, close: i });
      open = -1;
    } else {
      open = i;
      openMark = mark;
    }
  }
  return out;
}

function gluedApostropheOpen(toks: Token[], i: number): boolean {
  const n = toks[i + 1];
  return toks[i].text === "'" && n !== undefined && n.start === toks[i].end && n.text.length > 1 && n.text.charAt(0) === "'" &&
    /[A-Za-z0-9]/.test(n.text.charAt(1));
}

/** Characters to skip at the start of a quotation's first token: 1 when it carries the second apostrophe of ''. */
export function gluedMarkWidth(toks: Token[], open: number): number {
  return gluedApostropheOpen(toks, open) ? 1 : 0;
}

function doubleApostrophe(toks: Token[], i: number): boolean {
  return toks[i].text === "'" && i + 1 < toks.length && toks[i + 1].text === "'" && toks[i].end === toks[i + 1].start;
}

/** A quotation mark at token k, the second apostrophe of a '' mark included. */
export function isQuoteAt(toks: Token[], k: number): boolean {
  return isQuote(toks[k]) || (k > 0 && doubleApostrophe(toks, k - 1));
}

/** The first apostrophe of a closing '' mark, which the quotation's content leaves out. */
export function isHalfMark(toks: Token[], k: number, close: number): boolean {
  return k === close - 1 && toks[k].text === "'" && toks[close].text === "'";
}

const NP_FUNCTION = new Set(['of', 'for', 'in', 'from', 'at']);
const NP_STOP = new Set([
  ...RELATIVE_PRONOUNS, 'this', ...PLURAL_DEMONSTRATIVES, 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'there', 'here', 'what', 'when', 'where', 'while', 'if', 'as', 'but', 'or', 'so', 'not', 'no',
  'has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'may', 'can', 'could',
  'also', 'said', 'says', 'according', 'citing', 'to', 'on', 'by', 'with', 'about', 'than',
]);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const JOINERS = new Set(["'s", '’s', '-', '/', '.', "'", '’', '%']);

/** Can this token be part of a noun phrase naming a source? POS is noisy, so capitals count as names. */
/** Is the token a percent sign glued to the number before it ("42%")? */
export function percentSign(toks: Token[], j: number): boolean {
  return toks[j].text === '%' && j > 0 && toks[j - 1].type === 'number' && toks[j - 1].end === toks[j].start;
}

export function npToken(t: Token): boolean {
  if (!isWord(t)) return JOINERS.has(t.text);
  // A capitalized opener ("Then", "Again", "To") is no name unless the tagger read one ("Will Rogers").
  if (isCap(t)) return t.pos === 'PROPN' || !SENTENCE_OPENERS.has(t.lower);
  if (NP_STOP.has(t.lower)) return false;
  return NP_POS.has(t.pos) || t.pos === 'PART';
}

/** A gerund used as a modifier inside a name or description ("the polling firm", "the ruling party"). */
function gerundModifier(toks: Token[], i: number, hi: number): boolean {
  const t = toks[i];
  if (t.type !== 'word' || isCap(t) || !t.lower.endsWith('ing') || t.lower.length < 5 || i + 1 >= hi) return false;
  const n = toks[i + 1];
  return isWord(n) && !isCap(n) && n.pos === 'NOUN' && !NP_STOP.has(n.lower);
}

function joinerOk(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (isPossessiveEnding(t.text)) return true;
  const prev = toks[i - 1];
  // "42%": a share ends with its sign.
  if (t.text === '%') return !!prev && prev.end === t.start && prev.type === 'number';
  const next = toks[i + 1];
  // A plural possessive ("Sanders’ campaign manager", "the voters' choice"): the apostrophe glued to a word in -s.
  if ((t.text === "'" || t.text === '’') && prev && prev.end === t.start && prev.lower.endsWith('s') && next && isWord(next)) return true;
  // Hyphens, slashes and dots only inside a written-together word ("RFE/RL", "U.S.").
  return !!prev && !!next && prev.end === t.start && t.end === next.start;
}

/** Noun phrase ending at token `j` (inclusive), scanning left at most `max` tokens; returns its first index or -1. */
export function npLeft(toks: Token[], j: number, lo: number, max = 16): number {
  let s = -1;
  for (let i = j; i >= lo && j - i < max; i--) {
    const t = toks[i];
    if (npToken(t) || (s === i + 1 && gerundModifier(toks, i, j + 1))) {
      if (!isWord(t) && !joinerOk(toks, i)) break;
      s = i;
      continue;
    }
    // "of"/"in"/"for" stay inside a phrase when a phrase continues on their left ("Office of the President").
    if (NP_FUNCTION.has(t.lower) && s >= 0 && i > lo && npToken(toks[i - 1]) && isWord(toks[i - 1])) continue;
    if (t.lower === 'and' && s === i + 1 && isCap(toks[s]) && i > lo && isCap(toks[i - 1])) continue;
    break;
  }
  if (s < 0) return -1;
  while (s <= j && !isWord(toks[s])) s++;
  while (s <= j && NP_FUNCTION.has(toks[s].lower)) s++;
  return s <= j ? s : -1;
}

/** Noun phrase starting at token `i`; returns its end (exclusive) or -1. */
export function npRight(toks: Token[], i: number, hi: number, max = 18, lenientFirst = false): number {
  let e = -1;
  for (let k = i; k < hi && k - i < max; k++) {
    const t = toks[k];
    // POS tags are noisy on noun compounds ("map/VERB data"): after "citing" any plain word may open the phrase.
    if (npToken(t) || (lenientFirst && k === i && t.type === 'word' && !NP_STOP.has(t.lower)) || gerundModifier(toks, k, hi)) {
      if (!isWord(t) && !joinerOk(toks, k)) break;
      if (!isWord(t) && e < 0) break;
      e = k + 1;
      continue;
    }
    if (NP_FUNCTION.has(t.lower) && e > 0 && k + 1 < hi && npToken(toks[k + 1]) && isWord(toks[k + 1])) continue;
    if (t.lower === 'and' && e === k && isCap(toks[k - 1]) && k + 1 < hi && isCap(toks[k + 1])) continue;
    break;
  }
  while (e > i && !isWord(toks[e - 1])) e--;
  return e > i ? e : -1;
}

/** The time words of attributions (words.ts), with "may" (a month in a time phrase: "on May 5"), "day" and "weekend". */
const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([...TIME_WORDS, 'may', 'day', 'weekend']);

/** Is token `j` the end of a time phrase ("on Sunday", "on January 20")? Returns the preposition's index or -1. */
export function timePhraseStart(toks: Token[], j: number, lo: number): number {
  if (j < lo || !(TIME_PHRASE_WORDS.has(toks[j].lower) || toks[j].type === 'number')) return -1;
  for (let k = j - 1; k >= lo && j - k <= 4; k--) {
    const l = toks[k].lower;
    // "six in 10" is a share, not a time.
    if (l === 'in' && k > lo && (toks[k - 1].type === 'number' || toks[k - 1].pos === 'NUM')) return -1;
    if (l === 'on' || l === 'in' || l === 'at' || l === 'during' || l === 'since' || l === 'last' || l === 'this' || l === 'earlier') return k;
    if (!(TIME_PHRASE_WORDS.has(l) || toks[k].type === 'number' || toks[k].text === ',')) return -1;
  }
  return -1;
}

/** Drops a trailing time phrase ("on Saturday, January 11", "on January 6") from a phrase [s, e). */
export function trimTime(toks: Token[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    const l = toks[k].lower;
    if (l === 'in' && (toks[k - 1].type === 'number' || toks[k - 1].pos === 'NUM')) continue; // "six in 10"
    if ((l === 'on' || l === 'in' || l === 'at' || l === 'during' || l === 'last' || l === 'this') &&
        k + 1 < e && (TIME_PHRASE_WORDS.has(toks[k + 1].lower) || toks[k + 1].type === 'number' ||
          (k + 2 < e && TIME_PHRASE_WORDS.has(toks[k + 2].lower)))) {
      return k;
    }
  }
  return e;
}

/** End of content: the unit's end without its closing full stop. */
export function contentEnd(toks: Token[], a: number, b: number): number {
  let e = b;
  while (e > a && (toks[e - 1].text === '.' || toks[e - 1].text === ',' || toks[e - 1].text === ':' || toks[e - 1].text === ';')) e--;
  return e;
}
