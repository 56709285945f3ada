// Per-report indexes over the tokens, built once on first use and shared by every figure: a figure's line or
// paragraph is found in O(1) instead of by walking back and forth over its sentence, which made a line holding
// thousands of figures cost time quadratic in their number.
import type { Token } from '../types';
import { memoOfLastReport } from './reportMemo';

export interface LineBreaks {
  /** prev[i]: index of the last line-break token before token i, or -1 (i runs from 0 to tokens.length). */
  prev: Int32Array;
  /** next[i]: index of the first line-break token at or after token i, or tokens.length. */
  next: Int32Array;
}

const cache = new WeakMap<readonly Token[], LineBreaks>();
/** The report asked about last, answered without the weak map (the claim extractor asks several times per figure). */
let lastTokens: readonly Token[] | null = null;
let lastBreaks: LineBreaks | null = null;
memoOfLastReport(() => {
  lastTokens = null;
  lastBreaks = null;
});

/** The line-break index of a report's tokens; the token array is never changed after tokenizing, so it is the key. */
export function lineBreaksOf(tokens: readonly Token[]): LineBreaks {
  if (tokens === lastTokens && lastBreaks) return lastBreaks;
  let ix = cache.get(tokens);
  if (ix) {
    lastTokens = tokens;
    lastBreaks = ix;
    return ix;
  }
  const n = tokens.length;
  const prev = new Int32Array(n + 1);
  const next = new Int32Array(n + 1);
  prev[0] = -1;
  for (let i = 0; i < n; i++) prev[i + 1] = tokens[i].type === 'tabCRLF' ? i : prev[i];
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) next[i] = tokens[i].type === 'tabCRLF' ? i : next[i + 1];
  ix = { prev, next };
  cache.set(tokens, ix);
  lastTokens = tokens;
  lastBreaks = ix;
  return ix;
}
