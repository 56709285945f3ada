// Places inside places: a town's figure and its country's are a part and its whole, not two counts of one thing. The whole
// may hold the part (nothing to say); a part larger than its whole, for the same count and time, is a possible finding.
import { baseEvent } from '../claims/measure';
import { hostedPlace, within } from '../entities/containment';
import type { Claim } from '../types';
import { LEVEL_UNITS } from '../quantities/units';
import { compareValues, WHOLE_FACTOR, type TimeFit, type Verdict } from './compare';

/**
 * Measures whose figure for a part need not be below the whole's: rates, shares, sizes and speeds ("turnout reached 70%
 * in the province, 55% nationwide"), the units the unit table marks as levels. Only counts and amounts add up over places.
 */
const NOT_ADDITIVE = LEVEL_UNITS;

/** A claim's places without those that hold another of them: "in Derna, Libya" is Derna's figure. */
export function narrowest(places: Set<string>): Set<string> {
  if (places.size < 2) return places;
  let out: Set<string> | null = null;
  for (const p of places) {
    for (const q of places) {
      if (q !== p && within(q, p)) {
        (out ??= new Set(places)).delete(p);
        break;
      }
    }
  }
  return out ?? places;
}

function every(xs: Set<string>, test: (x: string) => boolean): boolean {
  for (const x of xs) if (!test(x)) return false;
  return true;
}

/**
 * Every place of `part` lies inside some place of `whole`. `hosts` are the countries of the part's report (its setting):
 * a place the gazetteer does not place (hostedPlace: "the Kessa district", a camp, an island) lies inside them, as a
 * reader takes a district of a report about one country to be in that country.
 */
function inside(part: Set<string>, whole: Set<string>, hosts: ReadonlySet<string> | null = null): boolean {
  for (const p of part) {
    let found = false;
    for (const w of whole) if (within(p, w) || hostedIn(p, w, hosts)) { found = true; break; }
    if (!found) return false;
  }
  return true;
}

/** A place the data does not place, in a country of its report's setting. */
function hostedIn(p: string, w: string, hosts: ReadonlySet<string> | null): boolean {
  return !!hosts && w.startsWith('country:') && hosts.has(w) && hostedPlace(p, hosts);
}

/**
 * Which side's places lie inside the other's: 'a' (a is the part), 'b', or null (not nested, share a place, or a side names
 * none). A side whose places are a list (`listA`, `listB`: detail.placeList) holds a figure of fewer of its places.
 */
export function partSide(a: Set<string>, b: Set<string>, listA: Set<string> | null = null,
  listB: Set<string> | null = null, hostsA: ReadonlySet<string> | null = null, hostsB: ReadonlySet<string> | null = null): 'a' | 'b' | null {
  if (!a.size || !b.size) return null;
  // "above 4,500 in Nepal, India and Tibet" and "25 in Tibet": a figure over a list of places holds a figure of some.
  if (listB && a.size < listB.size && every(a, x => listB.has(x))) return 'a';
  if (listA && b.size < listA.size && every(b, x => listA.has(x))) return 'b';
  for (const x of a) if (b.has(x)) return null;
  if (inside(a, b, hostsA)) return 'a';
  if (inside(b, a, hostsB)) return 'b';
  return null;
}

/**
 * A part nested only by its report's country (hostedIn) whose figure is WHOLE_FACTOR times the country's or more: the
 * name is a wider area than the gazetteer can tell ("the toll across the islands" against one island nation's), or the
 * two count different deaths (a province's deaths from all causes against the nation's confirmed toll); a part a
 * little above its whole is one count told twice, and stays a possible finding.
 */
export function hostedBeyondWhole(a: Claim, b: Claim, side: 'a' | 'b'): boolean {
  const [part, whole] = side === 'a' ? [a, b] : [b, a];
  return part.low !== null && whole.high !== null && part.low >= WHOLE_FACTOR * whole.high;
}

/**
 * Counts that add up over time, by how a figure with no period of its own reads (order.ts). A toll (the dead, the injured,
 * casualties) stated as of a day is the running total of its event so far; a flow (cases or clashes recorded, arrests,
 * buildings destroyed, flights cancelled, jobs cut, arrivals, admissions to hospital) is a count of some days, often the
 * day's own in a daily report, and a running total only when its words say so ("so far", "since Friday"). A count over a period holds the count over any period inside it. Measures not
 * listed are levels (a workforce, a crowd, area held, the missing, a population), rates or shares: they may fall, and
 * figures of different times are never compared.
 */
export const GROWTH: ReadonlyMap<string, 'toll' | 'flow'> = new Map([
  ...(['killed', 'wounded', 'losses', 'fatal'] as const).map(e => [e, 'toll'] as const),
  ...(['recorded', 'arrested', 'destroyed', 'damaged', 'evacuated', 'rescued', 'arrived', 'cut', 'hired', 'cancelled', 'delayed',
    'hospitalized'] as const).map(e => [e, 'flow'] as const),
]);
/** The events of GROWTH: counts that only add up over time. */
export const ADD_OVER_TIME: ReadonlySet<string> = new Set(GROWTH.keys());
/** The claim counts something that only adds up over time (the dead, flights cancelled), not a level or a rate. */
export function addsUpOverTime(c: Claim): boolean {
  return ADD_OVER_TIME.has(baseEvent(c.measure.event)) && !NOT_ADDITIVE.has(c.measure.unit);
}

/** How many times longer the whole period must be than the part (a year and its first half; not a week and its days). */
const PERIOD_FACTOR = 1.5;
/** Shortest part period read as a period of counting rather than a day's report, in days. */
const PERIOD_MIN_DAYS = 7;

interface Days { from: number; to: number }

/** A span from the claim's own words or paragraph, not the day it was published or said. */
const STATED = new Set(['explicit', 'context']);

/**
 * Which side counts over a period inside the other's (the part in time): 'a', 'b', or null. Both periods are stated,
 * the part at least a week long and the whole at least half as long again: "830,000 excess deaths in 2020" and "4.7
 * million in 2020 and 2021".
 */
export function periodPart(a: Claim, da: Days | null, basisA: string | undefined, b: Claim, db: Days | null,
  basisB: string | undefined): 'a' | 'b' | null {
  if (!da || !db || !STATED.has(basisA ?? '') || !STATED.has(basisB ?? '')) return null;
  const plus = a.measure.event.indexOf('+');
  if (!ADD_OVER_TIME.has(plus < 0 ? a.measure.event : a.measure.event.slice(0, plus)) || NOT_ADDITIVE.has(a.measure.unit)) return null;
  const la = da.to - da.from + 1;
  const lb = db.to - db.from + 1;
  if (Math.min(la, lb) < PERIOD_MIN_DAYS || Math.max(la, lb) < PERIOD_FACTOR * Math.min(la, lb)) return null;
  if (la < lb && da.from >= db.from && da.to <= db.to) return 'a';
  if (lb < la && db.from >= da.from && db.to <= da.to) return 'b';
  return null;
}

/** The count over the part of the period exceeds the count over the whole (a smaller toll over the longer window). */
export function periodExceeds(a: Claim, b: Claim, side: 'a' | 'b'): boolean {
  const [part, whole] = side === 'a' ? [a, b] : [b, a];
  return part.low !== null && whole.high !== null && part.low > whole.high;
}

/**
 * The verdict on a figure for a place and one for a place holding it: null when the whole can hold the part (or the
 * measure does not add up over places), a possible finding when the part exceeds the whole ("at least 10,000 dead in
 * one province" vs "2,000 dead nationwide"); never clear, as the two may count a little differently.
 */
export function partWholeVerdict(a: Claim, b: Claim, side: 'a' | 'b', fit: TimeFit): Verdict | null {
  if (NOT_ADDITIVE.has(a.measure.unit)) return null;
  const [part, whole] = side === 'a' ? [a, b] : [b, a];
  if (part.low === null || whole.high === null || part.low <= whole.high) return null;
  // "USD 510 billion" for a part against "$509.9bn" for its whole: one figure rounded, no part above its whole (round 27).
  if (compareValues(part, whole, fit === 'uncertain').relation === 'agree') return null;
  return { relation: 'contradict', severity: 'possible', reasons: fit === 'uncertain' ? ['part', 'time'] : ['part'], fit };
}

/**
 * How a figure that names no place relates to one that does, read in the unplaced figure's report's context (the places
 * its title or lead names, `DocumentAnalysis.context`):
 * - 'same': the context names the placed figure's place, or a place holding it with no other: one place, a rival as usual
 *   ("Hundreds of thousands march in Barcelona" and its unplaced "more than 1 million" against "350,000 in Barcelona");
 * - 'part': the context is only places inside the placed figure's (the unplaced figure is of that part);
 * - 'whole': the context is a larger area holding the placed figure's place ("Protests across France": its unplaced
 *   1.3 million against 7,200 in Lorvik): the unplaced figure is that area's total;
 * - 'apart': the context names only other places;
 * - null: the report names no place in its title or lead (nothing to read the figure in).
 */
export type ContextFit = 'same' | 'part' | 'whole' | 'apart';

export function contextFit(context: ReadonlySet<string>, places: ReadonlySet<string>): ContextFit | null {
  if (!context.size || !places.size) return null;
  let same = false;
  let holds = false;
  let inner = false;
  let other = false;
  for (const c of context) {
    if (places.has(c)) { same = true; continue; }
    let related = false;
    for (const p of places) {
      if (within(p, c)) { holds = true; related = true; break; }
      if (within(c, p)) { inner = true; related = true; break; }
    }
    if (!related) other = true;
  }
  if (same) return 'same';
  if (inner && !other) return 'part';
  if (holds) return 'whole';
  return 'apart';
}

/** A report's context places (`DocumentAnalysis.context`), read once and shared by its claims. */
export interface ReportContext { title: Set<string>; lead: Set<string> }

/** The report's context, a nationality as its country as the check compares parties (compare.ts, partyId). */
export function contextOf(doc: { context?: { title: string[]; lead: string[] } } | undefined,
  id: (x: string) => string): ReportContext {
  return { title: new Set((doc?.context?.title ?? []).map(id)), lead: new Set((doc?.context?.lead ?? []).map(id)) };
}

/**
 * The fit of a report's context with a place: a title about a larger area decides ('whole': "Protests across France"
 * with "80,000 in Paris" in its lead); else the title or the lead naming the place makes it the same ("Record turnout
 * in Lisbon", whose lead gives Portugal's count); else the title's fit, else the lead's.
 */
export function reportFit(context: ReportContext, places: ReadonlySet<string>): ContextFit | null {
  const byTitle = contextFit(context.title, places);
  if (byTitle === 'whole' || byTitle === 'same') return byTitle;
  const byLead = contextFit(context.lead, places);
  if (byLead === 'same') return byLead;
  return byTitle ?? byLead;
}

/**
 * When exactly one side names a place: the unplaced side ('a' or 'b') and how it relates to the placed side's place in
 * its report's context (contextFit). null when both or neither side names a place.
 */
export function unplacedFit(a: PlacedScopes, contextA: ReportContext, b: PlacedScopes, contextB: ReportContext): { unplaced: 'a' | 'b'; fit: ContextFit | null } | null {
  if (!a.places.size === !b.places.size) return null;
  // A country named only as a party ("Russia said", "Iran lost 464") is whose figure it is, not where it was counted:
  // the context is read against the places the figure is counted in.
  return a.places.size
    ? { unplaced: 'b', fit: reportFit(contextB, narrowest(a.where)) }
    : { unplaced: 'a', fit: reportFit(contextA, narrowest(b.where)) };
}

/** The ids are all countries, and there is one at least. */
function onlyCountries(ids: Iterable<string>): boolean {
  let n = 0;
  for (const id of ids) {
    if (!id.startsWith('country:')) return false;
    n++;
  }
  return n > 0;
}

/**
 * An unplaced figure whose report's title and lead name only countries, none of them the other side's, against a figure
 * placed only in countries: the figure of its report's country, no rival of another country's ("Sri Lanka posted
 * inflation of 25.2%" against a report on Pakistan whose "inflation rose to 38%" names no place). Round 18: holding
 * every 'apart' fit so lost 13 gold pairs on the development sets; countries on both sides lost none.
 */
export function otherCountry(u: { unplaced: 'a' | 'b'; fit: ContextFit | null } | null, contextA: ReportContext,
  contextB: ReportContext, a: PlacedScopes, b: PlacedScopes): boolean {
  if (!u) return false;
  const context = u.unplaced === 'a' ? contextA : contextB;
  const placed = u.unplaced === 'a' ? b : a;
  // Round 19: a figure placed only by its country as a party ("Bhutan's annual inflation eased to 6.1%") is that
  // country's figure too, read against the unplaced report's countries as a placed one is.
  const own = placed.where.size ? placed.where : narrowest(placed.places);
  const fit = placed.where.size ? u.fit : reportFit(context, own);
  if (fit !== 'apart') return false;
  return onlyCountries([...context.title, ...context.lead]) && onlyCountries(narrowest(own));
}

/** The parts of a claim's scopes unplacedFit reads (compare.ts, Scopes). */
interface PlacedScopes { places: Set<string>; where: Set<string> }

/**
 * The unplaced side when its report's context is a place inside the other's (`part`: the figure is that part's count,
 * held by the other's whole); null otherwise. A context that is a larger area (`whole`) only makes the pair possible:
 * measured on the unseen sets (round 13), holding such a figure as the larger area's total dropped gold pairs and no
 * false alarm (a title naming the country of a story about one of its towns). Null too for a rate, a share or a size (no
 * count that adds up over places: a lead's place is too loose a reading to keep two rates apart).
 */
export function contextPartSide(u: { unplaced: 'a' | 'b'; fit: ContextFit | null }, c: Claim): 'a' | 'b' | null {
  if (NOT_ADDITIVE.has(c.measure.unit) || c.measure.unit === 'percent') return null;
  if (u.fit === 'part') return u.unplaced;

  return null;
}

/**
 * Round 25 (fa25): an unplaced rate, share or level whose report's context is a larger area holding the placed figure's
 * place ('whole': a report on Ghana's inflation against "the Greater Accra region, at 66.7 per cent") is that area's
 * figure. A part's rate need not be near its whole's (no sum bounds it, NOT_ADDITIVE), so the two are no rivals.
 */
export function wholeRateOverPart(u: { unplaced: 'a' | 'b'; fit: ContextFit | null } | null, c: Claim): boolean {
  return !!u && u.fit === 'whole' && (NOT_ADDITIVE.has(c.measure.unit) || c.measure.unit === 'percent');
}

/** How many other places beside the figure's a report's context must name for its unplaced figure to be their total. */
const OTHER_CONTEXT_PLACES = 3;

/**
 * Round 25 (fa25): the unplaced side's report names the placed figure's place among several others, none inside or
 * holding it (a lead on listeria deaths in Ontario, Quebec, Saskatchewan and British Columbia): its unplaced figure is
 * the total over them, of which the placed figure ("11 in Ontario") is a part. The placed side ('a' or 'b') as the
 * part, or null.
 */
export function contextListPart(u: { unplaced: 'a' | 'b'; fit: ContextFit | null } | null, contextA: ReportContext,
  contextB: ReportContext, a: PlacedScopes, b: PlacedScopes): 'a' | 'b' | null {
  if (!u || u.fit !== 'same') return null;
  const context = u.unplaced === 'a' ? contextA : contextB;
  const places = narrowest((u.unplaced === 'a' ? b : a).where);
  let others = 0;
  for (const c of new Set([...context.title, ...context.lead])) {
    if (places.has(c)) continue;
    let related = false;
    for (const p of places) if (within(p, c) || within(c, p)) { related = true; break; }
    if (!related) others++;
  }
  return others >= OTHER_CONTEXT_PLACES ? (u.unplaced === 'a' ? 'b' : 'a') : null;
}
