// Offset look-ups over a report's tokens, shared by the recognizers and the claim extractor.
import type { Token } from '../types';

/**
 * The token ends of each token array asked about, as one typed array: the claim extractor asks several times per figure,
 * and a search over plain numbers skips loading a token object per step. Kept per array (weakly), not for the last one
 * asked about only: stages ask about different arrays in turn, and rebuilding the ends on each turn allocated some
 * 18 MB per 800 KB report. `last` is the previous answer: a figure's look-ups fall within a few tokens of each other and
 * figures come in text order, so each answer is searched for outward from it (profiled: a binary search over 200,000
 * ends missed the cache at most steps, about an eighth of the claim stage on a long list of short sentences).
 */
interface Ends { ends: Float64Array; last: number; sorted: boolean }
const ENDS = new WeakMap<readonly Token[], Ends>();
/** Arrays shorter than this are searched directly: building their ends would cost more than it saves. */
const MIN_INDEXED = 256;

/** Index of the first token that ends after `offset` (the token at `offset` when one starts there). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const n = tokens.length;
  if (n < MIN_INDEXED) return firstItemEndingAfter(tokens, offset);
  // The length check guards against an array changed since: token arrays are never changed after tokenizing.
  let known = ENDS.get(tokens);
  if (known?.ends.length !== n) {
    const ends = new Float64Array(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      ends[i] = tokens[i].end;
      if (i > 0 && ends[i] < ends[i - 1]) sorted = false;
    }
    ENDS.set(tokens, (known = { ends, last: 0, sorted }));
  }
  // Unsorted ends (never seen) keep the plain binary search, whose answer a search from the last one would not reproduce.
  return (known.last = firstEndingAfter(known.ends, offset, known.sorted ? known.last : -1));
}

/**
 * The first index whose end is past `offset` in sorted `ends` (n when none), searched outward from `near` in steps that
 * double (1, 2, 4, ...), then by halving the last step: a look-up d tokens from the previous answer reads about 2·log d
 * ends, not log n. `near` -1 halves the whole array.
 */
export function firstEndingAfter(ends: Float64Array, offset: number, near: number): number {
  const n = ends.length;
  if (near < 0 || near > n) return binarySearch(ends, offset, 0, n);
  if (near < n && ends[near] <= offset) {
    // The answer lies after `near`: past every end read so far that is not past the offset.
    let lo = near + 1;
    let hi = lo;
    for (let step = 1; hi < n && ends[hi] <= offset; step *= 2) {
      lo = hi + 1;
      hi += step;
    }
    return binarySearch(ends, offset, lo, Math.min(hi, n));
  }
  // The answer is `near` or before it: at or after the first end read that is not past the offset.
  let hi = near;
  let lo = hi - 1;
  for (let step = 1; lo >= 0 && ends[lo] > offset; step *= 2) {
    hi = lo;
    lo -= step;
  }
  return binarySearch(ends, offset, lo < 0 ? 0 : lo + 1, hi);
}

/** The first index in [lo, hi) whose end is past `offset`, by halving; hi when none is. */
function binarySearch(ends: Float64Array, offset: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item that starts at or after `offset`, in items sorted by start (dates, entities, tokens). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item that ends after `offset`, in items sorted by end (sentences, entity mentions). */
export function firstItemEndingAfter(items: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number at or after `x` in an ascending list (offsets, token positions). */
export function firstAtOrAfter(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
