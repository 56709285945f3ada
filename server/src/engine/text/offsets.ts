// Offset look-ups over a report's tokens, shared by the recognizers and the claim extractor.
import type { Token } from '../types';

/**
 * The token ends of the report asked about last, as one typed array: the claim extractor asks several times per figure,
 * and a search over plain numbers skips loading a token object per step. Rebuilt when another array is asked about.
 */
let lastTokens: readonly Token[] | null = null;
let lastEnds = new Float64Array(0);
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
  if (tokens !== lastTokens || lastEnds.length !== n) {
    lastEnds = new Float64Array(n);
    for (let i = 0; i < n; i++) lastEnds[i] = tokens[i].end;
    lastTokens = tokens;
  }
  const ends = lastEnds;
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
