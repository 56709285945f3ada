// The catalog of date matchers, in the order they are tried at a token: the longest reading wins because longer
// forms are tried first. A form that owns its opening word and fails ends the search ("early" not before a date).
import { absoluteAt, weekdayAloneAt } from './absolute';
import type { Located } from './expr';
import { MONTH_CONTEXT, PERIOD_SHIFT } from './lexicon';
import { endOfPeriodAt, joinedPartAt, joinedPartWord, partOfAt, partOfStarts, spacedPartAt } from './parts';
import { namedAt, weekendAt } from './periods';
import { quarterAt, quarterCodeAt } from './quarters';
import { agoAt, dayWordAt, earlierLaterAt, yearEarlierAt } from './relative';
import type { ScanContext } from './scanContext';
import { contextSeasonAt, seasonWithYearAt } from './seasons';
import { shiftedPhraseAt } from './shifted';
import { presentAt, recentAt, vagueTimeAt } from './vague';
import { contextYearAt, decadeAt, fiscalYearAt, wordYearAt } from './years';

/** Everything that can start at token i; the longest reading wins because callers try longer forms first. */
export function matchAt(c: ScanContext, i: number): Located | null {
  const w = c.lower(i);
  if (!w) return null;
  const prev = c.lower(i - 1);
  // "now"; quarters ("third-quarter profit", "the fiscal first quarter", "fourth-quarter 2024"); "fiscal 2024"; "the end
  // of the year"; holidays, halves of a year and the story's periods ("the full year", "that year").
  const opening = presentAt(c, i, w) ?? quarterAt(c, i) ?? fiscalYearAt(c, i, w) ?? endOfPeriodAt(c, i, w) ?? namedAt(c, i, w, prev);
  if (opening) return opening;
  // "the start of the year", "the end of 2024", "the middle of January".
  if (partOfStarts(c, i, w)) return partOfAt(c, i);
  // "the weekend", "Q3", "Q3 2024".
  const short = weekendAt(c, i, w) ?? quarterCodeAt(c, i, w);
  if (short) return short;
  // "early 2025", "mid-December", "late last year", "late Sunday".
  const joined = joinedPartWord(w);
  if (joined !== null) return joinedPartAt(c, i, joined);
  if (w === 'early' || w === 'mid' || w === 'late') return spacedPartAt(c, i, w);
  if (w === 'earlier' || w === 'later') return earlierLaterAt(c, i);
  // "year-earlier profit", "yesterday morning", "in recent weeks".
  const relative = yearEarlierAt(c, i, w) ?? dayWordAt(c, i, w) ?? recentAt(c, i, w, prev);
  if (relative) return relative;
  // "last month", "the next day", "this summer"; else "in the past".
  if (PERIOD_SHIFT.has(w)) return shiftedPhraseAt(c, i, w, prev);
  // "in the future", "in the near term".
  if (w === 'future' || w === 'near' || w === 'short' || w === 'long') return vagueTimeAt(c, i);
  return calendarAt(c, i, w, prev);
}

/** Years in words, counts back, decades, calendar dates, weekdays, then years and seasons the context makes dates. */
function calendarAt(c: ScanContext, i: number, w: string, prev: string): Located | null {
  const hasContext = MONTH_CONTEXT.has(prev);
  // "nineteen ninety-six", "the 20th century", "three weeks ago".
  const named = wordYearAt(c, i) ?? agoAt(c, i);
  if (named) return named;
  // "the 1990s", "in the '80s"; "January 5, 2025"; "Sunday night".
  const dated = decadeAt(c, i) ?? absoluteAt(c, i, hasContext) ?? weekdayAloneAt(c, i);
  if (dated) return { start: i, m: dated };
  return seasonWithYearAt(c, i, w) ?? contextYearAt(c, i, prev, hasContext) ?? contextSeasonAt(c, i, w, prev, hasContext);
}
