// An undated report's anchor date: the latest full date (day, month and year) its text states. Relative dates ("on
// Sunday") and claims are read against it, and it is shown as inferred; a `published:` field always wins.
import type { DateMention } from '../types';

export interface InferredDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The words it was read from ("January 5, 2025"). */
  from: string;
}

/** A stated year: four digits, alone or in an ISO date. */
const YEAR = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)/;

/** The latest single day stated with its year, among dates recognized without a publication date; null when none. */
export function inferAnchor(dates: readonly DateMention[]): InferredDate | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (!d.from || d.from !== d.to || !YEAR.test(d.text)) continue;
    if (!best || d.from > best.from!) best = d;
  }
  return best ? { date: best.from!, from: best.text } : null;
}
