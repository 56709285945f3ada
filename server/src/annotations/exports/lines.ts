// Offset → line/column, with the line starts computed once per text (exports look up many offsets).

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column (UTF-16 units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
}

/** One index per text, built on first use. */
export function lineIndexes(texts: ReadonlyMap<string, string>): (path: string) => LineIndex {
  const cache = new Map<string, LineIndex>();
  return p => {
    let ix = cache.get(p);
    if (!ix) cache.set(p, (ix = new LineIndex(texts.get(p) ?? '')));
    return ix;
  };
}

/** The sentence around [start, end): back to the previous sentence end or blank line, on to the next. */
export function sentenceAround(text: string, start: number, end: number, max = 600): { start: number; end: number } {
  let s = start;
  const floor = Math.max(0, start - max);
  while (s > floor) {
    const c = text[s - 1];
    if (c === '\n' && (text[s - 2] === '\n' || text[s - 2] === '\r')) break;
    if ((c === ' ' || c === '\n') && '.!?'.includes(text[s - 2] ?? '') && s - 2 >= 0) break;
    s--;
  }
  let e = Math.max(end, s);
  const ceil = Math.min(text.length, end + max);
  while (e < ceil) {
    const c = text[e];
    if (c === '\n' && (text[e + 1] === '\n' || text[e + 1] === '\r')) break;
    e++;
    if ('.!?'.includes(c) && (e >= text.length || /\s/.test(text[e]))) break;
  }
  return { start: s, end: e };
}
