// The time of day a running count holds at: "by noon 12 were dead ... by evening 30", "as of 3 p.m.", "has already
// cancelled 600". Within one day a toll, a count of cancellations or arrests grows: a count as of an hour is no rival of a
// larger one later that day (the check, parts.ts), while two counts at the same hour are.

/** Parts of the day by a rough hour. */
const PART_HOURS = new Map([['noon', 12], ['midday', 12], ['midnight', 24], ['morning', 9], ['afternoon', 15],
  ['evening', 19], ['night', 22], ['tonight', 22]]);

/**
 * "by noon", "as of Monday afternoon", "at 9:30 p.m.", "until late evening": a preposition, at most one filler word,
 * then a part of the day or a clock time. One pass, no nested repetition.
 */
const CLOCK = /\b(?:by|as of|at|until|till)\s+(?:[a-z]{1,6}day\s+|this\s+|the\s+|late\s+|early\s+)?(noon|midday|midnight|morning|afternoon|evening|night|(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b)/i;
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
  const m = CLOCK.exec(clause) ?? lastClock(before);
  if (m) {
    const part = PART_HOURS.get(m[1].toLowerCase());
    if (part !== undefined) return part;
    const h = Number(m[2]) % 12 + (m[4].toLowerCase() === 'p' ? 12 : 0);
    return h + (m[3] ? Number(m[3]) / 60 : 0);
  }
  return IN_PROGRESS.test(clause) ? UNDER_WAY : null;
}
