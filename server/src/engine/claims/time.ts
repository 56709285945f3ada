// The time a claim speaks of: a date in its sentence, else the nearest earlier date in the paragraph or story, else
// publication. Dates that only say when something was said ("said on Monday") come last, before publication.
import type { DateMention, Range, Token } from '../types';
import { firstStartingAt, tokenAt } from '../text/offsets';
import type { TimeBasis } from './detail';
import { memoOfLastReport } from '../text/reportMemo';
import { BoundedMemo } from '../text/boundedMemo';
import { dayFromIso, daysBetween, isoOf } from '../dates/calendar';
import { COUNT_WORDS, MONTH_NAME_LIST, WEEKDAYS } from '../dates/lexicon';
import { CONCESSIVES, CONTRAST_JOINS, wordsPattern } from '../text/subordinators';

const MONTH_INDEX = new Map<string, number>();
MONTH_NAME_LIST.forEach((m, i) => {
  MONTH_INDEX.set(m, i + 1);
  MONTH_INDEX.set(m.slice(0, 3), i + 1);
});
MONTH_INDEX.set('sept', 9);
/** Relative periods: their length, when the date could not be resolved. */
const RELATIVE_LEVEL: [string, string][] = [['hour', 'day'], ['today', 'day'], ['yesterday', 'day'], ['tonight', 'day'],
  ['evening', 'day'], ['morning', 'day'], ['night', 'day'], ['day', 'day'], ['week', 'week'], ['month', 'month'],
  ['year', 'year'], ['decade', 'decade']];
/** Vague times that say nothing checkable: "recent weeks", "in the coming days". */
const VAGUE = /\b(recent|coming|few|several|earlier|later|months|weeks|years|decades)\b/;

/**
 * A normalized form of a date that could not be resolved: "date:1-5", "month:11", "weekday:sunday", "rel:year";
 * null for vague times, which the claim then ignores.
 */
export function normalizeUnresolved(text: string): string | null {
  return normalized.get(text);
}

/**
 * The normal forms of the date texts of the report read last: its figures share a few dates ("on Monday"), each read
 * once and its form shared (one string for every figure of the day, not one each that lived as long as its claim).
 */
/** Distinct date texts a report's memo holds at most (emptied when full). */
const MAX_NORMALIZED = 1024;
const normalized = new BoundedMemo<string, string | null>(MAX_NORMALIZED, normalForm);
memoOfLastReport(() => normalized.clear());

function normalForm(text: string): string | null {
  const words = text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
  let month = 0;
  let day = 0;
  for (const w of words) {
    const m = MONTH_INDEX.get(w);
    if (m && !(w === 'may' && words.length === 1)) month = m;
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(w)) day = parseInt(w, 10);
  }
  if (month && day) return `date:${month}-${day}`;
  if (month) return `month:${month}`;
  for (const w of words) if (WEEKDAYS.has(w)) return `weekday:${w}`;
  if (VAGUE.test(words.join(' '))) return null;
  for (const [word, level] of RELATIVE_LEVEL) if (words.some(w => w === word || w === `${word}s`)) return `rel:${level}`;
  return null;
}

/** The length class of a normalized unresolved date ("day", "month", ...). */
export function levelOf(norm: string): string {
  if (norm.startsWith('date:') || norm.startsWith('weekday:')) return 'day';
  if (norm.startsWith('month:')) return 'month';
  return norm.slice(norm.indexOf(':') + 1);
}

export interface ClaimTime {
  from: string | null;
  to: string | null;
  basis: TimeBasis;
  text: string | null;
  label: string | null;
}

/** The date as a claim's time: resolved, or unresolved by its normal form; null for a vague time. */
function fromDate(d: DateMention, basis: TimeBasis): ClaimTime | null {
  if (d.from && d.to) return { from: d.from, to: d.to, basis, text: null, label: null };
  const norm = normalizeUnresolved(d.text);
  return norm ? { from: null, to: null, basis: 'unresolved', text: norm, label: d.text } : null;
}


/** What the dates of a figure's own sentence say of its time. */
interface SentenceTime {
  /** The usable date nearest the figure; null when none is, or a "since" date is nearer. */
  best: ClaimTime | null;
  /** `best` ends before the figure. */
  bestBefore: boolean;
  /** The first date of the statement ("the agency said on Monday"). */
  spoken: ClaimTime | null;
  /** The date nearest the figure is a "since" date: the figure is a running total. */
  cumulative: boolean;
}

/** Characters between a date and the figure `q`; a date after the figure counts one nearer than one as far before. */
function distance(d: DateMention, q: Range): number {
  return d.start >= q.end ? d.start - q.end : q.start - d.end + 1;
}

type DateTest = (d: DateMention) => boolean;

/**
 * What `claimTime` is told of a figure besides its dates: where its paragraph starts, the publication day, and how each
 * date of its sentence stands to it. A test left out holds of no date.
 */
export interface ClaimTimeOptions {
  paragraphStart: number;
  published: string | null;
  /** A date of the statement ("the agency said on Monday"). */
  isSpeechDate?: DateTest;
  /** A running total's start ("since January"). */
  isSinceDate?: DateTest;
  /** The figure is said to hold now (a running count). */
  now?: boolean;
  /** A yardstick in the past ("the largest march since 1997"). */
  isBackground?: DateTest;
  /** The figure's own verb is a present perfect; asked only when a day before it in its sentence would date it. */
  perfect?: () => boolean;
  /** A date of the statement joined to the figure by a participle ("33.1 per cent reported in March 2021"). */
  isReportedWith?: DateTest;
  /** A date before the figure across a clause boundary. */
  otherClause?: DateTest;
  /** Days to move a day by ("one day after the currency fell"). */
  daysOff?: (d: DateMention) => number;
  /** Where the lede ends (its "this week" frames the story). */
  ledeEnd?: number;
}

/**
 * The options with every test given. A caller that times many figures may pass one object per figure whose tests are
 * methods (toldClaimTime): the tests are called on it, never taken off it.
 */
export type Told = Required<ClaimTimeOptions>;
const NO_DATE: DateTest = () => false;

function withDefaults(o: ClaimTimeOptions): Told {
  return {
    paragraphStart: o.paragraphStart, published: o.published, now: o.now ?? false, ledeEnd: o.ledeEnd ?? Infinity,
    isSpeechDate: o.isSpeechDate ?? NO_DATE, isSinceDate: o.isSinceDate ?? NO_DATE, isBackground: o.isBackground ?? NO_DATE,
    isReportedWith: o.isReportedWith ?? NO_DATE, otherClause: o.otherClause ?? NO_DATE,
    perfect: o.perfect ?? (() => false), daysOff: o.daysOff ?? (() => 0),
  };
}

/** The first step of `claimTime`: what the dates of the figure's own sentence say, nearest first. */
function sentenceTime(dates: readonly DateMention[], q: Range, sentence: Range, o: Told): SentenceTime {
  const st: SentenceTime = { best: null, bestBefore: false, spoken: null, cumulative: false };
  let bestDist = Infinity;
  for (let i = firstStartingAt(dates, sentence.start); i < dates.length && dates[i].start < sentence.end; i++) {
    const d = dates[i];
    // "Since January, 52 civilians have been killed": a running total as of when it is stated, not a count for
    // January; totals that grow from one report to the next are no contradiction.
    if (o.isSinceDate(d)) {
      const dist = distance(d, q);
      if (dist < bestDist) {
        bestDist = dist;
        st.best = null;
        st.cumulative = true;
      }
      continue;
    }
    // "the largest march since the city was handed back in 1997": a yardstick in the past, not when the figure holds.
    if (o.isBackground(d)) continue;
    // "the agency said on Monday" dates the statement, not what it counts (the storm struck on Sunday): it is used only
    // when no other date frames the figure.
    // "33.1 per cent reported in March 2021" is as of that report: the statement's date is the figure's own.
    const own = o.isReportedWith(d);
    if (!own && o.isSpeechDate(d)) {
      st.spoken ??= fromDate(d, 'statement');
      continue;
    }
    const t = movedBy(fromDate(d, own ? 'statement' : 'explicit'), o.daysOff(d));
    if (!t) continue;
    // Dates after the figure win ties: "captured 3,600 km2 in the past year" vs "reports on Sunday said".
    // A date before the figure across a clause boundary yields to any date of the figure's own clause (round 24).
    const dist = distance(d, q) + (d.end <= q.start && o.otherClause(d) ? OTHER_CLAUSE_PENALTY : 0);
    if (dist < bestDist) {
      bestDist = dist;
      st.best = t;
      st.bestBefore = d.end <= q.start;
      st.cumulative = false;
    }
  }
  return st;
}

/**
 * The nearest earlier date of the paragraph, else the story's first (a lede's "on Sunday" frames the paragraphs after
 * it; a later "last Thursday" frames only its own). Both look-ups are bounded so many dates cost no more per figure.
 * A date after publication ("a declaration expected next Tuesday") tells of what is to come: it frames no figure the
 * report states before it.
 */
function contextTime(dates: readonly DateMention[], sentenceStart: number, o: Told): ClaimTime | null {
  const { paragraphStart, published, ledeEnd } = o;
  const first = firstStartingAt(dates, sentenceStart) - 1;
  for (let i = first; i >= 0 && i > first - 16 && dates[i].start >= paragraphStart; i--) {
    if (!framesLater(dates[i], published, o)) continue;
    const t = fromDate(dates[i], 'context');
    if (t) return t;
  }
  // A lede that names its time ("protests this week") frames the story, even when that time frames nothing (a running
  // period): "inflation data for December" three paragraphs on dates its statistic, not later paragraphs' tolls.
  const week = ledeWeek(dates, ledeEnd, published);
  if (week) return week;
  for (let i = 0; i <= first && i < 16; i++) {
    if (!framesLater(dates[i], published, o)) continue;
    const t = fromDate(dates[i], 'context');
    if (t && t.basis !== 'unresolved') return t;
  }
  return null;
}

/** The last resort: the date of the statement, else the publication, else none. */
function statedOrPublished(spoken: ClaimTime | null, published: string | null): ClaimTime {
  if (spoken) return spoken;
  if (published) return { from: published, to: published, basis: 'published', text: null, label: null };
  return { from: null, to: null, basis: 'none', text: null, label: null };
}

/**
 * Time of a figure `q` in `sentence`: the usable date in the sentence nearest to the figure, else the nearest usable date
 * earlier in the paragraph (or, resolved, in the story), else the date of the statement, else the publication date. A
 * running total or a figure said to hold now (`now`) takes the date of the statement or the publication; a figure whose
 * own verb is a present perfect (`perfect`, asked only then) takes a day before it in its sentence as the statement's.
 */
export function claimTime(dates: readonly DateMention[], q: Range, sentence: Range, options: ClaimTimeOptions):
  ClaimTime {
  return toldClaimTime(dates, q, sentence, withDefaults(options));
}

/** `claimTime` told every test. */
export function toldClaimTime(dates: readonly DateMention[], q: Range, sentence: Range, o: Told): ClaimTime {
  const { published } = o;
  const { best, bestBefore, spoken, cumulative } = sentenceTime(dates, q, sentence, o);
  // "Raising the issue on Tuesday, X alleged that 14 people have died": the figure's own verb in the present perfect takes
  // no past day of its own, so a day before it in its sentence is when it was said, not when the count was made (one
  // after it, "has risen above 750 since the storm hit 10 days ago", may tell of the event).
  if (best && !cumulative && best.basis === 'explicit' && bestBefore && best.from !== null && best.from === best.to
    && (!published || best.from < published) && o.perfect()) {
    return { ...best, basis: 'statement' };
  }
  if (best) return best;
  // "now we hold 800 km²", "so far 45 have died": as of the statement or the publication, never an earlier date nearby.
  if (cumulative || o.now) return statedOrPublished(spoken, published);
  return contextTime(dates, sentence.start, o) ?? statedOrPublished(spoken, published);
}

/** Most words between a figure and the participle that reports it: its noun ("500 cases reported", "33.1 per cent"). */
const REPORTED_NOUN_REACH = 2;
/** Words between a reporting participle and its date: "reported in March 2021", "released late on Friday". */
const REPORTED_LEADS = new Set(['in', 'on', 'late', 'early', 'last', 'this', 'at']);

/**
 * A date of the statement joined to the figure by a participle right after it ("a drop from 33.1 per cent reported in
 * March 2021 to 4.1 per cent for the first quarter of 2023", "the 500 cases recorded on Monday"): the figure is as of
 * that report, not of another date of its sentence. Only the figure's noun (at most REPORTED_NOUN_REACH words), the
 * participle (`participle`) and date leads stand between them; no punctuation.
 */
export function reportedWithFigure(tokens: readonly Token[], figureEnd: number, dateStart: number,
  participle: (lower: string) => boolean): boolean {
  if (dateStart < figureEnd) return false;
  let i = tokenAt(tokens, figureEnd);
  for (let k = 0; k <= REPORTED_NOUN_REACH && i < tokens.length && tokens[i].start < dateStart; k++, i++) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (!participle(t.lower)) continue;
    for (i++; i < tokens.length && tokens[i].start < dateStart; i++) if (!REPORTED_LEADS.has(tokens[i].lower)) return false;
    return true;
  }
  return false;
}

/** A day's time moved by `days` (a single resolved day only); other times as they are. */
function movedBy(t: ClaimTime | null, days: number): ClaimTime | null {
  if (!t || !days || !t.from || t.from !== t.to) return t;
  const day = dayFromIso(t.from)! + days;
  return { ...t, from: isoOf(day), to: isoOf(day) };
}

/**
 * "N days after"/"N days before" (a count up to a week, in words read from COUNT_WORDS, or digits) opening the clause
 * between a day and a later figure: "on August 21 -- one day after the
 * currency fell a record 23 percent". Literal alternatives and a bounded digit run: linear.
 */
const DAYS_APART = /\b(a|one|two|three|four|five|six|seven|\d{1,2})\s{1,3}days?\s{1,3}(after|before)\s/i;
/** How far before a figure, in characters, such a clause may open. */
const DAYS_APART_REACH = 160;

/**
 * Days to move a day of the figure's sentence by when "N days after" or "N days before" ties the figure to it (round 26):
 * - the figure stands in a clause the phrase opens after the day: "The bank spoke on August 21, one day after the tenge
 *   fell 23 percent" dates the fall August 20 (-N after, +N before). Not when the clause closes before the figure ("dated
 *   April 27, five days after the rig sank, the company estimated 14,266 barrels"): an odd number of commas after the
 *   opener ends the aside (two enclose an apposition inside it);
 * - the phrase stands between the figure and a later day: "the blast killed 40 people two days before the vote on
 *   Sunday" dates the dead on Friday (+N after, -N before); no comma between the phrase and the day.
 */
export function daysApartOf(text: string, d: Range, q: Range): number {
  if (d.end <= q.start) {
    if (q.start - d.end > DAYS_APART_REACH) return 0;
    const gap = text.slice(d.end, q.start);
    const m = DAYS_APART.exec(gap);
    if (!m || periodOpener(gap, m)) return 0;
    const rest = gap.slice(m.index + m[0].length);
    let commas = 0;
    for (const ch of rest) if (ch === ',') commas++;
    if (commas % 2 === 1 || /[;.]/.test(rest)) return 0;
    return daysOfMatch(m, -1);
  }
  if (d.start < q.end || d.start - q.end > DAYS_APART_REACH) return 0;
  const gap = text.slice(q.end, d.start);
  const m = DAYS_APART.exec(gap);
  if (!m || periodOpener(gap, m) || /[,;.]/.test(gap.slice(m.index)) || /[;.]/.test(gap.slice(0, m.index))) return 0;
  return daysOfMatch(m, 1);
}

/** Words before "N days after" that make it a period ("in the three days after the quake", "within two days"). */
const PERIOD_LEADS = /\b(?:the|within|for|over|in|first|next|past|last)\s{1,3}$/i;
/** The DAYS_APART match counts a period, not a day apart. */
function periodOpener(gap: string, m: RegExpExecArray): boolean {
  return PERIOD_LEADS.test(gap.slice(Math.max(0, m.index - 12), m.index));
}

/** The days a DAYS_APART match says, signed: `after` days when it says "after", the opposite when "before". */
function daysOfMatch(m: RegExpExecArray, after: number): number {
  const n = COUNT_WORDS.get(m[1].toLowerCase()) ?? Number(m[1]);
  return m[2].toLowerCase() === 'after' ? after * n : -after * n;
}

/** Words opening a concession: the clause after them tells of another event than the figure's. */
const CONCESSIVE = new RegExp(wordsPattern(CONCESSIVES), 'i');
/** How far after a figure, in characters, a concession before a date is looked for. */
const CONCESSION_REACH = 240;

/**
 * A date in a concessive clause after the figure ("lost with 48.16 per cent, although he claimed victory two days ago")
 * dates what the concession tells, not the figure.
 */
export function inConcessionAfter(text: string, figureEnd: number, dateStart: number): boolean {
  if (dateStart <= figureEnd || dateStart - figureEnd > CONCESSION_REACH) return false;
  return CONCESSIVE.test(text.slice(figureEnd, dateStart));
}

/**
 * Words and marks that open another clause between a date and a later figure: "fighting began on May 3 while 40 were
 * killed the next day", "... on Friday, but 12 more died on Sunday". Literal alternatives only: linear.
 */
const CLAUSE_OPENERS = new RegExp(`${wordsPattern([...CONTRAST_JOINS, 'but'])}|;`, 'i');
/** How far before a figure, in characters, a clause opener after a date is looked for. */
const CLAUSE_REACH = 240;
/** Characters added to the distance of a date in another clause: any date of the figure's own clause is nearer. */
const OTHER_CLAUSE_PENALTY = 10_000;

/**
 * A date before the figure with a clause opener between them (CLAUSE_OPENERS) dates another clause: used only when no
 * date of the figure's own clause is in its sentence ("the march began on Saturday while 40 were arrested the
 * following day": the arrests are of the following day; round 24).
 */
export function inEarlierClause(text: string, dateEnd: number, figureStart: number): boolean {
  if (dateEnd > figureStart || figureStart - dateEnd > CLAUSE_REACH) return false;
  return CLAUSE_OPENERS.test(text.slice(dateEnd, figureStart));
}

/**
 * "and" then a past verb of the same subject and a preposition opens its next predicate: "the march began last month
 * and ended with 9,000 people" dates the start, not the end (round 34). Literal words, one bounded letter run: linear.
 */
const NEXT_PREDICATE = /\band\s{1,3}(?:then\s{1,3})?[a-z]{2,20}ed\s{1,3}(?:with|at|in)\s{1,3}$/i;
/** How far before a figure, in characters, the next predicate's "and" may stand. */
const PREDICATE_REACH = 40;

/** A date before the figure in an earlier predicate of its subject ("began last month and ended with 9,000"). */
export function inEarlierPredicate(text: string, dateEnd: number, figureStart: number): boolean {
  if (dateEnd > figureStart) return false;
  return NEXT_PREDICATE.test(text.slice(Math.max(dateEnd, figureStart - PREDICATE_REACH), figureStart));
}

/** A second infinitive after the figure's: "and to suspend", "and then to close". Literal words only: linear. */
const NEXT_INFINITIVE = /\band\s{1,3}(?:then\s{1,3})?to\s{1,3}[a-z]/i;
/** How far after a figure, in characters, a second infinitive before a date is looked for. */
const INFINITIVE_REACH = 160;

/**
 * A date after the figure in a second infinitive of its sentence ("decided to reduce its workforce by over 15 per cent
 * and to suspend its dividend from the fourth quarter") dates that other action, not the figure (round 23).
 */
export function inNextInfinitive(text: string, figureEnd: number, dateStart: number): boolean {
  if (dateStart <= figureEnd || dateStart - figureEnd > INFINITIVE_REACH) return false;
  return NEXT_INFINITIVE.test(text.slice(figureEnd, dateStart));
}

/**
 * Prepositions that give a figure its own date right after it: "32 in July", "40 during March" ("up 3.54 percent on the
 * previous month" names the base of a change, not when it holds).
 */
const OWN_DATE = /^\s{1,3}(?:in|during)\s{1,3}$/i;
/** Characters between a figure and its own date at most: " during ". */
const OWN_DATE_REACH = 12;

/**
 * Calls `found` with each figure and the resolved date right after it, when no more than `reach` characters lie between
 * them and those characters match `between`. One forward cursor over the dates, so linear in the quantities and the
 * dates; an indexed loop, not a generator (a generator's steps allocated on every figure of a dense report).
 */
function datesRightAfter<Q extends { start: number; end: number }>(text: string, quantities: readonly Q[],
  dates: readonly DateMention[], between: RegExp, reach: number, found: (q: Q, d: DateMention) => void): void {
  let j = 0;
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    while (j < dates.length && dates[j].start < q.end) j++;
    const d = dates[j];
    if (d?.from && d.to && d.start - q.end <= reach && between.test(text.slice(q.end, d.start))) found(q, d);
  }
}

/**
 * The resolved date each figure has right after it, with only "in"/"during" between them ("two in April, six in June, 32 in
 * July"): figure start → date start. Such a figure is dated by that date, not by a nearer one of its neighbour's
 * ("six" is as near to "April" as to "June").
 */
export function figureOwnedDates(text: string, quantities: readonly { start: number; end: number }[],
  dates: readonly DateMention[]): Map<number, number> {
  const owned = new Map<number, number>();
  datesRightAfter(text, quantities, dates, OWN_DATE, OWN_DATE_REACH, (q, d) => owned.set(q.start, d.start));
  return owned;
}

/** "as of"/"as at" between a figure and its date: "a workforce of 116,500 as of June 29" is a stock at that moment. */
const AS_OF_DATE = /^\s{1,3}as\s{1,3}(?:of|at)\s{1,3}$/i;
/** Characters between a figure and its "as of" date at most: " as of ". */
const AS_OF_REACH = 10;

/**
 * The resolved dates a figure holds as of, right after it ("Intel's workforce of 116,500 as of June 29"): date start →
 * figure start. Such a date is that figure's moment, not the time of a figure before it in the sentence ("cuts will
 * affect 17,500 employees of a workforce of 116,500 as of June 29"): `heldElsewhere` tells.
 */
export function asOfDates(text: string, quantities: readonly { start: number; end: number }[],
  dates: readonly DateMention[]): Map<number, number> {
  const held = new Map<number, number>();
  datesRightAfter(text, quantities, dates, AS_OF_DATE, AS_OF_REACH, (q, d) => held.set(d.start, q.start));
  return held;
}

/** The date is another figure's "as of" moment, and that figure stands between it and the figure `figureStart`. */
export function heldElsewhere(held: ReadonlyMap<number, number>, dateStart: number, figureStart: number): boolean {
  const owner = held.get(dateStart);
  return owner !== undefined && figureStart < owner;
}

/**
 * A period longer than a day that is still running at publication ("this year", "third-quarter revenue", "this month"):
 * an earlier sentence's current period says when the story is, not over how long a later figure counts; that figure
 * holds as of the report.
 */
function runningPeriod(d: DateMention, published: string | null): boolean {
  return !!published && !!d.from && !!d.to && d.from !== d.to && d.from <= published && d.to > published;
}

/** Longest running period of a lede that frames the story by itself: "this week", "these days". */
const LEDE_RUNNING_DAYS = 7;

/**
 * The lede's own time when it is a short running period ("violent protests this week"): the story is of these days, so
 * it frames later paragraphs that give no date, up to the report's day; a month named three paragraphs on ("inflation
 * data for December") frames only its own statistic.
 */
function ledeWeek(dates: readonly DateMention[], ledeEnd: number, published: string | null): ClaimTime | null {
  for (let i = 0; i < dates.length && dates[i].start < ledeEnd; i++) {
    const d = dates[i];
    if (!runningPeriod(d, published) || dayFromIso(d.to!)! - dayFromIso(d.from!)! >= LEDE_RUNNING_DAYS) continue;
    const t = fromDate(d, 'context');
    if (t) return { ...t, to: published };
  }
  return null;
}

/** An earlier date that may frame a figure of a later sentence (the paragraph's or the story's fallback). */
function framesLater(d: DateMention, published: string | null, o: Told): boolean {
  return !o.isSpeechDate(d) && !o.isSinceDate(d) && !o.isBackground(d) && !ahead(d, published) && !runningPeriod(d, published);
}

/** The date begins after the report's publication: a plan or an expectation, not when a stated figure holds. */
function ahead(d: DateMention, published: string | null): boolean {
  return !!published && !!d.from && d.from > published;
}

/** Words joining two dates into one period: "in 2020 and 2021", "January 2020 to December 2021", "2019-2021". */
const RANGE_JOINS = new Set(['and', 'to', 'through', 'until', 'till', '-', '\u2013', '\u2014']);
/** Longest period two joined dates make, in days: "between 1990 and 2020" is no span one figure counts over. */
const MAX_JOINED_DAYS = 3660;

/**
 * Dates joined by one word into a period ("in 2020 and 2021", "between January 2020 and December 2021") as one date
 * spanning both: a figure counted over the two years is dated by both, not by the nearer year. Only resolved dates in
 * order, one word apart, are joined; the list stays sorted by start. Linear in the dates.
 */
export function joinDateRanges(dates: readonly DateMention[], tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    // "the April to June quarter": the second date may be re-read as a period that starts with the first (periods.ts).
    if (b && a.from && a.to && b.from && b.to && a.from <= b.from && a.to < b.to) {
      const k = tokenAt(tokens, a.end - 1) + 1;
      const days = daysBetween(a.from, b.to);
      if (RANGE_JOINS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.start === b.start && days <= MAX_JOINED_DAYS) {
        out.push({ start: a.start, end: b.end, text: `${a.text} ${tokens[k].text} ${b.text}`, from: a.from, to: b.to });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
