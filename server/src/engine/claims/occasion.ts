// When a crowd holds: the gathering it was counted at, not the day the count was stated, disputed or revised. A report
// naming the day of its gathering ("Monday's crowd", "the Oct. 16 march", "the rally on Sunday") dates its crowd figures
// dated only by a fallback (its paragraph, statement or publication) in the days after it.
import type { DateMention, Token } from '../types';
import { tokenAt } from '../text/offsets';
import { daysBefore } from './election';

/** Nouns naming a gathering whose crowd is counted. */
const GATHERING_WORDS = new Set(['march', 'marches', 'rally', 'rallies', 'protest', 'protests', 'demonstration', 'demonstrations',
  'gathering', 'vigil', 'parade', 'procession', 'crowd', 'crowds', 'turnout', 'sit-in']);
/** Tokens after a date a gathering noun may stand: "Saturday's anti-war march", "the Oct. 16 Million Man March". */
const AFTER_DATE = 4;
/** Words that may stand between a date and its gathering noun besides hyphenated words and names. */
const DATE_NOUN_GAP = new Set(["'s", '’s', 'mass', 'big', 'huge', 'large', 'peaceful', 'national', 'general', 'street', 'protest']);
/** Words before a date that make it the gathering's: "the march on Sunday", "the rally of 9 August". */
const BEFORE_DATE = new Set(['on', 'of']);
/** Days after its gathering a crowd figure may be stated, disputed or revised and still be dated by it. */
export const OCCASION_WINDOW_DAYS = 14;
/** Time bases that date a figure by its paragraph, statement or publication rather than its own words. */
const FALLBACK = new Set(['context', 'statement', 'published']);

function gapWord(t: Token): boolean {
  return DATE_NOUN_GAP.has(t.lower) || t.lower.includes('-') || /^[A-Z]/.test(t.text);
}

/** A resolved one-day date right before a gathering noun, or right after one; none after publication. First, or null. */
export function gatheringDate(tokens: readonly Token[], dates: readonly DateMention[], published: string | null): DateMention | null {
  for (const d of dates) {
    if (!d.from || d.from !== d.to || (published && d.from > published)) continue;
    const a = tokenAt(tokens, d.start);
    const b = tokenAt(tokens, d.end - 1) + 1;
    for (let i = b; i < Math.min(tokens.length, b + AFTER_DATE); i++) {
      if (GATHERING_WORDS.has(tokens[i].lower)) return d;
      if (!gapWord(tokens[i])) break;
    }
    if (BEFORE_DATE.has(tokens[a - 1]?.lower ?? '') && GATHERING_WORDS.has(tokens[a - 2]?.lower ?? '')) return d;
  }
  return null;
}

/**
 * The gathering's day for a crowd figure dated only by a fallback on that day or in the OCCASION_WINDOW_DAYS after it
 * (basis 'context': inferred from the report, not the figure's words); null when it does not apply.
 */
export function occasionDay(basis: string, from: string | null, to: string | null, day: DateMention | null): DateMention | null {
  if (!day?.from || !from || from !== to || !FALLBACK.has(basis)) return null;
  return from >= day.from && daysBefore(from, OCCASION_WINDOW_DAYS) <= day.from ? day : null;
}
