// Offset look-ups over a report's tokens, shared by the recognizers and the claim extractor.
import type { Token } from '../types';

/**
 * The token ends of each token array asked about, as one typed array: the claim extractor asks several times per figure,
 * and a search over plain numbers skips loading a token object per step. Kept per array (weakly), not for the last one
 * asked about only: stages ask about different arrays in turn, and rebuilding the ends on each turn allocated some
 * 18 MB per 800 KB report.
 */
const ENDS = new WeakMap<readonly Token[], Float64Array>();
/** Arrays shorter than this are searched directly: building their ends would cost more than it saves. */
const MIN_INDEXED = 256;

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
  let ends = ENDS.get(tokens);
  if (ends?.length !== n) {
    ends = new Float64Array(n);
    for (let i = 0; i < n; i++) ends[i] = tokens[i].end;
    ENDS.set(tokens, ends);
  }
  let lo = 0;
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
