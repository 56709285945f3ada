// Word tables for date expressions, built once at module load. Keys are lower case.
import { NAMED_DAYS } from './namedDays';

/** The month names in calendar order, written once: every other table of months derives from this one. */
export const MONTH_NAME_LIST: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
/** Month names but "may", which is more often the verb where its case is not read. */
export const MONTH_NAMES_BUT_MAY: readonly string[] = MONTH_NAME_LIST.filter(m => m !== 'may');
/** Month names and their common abbreviations (with and without the period). */
export const MONTHS = new Map<string, number>();
MONTH_NAME_LIST.forEach((name, i) => MONTHS.set(name, i + 1));
/** Abbreviations are only read as months next to a day or a year ("Jan. 5", "Dec 2024"). */
export const MONTH_ABBREVIATIONS = new Map<string, number>();
for (const [abbr, m] of [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
] as const) {
  MONTH_ABBREVIATIONS.set(abbr, m);
  MONTH_ABBREVIATIONS.set(abbr + '.', m);
}

/** 0 = Sunday, as Date.getUTCDay(). */
export const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export const SEASONS = new Map<string, Season>([
  ['spring', 'spring'], ['summer', 'summer'], ['autumn', 'autumn'], ['fall', 'autumn'], ['winter', 'winter'],
]);
/** First month of each (northern, meteorological) season; a season lasts three months. */
export const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export type Unit = 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';
export const UNITS = new Map<string, Unit>([
  ['hour', 'hour'], ['hours', 'hour'], ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'],
  ['weekend', 'weekend'], ['weekends', 'weekend'], ['quarter', 'quarter'], ['quarters', 'quarter'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
]);

/** Small counts written as words ("the past three weeks"); vague ones get a typical value. */
export const COUNT_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20],
  ['thirty', 30], ['few', 3], ['several', 3], ['couple', 2],
]);

/** Direction words before a period: -1 back, 0 current, +1 ahead. */
export const PERIOD_SHIFT = new Map<string, number>([
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['prior', -1],
  ['this', 0], ['current', 0],
  ['next', 1], ['coming', 1], ['following', 1], ['upcoming', 1],
]);

/** Words for a single day relative to publication. */
export const DAY_WORDS = new Map<string, number>([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
]);

/**
 * Generic nouns an era qualifies ("today's teenagers", "by today's standards", "the cities of tomorrow"): with one of
 * these, "today" or "tomorrow" names the present or coming times, not a day, and TimeML leaves it unmarked.
 */
export const ERA_NOUNS = new Set([
  'world', 'society', 'youth', 'young', 'generation', 'generations', 'children', 'kids', 'teenagers', 'students',
  'parents', 'families', 'people', 'consumers', 'workforce', 'workers', 'leaders', 'cities', 'standards', 'dollars',
  'technology', 'computers', 'phones', 'cars',
]);

/**
 * Plural nouns a year names in attributive position, after a determiner or a possessive: occasions ("the 2016
 * elections", "the province's 2011 riots") and a period's reported results ("its 1994 results"). A count of a thousand
 * or more takes a separator in edited news, and none of these is counted in thousands, so the year-like number before
 * them is a year; before any other plural ("the 2000 volunteers") it stays a count.
 */
export const YEAR_NAMED_PLURALS = new Set([
  'elections', 'polls', 'primaries', 'midterms', 'referendums', 'protests', 'riots', 'clashes', 'uprisings', 'floods',
  'games', 'olympics', 'championships', 'finals', 'talks', 'negotiations', 'accords', 'results', 'earnings', 'sales',
  'profits', 'revenues', 'accounts',
]);

/** Parts of a day that can follow a day word ("yesterday morning", "Sunday night"). */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'midday', 'noon', 'overnight']);

/** Early/mid/late and their phrasings ("the start of", "the end of"). */
export const PART_WORDS = new Map<string, 'early' | 'mid' | 'late'>([
  ['early', 'early'], ['mid', 'mid'], ['late', 'late'], ['start', 'early'], ['beginning', 'early'],
  ['middle', 'mid'], ['end', 'late'],
]);

/**
 * Prepositions before a date. They are never part of the span and never widen the interval ("since August" is
 * August); the tense of the sentence decides whether an ambiguous date looks ahead (tense.ts).
 */
export type Relation = 'since' | 'until' | 'before' | 'after' | 'by' | 'in' | 'ended';
export const RELATIONS = new Map<string, Relation>([
  ['since', 'since'], ['until', 'until'], ['till', 'until'], ['through', 'until'], ['before', 'before'], ['after', 'after'],
  ['by', 'by'], ['in', 'in'], ['on', 'in'], ['during', 'in'], ['throughout', 'in'], ['of', 'in'], ['from', 'in'],
  ['at', 'in'], ['for', 'in'], ['to', 'in'], ['within', 'in'], ['over', 'in'],
  // "the fiscal year ended Jan. 31": a period that ended on the date, so the date is past.
  ['ended', 'ended'],
]);

/** Words after which a capitalized month or a bare year is read as a date ("in May", "since 2023"). */
export const MONTH_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'last', 'next', 'early', 'mid', 'late', 'this', 'during', 'from',
  'through', 'throughout', 'before', 'after', 'to', 'between', 'into', 'for',
]);

/**
 * Verbs whose object is a period, so a bare year right after them is that period ("the country closed 2017 with
 * inflation of 2,616%", "the index ended 2019 up 7%"); a count takes its noun ("closed 1500 points higher"), which the
 * year rule refuses.
 */
export const PERIOD_OBJECT_VERBS = new Set([
  'closed', 'closes', 'closing', 'ended', 'ends', 'ending', 'finished', 'finishes', 'began', 'begins', 'started', 'starts',
  'entered', 'enters', 'entering',
]);

/** Ordinals that number a quarter ("the third quarter", "3rd-quarter"). */
export const QUARTER_ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/**
 * Words before "quarter"/"period" that point at the quarter the report is about ("the latest quarter", "the
 * comparable period"); a bare "the period" is too loose to mark.
 */
export const REPORTING_WORDS = new Set(['latest', 'comparable', 'corresponding', 'fiscal']);

/** Second halves of "year-earlier", "year-ago", "year-before": the same period a year back. */
export const YEAR_BACK_WORDS = new Set(['earlier', 'ago', 'before']);

/**
 * Holidays news dates events by, as a fixed day, the nth weekday of a month (n = -1: the last), or days from Easter
 * Sunday. Keys are the lower-case words as the tokenizer splits them ("new year 's day"). US observances are the ones
 * the TimeML news uses; no holiday whose day differs by country is listed.
 */
export type HolidayRule = { m: number; d: number } | { m: number; wd: number; n: number; plus?: number } | { easter: number };
export const HOLIDAYS = new Map<string, HolidayRule>([
  ['christmas', { m: 12, d: 25 }], ['christmas day', { m: 12, d: 25 }], ['christmas eve', { m: 12, d: 24 }],
  ['boxing day', { m: 12, d: 26 }], ["new year 's day", { m: 1, d: 1 }], ["new year 's eve", { m: 12, d: 31 }],
  ["new year ’s day", { m: 1, d: 1 }], ["new year ’s eve", { m: 12, d: 31 }],
  ['halloween', { m: 10, d: 31 }], ["valentine 's day", { m: 2, d: 14 }], ["valentine ’s day", { m: 2, d: 14 }],
  ['thanksgiving', { m: 11, wd: 4, n: 4 }], ['thanksgiving day', { m: 11, wd: 4, n: 4 }],
  ['labor day', { m: 9, wd: 1, n: 1 }], ['memorial day', { m: 5, wd: 1, n: -1 }],
  ['easter', { easter: 0 }], ['easter sunday', { easter: 0 }], ['easter monday', { easter: 1 }],
  ['good friday', { easter: -2 }],
  // National days and observances: namedDays.ts.
  ...NAMED_DAYS,
]);
/** First words of the holidays, for the scan's one-look-up skip. */
export const HOLIDAY_STARTS = new Set([...HOLIDAYS.keys()].map(k => k.split(' ')[0]));

/** Spelled-out years of broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export const CENTURY_WORDS = new Map<string, number>([['nineteen', 1900], ['eighteen', 1800], ['twenty', 2000]]);

/** Decades in words after "the": "the nineties" (read in the 1900s, as "the '90s"). */
export const DECADE_WORDS = new Map<string, number>([
  ['twenties', 1920], ['thirties', 1930], ['forties', 1940], ['fifties', 1950], ['sixties', 1960], ['seventies', 1970],
  ['eighties', 1980], ['nineties', 1990],
]);

/** Determiners and possessives before an attributive date ("the August offensive", "their summer offensive"). */
export const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'a', 'an']);

/** A possessive before an attributive year: "the company's 1989 results". */
export const POSSESSIVES = new Set(["'s", '’s']);
