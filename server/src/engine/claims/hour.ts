// The time of day a running count holds at: "by noon 12 were dead ... by evening 30", "as of 3 p.m.", "has already
// cancelled 600". Within one day a toll, a count of cancellations or arrests grows: a count as of an hour is no rival of a
// larger one later that day (the check, parts.ts), while two counts at the same hour are.

import { memoOfLastReport } from '../text/reportMemo';
import { firstAtOrAfter } from '../text/offsets';

/** Parts of the day by a rough hour. */
const PART_HOURS = new Map([['noon', 12], ['midday', 12], ['midnight', 24], ['morning', 9], ['afternoon', 15],
  ['evening', 19], ['night', 22], ['tonight', 22]]);

/** The hour a part of the day stands for ("noon" 12, "midnight" 24, "evening" 19), else undefined. */
export function partOfDayHour(word: string): number | undefined {
  return PART_HOURS.get(word.toLowerCase());
}

/** The 24-hour hour of a 12-hour clock's hour and its meridiem letter: 9 "p" is 21, 12 "a" is 0, 12 "p" is 12. */
export function meridiemHour(hour: number, meridiem: string): number {
  return hour % 12 + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}

/**
 * "by noon", "as of Monday afternoon", "at 9:30 p.m.", "until late evening", "a statement issued in the morning" (round 28
 * probe: the morning's word against the night's update), "up to 3:00pm" (round 44: a turnout or a toll counted up to an
 * hour): a preposition, at most one filler word, then a part of the day or a clock time ("up to 3 million" is no clock
 * time). One pass, no nested repetition.
 */
const CLOCK = /\b(?:by|as of|at|until|till|up to|in)\s+(?:[a-z]{1,6}day\s+|this\s+|the\s+|late\s+|early\s+)?(noon|midday|midnight|morning|afternoon|evening|night|(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b)/i;
/** A count still under way that day: "has already cancelled 600", "so far today". */
const IN_PROGRESS = /\b(?:already|so far today|so far on [a-z]+day)\b/i;

/** The value marking a count under way at an hour the words do not give. */
export const UNDER_WAY = -1;

const CLOCK_ALL = new RegExp(CLOCK.source, 'gi');

/** The last clock time in a text ("By 9 a.m. on Thursday, 30 were dead": the sentence's opening phrase). */
function lastClock(text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  CLOCK_ALL.lastIndex = 0;
  for (let m = CLOCK_ALL.exec(text); m; m = CLOCK_ALL.exec(text)) last = m;
  return last;
}

/**
 * The hour (0-24) a figure's clause says its count holds at, else the last one its sentence names before the clause;
 * UNDER_WAY for a count under way; else null.
 */
export function hourOf(clause: string, before = ''): number | null {
  return hourOfMatch(CLOCK.exec(clause) ?? lastClock(before), clause);
}

function hourOfMatch(m: RegExpExecArray | null, clause: string): number | null {
  if (m) {
    const part = partOfDayHour(m[1]);
    if (part !== undefined) return part;
    return meridiemHour(Number(m[2]), m[4]) + (m[3] ? Number(m[3]) / 60 : 0);
  }
  return IN_PROGRESS.test(clause) ? UNDER_WAY : null;
}

/**
 * Where a clock phrase or an under-way word may start in a text: a CLOCK match opens with its preposition and a blank,
 * an IN_PROGRESS match with "already" or "so far", wherever the text is cut around them. Found once per text, so a
 * window with none of them (most figures' windows, all of a price list's) is never sliced or scanned.
 */
const CLOCK_LEADS = /(?:by|as of|at|until|till|up to|in)\s/gi;
const PROGRESS_LEADS = /already|so far/gi;

interface Leads { text: string; clock: Int32Array; progress: Int32Array }
let leads: Leads | null = null;
memoOfLastReport(() => {
  leads = null;
});

function startsOf(re: RegExp, text: string): Int32Array {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at.push(m.index);
  return Int32Array.from(at);
}

function leadsOf(text: string): Leads {
  if (leads?.text !== text) leads = { text, clock: startsOf(CLOCK_LEADS, text), progress: startsOf(PROGRESS_LEADS, text) };
  // An equal text in another string: keep the one asked about, so the next comparison is by identity, not by content.
  else leads.text = text;
  return leads;
}

/** Whether a sorted list of offsets holds one in [from, to). */
function anyIn(at: Int32Array, from: number, to: number): boolean {
  const lo = firstAtOrAfter(at, from);
  return lo < at.length && at[lo] < to;
}

/**
 * hourOf over text[from, to) as the clause and text[beforeFrom, from) as what its sentence says before it, the same
 * answer, but slicing and scanning only a window where a clock phrase or an under-way word may start.
 */
export function hourIn(text: string, from: number, to: number, beforeFrom: number): number | null {
  const { clock, progress } = leadsOf(text);
  const inClause = anyIn(clock, from, to);
  const inBefore = anyIn(clock, beforeFrom, from);
  if (!inClause && !inBefore && !anyIn(progress, from, to)) return null;
  const clause = text.slice(from, to);
  const m = (inClause ? CLOCK.exec(clause) : null) ?? (inBefore ? lastClock(text.slice(beforeFrom, from)) : null);
  return hourOfMatch(m, clause);
}
