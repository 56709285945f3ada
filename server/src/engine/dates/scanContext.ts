// The state every step of the date scan shares: the report's tokens, read by index. Reads outside the array give
// '' or false, so a matcher can look a few tokens either way without bounds checks.
import type { Token } from '../types';

export class ScanContext {
  readonly n: number;

  constructor(readonly tokens: Token[]) {
    this.n = tokens.length;
  }

  lower(i: number): string {
    return i >= 0 && i < this.n ? this.tokens[i].lower : '';
  }

  isCap(i: number): boolean {
    if (i < 0 || i >= this.n) return false;
    const c = this.tokens[i].text.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  /** True when tokens i-1 and i touch (no space between), as in "mid" "-" "December". */
  touches(i: number): boolean {
    return i > 0 && i < this.n && this.tokens[i - 1].end === this.tokens[i].start;
  }
}
