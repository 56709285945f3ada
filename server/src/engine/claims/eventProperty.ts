// Round 37 (quake37): an event's own property holds at the event's time. A quake's magnitude is one reading of one
// quake, whatever day a report is published; dated by its report's publication or by a statement's day, two reports'
// magnitudes of one quake were kept apart by time (one side dated by the quake's day, the other by the report's). When
// the report names the event's day, such a claim takes that day instead of its fallback.
import type { Claim } from '../types';
import { detailOf, type ClaimDetail } from './detail';
import { EVENT_DAY_UNIT } from './eventTime';
import { defaultEvent } from './measure';
import { isoOf } from '../dates/calendar';
import { MAGNITUDE_WORD } from '../quantities/units';

/**
 * Measures that are properties of one event, by the event (eventWords.ts key) whose day they take: a quake's magnitude.
 * Only the measure's own reading (its default event, "measured") counts: an aftershock's magnitude
 * (`magnitude|aftershock`) or another quake's (`+diff`) is of another event.
 */
export const EVENT_PROPERTIES: ReadonlyMap<string, string> = new Map([[MAGNITUDE_WORD, 'quake']]);

/**
 * Time bases that fall back on a day that is not the figure's own: the publication, a statement's day, a date earlier in
 * the paragraph or the story (which dates what the report tells, the relief or the toll, not the quake the magnitude
 * is of). A date in the figure's own sentence is its own ("a 6.1 quake struck on Monday") and stays.
 */
const FALLBACK_BASES: ReadonlySet<ClaimDetail['timeBasis']> = new Set(['published', 'statement', 'context']);

/** The one day the report's event-time claims give the event, or null when none or several. */
function eventDay(events: readonly Claim[], event: string): number | null {
  let day: number | null = null;
  for (const e of events) {
    if (e.measure.unit !== EVENT_DAY_UNIT || e.measure.event !== event || e.value === null) continue;
    if (day !== null && day !== e.value) return null;
    day = e.value;
  }
  return day;
}

/** Is the claim an event property's own reading, dated by a fallback only? */
function fallbackProperty(c: Claim): string | null {
  const event = EVENT_PROPERTIES.get(c.measure.unit);
  if (!event || c.measure.event !== defaultEvent(c.measure.unit)) return null;
  const basis = detailOf(c)?.timeBasis;
  return basis && FALLBACK_BASES.has(basis) ? event : null;
}

/**
 * Dates each event property dated by a fallback only by the day its report gives the event (in place). The event's day
 * is read once per event, so a report of many magnitudes and many event days stays linear.
 */
export function dateEventProperties(claims: readonly Claim[], events: readonly Claim[]): void {
  const days = new Map<string, number | null>();
  for (const c of claims) {
    const event = fallbackProperty(c);
    if (!event) continue;
    if (!days.has(event)) days.set(event, eventDay(events, event));
    const day = days.get(event)!;
    if (day === null) continue;
    const iso = isoOf(day);
    c.time = { from: iso, to: iso };
    detailOf(c)!.timeBasis = 'context';
  }
}
