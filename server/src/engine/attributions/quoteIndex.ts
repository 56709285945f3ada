// Quotations by token index. A Map of numbers (or an array of one slot per token, which V8 keeps as a dictionary when
// it is long and sparse) cost a hash look-up per question; a report of tens of thousands of quotations asks several
// per token, so each index is one typed array: the quotation's number plus one, 0 where none.
import type { Quote } from './scan';

export class QuoteIndex {
  private readonly at: Int32Array;

  constructor(private readonly quotes: readonly Quote[], size: number) {
    this.at = new Int32Array(size + 1);
  }

  /** Token k stands for quotation number `qi` (a later call for the same token wins, as Map.set did). */
  set(k: number, qi: number): void {
    this.at[k] = qi + 1;
  }

  get(k: number): Quote | undefined {
    const i = k >= 0 && k < this.at.length ? this.at[k] : 0;
    return i ? this.quotes[i - 1] : undefined;
  }

  has(k: number): boolean {
    return k >= 0 && k < this.at.length && this.at[k] !== 0;
  }
}

/** Indexes of quotations by their opening and closing token, and of the quotation each token stands inside. */
export function indexQuotes(quotes: readonly Quote[], tokenCount: number): { byOpen: QuoteIndex; byClose: QuoteIndex; around: QuoteIndex } {
  let size = tokenCount;
  for (const q of quotes) size = Math.max(size, q.open + 1, q.close + 1);
  const byOpen = new QuoteIndex(quotes, size);
  const byClose = new QuoteIndex(quotes, size);
  const around = new QuoteIndex(quotes, size);
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    byClose.set(q.close, qi);
    byOpen.set(q.open, qi);
  }
  for (let qi = 0; qi < quotes.length; qi++) for (let k = quotes[qi].open + 1; k < quotes[qi].close; k++) around.set(k, qi);
  return { byOpen, byClose, around };
}
