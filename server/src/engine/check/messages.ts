// Finding messages in plain words. A headline starts with the figure of the report it is shown in, then the other
// side's figure and where it is from, then why the two were matched; `why` holds the full account for the hover.
import { BoundedMemo } from '../text/boundedMemo';
import { detailOf, type FramePart } from '../claims/detail';
import type { Claim, DocumentAnalysis } from '../types';
import type { TimeFit } from './compare';
import type { OrderKind } from './order';
import { WEAK_SIGN_WORDS, type WeakSign } from './evidence';
import { EVENT_DAY_UNIT, EVENT_PERIOD_UNIT, isEventTime } from '../claims/eventTime';

/** Why a finding is only possible, in words a reader follows (one entry per reason compareValues gives). */
export const POSSIBLE_REASONS = {
  rounding: 'the figures are round, and rounding could bring them close',
  hedge: 'one figure is only a bound or a loose estimate',
  derived: 'one figure is worked out from the report\'s other figures, not stated',
  sense: 'the two reports use different words for what happened',
  time: 'when one figure holds is not clear',
  estimate: 'crowd sizes are estimates that differ by method',
  precision: 'the figures differ by one in their last stated digit',
  part: 'one figure is for a place inside the other\'s, and a part cannot exceed its whole',
  unnamed: 'one figure is for an area the report does not name, which may or may not be the other\'s place',
  context: 'one figure names no place, and its report\'s title and lead do not make it the other\'s place',
  inferred: 'on both sides part of what the figure is about was inferred, not stated beside it',
  running: 'the lower figure was a count still running when stated, and may be an earlier stage of the other',
  dated: 'one figure has a date of its own, the other only its report\'s publication date, so it may be another stage of the count',
  ordered: 'one figure is dated only by its paragraph, its statement or its report, so which holds later, or which days it counts, is less certain',
  evidence: 'the evidence is weak on two counts or more (below)',
  corrected: 'a later report gives its figure as a correction of an earlier one, and the other figure was given before it',
} as const;

/** The order a count that only grows breaks (order.ts), as the headline names it. */
const ORDER_WORDS: Record<OrderKind, string> = {
  later: 'later and lower',
  day: 'a day above its whole period',
  period: 'a period above its whole period',
  part: 'a part above its whole',
};
/** The side that should hold the other, by the order broken. */
const WHOLE_WORDS: Record<OrderKind, string> = { later: 'later one', day: 'whole period', period: 'whole period', part: 'whole' };
/** Why the order holds, for the full account. */
const ORDER_WHY: Record<OrderKind, string> = {
  later: 'a count that only grows: a total stated later cannot be lower than one stated before it unless a revision is stated',
  day: 'a count that adds up over time: the count of a period cannot be lower than that of a day inside it',
  period: 'a count that adds up over time: the count of a period cannot be lower than that of a shorter period inside it',
  part: 'a count that adds up over places and time: a place\'s count cannot exceed that of a place holding it, then or later',
};

/** A frame part the reader inferred (detail.inferred), in words. */
const INFERRED_WORDS: Record<FramePart, string> = {
  thing: 'what is counted',
  measure: 'what happened to it',
  time: 'when (only the publication date)',
  place: 'where (an area the report does not name)',
};
export type PossibleReason = keyof typeof POSSIBLE_REASONS;

/** What the matcher found, for the words of the finding. */
export interface MatchFacts {
  fit: TimeFit;
  reasons: PossibleReason[];
  /** Figures of different times or places a count that only grows orders: the order broken and the whole's claim id. */
  order?: { kind: OrderKind; whole: string };
  /** The pair's weak signs (evidence.ts), listed in the full account. */
  weak?: readonly WeakSign[];
}

export interface FindingText {
  /** The headline as seen from a's report. */
  message: string;
  /** The headline as seen from b's report. */
  messageB: string;
  /** The full account: what matched and why it is clear or only possible. */
  why: string;
}

function fileName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

const NAMES = new BoundedMemo<string, string>(10_001, nameOf);

/** A report's short name: no extension, no trailing content hash ("004_adff6eb2…" is "004"). Cached: reports recur. */
export function reportName(path: string): string {
  return NAMES.get(path);
}

function nameOf(path: string): string {
  const base = fileName(path).replace(/\.[A-Za-z0-9]{1,9}$/, '');
  const hashed = /^([^_]{1,40})_[0-9a-f]{8,40}$/.exec(base);
  return hashed ? hashed[1] : base;
}

/** Units as a reader writes them. */
function plainUnits(s: string): string {
  if (!s.includes('m2') && !s.includes('sq')) return s;
  return s.replace(/\bkm2\b/g, 'km²').replace(/\bm2\b/g, 'm²').replace(/\bsq(?:uare)? ?km\b/g, 'km²');
}

function plural(unit: string): string {
  if (unit === 'person') return 'people';
  // Units of measure ("km2", "percent", "usd") are not counted things: no plural.
  if (unit.includes('/') || unit.endsWith('s') || /\d/.test(unit) || unit === 'percent' || unit.length <= 3) return plainUnits(unit);
  if (/(ch|sh|x)$/.test(unit)) return `${unit}es`;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}

function number(c: Claim): string {
  if (c.value !== null) return c.value.toLocaleString('en-US');
  return c.low !== null && c.high !== null ? `${c.low.toLocaleString('en-US')}–${c.high.toLocaleString('en-US')}` : c.quantity.text;
}

/** The figure as a reader quotes it: "42 armed clashes"; a worked-out figure as its number and unit ("9 clashes"). */
export function figureOf(c: Claim): string {
  if (c.derived) return plainUnits(`${number(c)} ${plural(c.measure.unit)}`);
  return plainUnits(detailOf(c)?.figure ?? c.quantity.text);
}

/** Words after a number that say its size or kind, not what is counted: kept in the short figure. */
const SCALE_OR_KIND = /^(?:thousand|million|billion|trillion|percent|per cent|percentage points?|bn|m|k)\b/i;

/**
 * The other side's figure, short: its hedge and number as stated ("44", "about 1,000", "44%", "$4.1 billion"). Matched
 * claims count the same thing, so the counted noun, already in this side's figure, is left out.
 */
function shortFigure(c: Claim): string {
  if (c.derived) return number(c);
  if (isEventTime(c)) return c.quantity.text;
  let t = plainUnits(c.quantity.text);
  const last = t.search(/\d[^\d]*$/);
  if (last >= 0) {
    const rest = t.slice(last + 1);
    const scale = SCALE_OR_KIND.exec(rest.trimStart());
    if (/^ [A-Za-z]/.test(rest)) t = t.slice(0, last + 1) + (scale ? ` ${scale[0]}` : '');
  }
  return /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}

function sourceName(c: Claim): string | null {
  return c.source?.name ?? null;
}

function outletOf(c: Claim, doc: DocumentAnalysis | undefined): string | null {
  return doc?.outlet ?? sourceName(c);
}

function timeWords(a: Claim, b: Claim, fit: TimeFit): string {
  const da = detailOf(a);
  const db = detailOf(b);
  if (fit === 'uncertain') return 'when one of them holds is unclear';
  if (a.time.from && a.time.from === b.time.from && a.time.to === b.time.to) {
    if (da?.timeBasis === 'published' && db?.timeBasis === 'published') return `both as of ${a.time.from}`;
    return a.time.from === a.time.to ? 'same day' : 'same period';
  }
  if (a.time.from && b.time.from) return 'overlapping dates';
  const la = da?.timeLabel;
  const lb = db?.timeLabel;
  if (la && lb && la !== lb) return `"${la}" and "${lb}", which can be the same ${levelWord(da?.timeText)}`;
  return la ? `both "${la}"` : 'same time';
}

/** What an event-time finding sets apart (claims/eventTime.ts): the day, the month or year, or the hour of one event. */
function eventTimeWords(c: Claim): string {
  if (c.measure.unit === EVENT_PERIOD_UNIT) return 'the month or year of one event';
  return c.measure.unit === EVENT_DAY_UNIT ? 'the day of one event' : 'the hour of one event';
}

function levelWord(norm: string | null | undefined): string {
  return norm && (norm.startsWith('date:') || norm.startsWith('weekday:')) ? 'day' : 'time';
}

function voiceWords(a: Claim, b: Claim): string | null {
  const sa = sourceName(a);
  const sb = sourceName(b);
  if (a.source && b.source && a.source.id === b.source.id) return `both from ${sa}`;
  if (sa && sb) return `${sa} vs ${sb}`;
  return null;
}

/** The order broken, seen from x's side: "later and lower (the other is the later one)". */
function orderWords(x: Claim, order: { kind: OrderKind; whole: string }): string {
  return `${ORDER_WORDS[order.kind]} (${x.id === order.whole ? 'this figure is the' : 'the other is the'} ${WHOLE_WORDS[order.kind]})`;
}

/** One side's headline: this report's figure first. */
function headline(x: Claim, y: Claim, dy: DocumentAnalysis | undefined, facts: MatchFacts): string {
  const when = isEventTime(x) ? eventTimeWords(x) : facts.order ? orderWords(x, facts.order) : timeWords(x, y, facts.fit);
  if (x.path === y.path) {
    const who = [sourceName(x), sourceName(y)];
    return `${figureOf(x)} here${who[0] ? ` (${who[0]})` : ''} vs ${shortFigure(y)}${who[1] ? ` (${who[1]})` : ''} in the same report, ${when}`;
  }
  const from = outletOf(y, dy);
  const voices = voiceWords(x, y);
  return `${figureOf(x)} here vs ${shortFigure(y)} in ${reportName(y.path)}${from ? ` (${from})` : ''}, ${when}${voices ? `, ${voices}` : ''}`;
}

function dateOf(c: Claim, doc: DocumentAnalysis | undefined): string {
  const d = detailOf(c);
  if (c.time.from && c.time.to) {
    const span = c.time.from === c.time.to ? c.time.from : `${c.time.from} to ${c.time.to}`;
    if (d?.timeBasis === 'published') return `as of publication, ${span}`;
    if (d?.timeBasis === 'statement') return `as of the statement, ${span}`;
    return span;
  }
  if (d?.timeLabel) return doc && !doc.published ? `"${d.timeLabel}", which the report does not date` : `"${d.timeLabel}"`;
  return 'no date given';
}

function side(c: Claim, doc: DocumentAnalysis | undefined): string {
  const d = detailOf(c);
  const said = sourceName(c) ? `according to ${sourceName(c)}` : 'stated by the report';
  const worked = c.derived ? ` (worked out from "${c.quantity.text}")` : '';
  const via = c.via.length ? `, relayed by ${c.via.length} outlet${c.via.length > 1 ? 's' : ''}` : '';
  const inferred = d?.inferred?.length ? ` (inferred: ${d.inferred.map(p => INFERRED_WORDS[p]).join(', ')})` : '';
  return `${figureOf(c)}${worked} in ${fileName(c.path)}, ${said}${via}, ${dateOf(c, doc)}${d?.eventWord ? `, "${d.eventWord}"` : ''}${inferred}`;
}

/** The full account for the hover: both sides, what matched, and why clear or only possible. */
function whyText(a: Claim, da: DocumentAnalysis | undefined, b: Claim, db: DocumentAnalysis | undefined, facts: MatchFacts): string {
  const what = `${plural(a.measure.unit)}, ${a.measure.event.replace(/_/g, ' ')}`;
  const where = facts.reasons.includes('part') ? 'a place and a place that holds it' : 'the same places and parties';
  const when = facts.order ? `at different times or places, ${ORDER_WHY[facts.order.kind]}` : timeWords(a, b, facts.fit);
  const matched = (isEventTime(a) ? `Matched: ${eventTimeWords(a)} (${a.measure.event}), ${where}`
    : `Matched: the same count (${what}), ${where}, ${when}`)
    + `${a.path === b.path ? ', two different sources in one report' : ''}.`;
  const verdict = facts.reasons.length
    ? `Possible, not clear: ${facts.reasons.map(r => POSSIBLE_REASONS[r]).join('; ')}.`
    : 'Clear: both figures are stated precisely and no hedge or rounding brings them together.';
  const weak = facts.weak?.length ? ` Weak signs: ${facts.weak.map(w => WEAK_SIGN_WORDS[w]).join('; ')}.` : '';
  return `${side(a, da)}. ${side(b, db)}. ${matched} ${verdict}${weak}`;
}

export function valueFinding(a: Claim, da: DocumentAnalysis | undefined, b: Claim, db: DocumentAnalysis | undefined,
  facts: MatchFacts): FindingText {
  return { message: headline(a, b, db, facts), messageB: headline(b, a, da, facts), why: whyText(a, da, b, db, facts) };
}

export function attributionMessage(quote: string, sourceA: string, pathA: string, sourceB: string, pathB: string): string {
  return `The same words ("${quote}") are attributed to ${sourceA} (${fileName(pathA)}) and to ${sourceB} (${fileName(pathB)})`;
}
