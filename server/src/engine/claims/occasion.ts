// When a crowd holds: the gathering it was counted at, not the day the count was stated, disputed or revised. A report
// naming the day of its gathering ("Monday's crowd", "the Oct. 16 march", "the rally on Sunday") dates its crowd figures
// dated only by a fallback (its paragraph, statement or publication) in the days after it.
import type { DateMention, Token } from '../types';
import { daysBefore } from '../dates/calendar';
import { namedDay, type OccasionWords } from './namedDay';
import { verbForms } from '../text/inflection';
import { wordClassIndex } from '../text/wordClass';

/** Nouns naming a gathering whose crowd is counted. */
export const GATHERING_WORDS: ReadonlySet<string> = new Set(['march', 'marches', 'rally', 'rallies', 'protest', 'protests', 'demonstration', 'demonstrations',
  'gathering', 'vigil', 'parade', 'procession', 'crowd', 'crowds', 'turnout', 'sit-in']);
/** Words that may stand between a date and its gathering noun besides hyphenated words and names. */
const DATE_NOUN_GAP = new Set(["'s", '’s', 'mass', 'big', 'huge', 'large', 'peaceful', 'national', 'general', 'street', 'protest']);
/** A gathering's words for namedDay. */
const GATHERING: OccasionWords = {
  after: w => GATHERING_WORDS.has(w),
  before: w => GATHERING_WORDS.has(w),
  gap: t => DATE_NOUN_GAP.has(t.lower) || t.lower.includes('-') || /^[A-Z]/.test(t.text),
};
/** Days after its gathering a crowd figure may be stated, disputed or revised and still be dated by it. */
export const OCCASION_WINDOW_DAYS = 14;
/** Time bases that date a figure by its paragraph, statement or publication rather than its own words. */
export const FALLBACK_BASES: ReadonlySet<string> = new Set(['context', 'statement', 'published']);

/** The day a report names for its gathering ("Saturday's crowd", "the march on Sunday"), none after publication. */
export function gatheringDate(tokens: readonly Token[], dates: readonly DateMention[], published: string | null): DateMention | null {
  return namedDay(tokens, dates, published, GATHERING);
}

/**
 * The gathering's day for a crowd figure dated only by a fallback on that day or in the OCCASION_WINDOW_DAYS after it
 * (basis 'context': inferred from the report, not the figure's words); null when it does not apply.
 */
export function occasionDay(basis: string, from: string | null, to: string | null, day: DateMention | null): DateMention | null {
  if (!day?.from || !from || from !== to || !FALLBACK_BASES.has(basis)) return null;
  return from >= day.from && daysBefore(from, OCCASION_WINDOW_DAYS) <= day.from ? day : null;
}

/** Words of a protest's crowd: the marchers, the rally, those who demonstrated (round 28). */
const PROTEST_WORDS: ReadonlySet<string> = new Set([...verbForms('march rally protest demonstrate').split(' '), 'marchers',
  'protesters', 'protestors', 'demonstrators', 'demonstration', 'demonstrations', 'sit-in']);
/** Words of a crowd at an occasion of another kind: a ceremony, a speech, a show or a match (round 28). */
const CEREMONY_WORDS: ReadonlySet<string> = new Set(['inauguration', 'inaugural', 'swearing-in', 'coronation', 'speech',
  'ceremony', 'funeral', 'concert', 'festival', 'match', 'game', 'mass', 'celebration', 'celebrations', 'parade']);

/** "counter-protesters", "counterdemonstration": the protest words with the counter prefix. */
const COUNTER_WORDS: ReadonlySet<string> = new Set([...PROTEST_WORDS].flatMap(w => [`counter-${w}`, `counter${w}`]));
/** Every word of an occasion's kind, looked up by jumps through a clause. */
const OCCASION_WORDS: ReadonlySet<string> = new Set([...PROTEST_WORDS, ...CEREMONY_WORDS, ...COUNTER_WORDS]);

/** The kind of occasion a word names: a protest, a counter-protest, another occasion; null for none. */
function occasionKindOf(w: string): 'protest' | 'counter' | 'ceremony' | null {
  if (COUNTER_WORDS.has(w)) return 'counter';
  if (PROTEST_WORDS.has(w)) return 'protest';
  return CEREMONY_WORDS.has(w) ? 'ceremony' : null;
}

/**
 * The one kind of occasion a crowd's clause names ("marchers", "the rally" -> protest; "before the inauguration" ->
 * ceremony; "counter-protesters" -> counter), or null when it names none or several kinds.
 */
export function occasionKindIn(tokens: readonly Token[], from: number, to: number): 'protest' | 'counter' | 'ceremony' | null {
  let kind: 'protest' | 'counter' | 'ceremony' | null = null;
  const { next } = wordClassIndex(tokens, OCCASION_WORDS);
  for (let i = next[from]; i < to; i = next[i + 1]) {
    const k = occasionKindOf(tokens[i].lower);
    if (!k || k === kind) continue;
    if (kind) return null;
    kind = k;
  }
  return kind;
}
