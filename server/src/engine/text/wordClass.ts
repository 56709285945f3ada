// Where the words of a class occur in a report, indexed once per report and class: a figure's clause is scanned for
// modal, event or "now" words by jumping from one occurrence to the next, not token by token, so a line holding
// thousands of figures (a price list) costs each figure only the words of the class its clause really holds.
import type { Token } from '../types';

/**
 * next[i]: index of the first token at or after i whose lower-case text is in the class, or tokens.length;
 * prev[i]: index of the last such token before i, or -1. Both run from 0 to tokens.length.
 */
export interface WordClassIndex {
  next: Int32Array;
  prev: Int32Array;
}

const cache = new WeakMap<readonly Token[], Map<ReadonlySet<string>, WordClassIndex>>();
/** The report asked about last: the claim extractor asks several times per figure about one report's tokens. */
let lastTokens: readonly Token[] | null = null;
let lastPerClass: Map<ReadonlySet<string>, WordClassIndex> | null = null;

/** The occurrence index of `words` in `tokens`; the token array is never changed after tokenizing, so it is the key. */
export function wordClassIndex(tokens: readonly Token[], words: ReadonlySet<string>): WordClassIndex {
  let perClass = tokens === lastTokens ? lastPerClass : cache.get(tokens);
  if (!perClass) cache.set(tokens, (perClass = new Map()));
  lastTokens = tokens;
  lastPerClass = perClass;
  let ix = perClass.get(words);
  if (ix) return ix;
  const n = tokens.length;
  const next = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1);
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) next[i] = words.has(tokens[i].lower) ? i : next[i + 1];
  prev[0] = -1;
  for (let i = 0; i < n; i++) prev[i + 1] = next[i] === i ? i : prev[i];
  ix = { next, prev };
  perClass.set(words, ix);
  return ix;
}

/** The first token in [from, to) whose word is in the class, or -1. Loops over all of them: i = next[i + 1]. */
export function firstIn(ix: WordClassIndex, from: number, to: number): number {
  const i = ix.next[Math.max(0, Math.min(from, ix.next.length - 1))];
  return i < to ? i : -1;
}
