// Frames that keep two figures apart though their measure, place and time agree: parts of a split count, running totals
// from different starts, a sum over several holders against one holder's share, and readings of different instruments.
import type { ClaimDetail } from '../claims/detail';
import type { Claim, DocumentAnalysis } from '../types';
import { UNDER_WAY } from '../claims/hour';
import { baseEvent, isMoney } from '../claims/measure';
import { ADD_OVER_TIME, addsUpOverTime, GROWTH, type ContextFit } from './places';
import { detailOf } from '../claims/detail';
import { isRate, kindPartsOfOneReport, oneOccasion, readInterval, scopesOf } from './compare';
import { dayNumber } from '../dates/calendar';
import type { Span } from './compare';
import { daysBetween } from '../dates/calendar';

/** Two figures of one sentence that lists three or more of the measure (`detail.enumeration`): parts, not rivals. */
export function sameEnumeration(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  return a.path === b.path && da?.enumeration !== undefined && da.enumeration === db?.enumeration;
}

/** How far apart (a share of the larger) two conversions may lie and still be one sum at two days' rates. */
const CONVERSION_DRIFT = 0.05;

/**
 * Two sums that each convert a sum written beside them in another currency ("($11.6bn)", "($11.5 billion)") and lie
 * within CONVERSION_DRIFT of each other: the rates of two days, no rival spending; the sums they convert carry any
 * conflict (round 24). Conversions further apart ("($2.5 billion)" against "($2.9 billion)") stay rivals.
 */
export function bothConversions(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  if (!da?.converted || !db?.converted || a.value === null || b.value === null) return false;
  // Round 41: a distance restated in brackets in another unit by two reports ("4 km (2.4 miles)", "4 km (2.6 miles)") is
  // one written figure rounded two ways; the figures as written carry any conflict. Sums keep the rates' reading below.
  if (!isMoney(a.measure.unit) && da.convertedFrom !== undefined && da.convertedFrom === db.convertedFrom) return true;
  const gap = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
  return gap <= CONVERSION_DRIFT || otherDollars(a, da, b, db, gap);
}

/** The least gap between two bare-"$" conversions of one sum that another dollar explains (a US dollar is 1.25–1.7
 * Canadian, Australian, New Zealand or Singapore dollars); a smaller gap is a misconversion, a rival (round 22). */
const OTHER_DOLLAR_GAP = 0.2;

/**
 * Two dollar conversions of one sum as written ("1.6 billion yuan ($230m)", an Australian paper's "1.6 billion yuan
 * ($370 million)") at least OTHER_DOLLAR_GAP apart: a bare "$" is the outlet's own dollar, and the sum converted agrees
 * (round 32).
 */
function otherDollars(a: Claim, da: ClaimDetail, b: Claim, db: ClaimDetail, gap: number): boolean {
  return da.convertedFrom !== undefined && da.convertedFrom === db.convertedFrom && gap >= OTHER_DOLLAR_GAP
    && a.measure.unit === 'usd' && b.measure.unit === 'usd';
}

/**
 * A count the words call unconfirmed or feared ("unconfirmed reports of at least 44 deaths", "44 feared dead") against
 * one they do not: what may have happened against what was counted, no rival figures (round 24). So are a count of
 * confirmed cases and one of suspected cases ("301 confirmed", "24 suspected"; detail.caseState, round 25).
 */
export function confirmationApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return caseStatesApart(da, db) || !!da?.unconfirmed !== !!db?.unconfirmed;
}

/**
 * Counts of two case states ("1,140 suspected", "nine probable") count different cases: neither holds the other in
 * time either, so no order binds them (order.ts; round 32).
 */
export function caseStatesApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return !!da?.caseState && !!db?.caseState && da.caseState !== db.caseState;
}

/**
 * A count the words put down to one cause, or to other causes ("312 deaths due to the fever", "died of other
 * illnesses"; claims/attributed.ts), against a count that names no cause: the second may be all deaths, so the reader
 * cannot tell they count the same dead (round 35). A count naming its own cause ("killed by the fever") still meets it.
 */
export function attributionApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  const unnamed = (d: ClaimDetail | undefined) => !d?.attributed && !d?.causeNamed;
  return (!!da?.attributed && unnamed(db)) || (!!db?.attributed && unnamed(da));
}

/** A part of a split count ("deaths from respiratory failure") is a rival only of the same part elsewhere. */
export function breakdownApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return (da?.breakdown ?? null) !== (db?.breakdown ?? null);
}

/** How far apart two running totals' starts may be and still be one count ("since January" and "since January 3"). */
const SINCE_SLACK_DAYS = 7;

/** "10 deaths since December 7" and "5,246 since the start of the pandemic in 2020": totals of different periods. */
export function runningTotalsApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  if (!da?.since || !db?.since) return false;
  return Math.abs(daysBetween(da.since, db.since)) > SINCE_SLACK_DAYS;
}

/**
 * "the lira has lost a quarter of its value since March" against "the lira fell 6 percent on Friday": a currency's loss told
 * from a start is a loss over that span, one told without a start a loss over another (a day's, a year's); they are not
 * one figure (round 45). Running counts keep their own rule above: a toll told without a start is the toll to date.
 */
export function currencyLossSpansApart(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  const loss = (c: Claim) => c.measure.unit === 'percent' && baseEvent(c.measure.event) === 'exchange_rate';
  if (!loss(a) || !loss(b)) return false;
  return !da?.since !== !db?.since;
}

/**
 * Which side is a part of a sum over several holders: "airlines cancelled 46,000 flights" (an aggregate) against
 * "Delta cancelled 1,200" or "1,200 flights were cancelled" -> that side, which may be one holder's count; null when
 * neither or both are sums, or the other side says it is a total too ("a total of 11,600 flights").
 */
export function aggregatePart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): 'a' | 'b' | null {
  const aa = !!da?.aggregate;
  const ab = !!db?.aggregate;
  if (aa === ab) return null;
  const other = aa ? db : da;
  if (other?.whole) return null;
  return aa ? 'b' : 'a';
}

/**
 * Which side is one country's part of a count listed country by country (`detail.listed`) when the other side names no
 * place at all (it may be the multinational whole); null otherwise.
 */
export function listedPart(a: Claim, da: ClaimDetail | undefined, aPlaces: number, b: Claim, db: ClaimDetail | undefined,
  bPlaces: number): 'a' | 'b' | null {
  const la = listedAgainst(a, da, b), lb = listedAgainst(b, db, a);
  if (la && !lb && bPlaces === 0) return 'a';
  if (lb && !la && aPlaces === 0) return 'b';
  return null;
}

/**
 * A listed part as seen from `other`: a country list's part anywhere; a place list's rate anywhere (a region's turnout
 * is no rival of an unplaced turnout, the whole's); a place list's count only in its own report, since another report's
 * unplaced count may be the same place's with its place unread (round 46).
 */
function listedAgainst(c: Claim, d: ClaimDetail | undefined, other: Claim): boolean {
  if (!d) return false;
  return d.listed === true || (d.placeListed === true && (c.path === other.path || c.measure.unit === 'percent'));
}

/** The event of a gathering's count. */
const CROWD = 'crowd';

/** Days a one-day count may cover at most and still be one event's day ("on May 2-3"). */
const EVENT_DAY_SPAN = 4;

/** One side of a pair as the toll rule below reads it: the claim, its detail, its span and the day it was said. */
export interface SaidClaim {
  claim: Claim;
  detail: ClaimDetail | undefined;
  span: Span | null;
  said: number | null;
}

/**
 * A toll its own words date to its event's day, said days later, above a toll of a report published in between:
 * "34,000 were killed in the cyclone on May 2-3" in a report of May 14, against "the official toll stands at 3,400" on
 * May 5. The earlier report's count reaches back over the event's day, but it was the count then; the later report's
 * higher count of the same dead is the toll grown since, no rival. Only for the same counted group and places
 * (`sameScopes`: a part above a whole, "67 South Africans" against a toll of 63, stays a rival).
 */
export function countedLater(x: SaidClaim, y: SaidClaim, sameScopes: boolean): boolean {
  return sameScopes && (grownSince(x, y) || grownSince(y, x));
}

function grownSince(day: SaidClaim, asOf: SaidClaim): boolean {
  if (GROWTH.get(baseEvent(day.claim.measure.event)) !== 'toll') return false;
  const sd = day.span;
  const sa = asOf.span;
  if (!sd || !sa || day.said === null || day.detail?.timeBasis !== 'explicit' || sd.to - sd.from >= EVENT_DAY_SPAN) return false;
  // The other is dated only by its report's publication (a statement's day may be the event's own: "officials said on
  // Tuesday" of Tuesday's dead, in a report of Wednesday, is no earlier count than "4,500 died on Tuesday" in another).
  if (asOf.detail?.timeBasis !== 'published') return false;
  // Said after its event's day, and after the other report came out, on a day from the event on.
  if (day.said <= sd.to || sa.to < sd.from || sa.to >= day.said) return false;
  return day.claim.low !== null && asOf.claim.high !== null && day.claim.low > asOf.claim.high;
}

/**
 * A count that grows within one day, given as of different hours ("by noon 12 dead", "by evening 30"; "has already
 * cancelled 600" against the day's 700): the earlier, smaller count is a stage of the later one, no rival. Two counts at
 * the same hour, or a later count below an earlier one, still pair.
 */
export function sameDayStages(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  const ha = da?.hour;
  const hb = db?.hour;
  if (ha === undefined && hb === undefined) return false;
  if (!a.time.from || a.time.from !== a.time.to || !b.time.from || b.time.from !== b.time.to) return false;
  if (a.time.from !== b.time.from) return turnoutBeforeNextDays(a, ha, b, hb);
  const event = baseEvent(a.measure.event);
  if (!ADD_OVER_TIME.has(event) && !RISES_THROUGH_DAY.has(event)) return false;
  const lowA = a.low ?? a.high ?? 0;
  const lowB = b.low ?? b.high ?? 0;
  const highA = a.high ?? Infinity;
  const highB = b.high ?? Infinity;
  // Both at a known hour: the earlier must not exceed the later.
  if (ha !== undefined && hb !== undefined && ha !== UNDER_WAY && hb !== UNDER_WAY) {
    if (ha === hb) return false;
    return ha < hb ? lowA <= highB : lowB <= highA;
  }
  if (ha === UNDER_WAY && hb === UNDER_WAY) return true;
  // One count as of an hour or under way, the other the day's (or of an unknown hour): a stage when not above it.
  const staged = ha !== undefined && (hb === undefined || hb === UNDER_WAY) ? 'a' : 'b';
  // A crowd counted in the evening ("at 7 pm, some 282,000 had taken part") is the day's crowd, no stage of it.
  const stageHour = staged === 'a' ? ha : hb;
  if (event === 'crowd' && stageHour !== undefined && stageHour >= DAY_CROWD_HOUR) return false;
  // But another voice's point figure as of an hour, against a day's figure of no hour, is a rival ("the minister said 80
  // that morning" against the Red Cross's "more than 100"): a stage is a lower bound ("at least 80"), one voice's earlier
  // count, or a count the words say is under way ("has already cancelled 600").
  // A turnout by an hour of the vote ("65.9 percent by 6 p.m.") and a crowd by midday are the running count every
  // voice's final figure includes.
  if ((staged === 'a' ? ha : hb) !== UNDER_WAY && !RISES_THROUGH_DAY.has(event) && !oneVoiceOrBound(a, b)) return false;
  return staged === 'a' ? lowA <= highB : lowB <= highA;
}

/**
 * A polling day's turnout counted by an hour ("27 percent up to 3 p.m.") and a turnout dated the next day (the final
 * count, or a figure the next day's report gives): the commission counts after the polls close and tells the final
 * turnout the day after, so the hour's lower figure is a stage of it, no rival (round 44). A next-day figure below it
 * still pairs.
 */
function turnoutBeforeNextDays(a: Claim, ha: number | undefined, b: Claim, hb: number | undefined): boolean {
  if (baseEvent(a.measure.event) !== 'turnout') return false;
  const [early, hour, late] = a.time.from! < b.time.from! ? [a, ha, b] : [b, hb, a];
  if (hour === undefined || hour === UNDER_WAY || daysBetween(early.time.from!, late.time.from!) !== 1) return false;
  return (early.low ?? early.high ?? 0) <= (late.high ?? Infinity);
}

/**
 * Two reports' tolls of one day, each the new value of a rise the words state ("the toll rose to 73", "the death toll
 * jumped to 71"): snapshots of a count climbing through that day, taken at hours neither gives, no rivals (round 28).
 * One report's two risen tolls (a caption's and the text's) still pair, and so does a risen toll against a stated one.
 */
export function bothRisenSameDay(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  if (a.path === b.path || da?.revised !== 'up' || db?.revised !== 'up') return false;
  if (GROWTH.get(baseEvent(a.measure.event)) !== 'toll') return false;
  if (da.timeBasis !== 'published' && db.timeBasis !== 'published') return false;
  return !!a.time.from && a.time.from === a.time.to && a.time.from === b.time.from && b.time.from === b.time.to;
}

/**
 * A crowd its clause spreads over many places ("500,000 marched in some 50 cities", detail.spread) above a crowd of no
 * wider area (not itself marked a whole: "across", "nationwide"): the total of many gatherings against one of them, no
 * rival (round 28). Two totals over wide areas still pair, and so does a part above the total. Other counts keep
 * pairing: "40 stores across 9 towns" against a company's "25 stores" is one count of one holder.
 */
export function spreadOverPart(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  if (!!da?.spread === !!db?.spread || baseEvent(a.measure.event) !== CROWD || isRate(a.measure.unit)) return false;
  const [whole, part, dp] = da?.spread ? [a, b, db] : [b, a, da];
  return !dp?.whole && whole.low !== null && part.high !== null && whole.low > part.high;
}

/**
 * One side counts in a place or period its words single out ("95 died in one district alone", `detail.alonePart`), the
 * other does not, and the part is at or below the other's count: one part of a larger count, no rival (round 35,
 * fa35b). A part above the whole ("900 in one province alone" against 600 nationwide) is left to the usual
 * reading, a rival. Not when both sides single theirs out (two counts of one district alone pair), when the other side
 * counts in a place the singled-out side names (both count that place). Only tolls (GROWTH): the dead and hurt of one
 * place or period add up into the story's toll; the capital's crowd "alone" against an unplaced count of the day's
 * march is that march's count (oneGathering), and a flow's count (flights held up at some airports "alone") may be of
 * another day or mix measures.
 */
export function aloneBelowWhole(a: Claim, da: ClaimDetail | undefined, aPlaces: ReadonlySet<string>, b: Claim,
  db: ClaimDetail | undefined, bPlaces: ReadonlySet<string>): boolean {
  return partBelowWhole(d => !!d?.alonePart, a, da, aPlaces, b, db, bPlaces);
}

/**
 * Round 38 (site38): one side's clause places its count at one named site ("37 were killed at Veltra Square",
 * `detail.sitePart`), the other's names no site, and the site's count is at or below the other's: the toll of one
 * site of the event, no rival of its whole. The guards of aloneBelowWhole hold: tolls only, a site's count above the
 * whole stays a rival, two counts of one site (or of one place both name) pair.
 */
export function siteBelowWhole(a: Claim, da: ClaimDetail | undefined, aPlaces: ReadonlySet<string>, b: Claim,
  db: ClaimDetail | undefined, bPlaces: ReadonlySet<string>): boolean {
  if (da?.alonePart || db?.alonePart) return false;
  return partBelowWhole(d => !!d?.sitePart, a, da, aPlaces, b, db, bPlaces, siteCounts);
}

/** Tolls, and cases a site records (round 45): one hospital's cases are a part of the country's, whatever the day. */
const siteCounts = (c: Claim) => GROWTH.get(baseEvent(c.measure.event)) === 'toll'
  || (baseEvent(c.measure.event) === 'recorded' && c.measure.unit === 'case');

/**
 * One side a site's count (`detail.sitePart`), the other not (round 45): one hospital's cases a later day below the
 * country's earlier count is no running total that fell; the order of counts holds only within one whole.
 */
export function sitePartApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return !!da?.sitePart !== !!db?.sitePart;
}

/** A part (marked by `isPart` on one side only) at or below the other side's toll, and of a place the other does not name. */
function partBelowWhole(isPart: (d: ClaimDetail | undefined) => boolean, a: Claim, da: ClaimDetail | undefined,
  aPlaces: ReadonlySet<string>, b: Claim, db: ClaimDetail | undefined, bPlaces: ReadonlySet<string>,
  counted: (c: Claim) => boolean = c => GROWTH.get(baseEvent(c.measure.event)) === 'toll'): boolean {
  if (isPart(da) === isPart(db) || !counted(a)) return false;
  const [part, whole, own, other] = isPart(da) ? [a, b, aPlaces, bPlaces] : [b, a, bPlaces, aPlaces];
  // "On one island alone, 30 died" against "41 died on that island": both count the island, rivals as usual.
  for (const id of own) if (other.has(id)) return false;
  // The part's least value, or its value when it has only a ceiling ("could go up to 10,000" is read at 10,000).
  const least = part.low ?? part.value;
  return whole.low !== null && least !== null && (whole.high === null || least <= whole.high);
}

/**
 * Round 37 (stage37): two counts of one crowd at different stages its words name ("at the start" against "at its peak",
 * "at the end" against "by the evening" or "by 7 pm") count two moments of the gathering, no rivals; and a count at its
 * start, not above a count with no stage, is an early stage of that day's crowd (a crowd grows from its start: the hours
 * rule above, for the stage word). A count with no stage meets any other as before, and two clock hours are left to
 * sameDayStages. Two counts at one stage still pair.
 */
export function crowdStagesApart(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  if (baseEvent(a.measure.event) !== 'crowd' || baseEvent(b.measure.event) !== 'crowd') return false;
  if (da?.stage === undefined && db?.stage === undefined) return false;
  const sa = stageKey(da);
  const sb = stageKey(db);
  if (sa !== undefined && sb !== undefined) return sa !== sb;
  const [start, other] = sa === 'start' ? [a, b] : sb === 'start' ? [b, a] : [null, null];
  if (!start || !other) return false;
  const least = start.low ?? start.high;
  return least !== null && least <= (other.high ?? Infinity);
}

/** A crowd count's stage: the stage its words name, else the hour it holds at (not a count merely under way). */
function stageKey(d: ClaimDetail | undefined): string | undefined {
  if (d?.stage) return d.stage;
  return d?.hour !== undefined && d.hour !== UNDER_WAY ? `hour:${d.hour}` : undefined;
}

/**
 * Counts that only rise through their day, whoever counts: the turnout counted by an hour of polling day, and a day of
 * protest's crowd ("124,000 at midday" is part of the day's 1.3 million, round 21).
 */
const RISES_THROUGH_DAY: ReadonlySet<string> = new Set(['turnout', 'crowd']);
/** The hour from which a crowd's count is the day's: gatherings are over, the evening's count sums them up. */
const DAY_CROWD_HOUR = 17;

/** One voice gives both figures (or a side names none), or the smaller of the two is a lower bound (no upper end). */
function oneVoiceOrBound(a: Claim, b: Claim): boolean {
  if (!a.source || !b.source || a.source.id === b.source.id) return true;
  const lower = (a.low ?? a.high ?? 0) <= (b.low ?? b.high ?? 0) ? a : b;
  return lower.high === null;
}

/** Readings of an instrument: each agency's own scale and network, never a rival of another agency's reading. */
const READINGS = new Set(['magnitude']);

/** A quake's magnitude by the US survey (6.8) and by the national centre (7.2): two readings, not two claims of one. */
export function readingsApart(a: Claim, b: Claim): boolean {
  if (!READINGS.has(a.measure.unit)) return false;
  return (a.source?.id ?? null) !== (b.source?.id ?? null);
}

/**
 * The confidence gate: both sides' frames have a part the words do not state (no counted noun, a guessed measure, a time
 * only from publication, an unnamed area; `detail.inferred`). Such a pair is shown as possible, never clear.
 */
export function weakOnBothSides(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return !!da?.inferred?.length && !!db?.inferred?.length;
}

/**
 * The time gate: one side's figure has a date of its own and the other's holds only as of its report's publication
 * (`detail.inferred` 'time'). The undated figure may be an earlier or later stage of the count, so the pair is at most
 * possible. Measured on the development sets (docs/claims.md, round 9): of the clear findings so shaped, most were
 * false alarms or gold pairs the annotators mark possible; blocking them instead lost gold pairs.
 */
export function timeOnOneSide(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return (da?.inferred?.includes('time') ?? false) !== (db?.inferred?.includes('time') ?? false);
}

/**
 * "81 flights have been cancelled today" against the 117 cancelled that day in a report of the day after: a count still
 * running when stated (`detail.running`: "so far", "have been", "now"), below a count of what only adds up, stated as of
 * the same day or later by the same voice (or by none), may be an earlier stage of it: at most possible (the
 * development set's annotators mark such pairs possible). A running count above the later one stays as it is.
 */
export function runningBelow(a: Claim, da: ClaimDetail | undefined, spanA: { to: number } | null, b: Claim,
  db: ClaimDetail | undefined, spanB: { to: number } | null): boolean {
  // Two voices' counts (officials against researchers) are rivals whatever the stage: only one voice's count, or two
  // unnamed ones, grow into each other.
  if (!spanA || !spanB || !addsUpOverTime(a) || (a.source?.id ?? null) !== (b.source?.id ?? null)) return false;
  // Two running counts of one day are one total as of that day: 40 and 52 cannot both be it.
  const later = (run: ClaimDetail | undefined, other: ClaimDetail | undefined, runTo: number, otherTo: number) =>
    !!run?.running && (otherTo > runTo || (otherTo === runTo && !other?.running));
  if (later(da, db, spanA.to, spanB.to) && a.high !== null && b.low !== null && a.high < b.low) return true;
  return later(db, da, spanB.to, spanA.to) && b.high !== null && a.low !== null && b.high < a.low;
}

/**
 * An unplaced figure against a placed one that its size would make a wider total (compare.ts, wholeOverPart) is of the
 * other's place after all: a crowd's count whose report's title or lead names that place (round 13), or (round 21) a
 * crowd's count in a report whose title and lead name no place at all, whose words do not mark it a total over several
 * places ("across", "nationwide"), neither side counted at an hour, which names the other's place in its body and places
 * no count of that crowd (`elsewhere`: a report giving Paris's marchers gives its unplaced figure as a wider total). One march counted by its organizers ("the crowd
 * exceeded 1 million") and by the police (400,000 on the Mall) lies far apart by nature.
 */
export function oneGathering(unplaced: { unplaced: 'a' | 'b'; fit: ContextFit | null } | null, a: Claim, b: Claim,
  elsewhere: (report: Claim, placed: Claim) => boolean): boolean {
  if (!unplaced) return false;
  const u = unplaced.unplaced === 'a' ? a : b;
  const d = detailOf(u);
  // "500,000 marched in some 50 cities" is many gatherings' total, whatever place its report's lead names (round 28).
  if (d?.spread) return false;
  // "At least 3 million marched across the country", in a report whose lead names Washington: its words make it the
  // total over many places, whatever the lead names (round 28).
  if (unplaced.fit === 'same') return (oneOccasion(a) && !d?.whole) || kindPartsOfOneReport(a, b);
  // A count at an hour ("at midday, about 12,000") is of part of the day: no rival of a day's count of the gathering.
  const p = detailOf(u === a ? b : a);
  return unplaced.fit === null && oneOccasion(a) && p?.hour === undefined && d?.hour === undefined && !d?.whole && !elsewhere(u, u === a ? b : a);
}

/** How many times apart two voices' rival counts of one toll may lie: police and organizers, a government and its opposition. */
const RIVAL_FACTOR = 4;

/**
 * One report's placed count and its unplaced one of the same measure, each said by its own named voice, the report
 * setting them side by side ("the ministry said 40 died in the town, while the opposition said at least 90"; "the
 * governor, however, put it at 20,000"): rival counts of one toll, not a wider total over a part. A figure its words
 * mark as a total ("nationwide", "in all"), a count many times the other (one town's share of a country's toll) or a
 * pair no contrasting word sets side by side (a breakdown by town, another country's count) stays apart (round 36).
 */
export function rivalVoicesInOneReport(a: Claim, b: Claim): boolean {
  if (a.path !== b.path || !a.source || !b.source || a.source.id === b.source.id) return false;
  if (a.via.includes(b.source.id) || b.via.includes(a.source.id)) return false;
  const da = detailOf(a);
  const db = detailOf(b);
  if (da?.whole || da?.spread || db?.whole || db?.spread || (!da?.setAgainst && !db?.setAgainst)) return false;
  const [al, ah] = readInterval(a);
  const [bl, bh] = readInterval(b);
  return al <= RIVAL_FACTOR * bh && bl <= RIVAL_FACTOR * ah;
}

/**
 * Whether the report of `u` says nothing of `placed`'s place (none of its entities names it), or counts the same measure
 * in some place (a part of it, "including 80,000 in Paris", or another town's crowd): then its unplaced figure may be
 * the whole of more than that place. Read only when a pair reaches this test (a crowd far larger than a placed one, its
 * report's title and lead naming no place).
 */
export function countsElsewhere(doc: DocumentAnalysis | undefined, u: Claim, placed: Claim): boolean {
  if (!doc) return true;
  const where = scopesOf(placed).where;
  if (!doc.entities.some(e => where.has(e.id))) return true;
  const event = baseEvent(u.measure.event);
  for (const c of doc.claims) {
    if (c.measure.unit === u.measure.unit && baseEvent(c.measure.event) === event && scopesOf(c).where.size) return true;
  }
  return false;
}

/**
 * Round 25 (fa25): the placed figure's own report also gives a figure of its measure that is not of its place (unplaced,
 * or of a larger or other area): the report itself sets the place's figure apart from the whole's ("inflation fell to
 * 53.6 per cent ... the Greater Accra region, at 66.7 per cent"). A report giving only the place's figure may give it
 * for the whole (a capital's index read as the country's), and stays a rival.
 */
export function wholeBeside(doc: DocumentAnalysis | undefined, placed: Claim): boolean {
  if (!doc) return false;
  const where = scopesOf(placed).where;
  if (!where.size) return false;
  const event = baseEvent(placed.measure.event);
  for (const c of doc.claims) {
    if (c === placed || c.measure.unit !== placed.measure.unit || baseEvent(c.measure.event) !== event) continue;
    let own = false;
    for (const id of scopesOf(c).where) if (where.has(id)) { own = true; break; }
    if (!own) return true;
  }
  return false;
}

/** The figure is either value of a change its report states (the old one, or the new one of a revision). */
const changed = (d: ClaimDetail | undefined): boolean => !!d && (!!d.superseded || !!d.revised);

/**
 * Round 25 (fa25): the other figures of a claim's own clause in its report, of its measure and its voice (the same
 * source, or none on both): "the Ministry has vaccinated 58,150 people, of whom 43,529 ..." gives 43,529 the mate 58,150.
 */
export function clauseMates(doc: DocumentAnalysis | undefined, c: Claim): Claim[] {
  if (!doc || changed(detailOf(c))) return [];
  const out: Claim[] = [];
  for (const q of doc.claims) {
    if (q === c || q.start !== c.start || q.end !== c.end || q.measure.key !== c.measure.key) continue;
    // "rose to 154.1% from 152.7%": a change's two values are one count at two times, not a list.
    if ((q.source?.id ?? null) !== (c.source?.id ?? null) || changed(detailOf(q))) continue;
    out.push(q);
  }
  return out;
}

/** How many times apart a voice's earlier word and another voice's figure must lie to be rival counts, not stages. */
const EARLIER_GAP = 2;

/**
 * A voice's earlier word ("Authorities, who earlier said 176", `detail.earlierWord`) is a rival only of another named
 * voice's figure more than EARLIER_GAP times apart ("more than 500", said an opposition party): against its own voice's
 * later count, an unnamed one, another replaced value or a near figure (officials' 635 earlier, a committee's 755
 * later; the count grew or was corrected) it is the count's earlier stage.
 */
export function earlierWordApart(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  if (!da?.superseded && !db?.superseded) return false;
  if (da?.superseded && db?.superseded) return true;
  // The old value of a change its sentence states ("up from 3.7%") is no rival of anything.
  if ((da?.superseded && !da.earlierWord) || (db?.superseded && !db.earlierWord)) return true;
  if (!a.source || !b.source || a.source.id === b.source.id) return true;
  const [al, ah] = readInterval(a);
  const [bl, bh] = readInterval(b);
  return !(al > EARLIER_GAP * bh || bl > EARLIER_GAP * ah);
}

/**
 * Crowds whose clauses name two kinds of occasion ("160,000 on the Mall before the inauguration" and "500,000 marchers";
 * counter-protesters and the march they met): two gatherings, not rival counts of one (round 28, claims/occasion.ts).
 */
export function occasionsApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined): boolean {
  return !!da?.occasionKind && !!db?.occasionKind && da.occasionKind !== db.occasionKind;
}

/**
 * Days after the first report's publication from which the later figure must speak: a report of the next day often still
 * gives the day before's count as its own ("ten deaths" against the next day's 13 in the same city: rivals).
 */
const ROSE_AFTER_DAYS = 2;

/** A figure with the day its report was published (a day number), as the check's entries hold it. */
interface IssuedClaim {
  claim: Claim;
  issued: number | null;
}

/**
 * A count that only grows (a toll, cases, arrests), lower in the report published first and higher in a later report
 * whose own figure is of a day after that publication: "40 dead" on the night of a quake against "between 300 and 310
 * dead" three days later. However weakly either is dated, the first report's figure can be of no later day than the
 * report itself, so the two are stages of the count, never rivals (round 32). A later, lower count still pairs (order.ts);
 * so does a rise stated the day after the first report (ROSE_AFTER_DAYS), and one after a stated correction.
 */
export function roseAcrossReports(a: IssuedClaim, b: IssuedClaim): boolean {
  if (a.issued === null || b.issued === null || a.issued === b.issued || !addsUpOverTime(a.claim)) return false;
  const [early, late] = a.issued < b.issued ? [a, b] : [b, a];
  // A count its report says was corrected ("29, fewer than previously reported"): a later, higher figure may repeat the
  // value the correction replaced, which stays a rival (round 31).
  if (detailOf(early.claim)?.correction || detailOf(late.claim)?.correction) return false;
  const from = late.claim.time.from;
  if (!from || !(dayNumber(from) - early.issued! >= ROSE_AFTER_DAYS)) return false;
  return early.claim.high !== null && late.claim.low !== null && early.claim.high < late.claim.low;
}

/**
 * Round 38 (killed38): a running total since a war's or a crisis's start ("over 900 have been killed since fighting broke
 * out on May 3", detail.since) against the toll of one blow its clause names ("57 deaths in the attack", detail.oneBlow):
 * the blow's dead are among the total's, so a total at or above the blow's toll is no rival of it. A blow's toll above
 * the total still pairs, and two totals or two blows are left to the other rules.
 */
export function blowInRunningTotal(a: Claim, da: ClaimDetail | undefined, b: Claim, db: ClaimDetail | undefined): boolean {
  const [total, blow] = da?.since && db?.oneBlow ? [a, b] : db?.since && da?.oneBlow ? [b, a] : [null, null];
  if (!total || !blow || GROWTH.get(baseEvent(total.measure.event)) !== 'toll') return false;
  const least = blow.low ?? blow.value;
  return total.low !== null && least !== null && (total.high === null || least <= total.high);
}
