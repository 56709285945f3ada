// Times marked as TimeML marks them but too loose to place exactly: the present ("now"), the past and the future as
// such ("in the past", "in the near term"), and stretches of no stated length ("in recent weeks").
import type { Located } from './expr';
import { UNITS } from './lexicon';
import type { Unit } from './lexicon';
import type { ScanContext } from './scanContext';

/**
 * Adverbs of the present: marked, as TimeML does, but too vague to place ("now", "currently"). "now that" is a
 * conjunction and stays out; "recently" is left out (a reader does not mark it).
 */
export const PRESENT_WORDS = new Map<string, -1 | 1>([['now', 1], ['currently', 1], ['nowadays', 1]]);

/** Prepositions before "the past", "the future", "the near term" that make them a time, not a thing. */
const VAGUE_FRAMES = new Set(['in', 'about', 'into']);

/** Typical length of a vague stretch: "recent weeks" is taken as about four weeks. */
export const LOOSE_COUNT: Record<Unit, number> = { hour: 24, day: 7, week: 4, weekend: 4, month: 3, quarter: 2, year: 3, decade: 1 };

/** "now", "currently", "nowadays". */
export function presentAt(c: ScanContext, i: number, w: string): Located | null {
  const present = PRESENT_WORDS.get(w);
  if (present !== undefined && c.tokens[i].type === 'word' && !(w === 'now' && c.lower(i + 1) === 'that')) {
    return { start: i, m: { end: i + 1, expr: { k: 'window', unit: 'day', n: 1, dir: present, vague: true } } };
  }
  return null;
}

/** "in recent weeks", "the recent months". */
export function recentAt(c: ScanContext, i: number, w: string, prev: string): Located | null {
  if (w === 'recent' && UNITS.has(c.lower(i + 1)) && c.lower(i + 1).endsWith('s')) {
    const unit = UNITS.get(c.lower(i + 1))!;
    const start = prev === 'the' ? i - 1 : i;
    return { start, m: { end: i + 2, expr: { k: 'window', unit, n: LOOSE_COUNT[unit], dir: -1, vague: true } } };
  }
  return null;
}

/**
 * The past and the future as such, marked as TimeML marks them (PAST_REF, FUTURE_REF) and left unplaced: "in the
 * past", "in the (near) future", "about the future", "in the near/short/long term". `i` is at "past", "future" or the
 * adjective; "the past week" and "the future of NATO" are not read here.
 */
export function vagueTimeAt(c: ScanContext, i: number): Located | null {
  const w = c.lower(i);
  let noun = i;
  if (w === 'near' || w === 'short' || w === 'long') {
    noun = i + 1;
    if (c.lower(noun) !== 'term' && !(w === 'near' && c.lower(noun) === 'future')) return null;
  } else if (w !== 'past' && w !== 'future') return null;
  const the = noun > i ? i - 1 : w === 'future' && (c.lower(i - 1) === 'near' || c.lower(i - 1) === 'distant') ? i - 2 : i - 1;
  const frame = c.lower(the - 1);
  if (c.lower(the) !== 'the' || !VAGUE_FRAMES.has(frame) || c.lower(noun + 1) === 'of' || c.lower(noun + 1) === '-') return null;
  // "in the past" only: "about the past" is a subject, not a time.
  if (w === 'past' && frame !== 'in') return null;
  return { start: the, m: { end: noun + 1, expr: { k: 'window', unit: 'year', n: 1, dir: w === 'past' ? -1 : 1, vague: true } } };
}
