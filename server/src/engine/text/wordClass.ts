// Where the words of a class occur in a report, indexed once per report and class: a figure's clause is scanned for
// modal, event or "now" words by jumping from one occurrence to the next, not token by token, so a line holding
// thousands of figures (a price list) costs each figure only the words of the class its clause really holds.
import type { Token } from '../types';
import { memoOfLastReport } from './reportMemo';

/**
 * next[i]: index of the first token at or after i whose lower-case text is in the class, or tokens.length;
 * prev[i]: index of the last such token before i, or -1. Both run from 0 to tokens.length.
 */
export interface WordClassIndex {
  next: Int32Array;
  prev: Int32Array;
}

// Each class asked about gets one bit, and each word the bits of the classes holding it: a report's tokens are then
// looked up once (one map read per token) for all its classes, not once per class. Classes beyond the 32nd are
// indexed by their own set. The claim steps ask about 32 classes: with 31 bits the last of them read every token's
// word from its set again, once per report; the 32nd bit is the sign bit (1 << 31), which the `&` tests alike.
const BIT_OF = new Map<ReadonlySet<string>, number>();
const BITS = new Map<string, number>();
const MAX_CLASSES = 32;

function bitOf(words: ReadonlySet<string>): number {
  let bit = BIT_OF.get(words);
  if (bit !== undefined) return bit;
  bit = BIT_OF.size < MAX_CLASSES ? 1 << BIT_OF.size : 0;
  BIT_OF.set(words, bit);
  if (bit) for (const w of words) BITS.set(w, (BITS.get(w) ?? 0) | bit);
  return bit;
}

/** One report's indexes: its tokens' class bits (for the classes known when they were read) and the class indexes. */
interface PerReport {
  bits: Int32Array | null;
  /** How many classes had bits when `bits` was read: a class added since makes it stale. */
  classes: number;
  indexes: Map<ReadonlySet<string>, WordClassIndex>;
  /** The bits of every class that occurs in the report at all (the union of `bits`). */
  present: number;
  /** The one index of every class that does not occur: next[i] = tokens.length throughout (made at first need). */
  empty: Index | null;
}

const cache = new WeakMap<readonly Token[], PerReport>();
/** The report asked about last: the claim extractor asks several times per figure about one report's tokens. */
let lastTokens: readonly Token[] | null = null;
let last: PerReport | null = null;
memoOfLastReport(() => {
  lastTokens = null;
  last = null;
});

/** prev is read by few callers: worked out from next on first use. */
class Index implements WordClassIndex {
  private before: Int32Array | null = null;
  constructor(readonly next: Int32Array) {}
  get prev(): Int32Array {
    if (this.before) return this.before;
    const { next } = this;
    const prev = new Int32Array(next.length);
    prev[0] = -1;
    for (let i = 0; i + 1 < next.length; i++) prev[i + 1] = next[i] === i ? i : prev[i];
    return (this.before = prev);
  }
}

function bitsOf(tokens: readonly Token[]): Int32Array {
  const bits = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) bits[i] = BITS.get(tokens[i].lower) ?? 0;
  return bits;
}

/** The bits of all classes any token holds. */
function unionOf(bits: Int32Array): number {
  let union = 0;
  for (let i = 0; i < bits.length; i++) union |= bits[i];
  return union;
}

/**
 * The index of a class that no token of the report holds: one shared, read-only array of "none ahead" for all such
 * classes. Most of the 32 classes are absent from most reports (a report of one short sentence repeated holds two or
 * three), and each had its own array as long as the report, written in full.
 */
function emptyIndex(r: PerReport, words: ReadonlySet<string>, n: number): WordClassIndex {
  if (!r.empty) r.empty = new Index(new Int32Array(n + 1).fill(n));
  r.indexes.set(words, r.empty);
  return r.empty;
}

/** The occurrence index of `words` in `tokens`; the token array is never changed after tokenizing, so it is the key. */
export function wordClassIndex(tokens: readonly Token[], words: ReadonlySet<string>): WordClassIndex {
  let r = tokens === lastTokens ? last : cache.get(tokens);
  if (!r) cache.set(tokens, (r = { bits: null, classes: 0, indexes: new Map(), present: 0, empty: null }));
  lastTokens = tokens;
  last = r;
  let ix = r.indexes.get(words);
  if (ix) return ix;
  const bit = bitOf(words);
  const n = tokens.length;
  if (bit && (!r.bits || r.classes !== BIT_OF.size)) {
    r.bits = bitsOf(tokens);
    r.present = unionOf(r.bits);
    r.classes = BIT_OF.size;
  }
  if (bit && (r.present & bit) === 0) return emptyIndex(r, words, n);
  const next = new Int32Array(n + 1);
  next[n] = n;
  if (bit) {
    const bits = r.bits!;
    for (let i = n - 1; i >= 0; i--) next[i] = (bits[i] & bit) !== 0 ? i : next[i + 1];
  } else {
    for (let i = n - 1; i >= 0; i--) next[i] = words.has(tokens[i].lower) ? i : next[i + 1];
  }
  ix = new Index(next);
  r.indexes.set(words, ix);
  return ix;
}

/** The first token in [from, to) whose word is in the class, or -1. Loops over all of them: i = next[i + 1]. */
export function firstIn(ix: WordClassIndex, from: number, to: number): number {
  const i = ix.next[Math.max(0, Math.min(from, ix.next.length - 1))];
  return i < to ? i : -1;
}
