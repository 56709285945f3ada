// Seasons: "summer", "the summer", "summer 2024", "the summer of 2024", and attributive ones ("their summer
// offensive"). "fall" and "spring" are also a verb and a noun, so they need more context.
import { nounAt, yearAt } from './atoms';
import type { Located, Match } from './expr';
import { DETERMINERS, MONTH_CONTEXT, SEASONS } from './lexicon';
import type { ScanContext } from './scanContext';

/** Words after "fall of" that keep it a season: "the fall of that year", "the fall of last year". */
const YEAR_DEICTICS = new Set(['that', 'this', 'last', 'next']);

/** "summer", "the summer", "summer 2024", "the summer of 2024". */
export function seasonAt(c: ScanContext, i: number): Match | null {
  const j = c.lower(i) === 'the' ? i + 1 : i;
  const s = SEASONS.get(c.lower(j));
  if (!s) return null;
  const y = yearAt(c, j + 1) ?? (c.lower(j + 1) === 'of' ? yearAt(c, j + 2) : null);
  if (y !== null) return { end: c.lower(j + 1) === 'of' ? j + 3 : j + 2, expr: { k: 'season', s, y } };
  // "after the fall of communism", "the fall of Kabul": a fall of something that is no year is a collapse (round 27).
  if (c.lower(j) === 'fall' && c.lower(j + 1) === 'of' && !YEAR_DEICTICS.has(c.lower(j + 2))) return null;
  return { end: j + 1, expr: { k: 'season', s } };
}

/** "winter 2023" needs no context: the year says it is a date. */
export function seasonWithYearAt(c: ScanContext, i: number, w: string): Located | null {
  if (SEASONS.has(w) && yearAt(c, i + 1) !== null) return { start: i, m: seasonAt(c, i)! };
  return null;
}

/** A season without a year, where the words around make it a date. */
export function contextSeasonAt(c: ScanContext, i: number, w: string, prev: string, hasContext: boolean): Located | null {
  // "to fall apart", "expected to fall further": the verb, not the season ("from spring to fall 2024" is).
  if (hasContext && !(w === 'fall' && prev === 'to' && yearAt(c, i + 1) === null && !SEASONS.has(c.lower(i - 2)))) {
    // "by summer", "in the summer", "the summer of 2024".
    const s = seasonAt(c, i);
    if (s) return { start: i, m: s };
  }
  // Attributive seasons are dates too: "their summer offensive", "a winter campaign".
  // "fall" and "spring" are also a verb and a noun ("the fall of the city"): only before a noun.
  if (SEASONS.has(w) && w !== 'fall' && (nounAt(c, i + 1) || (w !== 'spring' && DETERMINERS.has(prev)))) return { start: i, m: seasonAt(c, i)! };
  if (w === 'the' && SEASONS.has(c.lower(i + 1)) && MONTH_CONTEXT.has(prev)) {
    const s = seasonAt(c, i);
    if (s) return { start: i, m: s };
  }
  return null;
}
