// Date expressions, resolved against the publication date. Spans come from our own token scan (scan.ts);
// calendar placement from resolve.ts. See docs/dates.md for the rules.
import { dayFromIso, dayOf, isoOf, ymdOf } from './calendar';
import type { Interval } from './calendar';
import { referenceYear } from './reference';
import { isYardstickDate } from '../text/yardsticks';
import { isPastEventYear } from '../text/pastEvents';
import { resolveExpr } from './resolve';
import type { ResolveContext } from './resolve';
import { scanReportDates } from './scan';
import type { Expr, RawDate } from './scan';
import type { DateMention, PreparedText } from '../types';

export interface DateOptions {
  /** The current year, used only to pick a year for "Saturday, January 11" in a report stating no year at all. */
  nowYear?: number;
}

/**
 * Participles of coming to be, before "in" and a year: "formed in 2012", "founded in 1998", "born in 1961"; and (round 32)
 * a place's or a firm's opening: "the plant, opened in 1963,", "the company, which began in 1872,".
 */
const FOUNDED = new Set(['formed', 'founded', 'established', 'created', 'born', 'incorporated', 'opened', 'began', 'built']);

/** The year at token `at` is when something came to be: "formed in 2012", "set up in 1990" (FOUNDED). */
export function isFoundingYear(tokens: PreparedText['tokens'], at: number): boolean {
  if (tokens[at - 1]?.lower !== 'in') return false;
  const w = tokens[at - 2]?.lower ?? '';
  return FOUNDED.has(w) || (w === 'up' && tokens[at - 3]?.lower === 'set');
}

/** A bare year naming a past event (text/pastEvents.ts), before the publication year when the report is dated. */
function pastEventYear(r: RawDate, tokens: PreparedText['tokens'], published: string | null): boolean {
  if (r.expr.k !== 'year' || r.expr.to !== undefined || r.expr.part !== undefined) return false;
  const pub = dayFromIso(published);
  return (pub === null || r.expr.y < ymdOf(pub).y) && isPastEventYear(tokens, r.startTok, pub !== null);
}

/** "since the 1993 constitution", "since the 2008 crisis": a year after "since the", a bound before the story. */
function sinceThe(tokens: PreparedText['tokens'], at: number): boolean {
  return tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'since';
}

export function recognizeDates(prepared: PreparedText, published: string | null): DateMention[] {
  return recognizeDatesWith(prepared, published, {});
}

export function recognizeDatesWith(prepared: PreparedText, published: string | null, options: DateOptions): DateMention[] {
  const raws = scanReportDates(prepared.tokens);
  const { years, storyYears } = statedYears(raws, prepared.tokens, published);
  const ctx: ResolveContext = {
    pub: dayFromIso(published),
    refYear: referenceYear(prepared.text, prepared.bodyStart),
    years,
    storyYears,
    nowYear: options.nowYear ?? new Date().getUTCFullYear(),
    quarter: null,
  };
  return resolveDates(prepared, raws, ctx);
}

/** The years the report states (each date's explicit year), and those of them that tell the story's own time. */
function statedYears(raws: readonly RawDate[], tokens: PreparedText['tokens'], published: string | null):
  { years: ResolveContext['years']; storyYears: ResolveContext['years'] } {
  const years: ResolveContext['years'] = [];
  const storyYears: ResolveContext['years'] = [];
  let yardstickEnd = -1;
  // Indexed loops here: this runs once per report, mostly unoptimized, where `for of` made an object per date.
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    const y = explicitYear(r.expr);
    if (y === null) continue;
    years.push({ offset: tokens[r.startTok].start, y });
    // "far from reaching the figures of 2014 and 2015", "higher than in 2019": the time a figure is measured against
    // (text/yardsticks.ts), not the story's year; a year joined to such a one by "and"/"or" is measured against too.
    if (isYardstickDate(tokens, r.startTok) || (yardstickEnd >= 0 && r.startTok === yardstickEnd + 1
      && YEAR_JOINS.has(tokens[yardstickEnd].lower))) {
      yardstickEnd = r.endTok;
      continue;
    }
    if (isStoryYear(r, tokens, published)) storyYears.push({ offset: tokens[r.startTok].start, y });
  }
  return { years, storyYears };
}

/**
 * Whether a stated year (not a yardstick's) tells the story's time.
 * "has paid a dividend since 1992", "to cut emissions by 2030": a bound before or after the story, not its year;
 * it still fits a weekday's year ("since 2024 ... Saturday, January 11").
 * "the party, formed in 2012, filed complaints after the vote on July 28": the year an organization or a person came
 * to be describes them, not the story (round 23).
 * "since the 1993 constitution": a year naming what came before, past "the", is a bound as "since 1993" is.
 * "A stampede in 1987 killed 310", "the Constitution of 1992": another, earlier event's year (round 27).
 */
function isStoryYear(r: RawDate, tokens: PreparedText['tokens'], published: string | null): boolean {
  return r.rel !== 'since' && r.rel !== 'by' && !isFoundingYear(tokens, r.startTok) && !sinceThe(tokens, r.startTok)
    && !pastEventYear(r, tokens, published);
}

/** A resolved date a later anaphoric one may count from, and the sentence it was stated in. */
type Anchor = { interval: Interval; sentence: number } | null;

/** Each scanned date resolved to its interval, in order, with the anaphora that refer back to earlier dates. */
function resolveDates(prepared: PreparedText, raws: readonly RawDate[], ctx: ResolveContext): DateMention[] {
  const { tokens, sentences, text } = prepared;
  const out: DateMention[] = [];
  // Anaphora: "the previous year" refers to the year or month stated just before, in the same or previous sentence.
  let sentence = 0;
  let anchor: Anchor = null;
  // "In March, ... The following month": a period counted from the story's time takes the last day or month named.
  let told: Anchor = null;
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    const expr = yearAfterDay(r, raws[k + 1], tokens);
    const start = tokens[r.startTok].start;
    const end = tokens[r.endTok - 1].end;
    while (sentence + 1 < sentences.length && sentences[sentence].end <= start) sentence++;
    const usable = referent(r, sentence, anchor, told);
    const x = nineMonthsBack(expr, r.startTok, sentences[sentence]?.start ?? 0, tokens, ctx)
      ?? resolveExpr(expr, r.rel, r.future, start, ctx, usable, r.past, r.lead || !!r.names || !!r.placed);
    out.push({ start, end, text: text.slice(start, end), from: x.from === null ? null : isoOf(x.from), to: x.to === null ? null : isoOf(x.to) });
    if (explicitYear(expr) !== null && x.from !== null) anchor = { interval: x, sentence };
    if (STORY_TIMES.has(expr.k) && x.from !== null) told = { interval: x, sentence };
    noteQuarter(r.expr, x, ctx);
  }
  return out;
}

/** How many tokens back from a year-back comparison its "nine months" may stand, in the same sentence. */
const NINE_MONTHS_REACH = 30;

/**
 * "a year earlier", "a year ago", "year-earlier profit", "the 1988 period" after "the (first) nine months" in its
 * sentence, in a results report ("For the nine months, net fell to $2 million from $3 million a year earlier",
 * "compared with a loss in the 1988 period"): the comparison is with the nine months of that year, not with a
 * quarter. TimeML values it as that calendar year (five TimeBank results stories; two others copy the quarter), so it
 * is the year before the report's quarter's year, or the year the period names. A "quarter" or "period" between the
 * nine months and the comparison gives it back to the quarter ("nine months ..., and in the quarter, from a year
 * earlier").
 */
function nineMonthsBack(e: Expr, at: number, sentenceStart: number, tokens: PreparedText['tokens'], ctx: ResolveContext): Interval | null {
  const y = nineMonthsYear(e, ctx);
  if (y === null || !afterNineMonths(tokens, at, sentenceStart)) return null;
  return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31) };
}

/** The year a year-back comparison or a "the <year> period" names, when nine months stand before it. */
function nineMonthsYear(e: Expr, ctx: ResolveContext): number | null {
  if (e.k === 'ago' && e.unit === 'year' && e.n === 1) return ctx.quarter ? ctx.quarter.y - 1 : null;
  if (e.k !== 'quarter' || !e.period || e.q !== undefined) return null;
  if (e.y !== undefined) return e.y;
  return e.back !== undefined && ctx.quarter ? ctx.quarter.y - e.back : null;
}

/** "nine months" (or "9 months") within the sentence before token `at`, with no quarter or period between. */
function afterNineMonths(tokens: PreparedText['tokens'], at: number, sentenceStart: number): boolean {
  for (let k = at - 1; k >= 1 && k >= at - NINE_MONTHS_REACH && tokens[k].start >= sentenceStart; k--) {
    const w = tokens[k].lower;
    if (w === 'quarter' || w === 'quarters' || w === 'period') return false;
    if (w === 'months' && (tokens[k - 1].lower === 'nine' || tokens[k - 1].lower === '9') && tokens[k - 1].start >= sentenceStart) return true;
  }
  return false;
}

/** The earlier date an anaphoric one in `sentence` counts from: the last year stated close by, else the story's time. */
function referent(r: RawDate, sentence: number, anchor: Anchor, told: Anchor): Interval | null {
  let usable = anchor && sentence - anchor.sentence <= 1 ? anchor.interval : null;
  if (!usable && r.expr.k === 'period' && r.expr.anaphoric && told && sentence - told.sentence <= STORY_TIME_REACH) usable = told.interval;
  // "the previous Friday" has no reading from publication ("last Friday" has): the story's day, however far back.
  if (!usable && r.expr.k === 'weekday' && r.expr.anaphoric && told) usable = told.interval;
  return usable;
}

/**
 * "on the night of December 3 in 1984": a day of no year with "in" and a year right after it is a day of that year, not
 * of the report's (round 24). The year stays a date of its own.
 */
function yearAfterDay(r: RawDate, next: RawDate | undefined, tokens: PreparedText['tokens']): Expr {
  if (r.expr.k !== 'date' || r.expr.y !== undefined || r.expr.yRel !== undefined || next?.expr.k !== 'year') return r.expr;
  if (next.startTok !== r.endTok + 1 || tokens[r.endTok]?.lower !== 'in') return r.expr;
  return { ...r.expr, y: next.expr.y };
}

/** Words joining a year to a yardstick year before it: "the figures of 2014 and 2015". */
const YEAR_JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/** Dates that set the story's time for "the following month", "that day": a day, a weekday, a month, a holiday. */
const STORY_TIMES: ReadonlySet<Expr['k']> = new Set(['date', 'weekday', 'month', 'holiday']);
/** How many sentences back such a date still sets the story's time. */
const STORY_TIME_REACH = 3;

function explicitYear(e: Expr): number | null {
  if (e.k === 'year') return e.y;
  if ((e.k === 'date' || e.k === 'month' || e.k === 'season' || e.k === 'holiday' || e.k === 'half') && e.y !== undefined) return e.y;
  return null;
}

/**
 * The quarter a report is about: the latest quarter it has named so far that was over by publication ("the third
 * quarter"). A year-back quarter ("the year-ago quarter") or an earlier one is a comparison and does not replace it.
 */
function noteQuarter(e: Expr, x: { from: number | null; to: number | null }, ctx: ResolveContext): void {
  if (e.k !== 'quarter' || e.back !== undefined || x.from === null || x.to === null) return;
  // A quarter not over by publication is a forecast, not the one the report gives results for.
  if (ctx.pub !== null && x.to >= ctx.pub) return;
  const { y, m } = ymdOf(x.from);
  const q = Math.ceil(m / 3);
  if (ctx.quarter && (y < ctx.quarter.y || (y === ctx.quarter.y && q < ctx.quarter.q))) return;
  ctx.quarter = { y, q };
}
