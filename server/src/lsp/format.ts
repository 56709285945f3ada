// Short human-readable renderings of intervals, claims and sources, for hovers, lenses and views.
import type { Claim } from '../engine/index';
import { EVENT_DAY_UNIT, EVENT_PERIOD_UNIT, eventTimeText, isEventTime } from '../engine/claims/eventTime';

/** How a value of each event-time unit is named (its hour unit is the default). */
const EVENT_TIME_WORDS: Readonly<Record<string, string>> = { [EVENT_DAY_UNIT]: 'event day', [EVENT_PERIOD_UNIT]: 'event period' };

const num = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** "42", "≥ 9", "≤ 500", "3,240–3,960", "unknown". */
export function formatInterval(low: number | null, high: number | null): string {
  if (low !== null && high !== null) return low === high ? num(low) : `${num(low)}–${num(high)}`;
  if (low !== null) return `≥ ${num(low)}`;
  if (high !== null) return `≤ ${num(high)}`;
  return 'unknown';
}

export function formatValue(c: Pick<Claim, 'low' | 'high' | 'measure'> & { time?: Claim['time'] }): string {
  // An event's day or hour (claims/eventTime.ts) is a time, not a figure: "2014-05-13 · event day".
  if (isEventTime(c)) return `${eventTimeText(c)} ${EVENT_TIME_WORDS[c.measure.unit] ?? 'event hour'}`;
  return `${formatInterval(c.low, c.high)} ${c.measure.unit}`;
}

export function formatTime(t: { from: string | null; to: string | null }): string | null {
  if (!t.from && !t.to) return null;
  if (t.from === t.to || !t.to) return t.from;
  if (!t.from) return `until ${t.to}`;
  return `${t.from} – ${t.to}`;
}

/** "General Staff of Ukraine via ERR, Censor.NET" or null. */
export function formatSource(c: Pick<Claim, 'source' | 'via'>, names: (id: string) => string): string | null {
  if (!c.source) return null;
  return c.via.length ? `${c.source.name} via ${c.via.map(names).join(', ')}` : c.source.name;
}

/** What matching claims share: the measure, readable ("clash · ongoing"). */
export function topicLabel(c: Pick<Claim, 'measure' | 'scope'>, names: (id: string) => string): string {
  const event = c.measure.event.replace(/_/g, ' ');
  const scope = c.scope.length ? ` — ${c.scope.slice(0, 3).map(names).join(', ')}` : '';
  return `${c.measure.unit}${event ? ` · ${event}` : ''}${scope}`;
}
