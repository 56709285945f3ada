// Offset look-ups over a report's tokens, shared by the recognizers and the claim extractor.
import type { Token } from '../types';

/**
 * The token ends of each token array asked about, as one typed array: the claim extractor asks several times per figure,
 * and a search over plain numbers skips loading a token object per step. Kept per array (weakly), not for the last one
 * asked about only: stages ask about different arrays in turn, and rebuilding the ends on each turn allocated some
 * 18 MB per 800 KB report. `last` is the previous answer: a figure's look-ups fall within a few tokens of each other and
 * figures come in text order, so most answers are found by stepping from it (profiled: a binary search over 200,000
 * ends missed the cache at every step, a sixth of the claim stage on a long list of short sentences).
 */
interface Ends { ends: Float64Array; last: number; sorted: boolean }
const ENDS = new WeakMap<readonly Token[], Ends>();
/** Arrays shorter than this are searched directly: building their ends would cost more than it saves. */
const MIN_INDEXED = 256;
/** Steps tried from the previous answer before a binary search. */
const NEAR_STEPS = 8;

/** Index of the first token that ends after `offset` (the token at `offset` when one starts there). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const n = tokens.length;
  if (n < MIN_INDEXED) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
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
  // Unsorted ends (never seen) keep the plain binary search, whose answer stepping would not reproduce.
  return (known.last = firstEndingAfter(known.ends, offset, known.sorted ? known.last : -1));
}

/**
 * The first index whose end is past `offset` in sorted `ends` (n when none): stepping at most NEAR_STEPS from `near`,
 * else (or when `near` is -1) a binary search.
 */
export function firstEndingAfter(ends: Float64Array, offset: number, near: number): number {
  const n = ends.length;
  let k = near;
  if (k < 0 || k > n) return binarySearch(ends, offset);
  // The answer k is the one index with ends[k - 1] <= offset < ends[k] (either side absent at the array's ends).
  if (k < n && ends[k] <= offset) {
    for (const stop = Math.min(n, k + NEAR_STEPS); k < stop && ends[k] <= offset;) k++;
    if (k === n || ends[k] > offset) return k;
  } else {
    for (const stop = Math.max(0, k - NEAR_STEPS); k > stop && ends[k - 1] > offset;) k--;
    if (k === 0 || ends[k - 1] <= offset) return k;
  }
  return binarySearch(ends, offset);
}

/** The first index whose end is past `offset`, by halving. */
function binarySearch(ends: Float64Array, offset: number): number {
  let lo = 0;
  const n = ends.length;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item that starts at or after `offset`, in items sorted by start (dates, entities). */
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
