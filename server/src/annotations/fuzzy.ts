// Approximate string matching for re-anchoring: Myers' bit-parallel edit-distance scan (1999), in 32-bit
// blocks so quotes of any length work. Cost is O(text length × ⌈quote length / 32⌉), no backtracking.

const W = 32;

interface Pattern {
  m: number;
  blocks: number;
  /** Per character code: the bit mask of pattern positions holding it, one word per block. */
  peq: Map<number, Uint32Array>;
  zero: Uint32Array;
  lastBit: number;
}

function compile(pattern: string): Pattern {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / W));
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let v = peq.get(c);
    if (!v) peq.set(c, (v = new Uint32Array(blocks)));
    v[(i / W) | 0] |= 1 << i % W;
  }
  return { m, blocks, peq, zero: new Uint32Array(blocks), lastBit: 1 << (m - 1) % W };
}

/**
 * Runs the scan over text[i] for i = from, from+step, ... (step ±1) `count` times and calls `onColumn` with the
 * number of characters consumed and the edit distance of the whole pattern against the best text ending there.
 * `anchored`: the match must begin at `from` (first row grows by one per column) instead of anywhere.
 */
function scan(
  p: Pattern,
  text: string,
  from: number,
  step: 1 | -1,
  count: number,
  anchored: boolean,
  onColumn: (consumed: number, score: number) => void,
): void {
  const { blocks, peq, zero, lastBit, m } = p;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  let score = m;
  for (let k = 0; k < count; k++) {
    const eqs = peq.get(text.charCodeAt(from + k * step)) ?? zero;
    let hIn = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const pV = P[b];
      const mV = M[b];
      const neg = hIn < 0 ? 1 : 0;
      const eq = eqs[b] | neg;
      const xV = eq | mV;
      const xH = (((eq & pV) + pV) ^ pV) | eq;
      let pH = mV | ~(xH | pV);
      let mH = pV & xH;
      const mask = b === blocks - 1 ? lastBit : 1 << 31;
      const hOut = (pH & mask ? 1 : 0) - (mH & mask ? 1 : 0);
      pH = (pH << 1) | (hIn > 0 ? 1 : 0);
      mH = (mH << 1) | neg;
      P[b] = mH | ~(xV | pH);
      M[b] = pH & xV;
      hIn = hOut;
    }
    score += hIn;
    onColumn(k + 1, score);
  }
}

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Places where `pattern` occurs in text[from, to) with at most `maxErrors` edits (insertions, deletions,
 * substitutions), best of each run of overlapping ends, at most `limit` of them (fewest errors first).
 */
export function fuzzySearch(
  pattern: string,
  text: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  limit = 50,
): FuzzyMatch[] {
  if (!pattern.length || to <= from) return [];
  const p = compile(pattern);
  const ends: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number } | null = null;
  scan(p, text, from, 1, to - from, false, (consumed, score) => {
    if (score <= maxErrors) {
      if (!run || score < run.errors) run = { end: from + consumed, errors: score };
    } else if (run) {
      ends.push(run);
      run = null;
    }
  });
  if (run) ends.push(run);
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  // Reversed by UTF-16 unit, the way the backward scan reads the text.
  const rev = compile(pattern.split('').reverse().join(''));
  return ends
    .slice(0, limit)
    .map(e => ({ start: matchStart(rev, text, e.end, e.errors, from), end: e.end, errors: e.errors }));
}

/** The start of the best alignment ending at `end`: the pattern reversed, scanned backwards, anchored at `end`. */
function matchStart(rev: Pattern, text: string, end: number, maxErrors: number, floor: number): number {
  const count = Math.min(end - floor, rev.m + maxErrors);
  let best = end;
  let bestScore = Infinity;
  let bestGap = Infinity;
  scan(rev, text, end - 1, -1, count, true, (consumed, score) => {
    const gap = Math.abs(consumed - rev.m);
    if (score < bestScore || (score === bestScore && gap < bestGap)) {
      bestScore = score;
      bestGap = gap;
      best = end - consumed;
    }
  });
  return best;
}

/** Levenshtein distance for short strings (quote context), O(a × b). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
