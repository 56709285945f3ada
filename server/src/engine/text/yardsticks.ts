// Words of comparison that both the date recognizer and the claim frame read: what a figure or a date is measured
// against (a level, a peak, a bound, another tally) is no claim of its own and no time a figure holds. One table each,
// here, so the dates layer need not read the claims layer.
import type { Token } from '../types';

/** Comparison words before "the ... of N": the figure is what something is measured against. */
export const COMPARED_TO: ReadonlySet<string> = new Set(['above', 'below', 'under', 'over', 'beyond', 'than', 'exceeding', 'exceeds', 'exceeded',
  'surpassing', 'surpassed', 'topping', 'topped']);
/**
 * A bound set on a count rather than the count: a target, a threshold, a limit, a capacity ("a growth target of 5%", "a
 * 5% target", "a threshold of 50,000 signatures", "a capacity of 80,000"). Also yardsticks when compared with.
 */
export const BOUND_NOUNS: ReadonlySet<string> = new Set(['target', 'targets', 'goal', 'goals', 'objective', 'threshold', 'ceiling', 'quota', 'limit',
  'capacity', 'benchmark', 'minimum', 'maximum']);
/**
 * The extremes a level is said to reach ("a 14-year high", "its lowest", "a record"): yardsticks, and the nouns a length
 * of time hyphenated before them modifies. The tagger often makes "high" and "low" adjectives or adverbs there.
 */
export const EXTREMES: ReadonlySet<string> = new Set(['low', 'lows', 'high', 'highs', 'peak', 'peaks', 'record', 'trough']);
/**
 * What a yardstick names: a level of another time or a bound, not someone's figure ("far below the university's
 * estimate of 30,000" is a rival voice, no yardstick); bounds are yardsticks when compared with.
 */
export const YARDSTICK_NOUNS: ReadonlySet<string> = new Set([...BOUND_NOUNS, ...EXTREMES, 'level', 'levels', 'average',
  'mean', 'baseline', 'norm', 'floor']);
/** Nouns for a count someone owns: "the organisers' figure", "Harvard's estimate of 4,645". */
export const TALLIES: ReadonlySet<string> = new Set(['toll', 'tolls', 'figure', 'figures', 'count', 'counts', 'estimate', 'estimates', 'tally', 'tallies',
  'number', 'numbers', 'calculation', 'calculations', 'data']);

/** Words before "with"/"to" that compare: "compared with", "by comparison with", "in comparison to". */
const COMPARING: ReadonlySet<string> = new Set(['compared', 'comparison']);
/** Multiples a figure is said to be of another time's: "double last year's", "twice the 2019 level", "half 2020's". */
const MULTIPLES = new Set(['double', 'twice', 'triple', 'treble', 'thrice', 'quadruple', 'half']);
/** Words between "than" and the date it compares with: "than in 2019", "than those of 2014", "than the 2014 record". */
const THAN_FILLERS = new Set(['in', 'on', 'at', 'during', 'those', 'that', 'of', 'the']);
/** Words between an equative "as" and the date it compares with: "as last year", "as in 2019", "as on the same day". */
const AS_FILLERS = new Set(['in', 'on', 'during', 'the']);
/**
 * Words before "as" that make it no comparison: "as recently as 2019", "as early as March" (a bound of when the figure
 * holds), "as well as 2020" (a second time the figure spans), "such as 2019".
 */
const NOT_EQUATIVE = new Set(['recently', 'early', 'late', 'soon', 'long', 'far', 'back', 'well', 'such', 'known', 'of']);
/** Verbs of reaching a mark before "the ... of" a date: "far from reaching the figures of 2014 and 2015". */
const REACHING = new Set(['reaching', 'reach', 'reached', 'matching', 'match', 'matched', 'equalling', 'equaling', 'beating', 'beat']);
/** Tokens between "the" and the noun before a yardstick's date: "above the record levels of January 31". */
const DATE_YARDSTICK_REACH = 4;

/**
 * A date naming what a figure is compared with, not when it holds: "less impressive than last year's", "higher than in
 * 2019", "compared with 2012", "close to or even above the levels of January 31", "far from reaching the figures of
 * 2014 and 2015". It dates no figure of its sentence and frames no later one (round 19). `at` is the date's first token.
 */
export function isYardstickDate(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  for (let n = 0; n < 3 && k >= 0 && THAN_FILLERS.has(tokens[k].lower); n++) k--;
  const w = tokens[k]?.lower ?? '';
  if (w === 'than' || w === 'versus') return true;
  // "close to double last year's figures", "twice the 2019 level": a multiple of another time's figure (round 26).
  if (MULTIPLES.has(tokens[at - 1]?.lower === 'the' ? tokens[at - 2]?.lower ?? '' : tokens[at - 1]?.lower ?? '')) return true;
  if (equativeAs(tokens, at)) return true;
  // "compared with 2012", "by comparison with this year" (round 24), "in comparison to last year".
  if ((w === 'with' || w === 'to') && COMPARING.has(tokens[k - 1]?.lower ?? '')) return true;
  if (samePeriodBefore(tokens, at)) return true;
  // "the levels of January 31", not "over the whole of 2018": the noun before "of" names a level or a tally.
  const noun = tokens[at - 2]?.lower ?? '';
  if (tokens[at - 1]?.lower !== 'of' || !(YARDSTICK_NOUNS.has(noun) || TALLIES.has(noun))) return false;
  for (let i = at - 3; i >= 0 && i >= at - 2 - DATE_YARDSTICK_REACH; i--) {
    const t = tokens[i];
    if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
    if (t.lower === 'the' || t.lower === 'its' || t.lower === 'their') {
      const b = tokens[i - 1]?.lower ?? '';
      return COMPARED_TO.has(b) || REACHING.has(b) || ((b === 'with' || b === 'to') && COMPARING.has(tokens[i - 2]?.lower ?? ''));
    }
  }
  return false;
}

/** Periods a figure is compared with as "the same ... of" another year: "the same period of 2021", "the same quarter". */
const SAME_PERIODS = new Set(['period', 'quarter', 'month', 'week', 'day', 'time']);

/**
 * "shrank by 35.5 percent compared with the same period of 2021", "higher than the same quarter of 2019": the year of
 * "the same period" after a word of comparison is the yardstick's, not the figure's (probe30a; round 29 left it).
 */
function samePeriodBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'in') k--;
  if (!SAME_PERIODS.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'same' || tokens[k - 2]?.lower !== 'the') return false;
  const b = tokens[k - 3]?.lower ?? '';
  return COMPARED_TO.has(b) || ((b === 'with' || b === 'to') && COMPARING.has(tokens[k - 4]?.lower ?? ''));
}

/**
 * "the same number missed their shift as last year", "as many as in 2019": an equative "as" before the date compares
 * with it (round 25). Not "as of"/"as at" (a moment the figure holds: no filler is skipped for those), nor "as early as".
 */
function equativeAs(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  for (let n = 0; n < 2 && k >= 0 && AS_FILLERS.has(tokens[k].lower); n++) k--;
  if (tokens[k]?.lower !== 'as') return false;
  const before = tokens[k - 1];
  return !!before && before.type === 'word' && !NOT_EQUATIVE.has(before.lower);
}

/** A superlative adjective ("highest", "worst", "largest"), or "most"/"least" before one. */
export function isSuperlative(t: Token): boolean {
  return (t.pos === 'ADJ' && /est$/.test(t.lower)) || t.lower === 'most' || t.lower === 'least' || t.lower === 'worst';
}

/** A span reaching back from the time of writing, in whole units: "the past two decades", "the last century". */
const SPAN_BACK = /\b(?:past|last|previous)\b/;
const SPAN_UNITS = /\b(?:years|decades|centur(?:y|ies)|months|weeks)\b/;
/** Tokens between a superlative and the span it ranks over: "the worst in Africa over the past two decades". */
const RECORD_SPAN_REACH = 8;

/**
 * The span a superlative ranks over ("thought to be the worst in Africa over the past two decades", "the strongest in
 * the last century"): how long the record stands, not when the figure holds. It dates no figure and frames no later
 * sentence, as "the largest since 1997" does. Only a span back from the time of writing: "the largest march in 2031"
 * may still date its march. `at` is the date's first token, `text` its words.
 */
export function isRecordSpan(tokens: readonly Token[], at: number, text: string): boolean {
  const lower = text.toLowerCase();
  if (!SPAN_BACK.test(lower) || !SPAN_UNITS.test(lower)) return false;
  for (let i = at - 1; i >= 0 && i >= at - RECORD_SPAN_REACH; i--) {
    const t = tokens[i];
    if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
    if (isSuperlative(t)) return true;
  }
  return false;
}

/** The current span a record may stand in: "among the deadliest this year" (round 30, probe30f). */
const CURRENT_SPAN = /^(?:so far )?this (?:year|decade|century)$/i;

/**
 * "2,400 were killed in the quakes, among the deadliest this year": the current span a superlative before it ranks in,
 * after the figure, is how long the record stands, not the figure's time (a figure after it, "the floods this year, in
 * which 50,000 died", keeps it). `at` is the date's first token.
 */
export function isCurrentRecordSpan(tokens: readonly Token[], at: number, text: string): boolean {
  if (!CURRENT_SPAN.test(text)) return false;
  for (let i = at - 1; i >= 0 && i >= at - RECORD_SPAN_REACH; i--) {
    const t = tokens[i];
    if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
    if (isSuperlative(t)) return true;
  }
  return false;
}
