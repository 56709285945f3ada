// Offset ↔ line/column conversion for reports that are not open in an editor (CLI output, SARIF, exports).

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Zero-based line and UTF-16 character of an offset (LSP style); offsets outside the text are clamped. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** One-based line and column (UTF-16 units), as linters, SARIF and CSV readers count. */
  oneBased(offset: number): { line: number; column: number } {
    const p = this.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
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
