// The figure a reading starts from: its tokens, its value or interval, and how it was written.

/** A figure as read at its tokens, before its unit and hedge after it. */
export interface Core {
  /** First and after-last token of the figure itself (with "between"/"from" and scale words). */
  start: number;
  end: number;
  /** Token range of the numerals only, checked against dates and identifiers. */
  numStart: number;
  numEnd: number;
  low: number;
  high: number;
  value: number | null;
  kind: 'number' | 'range' | 'vague' | 'fraction';
  /** Spelled-out figure ("nine"), for the reference and "one" rules. */
  word: boolean;
  /** Needs a counted noun to be a figure at all ("several directions"). */
  needsNoun: boolean;
  currency: string | null;
  /** A unit written before the figure that is no currency ("magnitude 7.7"). */
  prefixUnit?: string;
}
