// Round 41 (time41): a month named for one event ("killed in the border clash in April", "the April clash", "a rally
// last month") says in which month the event fell, not over which window its figure counts. The check reads the mark
// (check/compare.ts, eventMonthHoldsDay): a figure of that event dated by one day inside the month may be of one time.
import type { ClaimTime } from './time';
import type { ReportClaims, Site } from './report';
import type { Token } from '../types';
import { tokenAt } from './tokens';
import { CAUSE_NOUNS } from '../text/causes';
import { dayFromIso } from '../dates/calendar';
import { firstStartingAt } from '../text/offsets';
import { COMPARED_TO } from '../text/yardsticks';

/** Words between an event noun and its month: "the clash in April", "the vote earlier this month", "a rally of May". */
const EVENT_TO_MONTH = new Set(['in', 'during', 'of', 'earlier', 'late', 'early']);
/** Words that open a month standing before its event noun as a modifier: "the April clash", "last month's rally". */
const MONTH_MODIFIER_LEADS = new Set(['the', 'a', 'an', 'this', 'that']);
/** Shortest and longest spans, in days, of one whole calendar month (not its first days or half: "early May"). */
const MONTH_MIN_DAYS = 28;
const MONTH_MAX_DAYS = 31;

/** Words that make the event a yardstick before its noun phrase: "larger than a march last month", "since the May vote". */
const YARDSTICK_LEADS: ReadonlySet<string> = new Set([...COMPARED_TO, 'since']);
/** Tokens before an event noun read for a yardstick lead: "than a protest", "than the earlier protest". */
const YARDSTICK_REACH = 3;

/** The event noun at i is set against the figure ("larger than a march last month"): another event, not the figure's. */
function yardstickEvent(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - YARDSTICK_REACH); k--) if (YARDSTICK_LEADS.has(tokens[k].lower)) return true;
  return false;
}

/** One event's noun, singular: a series ("attacks in April") counts over the month. */
const isEventNoun = (t: Token | undefined): boolean => !!t && CAUSE_NOUNS.has(t.lower);

/** The time is one whole calendar month. */
function monthSpan(time: ClaimTime): boolean {
  if (!time.from || !time.to || time.from.slice(0, 7) !== time.to.slice(0, 7) || !time.from.endsWith('-01')) return false;
  const days = dayFromIso(time.to)! - dayFromIso(time.from)! + 1;
  return days >= MONTH_MIN_DAYS && days <= MONTH_MAX_DAYS;
}

/** The event noun right before the month, past at most one linking word: "the clash in April", "a rally last month". */
function eventBefore(tokens: readonly Token[], at: number): boolean {
  const i = EVENT_TO_MONTH.has(tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  return isEventNoun(tokens[i]) && !yardstickEvent(tokens, i);
}

/** The month modifies the event noun right after it: "the April clash". */
function eventAfter(tokens: readonly Token[], at: number, after: number): boolean {
  return MONTH_MODIFIER_LEADS.has(tokens[at - 1]?.lower ?? '') && isEventNoun(tokens[after]) && !yardstickEvent(tokens, at);
}

/** The figure's own month (its words' date) names the month one event of its sentence fell in. */
export function isEventMonth(r: ReportClaims, site: Site, time: ClaimTime): boolean {
  if (time.basis !== 'explicit' || !monthSpan(time)) return false;
  const { tokens, dates } = r;
  const { s } = site;
  for (let k = firstStartingAt(dates, s.start); k < dates.length && dates[k].start < s.end; k++) {
    const d = dates[k];
    if (d.from !== time.from || d.to !== time.to) continue;
    const at = tokenAt(tokens, d.start);
    if (eventBefore(tokens, at) || eventAfter(tokens, at, tokenAt(tokens, d.end))) return true;
  }
  return false;
}
