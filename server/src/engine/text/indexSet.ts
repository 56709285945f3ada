// A set of token indexes as one flag per token: the claim extractor asks "does a figure start at token i?" many
// times per figure, and a typed-array look-up costs a fraction of a hash-set look-up, with no entry objects to collect.

/** What the claim modules read of a set of token indexes. A ReadonlySet<number> is one too. */
export interface IndexLookup {
  has(i: number): boolean;
}

/** Token indexes 0 .. size-1; `add` outside that range is ignored, `has` outside it is false. */
export class IndexSet implements IndexLookup {
  private readonly flags: Uint8Array;

  constructor(size: number) {
    this.flags = new Uint8Array(size);
  }

  add(i: number): void {
    if (i >= 0 && i < this.flags.length) this.flags[i] = 1;
  }

  has(i: number): boolean {
    return i >= 0 && i < this.flags.length && this.flags[i] === 1;
  }
}
