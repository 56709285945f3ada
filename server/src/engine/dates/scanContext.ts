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

  /** Where the last nextQuarterNoun search started, and what it found (n when none). */
  private quarterFrom = -1;
  private quarterNext = -1;

  /**
   * The first "quarter" or "period" token at or after i (n when none). quarterAt asks at every token, and its head is
   * only worth reading when the noun is near; one cursor answers all those questions in one pass over the tokens.
   */
  nextQuarterNoun(i: number): number {
    if (i >= this.quarterFrom && i <= this.quarterNext) return this.quarterNext;
    let k = Math.max(i, 0);
    while (k < this.n && this.tokens[k].lower !== 'quarter' && this.tokens[k].lower !== 'period') k++;
    this.quarterFrom = i;
    this.quarterNext = k;
    return k;
  }

  /** True when tokens i-1 and i touch (no space between), as in "mid" "-" "December". */
  touches(i: number): boolean {
    return i > 0 && i < this.n && this.tokens[i - 1].end === this.tokens[i].start;
  }
}
