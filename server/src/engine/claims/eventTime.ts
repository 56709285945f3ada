// The day or hour of a one-off event as a claim (round 31, eventtime31): "the ferry sank late on March 19", "Monday's
// explosion", "the fire broke out shortly before midnight", "Around 11:45 pm, there was a massive explosion". Two reports
// that put one event on days (or hours) that cannot overlap contradict each other, as two figures do; the claim goes
// through the same matcher, its measure the event (eventWords.ts), its value the day or the minute of the day.
// Only the event's own day: a date a speech verb, a toll or any other verb takes ("said on Monday", "rose to 274 on
// Wednesday") dates no event, nor does a span of days, a recurring day ("every Monday") or a day after publication.
import { endsChangeValue } from './changeDay';
import type { Claim, DateMention, DocumentAnalysis, Hedge, PreparedText, Sentence, Token } from '../types';
import type { DetailedClaim } from './detail';
import { claimId } from './id';
import { sharedMeasure, claimTimeOf, none } from './shared';
import { tokenAt } from './tokens';
import { POSSESSIVE_ENDINGS } from '../text/possessive';
import { EVENT_SUBJECT_STOPS } from '../text/subordinators';
import { meridiemHour, partOfDayHour } from './hour';
import { dayNumber, isoOf } from '../dates/calendar';
import { EVENT_WORDS, GENERIC_EVENT_NOUNS, HAPPENING_VERBS, NOT_FIRE_BEFORE, ONSET_VERBS, OTHER_EVENT_MARKS } from './eventWords';
import { THING_RELATIVES } from '../text/pronouns';
import { singular } from './measure';

/** The unit of an event's day: the value is the day's number (days since 1970-01-01). */
export const EVENT_DAY_UNIT = 'event-day';
/** The unit of an event's hour: the value is minutes after midnight of the claim's `time` day (null: the day unknown). */
export const EVENT_CLOCK_UNIT = 'event-clock';
/**
 * The unit of an event's month or year (round 36, eventdate36): low and high are the period's first and last day numbers,
 * the value its first. An event happens once, so two periods that do not overlap cannot both hold, however far apart.
 */
export const EVENT_PERIOD_UNIT = 'event-period';

/** Whether a claim states an event's day, period or hour (no figure: its value is a time). */
export function isEventTime(c: Pick<Claim, 'measure'>): boolean {
  return c.measure.unit === EVENT_DAY_UNIT || c.measure.unit === EVENT_CLOCK_UNIT || c.measure.unit === EVENT_PERIOD_UNIT;
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** An event-time claim's day and clock interval as the JSON output states them (README, "JSON output"). */
export function eventTimeOutput(c: Pick<Claim, 'measure' | 'low' | 'high'> & { time?: Claim['time'] }):
  { day: string | null; clock: { from: string; to: string } | null } {
  if (c.measure.unit === EVENT_DAY_UNIT || c.measure.unit === EVENT_PERIOD_UNIT) return { day: isoOf(c.low ?? 0), clock: null };
  const clamp = (m: number | null) => Math.max(0, Math.min(DAY_MINUTES, Math.round(m ?? 0)));
  return { day: c.time?.from ?? null, clock: { from: hhmm(clamp(c.low)), to: hhmm(clamp(c.high)) } };
}

/** An event-time claim's value in words: "2014-05-13", "21:15–22:15 on 2022-06-04", "23:00–24:00". */
export function eventTimeText(c: Pick<Claim, 'measure' | 'low' | 'high'> & { time?: Claim['time'] }): string {
  const { day, clock } = eventTimeOutput(c);
  if (c.measure.unit === EVENT_PERIOD_UNIT) return `${day}\u2013${isoOf(c.high ?? 0)}`;
  if (!clock) return day ?? '';
  const hours = clock.from === clock.to ? clock.from : `${clock.from}\u2013${clock.to}`;
  return day ? `${hours} on ${day}` : hours;
}

/** Words between a time and the word it dates that say how it is dated ("on", "late on", "shortly before"). */
const LEADS = new Set(['on', 'at', 'around', 'about', 'approximately', 'roughly', 'shortly', 'just', 'soon', 'before', 'after',
  'late', 'early', 'sometime', 'in']);
/** Parts of speech a noun phrase, or a place phrase after it, is made of. */
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART', 'SYM']);
/** Most tokens back from a time to its event noun ("the explosion at BM Container Depot at around 9:45 pm"). */
const NOUN_REACH = 8;
/** Most tokens back from a time to its verb over place phrases and asides. */
const VERB_REACH = 30;
/** Most tokens back from a happening verb to its subject's event noun ("The collapse of Harrow Bank, ..., came"). */
const SUBJECT_REACH = 14;
/** Heads an event noun may hang on whose day is theirs, not the event's ("the anniversary of the blast on Monday"). */
const AWAY_HEADS = new Set(['anniversary', 'victims', 'victim', 'funeral', 'funerals', 'memorial', 'commemoration', 'investigation',
  'probe', 'inquiry', 'trial', 'hearing', 'report', 'aftermath', 'survivors', 'vigil', 'ceremony']);
/** Words before a day that make it recurring ("every Monday"). */
const RECURRING = new Set(['every', 'each']);
const RELATIVES: ReadonlySet<string> = new Set(THING_RELATIVES);
/** Words opening a clause before a subject ("since the quake as seven aftershocks shook ..."): the subject starts after. */
const SUBORDINATORS: ReadonlySet<string> = new Set(EVENT_SUBJECT_STOPS);
/** Particles of a phrasal verb ("put out the fire"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down']);
/** Participles that work as prepositions ("following an explosion"). */
const PREPOSITIONAL = new Set(['following', 'including', 'during', 'after']);

/** An event word found: its key and the token it was read from. */
interface EventHit { key: string; at: number }

/** A time stated in a sentence: tokens [ta, tb), its day (one day) and hour, each with how loosely it is stated. */
interface TimePhrase {
  ta: number;
  tb: number;
  start: number;
  end: number;
  day: { iso: string; hedge: Hedge; last: string | null } | null;
  clock: { low: number; high: number; hedge: Hedge } | null;
}

/**
 * A written year. A report with no publication date has no year for "9th November" or "Tuesday" but one its resolver
 * borrowed from another sentence ("driven out in 2004"): such a day dates no event (round 34, fa34t).
 */
const YEAR = /\d{4}/;
/** Words that may join two days of one event ("on Saturday, June 8 and on Sunday"), one of them "and" or "or". */
const DAY_JOINS = new Set(['on', ',', 'and', 'or', 'then', 'again']);

/**
 * A clock time: "9 pm", "9:45 pm", "9.20am", "5:18 a.m.", "midnight", "noon", and minutes told with their part of the day
 * ("11:20 in the morning": without the minutes, "killed 11 in the morning raid" would read as a clock). One pass, no
 * nested repetition: the alternatives after the digits start with different letters.
 */
const CLOCK = /\b(?:(midnight|noon|midday)|(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])(?:\.\s?m\.|\.?\s?m\b)|in the (morning|afternoon|evening)\b))/gi;
/** The meridiem a part of the day after a clock's minutes gives it ("11:20 in the morning" is a.m.). */
const PART_MERIDIEM = new Map([['morning', 'a'], ['afternoon', 'p'], ['evening', 'p']]);
/** Minutes a whole hour may stand for ("9 pm" for 9:10), and an "about" for. */
const WHOLE_HOUR_SLACK = 15;
const ABOUT_SLACK = 30;
const ABOUT_MINUTE_SLACK = 10;
/** Minutes "shortly before" or "just after" reaches. */
const SHORTLY = 60;
const DAY_MINUTES = 1440;

/** The event-time claims of a report, one per time that dates an event. */
export function eventTimeClaims(prepared: PreparedText, analysis: Omit<DocumentAnalysis, 'claims'>): Claim[] {
  const { tokens, sentences, text } = prepared;
  const days = analysis.dates.filter(d => d.from !== null && d.start >= prepared.bodyStart
    && (d.from === d.to ? analysis.published !== null || YEAR.test(d.text) : pastPeriod(d, analysis.published)));
  const clocks = clockSpans(text, prepared.bodyStart);
  if (!days.length && !clocks.length) return [];
  const main = mainEvent(tokens);
  const out: Claim[] = [];
  let di = 0;
  let ci = 0;
  for (const s of sentences) {
    while (di < days.length && days[di].start < s.start) di++;
    while (ci < clocks.length && clocks[ci].start < s.start) ci++;
    let dj = di;
    let cj = ci;
    while (dj < days.length && days[dj].start < s.end) dj++;
    while (cj < clocks.length && clocks[cj].start < s.end) cj++;
    if (dj === di && cj === ci) continue;
    for (const p of timePhrases(tokens, s, days.slice(di, dj), clocks.slice(ci, cj))) {
      const hit = eventFor(tokens, s, p, main);
      if (!hit || planned(p, analysis.published) || (p.day?.last ? !periodEvent(tokens, p, hit) : stateVerb(tokens, hit))) continue;
      out.push(...claimsOf(analysis.path, text, tokens, p, hit));
    }
  }
  return oneDayPerEvent(out);
}

/**
 * A calendar month or year wholly before publication ("in 1958", "in December 2016"): the period of a past event. A
 * period still running or to come is a plan or a span of the story's own days. A report with no publication date
 * takes only a written year, never one its resolver borrowed.
 */
function pastPeriod(d: DateMention, published: string | null): boolean {
  if (!d.from || !d.to || (published ? d.to >= published : !YEAR.test(d.text))) return false;
  const month = d.from.slice(8) === '01' && d.to.slice(0, 7) === d.from.slice(0, 7);
  const year = d.from.slice(5) === '01-01' && d.to.slice(5) === '12-31' && d.to.slice(0, 4) === d.from.slice(0, 4);
  return month || year;
}

/**
 * A month or a year dates an event only "in" it and only by an event verb ("the plant opened in 1958", "In 2013, the
 * line had to be shut down"): an event noun with a year names one event of a series ("the 2004 quake") as often as
 * the story's own, and "since 2013" or "by 2014" bound no one event.
 */
function periodEvent(tokens: readonly Token[], p: TimePhrase, hit: EventHit): boolean {
  const kind = EVENT_WORDS.get(tokens[hit.at].lower)?.[0];
  return tokens[p.ta - 1]?.lower === 'in' && (kind === 'verb' || kind === 'intransitive-verb');
}

/**
 * "Schools stayed closed on Thursday", "310 schools were closed on Monday": by a day, an opening or closing verb tells
 * of a state on that day, not of the one day a site opened or shut; only a month or a year dates it (periodEvent).
 */
function stateVerb(tokens: readonly Token[], hit: EventHit): boolean {
  return EVENT_WORDS.get(tokens[hit.at].lower)?.[0] === 'intransitive-verb';
}

/**
 * A report that puts one event key on two different days ("the quake that struck on Aug. 5", later "on Aug. 4") tells
 * of two events of that kind or slips itself: none of its days for that event is set against another report's.
 */
function oneDayPerEvent(claims: Claim[]): Claim[] {
  const days = new Map<string, number>();
  const mixed = new Set<string>();
  for (const c of claims) {
    if (c.measure.unit === EVENT_CLOCK_UNIT) continue;
    const key = `${c.measure.unit} ${c.measure.event}`;
    const seen = days.get(key);
    if (seen === undefined) days.set(key, c.value!);
    else if (seen !== c.value) mixed.add(key);
  }
  return mixed.size ? claims.filter(c => !mixed.has(`${c.measure.unit} ${c.measure.event}`)) : claims;
}

interface ClockSpan { start: number; end: number; low: number; high: number; minutes: boolean }

/** Clock times in the body, with their minute of the day (a whole hour's slack on low/high). */
function clockSpans(text: string, from: number): ClockSpan[] {
  const out: ClockSpan[] = [];
  CLOCK.lastIndex = from;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1]) {
      const t = partOfDayHour(m[1])! * 60;
      // Noon is a minute; midnight may open or close a day (clockRange).
      out.push({ start, end, low: t, high: t, minutes: t !== DAY_MINUTES });
      continue;
    }
    const h = Number(m[2]);
    const min = m[3] ? Number(m[3]) : 0;
    if (h < 1 || h > 12 || min > 59 || (m[5] && !m[3])) continue;
    const t = meridiemHour(h, m[4] ?? PART_MERIDIEM.get(m[5].toLowerCase())!) * 60 + min;
    out.push({ start, end, low: t, high: t, minutes: !!m[3] });
  }
  return out;
}

/** The sentence's times: each one-day date and each clock time, a clock and a day next to each other joined. */
function timePhrases(tokens: readonly Token[], s: Sentence, days: DateMention[], clocks: ClockSpan[]): TimePhrase[] {
  const out: TimePhrase[] = [];
  const used = new Set<ClockSpan>();
  for (let k = 0; k < days.length; k++) {
    const d = days[k];
    const ta = tokenAt(tokens, d.start);
    const tb = tokenAt(tokens, d.end - 1) + 1;
    if (RECURRING.has(tokens[ta - 1]?.lower ?? '')) continue;
    if (joinedDays(tokens, days[k - 1], d) || joinedDays(tokens, d, days[k + 1])) continue;
    const last = d.to !== d.from ? d.to : null;
    const p: TimePhrase = { ta, tb, start: d.start, end: d.end, day: { iso: d.from!, hedge: last ? 'exact' : dayHedge(tokens, ta, d), last }, clock: null };
    const near = last ? undefined : clocks.find(c => !used.has(c) && joined(tokens, p, c));
    if (near) {
      used.add(near);
      const ca = tokenAt(tokens, near.start);
      const cb = tokenAt(tokens, near.end - 1) + 1;
      p.clock = clockRange(tokens, ca, near);
      if (!p.clock) continue;
      p.ta = Math.min(ta, ca);
      p.tb = Math.max(tb, cb);
      p.start = Math.min(d.start, near.start);
      p.end = Math.max(d.end, near.end);
    }
    out.push(p);
  }
  for (const c of clocks) {
    if (used.has(c)) continue;
    const ta = tokenAt(tokens, c.start);
    const clock = clockRange(tokens, ta, c);
    if (clock) out.push({ ta, tb: tokenAt(tokens, c.end - 1) + 1, start: c.start, end: c.end, day: null, clock });
  }
  return out.filter(p => p.ta >= s.tokenStart && p.tb <= s.tokenEnd);
}

/**
 * Two days of one sentence joined by "and" or "or" ("struck twice, on Saturday, June 8 and on Sunday", "on March 3 or 4"):
 * the event took both days, or either; neither is its one day (round 34, fa34t).
 */
function joinedDays(tokens: readonly Token[], a: DateMention | undefined, b: DateMention | undefined): boolean {
  if (!a || !b) return false;
  const from = tokenAt(tokens, a.end - 1) + 1;
  const to = tokenAt(tokens, b.start);
  if (to <= from || to - from > 3) return false;
  let conj = false;
  for (let i = from; i < to; i++) {
    if (!DAY_JOINS.has(tokens[i].lower)) return false;
    conj ||= tokens[i].lower === 'and' || tokens[i].lower === 'or';
  }
  return conj;
}

/** A clock and a day at most two linking tokens apart ("9:00pm on Saturday", "Saturday at 9 pm", "Friday, 8:30 am"). */
function joined(tokens: readonly Token[], p: { ta: number; tb: number }, c: ClockSpan): boolean {
  const ca = tokenAt(tokens, c.start);
  const cb = tokenAt(tokens, c.end - 1) + 1;
  const [from, to] = cb <= p.ta ? [cb, p.ta] : [p.tb, ca];
  if (to < from || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!['on', 'at', ',', 'about', 'around', 'of'].includes(tokens[i].lower)) return false;
  return true;
}

/** "late Friday", "early on Saturday", "Friday night": the day, loosely (it may be the next or the day before). */
function dayHedge(tokens: readonly Token[], ta: number, d: DateMention): Hedge {
  const before = tokens[ta - 1]?.lower === 'on' ? tokens[ta - 2]?.lower : tokens[ta - 1]?.lower;
  if (before === 'late' || before === 'early') return 'approximate';
  return /night/i.test(d.text) ? 'approximate' : 'exact';
}

/** The minutes a clock time stands for, by the words before it; null for a bound ("by 5 pm", "until noon"). */
function clockRange(tokens: readonly Token[], ca: number, c: ClockSpan): TimePhrase['clock'] {
  const w1 = tokens[ca - 1]?.lower ?? '';
  const w2 = tokens[ca - 2]?.lower ?? '';
  const shortly = w2 === 'shortly' || w2 === 'just' || w2 === 'soon';
  if (w1 === 'before' && shortly) return { low: c.low - SHORTLY, high: c.low, hedge: 'approximate' };
  if (w1 === 'after' && shortly) return { low: c.low % DAY_MINUTES, high: c.low % DAY_MINUTES + SHORTLY, hedge: 'approximate' };
  if (['by', 'until', 'till', 'before', 'after', 'since', 'from', 'to'].includes(w1)) return null;
  // Plain midnight may open or close a day.
  if (c.low === DAY_MINUTES) return null;
  if (['about', 'around', 'approximately', 'roughly', 'circa'].includes(w1)) {
    // "around 11:20" is nearer its minute than "around 11 pm" is its hour.
    const slack = c.minutes && c.low % 30 !== 0 ? ABOUT_MINUTE_SLACK : ABOUT_SLACK;
    return { low: c.low - slack, high: c.low + slack, hedge: 'approximate' };
  }
  return c.minutes ? { low: c.low, high: c.low, hedge: 'exact' } : { low: c.low - WHOLE_HOUR_SLACK, high: c.low + WHOLE_HOUR_SLACK, hedge: 'exact' };
}

/** A day after the report's publication is a plan or a forecast, not an event that happened. */
function planned(p: TimePhrase, published: string | null): boolean {
  return !!p.day && !!published && p.day.iso > published;
}

/** The event a time dates: the phrase before it (noun or verb), else a possessive or a clause after it. */
function eventFor(tokens: readonly Token[], s: Sentence, p: TimePhrase, main: string | null): EventHit | null {
  const left = eventBefore(tokens, s, p, main);
  if (left && left !== 'stop') return left;
  return eventAfter(tokens, s, p, main, left === 'stop');
}

/** Reading back from the time: its event noun, or the verb it dates; 'stop' when another verb takes the time. */
function eventBefore(tokens: readonly Token[], s: Sentence, p: TimePhrase, main: string | null): EventHit | 'stop' | null {
  let i = p.ta - 1;
  while (i >= s.tokenStart && LEADS.has(tokens[i].lower)) i--;
  const edge = i;
  // "raised the toll of the flood to 40 on Monday": the day of the change, not the flood's (changeDay.ts).
  if (edge >= s.tokenStart && endsChangeValue(tokens, edge)) return 'stop';
  for (let j = i; j >= Math.max(s.tokenStart, edge - VERB_REACH); j--) {
    const t = tokens[j];
    if (edge - j < NOUN_REACH && t.pos !== 'VERB') {
      const noun = eventNoun(tokens, j, false, main);
      if (noun) return ownNounPhrase(tokens, j, s) ? noun : 'stop';
    }
    if (t.pos === 'VERB') return verbEvent(tokens, s, j, main, p) ?? 'stop';
    if (!PHRASE.has(t.pos) && t.pos !== 'ADV' && t.text !== ',' && t.text !== '-') return null;
  }
  return null;
}

/** Reading on from the time: "Monday's explosion", "the 5:18 a.m. crash", a fronted time's clause, a "when" clause. */
function eventAfter(tokens: readonly Token[], s: Sentence, p: TimePhrase, main: string | null, stopped: boolean): EventHit | null {
  const k = p.tb;
  if (POSSESSIVE_ENDINGS.has(tokens[k]?.text ?? '')) {
    for (let j = k + 1; j <= k + 3 && j < s.tokenEnd; j++) {
      const noun = eventNoun(tokens, j, false, main);
      if (noun) return noun;
      if (tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'NOUN') break;
    }
    return null;
  }
  if (tokens[p.ta - 1]?.pos === 'DET') {
    const j = tokens[k]?.pos === 'ADJ' ? k + 1 : k;
    const noun = j < s.tokenEnd ? eventNoun(tokens, j, false, main) : null;
    if (noun) return noun;
  }
  const when = whenClause(tokens, s, k);
  if (when >= 0) return clauseEvent(tokens, s, when, main);
  if (stopped || tokens[k]?.text !== ',' || !fronted(tokens, s, p.ta)) return null;
  return clauseEvent(tokens, s, k + 1, main);
}

/** The time opens its sentence, after lead words only ("Around 11:45 pm, there was ..."). */
function fronted(tokens: readonly Token[], s: Sentence, ta: number): boolean {
  for (let i = s.tokenStart; i < ta; i++) if (!LEADS.has(tokens[i].lower)) return false;
  return true;
}

/** Where ", when" opens a clause within a few tokens after the time ("on March 17 of this year, when ..."), else -1. */
function whenClause(tokens: readonly Token[], s: Sentence, k: number): number {
  for (let j = k; j < Math.min(s.tokenEnd, k + 5); j++) {
    if (tokens[j].lower === 'when' && tokens[j - 1]?.text === ',') return j + 1;
    if (!PHRASE.has(tokens[j].pos) && tokens[j].text !== ',' && tokens[j].pos !== 'PRON') return -1;
  }
  return -1;
}

/** A clause's event: "there was a massive explosion", or its first verb's event; null at a comma or its end. */
function clauseEvent(tokens: readonly Token[], s: Sentence, from: number, main: string | null): EventHit | null {
  const to = Math.min(s.tokenEnd, from + 12);
  if (tokens[from]?.lower === 'there' && ['was', 'were'].includes(tokens[from + 1]?.lower ?? '')) {
    for (let j = from + 2; j < to; j++) {
      const noun = eventNoun(tokens, j, false, main);
      if (noun) return noun;
      if (!['DET', 'ADJ', 'ADV'].includes(tokens[j].pos)) return null;
    }
    return null;
  }
  for (let j = from; j < to; j++) {
    if (tokens[j].text === ',' || tokens[j].text === ';') return null;
    if (tokens[j].pos === 'VERB') return verbEvent(tokens, s, j, main);
  }
  return null;
}

/** The event a verb is: an event verb itself ("sank"), or a happening verb's subject ("the quake struck"). */
function verbEvent(tokens: readonly Token[], s: Sentence, j: number, main: string | null, p?: TimePhrase): EventHit | null {
  const w = tokens[j].lower;
  const entry = EVENT_WORDS.get(w);
  if (entry?.[0] === 'intransitive-verb') {
    const thing = withoutObject(tokens, s, j) ? openedThing(tokens, s, j) : null;
    return thing ? { key: `${entry[1]} of ${thing}`, at: j } : null;
  }
  if (entry?.[0] === 'verb') {
    if (entry[1] === 'fall' && !fallFrom(tokens, s, j, p)) return null;
    // "the landslide crashed through six villages": an event noun as subject names the event, not the verb.
    return subjectEvent(tokens, s, j, false, null) ?? { key: entry[1], at: j };
  }
  if (!HAPPENING_VERBS.has(w)) return null;
  const second = HAPPENING_VERBS.get(w);
  if (second && tokens[j + 1]?.lower !== second) return null;
  return subjectEvent(tokens, s, j, ONSET_VERBS.has(w), main);
}

/**
 * "The plant opened in 1958", "the line had to be shut down", "stations were closed for months": the verb's subject is
 * what opened or closed. An object after it makes it someone's act on another thing ("opened fire", "closed its plant",
 * "opened an inquiry"), no event of the subject.
 */
function withoutObject(tokens: readonly Token[], s: Sentence, j: number): boolean {
  const k = PARTICLES.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
  if (k >= s.tokenEnd) return true;
  return !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(tokens[k].pos);
}

/**
 * What opened or closed, as the key of its opening or closing: the names in its noun phrase ("the Alder textile plant
 * opened" → "alder"), else the phrase's head noun ("the line had to be shut down" → "line"); null with no noun right
 * before the verb's auxiliaries and adverbs ("it opened in 1958"). A story may tell of a plant's opening year and a
 * terminal's: two events, not one told two ways. A name outweighs the noun ("the Alder facility", "the Alder factory").
 */
function openedThing(tokens: readonly Token[], s: Sentence, j: number): string | null {
  let i = j - 1;
  while (i >= s.tokenStart && OPENED_GAP.has(tokens[i].pos)) i--;
  const head = tokens[i];
  if (!head || i < s.tokenStart || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  const names: string[] = [];
  for (let k = i; k >= s.tokenStart && OPENED_PHRASE.has(tokens[k].pos); k--) if (tokens[k].pos === 'PROPN') names.unshift(tokens[k].lower);
  return names.length ? names.join(' ') : singular(head.lower);
}

/** Parts of speech between an opened thing and its verb: "was", "had to be", "finally", "been". */
const OPENED_GAP = new Set(['AUX', 'ADV', 'PART']);
/** Parts of speech of the opened thing's noun phrase, read back from its head: "the new Alder textile plant". */
const OPENED_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);

/** "fell from a helicopter", "fallen on March 19 from a helicopter": a fall from somewhere, not a figure's fall. */
function fallFrom(tokens: readonly Token[], s: Sentence, j: number, p?: TimePhrase): boolean {
  for (let k = j + 1; k < Math.min(s.tokenEnd, j + 7); k++) {
    if (p && k >= p.ta && k < p.tb) continue;
    if (tokens[k].pos === 'NUM' || tokens[k].pos === 'SYM') return false;
    if (tokens[k].lower === 'from') return tokens[k + 1]?.pos === 'DET' && tokens[k + 2]?.pos !== 'NUM';
  }
  return false;
}

/** A happening verb's subject's event noun: back over its noun phrase and asides, or a relative pronoun's antecedent. */
function subjectEvent(tokens: readonly Token[], s: Sentence, v: number, onset: boolean, main: string | null): EventHit | null {
  let i = v - 1;
  while (i >= s.tokenStart && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART')) i--;
  if (RELATIVES.has(tokens[i]?.lower ?? '')) {
    i--;
    if (tokens[i]?.text === ',') i--;
    for (let j = i; j >= Math.max(s.tokenStart, i - NOUN_REACH); j--) {
      const noun = eventNoun(tokens, j, onset, main);
      if (noun) return noun;
      if (!PHRASE.has(tokens[j].pos)) return null;
    }
    return null;
  }
  let found: EventHit | null = null;
  for (let j = i; j >= Math.max(s.tokenStart, i - SUBJECT_REACH); j--) {
    const t = tokens[j];
    if ((!PHRASE.has(t.pos) && t.text !== ',' && t.pos !== 'CCONJ') || SUBORDINATORS.has(t.lower)) break;
    found = eventNoun(tokens, j, onset, main) ?? found;
  }
  return found;
}

/**
 * The event a noun at j names, or null: a one-off event noun (an onset noun only after an outbreak verb), singular, not
 * another event of its kind ("a second blast"), not a modifier ("fire service"); a generic noun ("the disaster") names
 * the report's main event.
 */
function eventNoun(tokens: readonly Token[], j: number, onset: boolean, main: string | null): EventHit | null {
  const t = tokens[j];
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  let key: string | null = null;
  if (GENERIC_EVENT_NOUNS.has(t.lower)) key = main;
  else {
    const entry = EVENT_WORDS.get(t.lower);
    if (!entry || entry[0] === 'verb' || entry[0] === 'intransitive-verb' || (entry[0] === 'onset-noun' && !onset)) return null;
    key = entry[1];
  }
  if (!key || tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'PROPN') return null;
  if (t.lower === 'fire' && NOT_FIRE_BEFORE.has(tokens[j - 1]?.lower ?? '')) return null;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    if (OTHER_EVENT_MARKS.has(tokens[k].lower)) return null;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'DET' && tokens[k].pos !== 'NOUN') break;
  }
  return { key, at: j };
}

/**
 * The event noun heads its own phrase, not one hanging on a head whose day is its own ("the anniversary of the blast"),
 * nor another verb's object.
 */
function ownNounPhrase(tokens: readonly Token[], j: number, s: Sentence): boolean {
  let k = j - 1;
  while (k >= s.tokenStart && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  // "still battling the fire on Sunday morning", "put out the fire on Sunday": another verb's object, which the day dates.
  if (PARTICLES.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.pos === 'VERB') return false;
  if (tokens[k]?.pos === 'VERB' && !PREPOSITIONAL.has(tokens[k].lower)) return false;
  if (!['of', 'for', 'into'].includes(tokens[k]?.lower ?? '')) return true;
  return !AWAY_HEADS.has(tokens[k - 1]?.lower ?? '');
}

/** The report's main event: its most named one-off event noun (for "the disaster", "the accident"). */
function mainEvent(tokens: readonly Token[]): string | null {
  const counts = new Map<string, number>();
  // An indexed loop: this runs once per report, unoptimized, where `for of` made an iterator result per token.
  for (let k = 0; k < tokens.length; k++) {
    const entry = EVENT_WORDS.get(tokens[k].lower);
    if (entry && entry[0] === 'noun') counts.set(entry[1], (counts.get(entry[1]) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  counts.forEach((n, key) => {
    if (n > most) {
      best = key;
      most = n;
    }
  });
  return best;
}

/** The claims of one dated event: its day, and its hour (dated by its day when the phrase gives one). */
function claimsOf(path: string, text: string, tokens: readonly Token[], p: TimePhrase, hit: EventHit): Claim[] {
  const said = text.slice(p.start, p.end);
  const start = Math.min(tokens[hit.at].start, p.start);
  const end = Math.max(tokens[hit.at].end, p.end);
  const word = tokens[hit.at].lower;
  const out: Claim[] = [];
  if (p.day?.last) {
    const [low, high] = [dayNumber(p.day.iso), dayNumber(p.day.last)];
    out.push(made(path, EVENT_PERIOD_UNIT, hit.key, word, said, { start, end }, p, { low, high, value: low, hedge: 'exact' }, null));
  } else if (p.day) {
    const v = dayNumber(p.day.iso);
    out.push(made(path, EVENT_DAY_UNIT, hit.key, word, said, { start, end }, p, { low: v, high: v, value: v, hedge: p.day.hedge }, null));
  }
  if (p.clock) {
    const { low, high, hedge } = p.clock;
    const value = hedge === 'exact' && low === high ? low : (low + high) / 2;
    out.push(made(path, EVENT_CLOCK_UNIT, hit.key, word, said, { start, end }, p, { low, high, value, hedge }, p.day?.iso ?? null));
  }
  return out;
}

function made(path: string, unit: string, key: string, word: string, said: string, at: { start: number; end: number }, p: TimePhrase,
  values: { low: number; high: number; value: number; hedge: Hedge }, day: string | null): Claim {
  const measure = sharedMeasure(unit, key);
  const claim: DetailedClaim = {
    id: claimId(path, p.start, p.end, measure.key, ''),
    path, start: at.start, end: at.end,
    quantity: { start: p.start, end: p.end, text: said },
    ...values,
    measure,
    scope: none(),
    time: claimTimeOf(day, day),
    modality: 'asserted',
    source: null,
    via: none(),
    derived: false,
    detail: { eventWord: word, roles: none(), timeBasis: day ? 'explicit' : 'none', timeText: null, timeLabel: null, sense: null, figure: `${said} (${word})` },
  };
  return claim;
}
