// Relay phrases: "according to X", "X, citing Y", "as reported by X", and the source phrase each names.
import type { Token } from '../types';
import { isWord, npRight, trimTime } from './scan';
import { nounKind } from './sources';

const AGENT_PREPS = new Set(['by', 'from', 'of', 'in']);
// "cited by" and "quoted by" name a relay, not the author, so they are not here.
const AGENT_VERBS = new Set(['released', 'issued', 'published', 'posted', 'made', 'shared', 'given', 'compiled']);

/**
 * The source phrase starting at token `i` (the object of "according to", "citing", "by"): a noun
 * phrase, extended over its agent when it names a document ("a statement released by the ministry"),
 * without a trailing time phrase. Returns [start, end) or null.
 */
export function sourcePhrase(toks: Token[], i: number, hi: number): [number, number] | null {
  let e = npRight(toks, i, hi, 18, true);
  if (e < 0) return null;
  const last = toks[e - 1];
  if (isWord(last) && nounKind(last.lower) === 'doc' && e < hi) {
    let k = e;
    if (AGENT_VERBS.has(toks[k].lower) && k + 1 < hi && toks[k + 1].lower === 'by') k++;
    if (AGENT_PREPS.has(toks[k].lower)) {
      const e2 = npRight(toks, k + 1, hi);
      if (e2 > 0) e = e2;
    }
  }
  e = trimTime(toks, i, e);
  return e > i ? [i, e] : null;
}

export interface Citing {
  phrase: [number, number];
  /** First token after the relay phrase (and an appositive after it). */
  after: number;
}

/** ", citing Y[, appositive]" starting at the comma `i`. */
export function citingAt(toks: Token[], i: number, hi: number): Citing | null {
  if (i + 2 >= hi || toks[i].text !== ',' || toks[i + 1].lower !== 'citing') return null;
  const phrase = sourcePhrase(toks, i + 2, hi);
  if (!phrase) return null;
  let after = phrase[1];
  // Skip a time phrase and an appositive ("DeepStateMAP, another military blog").
  while (after < hi && toks[after].text !== ',' && toks[after].text !== '.' && after - phrase[1] < 6) after++;
  if (after < hi && toks[after].text === ',' && after + 1 < hi) {
    const first = toks[after + 1].lower;
    if (first === 'another' || first === 'a' || first === 'an' || first === 'the' || first === 'which') {
      const e2 = npRight(toks, after + 1, hi);
      if (e2 > 0 && (e2 >= hi || toks[e2].text === '.' || toks[e2].text === ',')) after = e2;
    }
  }
  return { phrase, after };
}
