// The time of a claim: which dates of its sentence are its own, whether it holds now, and a vote's or crowd's day.
import { type ReportClaims, type Site, votedOn, aboutVote, gatheredOn, saysThisMonth } from './report';
import { tokenAt, presentRelative, nearFigure, paragraphStart, ledeEnd } from './tokens';
import { isSpeech, COUNT_HEDGE_REACH } from './claimWords';
import { isRecordSpan, isCurrentRecordSpan } from '../text/yardsticks';
import { isPastEventYear } from '../text/pastEvents';
import type { Quantity, Sentence, Token, Claim, DateMention } from '../types';
import { isYardstickDate } from './frame';
import { firstStartingAt } from '../text/offsets';
import { wordClassIndex, firstIn } from '../text/wordClass';
import { type ClaimTime, type Told, toldClaimTime, inConcessionAfter, inNextInfinitive, heldElsewhere, reportedWithFigure, inEarlierClause, inEarlierPredicate, daysApartOf }
  from './time';
import { isFoundingYear } from '../dates/recognize';
import { RESULT_EVENTS, DECLARED_WINDOW_DAYS, RESULT_WINDOW_DAYS, yearNamesVote } from './election';
import { baseEvent } from './measure';
import { ONSET_VERBS } from './eventWords';
import { occasionDay, FALLBACK_BASES, GATHERING_WORDS } from './occasion';
import { hedgeStart } from '../quantities/hedges';
import { eventDayLongBefore } from './lateToll';
import { dayFromIso, daysBefore } from '../dates/calendar';
import { PAST_FINITE_BE } from '../text/beVerbs';
import { SUBJECT_RELATIVES } from '../text/pronouns';
import { EARLIER_EVENT_OPENERS } from '../text/subordinators';
import { isPastVerb, PRETERITES } from '../dates/tense';
import { isOneDay, statedChangeFrom, fromBefore } from './changeDay';

/** Verbs that state a figure as a statement does: "on Saturday pegged the death toll at 900", "on Monday put it at". */
const STATING_VERBS = new Set(['put', 'puts', 'pegged', 'pegs', 'placed', 'estimated', 'estimates', 'said', 'says', 'told']);
/** How far back from a date a "since" opening its clause may stand: "since the city was handed back to China in 1997". */
const BACKGROUND_REACH = 10;
/** Most words between the "when" after a date and a figure of its clause: "in 1989, when police said 1m people". */
const WHEN_REACH = 6;
/** Words between a speech verb and its date: "said late on Monday". */
const DATE_LEAD = new Set(['on', 'late', 'early', 'this', 'last', 'in', 'at']);
/** Words before a date that make it the baseline of a change: "over the previous month", "than a year earlier". */
const BASELINE_LEADS = new Set(['over', 'than', 'from', 'on']);
/** Dates that name a baseline relative to the figure's own time. Literal alternatives only: linear. */
const BASELINE_DATE = /\b(previous|prior|preceding|earlier|ago|same)\b/i;
/** Words of a span counted forward: "the next few years", "the following days". Literal alternatives only: linear. */
const FORWARD_SPAN = /\b(?:next|following|coming|ensuing)\b/i;
/** Nouns of a since-clause that name when a count began: "since the start of the pandemic in 2020". */
const COUNT_STARTS = new Set(['start', 'beginning', 'outbreak', 'onset']);
/** "2012-01-01".."2012-12-31": a span that is one calendar year. */
function isCalendarYear(from: string, to: string): boolean {
  return from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4);
}
/** Punctuation that ends a clause: a figure past it is no part of a comparison before it. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?']);
/** Words saying a figure holds at the time of writing: "now", "currently", "so far", "to date". */
const NOW_WORDS = new Set(['now', 'currently', 'presently', 'far', 'date']);
const NOW_LEADS = new Map([['far', 'so'], ['date', 'to']]);
/** Tokens between a figure and the auxiliary or participle of its own present perfect. */
const PERFECT_REACH = 3;
/** Modals that make "have" + participle a past possibility ("may have been"), no present perfect. */
const PAST_MODALS = new Set(['may', 'might', 'could', 'would', 'must', 'should']);
/** Present verbs of a level, before "at": "the toll stands at 3,394" holds at the time of writing, not on the storm's day. */
const STANDING = new Set(['stands', 'stand', 'remains', 'remain']);
/**
 * Present verbs that put a figure at a level: "which the United Nations puts at nearly 7,000", "the ministry puts the
 * toll at 90" is the voice's figure at the time of writing, not of the event an earlier sentence dated (round 24).
 */
const PUTTING = new Set(['puts', 'pegs', 'places']);
/** Most tokens between a putting verb and its "at": "puts the overall toll at". */
const PUTTING_REACH = 5;
/** Words saysNow stops at: the now words, the present verbs of a level and the auxiliary of a present perfect. */
const NOW_SCAN = new Set([...NOW_WORDS, ...STANDING, ...PUTTING, 'have', 'has']);
/** Statistics measured over a reference period (a month, a quarter): no figure exists before the period ends. */
const STATISTICS = new Set(['inflation', 'unemployment', 'growth']);
/** "been", "died", "confirmed", "taken": a participle after "have"/"has" makes a present perfect. */
function isParticiple(w: string): boolean {
  return w === 'been' || (w.length > 3 && (w.endsWith('ed') || w.endsWith('en')));
}
/** Most tokens between a ", when" and the figure its clause holds. */
const OCCASION_REACH = 40;
/** The word that opens an occasion's clause (otherOccasion), looked up before reading back from a figure. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['when']);

export function isSpeechDate(r: ReportClaims, d: { start: number; end: number }): boolean {
  const { tokens } = r;
  // "Shinde on Saturday pegged the death toll at 900", "the ministry on Monday said": the verb right after the date.
  const after = tokenAt(tokens, d.end);
  if (after > 0 && after < tokens.length && tokens[after].start >= d.end && tokens[after - 1].end <= d.end
    && STATING_VERBS.has(tokens[after].lower)) return true;
  let i = tokenAt(tokens, d.start) - 1;
  for (let k = 0; k < 2 && i >= 0 && DATE_LEAD.has(tokens[i].lower); k++) i--;
  if (i >= 0 && isSpeech(tokens[i].lower)) return true;
  // "a document seen by AFP on Thursday": the speech verb before its agent.
  let k = 0;
  while (i > 0 && k < 3 && /^[A-Z]/.test(tokens[i].text)) { i--; k++; }
  // "a briefing seen by the BBC on Thursday": the agent's article.
  if (k > 0 && tokens[i]?.lower === 'the') i--;
  return k > 0 && tokens[i]?.lower === 'by' && isSpeech(tokens[i - 1]?.lower ?? '');
}

export function isSinceDate(r: ReportClaims, d: { start: number }): boolean {
  const { tokens } = r;
  const i = tokenAt(tokens, d.start) - 1;
  // "481,000 deaths recorded until the end of 2021": a total up to a date runs like one since a date.
  return i >= 0 && (tokens[i].lower === 'since' || tokens[i].lower === 'until' || tokens[i].lower === 'till');
}

/**
 * A date inside a "since" clause that is not the running total's own start: "the largest demonstration since the city
 * was handed back to China in 1997". It says what the figure is measured against, not when it holds, and frames no
 * later sentence. Reads at most BACKGROUND_REACH words back, stopping at punctuation.
 */
export function isBackgroundDate(r: ReportClaims, d: { start: number; text: string }): boolean {
  const { tokens } = r;
  const at = tokenAt(tokens, d.start);
  // "rose 1.0% over the previous month", "up 5% from a year earlier": the baseline of a change, not when it holds.
  if (BASELINE_LEADS.has(tokens[at - 1]?.lower ?? '') && BASELINE_DATE.test(d.text)) return true;
  if (sameSpanBaseline(tokens, at)) return true;
  // "the worst in Africa over the past two decades": how long a record stands, not when the figure holds.
  if (isRecordSpan(tokens, at, d.text)) return true;
  for (let i = at - 2; i >= Math.max(0, at - SINCE_CLAUSE_BACK_REACH); i--) {
    const t = tokens[i];
    if (isWordJoint(tokens, i)) continue;
    if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
    if (t.lower === 'since') return true;
  }
  return false;
}

/** Periods a change is measured against as "the same <period> of" another year: "the same month a year earlier". */
const SAME_SPANS = new Set(['month', 'period', 'quarter', 'week', 'day', 'time', 'season', 'half']);
/** Words before "the same <period>" that make it a change's baseline: "rose 9% on the same month last year". */
const SAME_SPAN_LEADS = new Set([...BASELINE_LEADS, 'with', 'against', 'versus', 'vs']);

/**
 * A date after "the same <period> (of|in)" that a change is measured from: "a 9 percent rise on the same month of the
 * previous year", "up from the same period last year", "higher than in the same quarter a year earlier", "compared with
 * the same period in 2019" (round 31). The baseline, not when the figure holds; "12% in the same month of 2019" after a
 * figure is that figure's own time, so a lead word must open the phrase.
 */
function sameSpanBaseline(tokens: ReportClaims['tokens'], at: number): boolean {
  let i = at - 1;
  if (tokens[i]?.lower === 'of' || tokens[i]?.lower === 'in') i--;
  if (!SAME_SPANS.has(tokens[i]?.lower ?? '') || tokens[i - 1]?.lower !== 'same') return false;
  i -= 2;
  if (tokens[i]?.lower === 'the') i--;
  if (tokens[i]?.lower === 'in' && tokens[i - 1]?.lower === 'than') return true;
  return SAME_SPAN_LEADS.has(tokens[i]?.lower ?? '');
}

/**
 * How far back from a background date its "since" may stand when no punctuation closes the clause between: a since
 * clause tells a whole past event, "since street protests rocked the capital in the lead-up to a coup six years ago"
 * (round 26). Longer than BACKGROUND_REACH, which also bounds where a since clause may hold its own figure.
 */
const SINCE_CLAUSE_BACK_REACH = 20;

/** A hyphen inside a word ("lead-up", "anti-government"): part of the word, no clause boundary. */
function isWordJoint(tokens: ReportClaims['tokens'], i: number): boolean {
  const t = tokens[i];
  return t.text === '-' && i > 0 && tokens[i - 1].end === t.start && tokens[i + 1]?.start === t.end;
}

/** Most tokens from a "since" clause's date to a figure its own verb governs: "since the January quake killed 250,000". */
const SINCE_CLAUSE_REACH = 6;

/**
 * A figure inside the "since" clause that holds the date: "have not rebuilt since the January quake killed 250,000
 * people" — the figure tells of that past event, so the date is its own, not a yardstick (round 24). Words, no
 * punctuation, stand between the date and the figure (at least one: "since the war began in 2014 more than 14,000 have
 * died" opens a new clause at the figure), and "since" stands before the date, within BACKGROUND_REACH words.
 */
function inSinceClauseOf(r: ReportClaims, d: { start: number; end: number }, q: Quantity): boolean {
  const { tokens } = r;
  if (q.end <= d.start) return sinceClauseHolds(r, q, d);
  if (q.start < d.end) return false;
  const from = tokenAt(tokens, d.end);
  const to = tokenAt(tokens, q.start);
  if (to - from < 1 || to - from > SINCE_CLAUSE_REACH) return false;
  for (let i = from; i < to; i++) if (tokens[i].type !== 'word') return false;
  const at = tokenAt(tokens, d.start);
  for (let i = at - 1; i >= Math.max(0, at - BACKGROUND_REACH); i--) {
    if (tokens[i].type !== 'word') return false;
    if (tokens[i].lower === 'since') return true;
  }
  return false;
}

/**
 * The figure stands inside the "since" clause before its date: "the biggest protest since 1.2 million people took to the
 * streets in support of the movement in 1989" — the date is that past event's and the figure's own (round 26). Only
 * words lie between the figure and the date, and "since" stands just before the figure (its determiners or hedges
 * between, no punctuation).
 */
function sinceClauseHolds(r: ReportClaims, q: Quantity, d: { start: number }): boolean {
  const { tokens } = r;
  const from = tokenAt(tokens, q.end);
  const to = tokenAt(tokens, d.start);
  if (to - from > SINCE_CLAUSE_BACK_REACH) return false;
  for (let i = from; i < to; i++) if (tokens[i].type !== 'word' && !isWordJoint(tokens, i)) return false;
  const at = tokenAt(tokens, q.start);
  for (let i = at - 1; i >= Math.max(0, at - SINCE_FIGURE_REACH); i--) {
    if (tokens[i].lower === 'since') return true;
    if (tokens[i].type !== 'word') return false;
  }
  return false;
}

/** Words between "since" and a figure that opens its clause: "since some 1.2 million", "since about 30,000". */
const SINCE_FIGURE_REACH = 3;

/**
 * "the biggest crowd since a march in 1989, when 1m people turned out": a figure in the "when" clause a background
 * date opens tells of that past event itself, so the date is the figure's own, not a yardstick. The date is followed by
 * a comma and "when", and the figure stands within WHEN_REACH words of it, no punctuation between.
 */
export function opensWhenClauseOf(r: ReportClaims, d: { end: number }, q: Quantity): boolean {
  const { tokens } = r;
  const at = tokenAt(tokens, d.end);
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.lower !== 'when') return false;
  for (let i = at + 2; i < Math.min(tokens.length, at + 2 + WHEN_REACH); i++) {
    if (tokens[i].start >= q.start) return true;
    if (tokens[i].type === 'punctuation' || tokens[i].type === 'tabCRLF') return false;
  }
  return false;
}

/**
 * "4,000 died soon afterward and the toll rose to 15,000 over the next few years", "killed over 10,000 within the next
 * few days": a span counted forward, read from the report's day, lies after it, while what a stated figure counts has
 * happened. Told of a past event, the span counts from that event, which the dates do not say: it dates no stated
 * figure (which takes its event's date), and frames none.
 */
export function isForwardSpan(r: ReportClaims, d: { from: string | null; to: string | null; text: string }): boolean {
  const { analysis } = r;
  return !!analysis.published && !!d.from && !!d.to && d.from >= analysis.published && d.to > analysis.published
    && FORWARD_SPAN.test(d.text);
}

/** A coming period right after a figure, past at most "for"/"in" and "the": "4.8% next year", "1.8% for the next fiscal year". */
const OWN_FORWARD_GAP = /^\s{0,3}(?:(?:for|in)\s{1,3})?(?:the\s{1,3})?$/i;
/** The periods a figure may be stated for ahead of the report: years, quarters, months, not days of a narrative. */
const FORWARD_PERIOD = /\b(?:year|quarter|month|fiscal|financial)\b/i;
/**
 * "inflation ... 5.9% this year, and was estimated to slow further to 4.8% next year": a coming year right after a figure is
 * the figure's own, a projection for it, not a span counted forward from a past event (round 27).
 */
function ownForwardPeriod(text: string, q: { end: number }, d: { start: number; text: string }): boolean {
  if (d.start < q.end || d.start - q.end > 16 || !FORWARD_PERIOD.test(d.text)) return false;
  return OWN_FORWARD_GAP.test(text.slice(q.end, d.start));
}

/**
 * A date a figure is compared with ("than last year's", "above the levels of January 31"), for figure `q`: no date of
 * it, unless the figure stands in the comparison after the date, within its clause ("fewer than on the record day of
 * March 7 (700,000)": the yardstick's own figure).
 */
export function isYardstickDateOf(r: ReportClaims, d: { start: number; end: number }, q: Quantity): boolean {
  const { tokens } = r;
  const at = tokenAt(tokens, d.start);
  if (!isYardstickDate(tokens, at)) return false;
  if (q.start < d.end) return true;
  for (let i = tokenAt(tokens, d.end); i < tokens.length && tokens[i].start < q.start; i++) {
    if (CLAUSE_BREAKS.has(tokens[i].text) || tokens[i].type === 'tabCRLF') return true;
  }
  return false;
}

/**
 * A running total's start, the since-date nearest the figure in its sentence: "Since December 7, ... 10 deaths",
 * "5,246 since the start of the pandemic in 2020" (a "since the start of" clause dates the count's start, not a
 * yardstick). Resolved dates only; null when the sentence states none.
 */
export function sinceStartOf(r: ReportClaims, s: Sentence, q: Quantity): string | null {
  const { dates } = r;
  let best: string | null = null;
  let bestDist = Infinity;
  for (let i = firstStartingAt(dates, s.start); i < dates.length && dates[i].start < s.end; i++) {
    const d = dates[i];
    if (!d.from || !(isSinceDate(r, d) || opensCount(r, d))) continue;
    const dist = d.start >= q.end ? d.start - q.end : q.start - d.end;
    if (dist < bestDist) {
      bestDist = dist;
      best = d.from;
    }
  }
  return best;
}

/** "since the start of the pandemic in 2020": a since-clause naming the start of what is counted. */
export function opensCount(r: ReportClaims, d: { start: number }): boolean {
  const { tokens } = r;
  const at = tokenAt(tokens, d.start);
  for (let i = at - 2; i >= Math.max(0, at - BACKGROUND_REACH); i--) {
    const t = tokens[i];
    if (t.type === 'punctuation' || t.type === 'tabCRLF') return false;
    if (t.lower === 'since') {
      return COUNT_STARTS.has(tokens[i + 1]?.lower === 'the' ? tokens[i + 2]?.lower ?? '' : tokens[i + 1]?.lower ?? '')
        || onsetBetween(tokens, i + 1, at);
    }
  }
  return false;
}

/**
 * "since fighting broke out between the two armies on May 3", "since the war began in 2021": a verb of an outbreak
 * (ONSET_VERBS) between "since" and the date makes the date the start of what is counted, as "since the start of" does
 * (round 38).
 */
function onsetBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ONSET_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** The clause says its figure holds now: "now", "currently", "so far", "to date" (the two-word ones with their lead). */
export function saysNow(r: ReportClaims, ca: number, cb: number): boolean {
  const { tokens } = r;
  r.nowWords ??= wordClassIndex(tokens, NOW_SCAN).next;
  for (let i = r.nowWords[ca]; i < cb; i = r.nowWords[i + 1]) {
    const w = tokens[i].lower;
    // "At least 800,000 people have been displaced": the present perfect counts up to when it is said.
    // "may have been 4.5%", "could have died": a modal perfect tells of the past, not of now.
    if ((w === 'have' || w === 'has') && isParticiple(tokens[i + 1]?.lower ?? '') && !PAST_MODALS.has(tokens[i - 1]?.lower ?? '')) {
      return true;
    }
    if (STANDING.has(w) && tokens[i + 1]?.lower === 'at') return true;
    if (PUTTING.has(w)) {
      for (let k = i + 1; k < Math.min(cb, i + 1 + PUTTING_REACH); k++) if (tokens[k].lower === 'at') return true;
      continue;
    }
    if (!NOW_WORDS.has(w)) continue;
    const lead = NOW_LEADS.get(w);
    if (!lead || tokens[i - 1]?.lower === lead) return true;
  }
  return false;
}

/**
 * "X said that 542 people had been killed": a past perfect in reported speech is the speaker's present perfect put
 * back a tense, a count up to when it was said, not of the day the paragraph named for the event. Only when a
 * statement's cue comes before the figure and its content holds it, and only for the dead (a toll that only grows;
 * "had obtained 70%" or "had been injured" on a bus may be of one moment or one part).
 */
export function reportedPerfect(r: ReportClaims, site: Site): boolean {
  const { tokens } = r;
  const at = tokens[site.qa].start;
  if (!site.atts.some(a => a.cue.end <= at && a.content.start <= at && at < a.content.end)) return false;
  for (let i = site.ca; i < site.cb - 1; i++) {
    if (tokens[i].lower === 'had' && isParticiple(tokens[i + 1].lower)) return true;
  }
  return false;
}

/** Tokens back from a figure a pluperfect relative clause's pronoun is looked for ("who had pegged the death toll at"). */
const RELATIVE_REACH = 10;

/**
 * "X on Sunday spoke on the lines of Y, who had pegged the death toll at 10,000": a day before a relative clause in
 * the past perfect that holds the figure dates the main clause; the clause tells of earlier (round 30).
 */
function beforePluperfectRelative(r: ReportClaims, d: DateMention, s: Sentence, qa: number): boolean {
  const { tokens } = r;
  if (d.start < s.start || d.end > tokens[qa].start) return false;
  for (let i = qa - 1; i > Math.max(s.tokenStart, qa - RELATIVE_REACH); i--) {
    const t = tokens[i].lower;
    if (t === ',' || tokens[i].start < d.end) return false;
    if ((t === 'who' || t === 'which') && tokens[i + 1]?.lower === 'had' && isParticiple(tokens[i + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** Words after a figure before its own verb: "12 people were killed", "150 people had died" (a bounded look ahead). */
const OWN_VERB_REACH = 3;
const PAST_BE = new Set([...PAST_FINITE_BE, 'had']);
const PAST_DEATH_VERBS = new Set(['died', 'perished']);

/**
 * The figure's own clause tells of the event in the past ("12 people were killed, the agency said on Monday",
 * "100 to 150 people died, according to a document seen on Thursday"): the event's day frames it, the statement's day
 * does not. A count a statement gives ("believed the death toll to be 164", "gives 36,455 deaths") has no such verb.
 */
function tellsOfEventAfter(r: ReportClaims, qb: number): boolean {
  const { tokens } = r;
  for (let i = qb; i < tokens.length && i < qb + OWN_VERB_REACH; i++) {
    const w = tokens[i].lower;
    if (tokens[i].type === 'punctuation') return false;
    if (PAST_DEATH_VERBS.has(w) || (PAST_BE.has(w) && isParticiple(tokens[i + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * "The agency said today it believed the death toll to be 164", "the report, released this Sunday (7), gives 36,455
 * deaths": a toll whose sentence dates only its statement is a count up to that statement, not of the lede's day of
 * the event (round 30).
 */
function datedOnlyBySpeech(r: ReportClaims, s: Sentence): boolean {
  let spoken = false;
  for (let i = firstStartingAt(r.dates, s.start); i < r.dates.length && r.dates[i].start < s.end; i++) {
    if (!r.speechDate(r.dates[i])) return false;
    spoken = true;
  }
  return spoken;
}

/**
 * The figure's own verb is a present perfect: "14 people have died", "has killed 300" (the auxiliary right after the
 * figure, or the participle right before it), not a perfect elsewhere in its clause ("agencies have assessed that a
 * blast on Tuesday killed 100").
 */
export function ownPerfect(r: ReportClaims, qa: number, qb: number): boolean {
  const { tokens } = r;
  const aux = (i: number) => (tokens[i]?.lower === 'have' || tokens[i]?.lower === 'has') && !PAST_MODALS.has(tokens[i - 1]?.lower ?? '');
  for (let i = qb; i < Math.min(tokens.length - 1, qb + PERFECT_REACH); i++) {
    if (aux(i) && isParticiple(tokens[i + 1].lower)) return true;
  }
  for (let i = qa - 1; i > 0 && i >= qa - PERFECT_REACH; i--) {
    if (isParticiple(tokens[i].lower) && aux(i - 1)) return true;
  }
  return false;
}

/**
 * The sentence opens with a now word ("So far four have died, 79 were injured and 20 are missing"): it governs every
 * clause of the sentence, not only the first. Reads at most two words.
 */
export function opensNow(r: ReportClaims, s: Sentence): boolean {
  const { tokens } = r;
  const w = tokens[s.tokenStart]?.lower ?? '';
  const w2 = tokens[s.tokenStart + 1]?.lower ?? '';
  if (NOW_WORDS.has(w) && !NOW_LEADS.has(w)) return true;
  // "Since then the numbers have jumped, with at least 258 cases": a running count as of when it is said.
  if (w === 'since' && w2 === 'then') return true;
  return NOW_LEADS.get(w2) === w;
}

/**
 * "from 152.7% in September": an earlier value with its own date is a claim about that date. Not the day of a change
 * the clause states ("raised the toll to 40 from 25 on Monday", changeDay.ts): that day is the new value's, and the
 * old value stays the replaced one.
 */
export function datedRightAfter(r: ReportClaims, qa: number, qb: number): boolean {
  const { tokens, dates } = r;
  const from = tokens[qb]?.start ?? Infinity;
  const to = tokens[Math.min(qb + 3, tokens.length - 1)]?.end ?? -Infinity;
  // Dates are sorted by start: a binary search for the first at or after `from` keeps this per-figure cost small.
  const lo = firstStartingAt(dates, from);
  if (lo >= dates.length || dates[lo].start >= to) return false;
  return !(isOneDay(dates[lo]) && statedChangeFrom(tokens, fromBefore(tokens, qa)));
}

/**
 * "It is just the opposite of the festival, when the police said there were a million people": a figure in a ", when"
 * clause hanging on a noun that is no date tells of another occasion, a yardstick of the claim before it. Only when
 * the sentence names no date (", when 80,000 marched on Sunday" keeps its day) and the comma follows a word.
 */
export function otherOccasion(r: ReportClaims, qa: number, s: Sentence): boolean {
  const { tokens, dates } = r;
  if (firstIn(wordClassIndex(tokens, WHEN_WORDS), Math.max(s.tokenStart + 2, qa - OCCASION_REACH), qa) < 0) return false;
  for (let i = qa - 1; i > s.tokenStart + 1 && i >= qa - OCCASION_REACH; i--) {
    const w = tokens[i].lower;
    if (w === ',' || w === ';' || w === ':') return false;
    if (w !== 'when' || tokens[i - 1].text !== ',' || !/^[A-Za-z]/.test(tokens[i - 2].text)) continue;
    // A date anywhere in the sentence names the occasion ("December 5, 2019, the start of the strikes, when ...").
    const at = firstStartingAt(dates, s.start);
    return !(at < dates.length && dates[at].start < s.end);
  }
  return false;
}

/**
 * The year a report is of: its publication's, or, in a report with no publication date, a year one of its dates of a
 * single day falls in ("the first round ... on Dec. 7, 2008" beside "the 2008 elections"). An election of another
 * year stays a yardstick.
 */
function isReportYear(r: ReportClaims, year: string): boolean {
  const pub = r.analysis.published;
  if (pub) return pub.slice(0, 4) === year;
  return r.dates.some(d => d.from !== null && d.from === d.to && d.from.slice(0, 4) === year);
}

/**
 * Round 44 (time44): "said in early May that she had won with 51.4%", in a report naming a vote of late April: a span
 * of the result's own sentence no longer than the window, opening in the RESULT_WINDOW_DAYS after the report's vote day,
 * is when the result was declared, not a vote of its own (a single day of that shape already is, below).
 */
function declaredSpan(r: ReportClaims, time: ClaimTime): boolean {
  if (time.basis !== 'explicit' || !time.from || !time.to) return false;
  const day = votedOn(r);
  if (!day?.from || !day.to || day.from !== day.to) return false;
  return time.from > day.from && daysBefore(time.from, RESULT_WINDOW_DAYS) <= day.from
    && daysBefore(time.to, RESULT_WINDOW_DAYS) <= time.from;
}

/**
 * An election result holds of the vote, not of the day it was declared or published: "Saturday's vote" dates every
 * share, turnout and count of votes the report gives when the figure's own day lies in the RESULT_WINDOW_DAYS after
 * it (a day lent by the lede or publication: DECLARED_WINDOW_DAYS). A date of its own longer than a day, or far from the vote ("turnout in 2009"), stays; a report naming no day of
 * the vote keeps its figures' own days, and a result dated only by its publication or statement is marked `undated`:
 * the check dates it by another report's vote day when one falls in the window before it (compare.ts, timeFit).
 */
export function resultTime(r: ReportClaims, event: string, time: ClaimTime): { time: ClaimTime; vote?: 'day' | 'undated' | 'own' | 'year' } {
  const { analysis } = r;
  if (!RESULT_EVENTS.has(baseEvent(event)) || !time.from || !time.to) return { time };
  // An undated report naming no day of the vote: a calendar year its story names ("The 2012 parliamentary election")
  // is all it says of when; the check lets a vote day of that year fit it (compare.ts, `yearOfVote`).
  if (time.from !== time.to) {
    // "declared winner of the 2019 election, having garnered 38.67%", in a report of 2019: the year names the vote it
    // reports (probe30e); an election of an earlier year ("the 2005 general elections") is a yardstick, left alone.
    if (time.basis === 'explicit' && isCalendarYear(time.from, time.to) && isReportYear(r, time.from.slice(0, 4))
      && yearNamesVote(r.tokens, r.dates, time.from, time.to)) {
      return { time, vote: 'year' };
    }
    if (declaredSpan(r, time)) return { time: { ...time, from: votedOn(r)!.from, to: votedOn(r)!.to }, vote: 'day' };
    return time.basis === 'context' && !analysis.published && isCalendarYear(time.from, time.to) && !votedOn(r)?.from
      ? { time, vote: 'year' } : { time };
  }
  const day = votedOn(r);
  // A report naming no day of the vote: a day its result's own sentence gives may be the declaration's ("announced
  // the results on Monday, declaring that X won with 50.5%"), so the check fits it to another report's vote day.
  if (!day?.from) {
    if (time.basis === 'published' || time.basis === 'statement') return { time, vote: 'undated' };
    // "The council declared Gbagbo the winner of the run-off on Friday ... 48.55 for Ouattara", in a report of that
    // Friday: a day the lede lends that is the report's own day is the declaration's as likely as a day of the
    // result's sentence (round 21).
    const ownDay = time.basis === 'explicit' || (time.basis === 'context' && time.from === analysis.published);
    return ownDay && aboutVote(r) ? { time, vote: 'own' } : { time };
  }
  // A day of the result's own sentence is the declaration's only shortly after the vote; a day lent by the lede or the
  // report's own day reaches further back (DECLARED_WINDOW_DAYS).
  const window = time.basis === 'explicit' ? RESULT_WINDOW_DAYS : DECLARED_WINDOW_DAYS;
  const near = time.from >= day.from && daysBefore(time.from, window) <= day.from;
  if (!near) return { time };
  return { time: { ...time, from: day.from, to: day.to, basis: time.basis === 'explicit' ? 'explicit' : 'context' }, vote: 'day' };
}

/** Nouns of an occasion a demonstrative points back to: "turned out to that event", "on that day" (with every gathering noun). */
const POINTED_OCCASIONS: ReadonlySet<string> = new Set(['event', 'events', 'day', 'occasion', 'election', 'vote', 'disaster',
  'storm', 'quake', 'earthquake', 'attack', 'crash', 'war', 'year', ...GATHERING_WORDS]);
/** Sentences before the figure's own in which the date of the occasion pointed back to is looked for. */
const POINTED_REACH = 3;

/**
 * "... the biggest demonstration near the Diet in 1960. Police said 130,000 people turned out to that event": a figure
 * whose sentence points back to an occasion ("to that event", "on that day": "that" after a preposition) holds of the
 * last date the report named before it, when that date lies before the fallback its own words left it (round 24); so
 * does a sentence opening with one ("That march drew 500,000", round 28).
 */
function pointedOccasion(r: ReportClaims, site: Site, time: ClaimTime): ClaimTime {
  const { tokens, dates, prepared } = r;
  const { s, sIndex } = site;
  if (!FALLBACK_BASES.has(time.basis) || !time.from) return time;
  // Read once per sentence (round 46: once per figure, a sentence of thousands of figures cost its square).
  let points = r.pointsBack.get(s);
  if (points === undefined) {
    points = false;
    // Round 28: or opening the sentence as its subject, "That march drew 500,000" after "a rally ... in 2006".
    for (let i = s.tokenStart; i + 1 < s.tokenEnd && !points; i++) {
      points = (tokens[i].lower === 'that' || tokens[i].lower === 'those') && (i === s.tokenStart || tokens[i - 1].pos === 'ADP')
        && POINTED_OCCASIONS.has(tokens[i + 1].lower);
    }
    r.pointsBack.set(s, points);
  }
  if (!points) return time;
  const first = prepared.sentences[Math.max(0, sIndex - POINTED_REACH)].start;
  for (let k = firstStartingAt(dates, s.start) - 1; k >= 0 && dates[k].start >= first; k--) {
    const d = dates[k];
    if (!d.from || !d.to) continue;
    return d.to < time.from ? { from: d.from, to: d.to, basis: 'context', text: null, label: null } : time;
  }
  return time;
}

/** A crowd holds of its gathering: the day the report names for it, when the figure has only a fallback date after it. */
export function occasionTime(r: ReportClaims, event: string, time: ClaimTime): ClaimTime {
  if (baseEvent(event) !== 'crowd') return time;
  const day = occasionDay(time.basis, time.from, time.to, gatheredOn(r));
  return day ? { ...time, from: day.from, to: day.to, basis: 'context' } : time;
}

/**
 * A statistic's period is its reference period: "this month" in a report published before the month ends ("inflation
 * rose to 86% this month" on November 3) cannot have been measured yet, so the figure is the last full month's.
 */
export function reference(r: ReportClaims, event: string, time: ClaimTime, s: Sentence): ClaimTime {
  const { analysis } = r;
  const base = event.replace(/[@+].*$/, '');
  const published = analysis.published;
  if (!STATISTICS.has(base) || !published || !time.from || !time.to || time.to <= published) return time;
  if (!saysThisMonth(r, s)) return time;
  if (!time.from.endsWith('-01') || time.from.slice(0, 7) !== time.to.slice(0, 7)) return time;
  const last = daysBefore(time.from, 1);
  return { ...time, from: `${last.slice(0, 7)}-01`, to: last };
}

/**
 * A year something came to be ("the bank, founded in 1990, employs 5,000"; "the party, which was formed in 2012, filed 32
 * complaints") describes its noun, not when a figure of another clause holds: a founding year with a clause break
 * between it and the figure dates no figure (round 24). "founded in 1990 with 12 employees", no break between, keeps it.
 */
function foundingYearApart(r: ReportClaims, d: { start: number; end: number }, q: Quantity): boolean {
  const { tokens } = r;
  const at = tokenAt(tokens, d.start);
  if (!isFoundingYear(tokens, at)) return false;
  const [from, to] = d.end <= q.start ? [tokenAt(tokens, d.end), tokenAt(tokens, q.start)] : [tokenAt(tokens, q.end), at - 2];
  for (let i = from; i < to && i < tokens.length; i++) if (CLAUSE_BREAKS.has(tokens[i].text)) return true;
  return false;
}

/** Fewest days, less one, of a period (a month) an annual figure's context date must span. */
const PERIOD_DAYS_MIN = 27;
/** Words before a figure in its sentence that make it a whole year's: "annual net income", "full-year revenue". */
const ANNUAL = /\b(?:annual|annually|full[- ]year|yearly)\b/i;

/**
 * "The company's annual net income ... reached $15.0 billion" in a paragraph dated by "the fourth quarter of 2023": a
 * figure its sentence calls annual is of the whole year that holds the date its paragraph lends, not of that quarter
 * (round 29). Only a sum or a count (a rate is of its month) and a month or quarter lent by the context; the
 * sentence's own date stands.
 */
function annualSpan(text: string, sentenceStart: number, q: Quantity, time: ClaimTime): ClaimTime {
  // "annual inflation rose to 85.51 percent" in October: a rate over the twelve months to its month, of that month.
  if (q.unit === 'percent' || time.basis !== 'context' || !time.from || !time.to || time.to.slice(0, 4) !== time.from.slice(0, 4)) return time;
  const year = time.to.slice(0, 4);
  // A day (a release's "on Tuesday") dates a statement, whose annual figure may be the year before's.
  if ((dayFromIso(time.to) ?? 0) - (dayFromIso(time.from) ?? 0) < PERIOD_DAYS_MIN) return time;
  if ((time.from === `${year}-01-01` && time.to === `${year}-12-31`) || !ANNUAL.test(text.slice(sentenceStart, q.start))) return time;
  return { ...time, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** "model years 2020 through 2022", "with model years ranging from 2020 to 2022", "2021 model year": a vintage. */
const VINTAGE_BEFORE = /\bmodel[- ]years?\s{1,3}(?:ranging\s{1,3})?(?:from\s{1,3})?(?:\d{4}\s{0,3}(?:through|to|and|-|\u2013)\s{0,3})?$/i;
const VINTAGE_AFTER = /^\s{0,3}model[- ]years?\b/i;
/** Characters read on each side of a date for its vintage words. */
const VINTAGE_REACH = 32;

/**
 * A product's model years ("recalls vehicles of model years 2020 through 2022") say which goods are counted, not when
 * the count holds: the date frames no figure, in its sentence or after it. Read on the text's characters.
 */
function isVintage(text: string, d: { start: number; end: number }): boolean {
  return VINTAGE_BEFORE.test(text.slice(Math.max(0, d.start - VINTAGE_REACH), d.start))
    || VINTAGE_AFTER.test(text.slice(d.end, d.end + VINTAGE_REACH));
}

/** Characters before a date that a comparison's "than" is looked for in, and after it that its phrase may run on. */
const THAN_REACH = 60;
/** A clause break in running text: punctuation or a dash, not a decimal point ("58.59%") nor a bracket ("(700,000)"). */
const PHRASE_BREAK = /[,;:!?\u2013\u2014]|\.(?!\d)/;
/** "than" opening the phrase of what is compared: a determiner or a possessive after it ("than the 66%", "than its"). */
const COMPARED_OPENING = /^than\s{1,3}(?:the|its|their|his|her|a|an|last|previous)\s/i;

/**
 * A date inside a comparison's "than" phrase that also holds the compared figure ("turnout of 58.6%, lower than the 66%
 * in 2019"; "40.2%, lower than its 2019 result of 57.5%") dates that figure, not the one compared: it is background for
 * every figure outside the phrase, and frames no later sentence. A hedge's "than" ("more than six decades", "more than
 * 500") opens no such phrase. Read on the text's characters, so a line of figures reads no token for it.
 */
function inComparedPhrase(text: string, d: { start: number; end: number }, q: Quantity): boolean {
  const from = Math.max(0, d.start - THAN_REACH);
  const before = text.slice(from, d.start);
  const at = before.toLowerCase().lastIndexOf('than ');
  if (at < 0 || (at > 0 && /\w/.test(before[at - 1])) || !COMPARED_OPENING.test(before.slice(at))) return false;
  if (PHRASE_BREAK.test(before.slice(at))) return false;
  const after = text.slice(d.end, d.end + THAN_REACH);
  const cut = after.search(PHRASE_BREAK);
  const rest = cut < 0 ? after : after.slice(0, cut);
  if (!/\d/.test(before.slice(at)) && !/\d/.test(rest)) return false;
  return q.start < from + at || q.start >= d.end + rest.length;
}

/** A participle of such a word, which may follow the figure it reports: "33.1 per cent reported in March 2021". */
function isSpeechParticiple(w: string): boolean {
  return (w.endsWith('ed') || w.endsWith('en')) && isSpeech(w);
}
/** How far after a figure an opening parenthesis is looked for, in characters. */
const PAREN_REACH = 240;
/** Words before a change's earlier value: "down from 6.8 percent in 2017", "compared with 41 in 2030". */
const OLD_VALUE_LEADS: ReadonlySet<string> = new Set(['from', 'with', 'against']);
/** Prepositions between a figure and its date ("6.8 percent in 2017"). */
const DATE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'for', 'as']);
/** Most words between an earlier value's number and its date: a unit or a counted noun ("per cent", "million people"). */
const OLD_VALUE_REACH = 3;
/**
 * A date right after a change's earlier value ("grew 6.6 percent, down from 6.8 percent in 2017"; "37,000 marched,
 * against 48,000 last Saturday") dates that value only: the figure the change leads to holds at another time. Read in
 * the figure's own sentence only (the date still frames later sentences: as no frame, wages "up 4.4% from a year
 * earlier" after "from 3.7% in May" took June and paired as a misread jobless rate, three false alarms on check-dev).
 */
function oldValueDate(tokens: readonly Token[], at: number, q: Quantity, d: DateMention): boolean {
  let j = at - 1;
  if (DATE_PREPS.has(tokens[j]?.lower ?? '')) j--;
  for (let n = 0; j >= 0 && n <= OLD_VALUE_REACH; n++, j--) {
    const t = tokens[j];
    if (t.type === 'number') {
      if (t.start >= q.start && t.start < q.end) return false;
      // Past the value's hedges ("up from about 40"), read from the one hedge table.
      const k = hedgeStart(tokens, j, Math.max(0, j - COUNT_HEDGE_REACH)) - 1;
      // "raised the toll to 40 from 25 on Monday": the day of a stated change is the new value's too (changeDay.ts).
      return OLD_VALUE_LEADS.has(tokens[k]?.lower ?? '') && !(isOneDay(d) && statedChangeFrom(tokens, k));
    }
    if (t.type !== 'word' && t.type !== 'symbol') return false;
  }
  return false;
}
/**
 * An earlier sentence's date of a change's old value, when that sentence dates the new value too ("fell from 9.2
 * per cent in May to 8.7 per cent in June"): the report speaks of the new value's period, so the old value's frames
 * no later sentence ("Food inflation rose to 6.1 per cent" is June's, not May's). A sentence that dates only the old
 * value ("wages up 4.4%, against 3.7% in May") keeps it as the frame (round 27's three false alarms). Asked of an
 * earlier paragraph's date only: within a paragraph the sentences after a change may give the old period's other figures.
 */
function oldValueOfDatedChange(r: ReportClaims, d: DateMention, q: Quantity): boolean {
  const { tokens, dates, prepared } = r;
  if (!oldValueDate(tokens, tokenAt(tokens, d.start), q, d)) return false;
  const sentence = prepared.sentences[firstStartingAt(prepared.sentences, d.start + 1) - 1];
  const i = firstStartingAt(dates, d.end);
  return !!sentence && i < dates.length && dates[i].start < sentence.end;
}
/** Ordinal numbers in digits ("3rd"), no figure of an aside. */
const ORDINAL_DIGITS = /\b\d{1,4}(?:st|nd|rd|th)\b/gi;
/**
 * A date inside a parenthesis that also holds a figure of its own dates the figures of that aside, not a figure outside
 * it: "the reported toll of 4,81,486 (1,48,994 in 2020 and 3,32,492 in 2021)" counts over both years, not over 2020;
 * "revised the rate (previously 33.3 per cent as at Q4 2020) to 4.1 per cent" is no rate of 2020. A parenthesis of
 * dates alone ("4.1 per cent for (Q4 2022 and Q1 2023)") dates the figure it follows.
 */
function inFigureAside(text: string, sentenceStart: number, figureStart: number, figureEnd: number, dateStart: number,
  dateEnd: number): boolean {
  let open: number;
  let close: number;
  if (dateStart >= figureEnd) {
    if (dateStart - figureEnd > PAREN_REACH) return false;
    const gap = text.slice(figureEnd, dateStart);
    const o = gap.lastIndexOf('(');
    if (o < 0 || o < gap.lastIndexOf(')')) return false;
    open = figureEnd + o;
    close = text.indexOf(')', dateEnd);
    if (close < 0 || close - dateEnd > PAREN_REACH) close = Math.min(text.length, dateEnd + PAREN_REACH);
  } else {
    if (dateStart < sentenceStart || figureStart < dateEnd || figureStart - dateEnd > PAREN_REACH) return false;
    const gap = text.slice(dateEnd, figureStart);
    const c = gap.indexOf(')');
    const o = gap.indexOf('(');
    if (c < 0 || (o >= 0 && o < c)) return false;
    close = dateEnd + c;
    const before = text.slice(Math.max(0, dateStart - PAREN_REACH), dateStart);
    const ob = before.lastIndexOf('(');
    if (ob < 0 || ob < before.lastIndexOf(')')) return false;
    open = dateStart - before.length + ob;
  }
  // A figure of the aside's own: a digit, not an ordinal's ("Sputnik - 3rd November, 2022").
  return /\d/.test((text.slice(open + 1, dateStart) + ' ' + text.slice(dateEnd, close)).replace(ORDINAL_DIGITS, ''));
}

/** A bare year naming an earlier event ("A stampede in 1990"): it frames no figure after its sentence (round 27). */
function pastEventYearOf(r: ReportClaims, d: DateMention): boolean {
  const published = r.analysis.published;
  if (!/^\d{4}$/.test(d.text) || (published && d.text >= published.slice(0, 4))) return false;
  return isPastEventYear(r.tokens, tokenAt(r.tokens, d.start), !!published);
}

/** A present state's relative clause around the figure, if any (presentRelative). */
type RelativeState = ReturnType<typeof presentRelative>;

/**
 * The figure holds as of the report: a present state in its relative clause, a now word, or a toll that runs on (a
 * reported perfect, a statement's day the only date of its sentence).
 */
function holdsNow(r: ReportClaims, site: Site, event: string, state: RelativeState): boolean {
  const { s, qb, ca, cb } = site;
  if (state || saysNow(r, ca, cb) || opensNow(r, s)) return true;
  return baseEvent(event) === 'killed' && (reportedPerfect(r, site) || (datedOnlyBySpeech(r, s) && !tellsOfEventAfter(r, qb)));
}

/**
 * The date is one of the report's dates that do not date this figure: the story's background, a yardstick's, a forward
 * span of an asserted figure, an old value's, one inside an aside, a concession or the next infinitive, a founding or
 * past event's year, a compared phrase's, a vintage, a date another figure owns, a pluperfect clause's day, and for a
 * toll an event's day long before a running count.
 */
function notTheFiguresDate(r: ReportClaims, site: Site, event: string, modality: Claim['modality'], state: RelativeState,
  d: DateMention): boolean {
  const { prepared, analysis, tokens, ownedDates, stockDates } = r;
  const { q, s, qa } = site;
  const text = prepared.text;
  return (isBackgroundDate(r, d) && !opensWhenClauseOf(r, d, q) && !inSinceClauseOf(r, d, q)) || isYardstickDateOf(r, d, q)
    || (modality === 'asserted' && isForwardSpan(r, d) && !ownForwardPeriod(text, q, d))
    || (d.start >= s.start && oldValueDate(tokens, tokenAt(tokens, d.start), q, d))
    || (d.start < paragraphStart(prepared, s.tokenStart) && oldValueOfDatedChange(r, d, q))
    || inFigureAside(text, s.start, q.start, q.end, d.start, d.end) || inConcessionAfter(text, q.end, d.start)
    || inNextInfinitive(text, q.end, d.start) || foundingYearApart(r, d, q) || inComparedPhrase(text, d, q)
    || isVintage(text, d) || (q.end <= d.start && isCurrentRecordSpan(tokens, tokenAt(tokens, d.start), d.text))
    || (ownedDates.get(q.start) ?? d.start) !== d.start || heldElsewhere(stockDates, d.start, q.start)
    || (d.start < s.start && pastEventYearOf(r, d)) || beforePluperfectRelative(r, d, s, qa)
    || inOtherEventClauseAfter(tokens, site.qb, d.start)
    || (baseEvent(event) === 'killed' && eventDayLongBefore(tokens, d, analysis.published, d.start < s.start || ownRunning(r, site, state),
      [s.tokenStart, s.tokenEnd]));
}

/** Openers of a clause after the figure telling of another event: its relatives and "after". */
const OTHER_EVENT_RELATIVES: ReadonlySet<string> = new Set(SUBJECT_RELATIVES);
const OTHER_EVENT_SUBORDINATORS: ReadonlySet<string> = new Set(EARLIER_EVENT_OPENERS);
/** Tokens after the figure a date of another event's clause may lie. */
const OTHER_EVENT_REACH = 40;
/** Words a subject of an "after" clause may have ("the storm", "heavy rains", "they"), and the ones it may end on. */
const SUBJECT_WORD_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
const SUBJECT_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** Tokens a subject of an "after" clause may span. */
const OTHER_EVENT_SUBJECT_REACH = 4;
/** Words that may open the object of a finite verb ("struck the coast"); a participle is followed by its preposition. */
const OBJECT_OPENER_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * A date after the figure inside a clause of another event: a relative clause of a later noun, opened once the
 * figure's own verb has been told ("40 villagers were killed in the raid, blamed on gunmen, who crossed the river on
 * Friday", "were detained during strikes that started on Monday"). That day is the other event's; a
 * relative right after the figure's noun ("19 miners who died on Tuesday") is the figure's own and still dates it. Not
 * an "after" clause: "filed 14 complaints after the elections held on May 16" is dated by the elections' day.
 */
function inOtherEventClauseAfter(tokens: readonly Token[], qb: number, dateStart: number): boolean {
  const end = tokenAt(tokens, dateStart);
  if (end < qb || end - qb > OTHER_EVENT_REACH) return false;
  let ownVerb = false;
  for (let k = qb; k < end; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';' || t.type === 'tabCRLF') return false;
    if (OTHER_EVENT_RELATIVES.has(t.lower) && ownVerb && isPastVerb(tokens as Token[], k + 1)) return true;
    if (OTHER_EVENT_SUBORDINATORS.has(t.lower) && finiteClauseAt(tokens, k + 1, end)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') ownVerb = true;
  }
  return false;
}

/**
 * A clause with its own subject and finite past verb opens at `from` ("the storm struck the coast", "they stormed the
 * ministry", "the rebels had shelled", "the typhoon tore through": a preterite is never a participle). Not a
 * participle phrase: "the elections held on May 16" has no finite verb (a past form right before a preposition after
 * a noun may be a participle), and "the vote on Monday" has no verb at all.
 */
function finiteClauseAt(tokens: readonly Token[], from: number, end: number): boolean {
  let v = from;
  while (v < end && v - from < OTHER_EVENT_SUBJECT_REACH && SUBJECT_WORD_POS.has(tokens[v].pos)) v++;
  if (v === from || v >= end || !SUBJECT_HEAD_POS.has(tokens[v - 1].pos)) return false;
  // A past auxiliary makes the verb after it finite ("after the rebels had shelled", "after it was hit").
  if (PAST_BE.has(tokens[v].lower)) return v + 1 < end && (tokens[v + 1].pos === 'VERB' || tokens[v + 1].pos === 'AUX');
  if (!isPastVerb(tokens as Token[], v)) return false;
  return tokens[v - 1].pos === 'PRON' || PRETERITES.has(tokens[v].lower) || OBJECT_OPENER_POS.has(tokens[v + 1]?.pos ?? '');
}

/**
 * The toll's own words run on ("324 people have died", "now"), not a verb before it that may report it ("China has
 * shared details of the four soldiers killed in the clash in June": a settled toll of that day). "the toll from the
 * quake on Aug. 5 has risen to 460": a present perfect before the figure runs on too (round 30).
 */
function ownRunning(r: ReportClaims, { s, qa, qb, cb }: Site, state: RelativeState): boolean {
  return !!state || opensNow(r, s) || saysNow(r, qa, cb) || ownPerfect(r, qa, qb);
}

/** A distance is a position, not an event in time. */
const NO_TIME = { from: null, to: null, basis: 'none' as const, text: null, label: null };

/**
 * The claim's time: whether it holds now (a running count), the time its words give, and that time moved to the day of
 * the vote, gathering or reference period it holds of.
 */
export function timeFor(r: ReportClaims, site: Site, event: string, modality: Claim['modality']):
  { now: boolean; time: ClaimTime; voted: ReturnType<typeof resultTime> } {
  const { prepared, analysis, tokens } = r;
  const { q, s, qa } = site;
  // "Carillion, which employs 20,000 people, said talks over the weekend failed": the relative clause's present state
  // holds as of the report; only a date inside that clause dates it.
  const state = presentRelative(tokens, s, qa);
  const now = holdsNow(r, site, event, state);
  const time = event === 'distance' ? NO_TIME
    : populationTime(event, analysis.published,
      annualSpan(prepared.text, s.start, q, wordsTime(r, site, event, modality, state, now)));
  const voted = resultTime(r, event, occasionTime(r, event, pointedOccasion(r, site, reference(r, event, time, s))));
  return { now, time, voted };
}

/** The time the figure's words give: claimTime told how each date of its sentence stands to the figure. */
function wordsTime(r: ReportClaims, site: Site, event: string, modality: Claim['modality'], state: RelativeState,
  now: boolean): ClaimTime {
  const { tokens, dates } = r;
  const { q, s, qa, qb } = site;
  return toldClaimTime(dates, q, state ?? nearFigure(tokens, s, qa, qb), new FigureDates(r, site, event, modality, state, now));
}

/**
 * How each date of its sentence stands to one figure, as claimTime asks: one object per figure, its tests methods (a
 * closure per test, and a context each, were an eighth of the claim step's garbage on a report of dated figures).
 */
class FigureDates implements Told {
  readonly paragraphStart: number;
  readonly published: string | null;
  readonly ledeEnd: number;

  constructor(private readonly r: ReportClaims, private readonly site: Site, private readonly event: string,
    private readonly modality: Claim['modality'], private readonly state: RelativeState, readonly now: boolean) {
    this.paragraphStart = paragraphStart(r.prepared, site.s.tokenStart);
    this.published = r.analysis.published;
    this.ledeEnd = ledeEnd(r.prepared);
  }

  isSpeechDate(d: DateMention): boolean {
    return this.r.speechDate(d);
  }

  /**
   * A since-date, but not one whose "when" clause holds the figure: "the largest rally since 1989, when 800,000
   * gathered" tells of 1989 itself, not a running total since then (round 30, probe30f).
   */
  isSinceDate(d: DateMention): boolean {
    return this.r.sinceDate(d) && !opensWhenClauseOf(this.r, d, this.site.q);
  }

  isBackground(d: DateMention): boolean {
    return notTheFiguresDate(this.r, this.site, this.event, this.modality, this.state, d)
      || inEarlierPredicate(this.r.prepared.text, d.end, this.site.q.start);
  }

  perfect(): boolean {
    return ownPerfect(this.r, this.site.qa, this.site.qb);
  }

  isReportedWith(d: DateMention): boolean {
    return this.r.speechDate(d) && reportedWithFigure(this.r.tokens, this.site.q.end, d.start, isSpeechParticiple);
  }

  otherClause(d: DateMention): boolean {
    return inEarlierClause(this.r.prepared.text, d.end, this.site.q.start);
  }

  daysOff(d: DateMention): number {
    return daysApartOf(this.r.prepared.text, d, this.site.q);
  }
}

/**
 * A settlement's population holds as of its report: a date its paragraph lends ("a bridge built in 1850", the storm's
 * day) tells of the other figures there, not of how many live in the town (round 31).
 */
function populationTime(event: string, published: string | null, time: ClaimTime): ClaimTime {
  if (baseEvent(event) !== 'population' || time.basis !== 'context' || !published) return time;
  return { from: published, to: published, basis: 'published', text: null, label: null };
}
