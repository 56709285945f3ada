// A figure dated only by when it was said or published ("the toll stands at 151", "inflation of 1.7 million percent, the
// assembly said on Wednesday") against a figure of a stated period that ended before: what the first speaks of reaches
// back past the few days its date allows (compare.ts, AS_OF_DAYS).
import type { ClaimDetail } from '../claims/detail';
import type { Claim } from '../types';
import type { Span } from './compare';
import { baseEvent } from '../claims/measure';
import { addsUpOverTime } from './places';

/** Time bases of a figure dated only by its statement or publication (it holds as of then). */
const AS_OF = new Set(['published', 'statement']);
/** The figure holds as of the day it was said or published. */
export function isAsOf(d: ClaimDetail | undefined): boolean {
  return AS_OF.has(d?.timeBasis ?? '');
}

/** Time bases of a figure whose own words or paragraph date it. */
const STATED = new Set(['explicit', 'context']);
/**
 * How long before the as-of day the period may begin: the year before at most (last year's inflation, said in January).
 * Multi-year periods stated years later (a study's window) paired studies of different windows and cost precision on the
 * development sets. The check's index looks no further (claimIndex.ts, REACH_YEARS).
 */
export const REACH_DAYS = 731;
/** Shortest period a statistic is published for (a month): a day's level is no period's statistic. */
const PERIOD_MIN_DAYS = 28;

/**
 * Events that each count one action on its day, neither a running total nor a period's statistic: "In November, the
 * maker recalled 1.9 million cars" is an earlier recall, no reading of "the maker is recalling 1 million cars".
 */
const ONE_TIME_ACTIONS: ReadonlySet<string> = new Set(['recalled', 'fine']);

/**
 * What an as-of figure may speak of, against a figure of a stated period of a month or more that is the latest such
 * period before the as-of day (it ended before, no longer ago than its own length):
 * - a count that only adds up (the dead, cases, flights cancelled) as of a day is the running total, which holds the
 *   count of that period: the period's count is a part in time ('a' or 'b', that side), a rival only when it exceeds the
 *   total ("143 died of the illness in November" against "71 deaths have been reported", published on December 5);
 * - a statistic (inflation, a jobless rate) stated with no period of its own is of that period ('latest': "inflation of
 *   1.7 million percent", said on January 9, and "130,060% in 2018"); an older period is not ("in March" and late July);
 * null when neither holds (both or neither dated as of a day, a shorter or an older period). A period's count dated by
 * an event day only ("600 killed" in a paragraph dated March 16) is no period: tolls are counted after their day.
 */
export function asOfReach(a: Claim, da: ClaimDetail | undefined, sa: Span | null, b: Claim, db: ClaimDetail | undefined,
  sb: Span | null): 'a' | 'b' | 'latest' | null {
  if (!sa || !sb) return null;
  const aAsOf = AS_OF.has(da?.timeBasis ?? '');
  const bAsOf = AS_OF.has(db?.timeBasis ?? '');
  if (aAsOf === bAsOf) return null;
  const [asOf, stated, statedDetail, statedSide] = aAsOf ? [sa, sb, db, 'b' as const] : [sb, sa, da, 'a' as const];
  if (!STATED.has(statedDetail?.timeBasis ?? '') || stated.to >= asOf.from) return null;
  const gap = asOf.to - stated.to;
  const length = stated.to - stated.from + 1;
  if (length < PERIOD_MIN_DAYS || gap > length || asOf.to - stated.from > REACH_DAYS) return null;
  if (addsUpOverTime(a)) return statedSide;
  return ONE_TIME_ACTIONS.has(baseEvent(a.measure.event)) ? null : 'latest';
}
