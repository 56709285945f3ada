// When two claims speak of the same thing (scope, time), and whether their figures can both hold (severity).
import { detailOf, type ClaimDetail, type ScopeRole } from '../claims/detail';
import { isSubgroupId, nameSpelling } from '../claims/frame';
import { isRoleId } from '../claims/roles';
import { isPopulationId } from '../claims/population';
import { levelOf } from '../claims/time';
import { RESULT_EVENTS, RESULT_WINDOW_DAYS } from '../claims/election';
import { FALLBACK_BASES } from '../claims/occasion';
import { COUNTRY_NAMES, COUNTRY_OF, COUNTRY_OF_NATIONALITY } from '../entities/countries';
import { CAPITAL_OF } from '../entities/gazetteer';
import { CLUB_FORMS, LINES_OF_BUSINESS, NAME_FORMS } from '../entities/organizations';
import {
  ENDS_HIGH_HEDGES, ENDS_LOW_HEDGES, FLOOR_HEDGES, POINT_HEDGES, ROUNDABLE_HEDGES, STRICT_CEILING_HEDGES, STRICT_FLOOR_HEDGES, TIGHT_HEDGES,
  type Claim, type Hedge, type Severity,
} from '../types';
import type { PossibleReason } from './messages';
import { isVagueOrder } from '../quantities/numbers';
import { baseEvent, isMoney } from '../claims/measure';
import { GROWTH, narrowest, partSide } from './places';
import { NAMED_MARK, UNNAMED_PREFIX } from '../claims/scope';
import { areaOf, hostedPlace, settingCountryOf, within } from '../entities/containment';
import { ESTIMATE_CEILINGS, EXCEEDING } from '../quantities/hedges';
import { EVENT_CLOCK_UNIT, EVENT_DAY_UNIT, isEventTime } from '../claims/eventTime';
import { dayNumber, weekdayOf, ymdOf } from '../dates/calendar';
import { hedgeStepApart } from './hedgeStep';
import { WEEKDAYS } from '../dates/lexicon';


/**
 * Nouns of a state's armed forces after its demonym ("the Chinese Army", "Indian military"): the recognizer names such a
 * body an organization, but whose count it is, is the country's, as "Chinese soldiers" is (round 22).
 */
const STATE_FORCES = ['army', 'military', 'navy', 'forces', 'armed-forces', 'air-force', 'troops', 'government'];

/** "organization:chinese-army" -> "country:china": a demonym's armed forces or government stand for its country. */
function stateBodyCountry(id: string): string | undefined {
  if (!id.startsWith('organization:')) return undefined;
  for (const noun of STATE_FORCES) {
    if (!id.endsWith(`-${noun}`)) continue;
    return COUNTRY_OF_NATIONALITY.get(`nationality:${id.slice('organization:'.length, -noun.length - 1)}`);
  }
  return undefined;
}

/** A party's id as the check compares it: a nationality as its country, a name whatever its transliteration. */
export function partyId(id: string): string {
  return COUNTRY_OF_NATIONALITY.get(id) ?? stateBodyCountry(id) ?? nameSpelling(id);
}

function defaultRole(id: string): ScopeRole {
  if (id.startsWith('place:')) return 'where';
  if (id.startsWith('military_unit:')) return 'group';
  return 'who';
}

export interface Scopes {
  where: Set<string>;
  who: Set<string>;
  group: Set<string>;
  /** where plus the countries among the parties. */
  places: Set<string>;
  /** The groups shares are of ("group:secondary-teacher"): named on one side only, they do not keep claims apart. */
  shares: Set<string>;
  /** The frame's holder of a held count (undefined: not read; null: none named). */
  holder?: string | null;
  /** The role of the people counted ("role:pilgrim", roles.ts): named on one side only, it keeps no pair apart. */
  roles: Set<string>;
  /** The part of the people a rate is of ("pop:female", population.ts): it must be the same on both sides, or none. */
  population: string | null;
  /** The places are a list ("in Nepal, India and Tibet", detail.placeList): the whole of a figure of some of them. */
  placeList: Set<string> | null;
  /** The parties named by a country's name ("Congo", "the US"), not by a demonym ("Egyptian" names whose people). */
  countriesByName?: Set<string>;
  /** The countries of the claim's report (settingOf), kept when a place of the claim is one the data does not place. */
  hosts?: ReadonlySet<string> | null;
}

export function scopesOf(c: Claim, setting: ReadonlySet<string> | null = null): Scopes {
  const d = detailOf(c);
  const out: Scopes = { where: new Set(), who: new Set(), group: new Set(), places: new Set(), shares: new Set(), roles: new Set(),
    population: null, placeList: d?.placeList ? new Set(d.placeList) : null, countriesByName: new Set() };
  if (d && d.holder !== undefined) out.holder = d.holder === null ? null : partyId(d.holder);
  c.scope.forEach((id, i) => {
    if (isSubgroupId(id)) {
      out.group.add(id);
      return;
    }
    if (isRoleId(id)) {
      out.roles.add(id);
      return;
    }
    if (isPopulationId(id)) {
      out.population = id;
      return;
    }
    if (id.startsWith('group:')) {
      out.shares.add(id);
      return;
    }
    const role = d?.roles[i] ?? defaultRole(id);
    out[role].add(partyId(id));
    if (role === 'who' && id.startsWith('country:')) out.countriesByName!.add(id);
    // A people's army is its country's party but places nothing: it fights, and kills, abroad ("killed by the Peruvian Army").
    if (role === 'where' || (role === 'who' && partyId(id).startsWith('country:') && !stateBodyCountry(id))) out.places.add(partyId(id));
  });
  out.places = narrowest(out.places);
  if (setting?.size === 1 && hasHostedPlace(out.places, setting)) out.hosts = setting;
  return out;
}

/** Some place is one the data does not place, which its report's countries may hold (containment.ts, hostedPlace). */
export function hasHostedPlace(places: Iterable<string>, setting: ReadonlySet<string> | null = null): boolean {
  for (const p of places) if (hostedPlace(p, setting)) return true;
  return false;
}

/**
 * The countries a report mentions, by name, by nationality or by capital: its setting. Two reports that both name
 * countries, none in common, are about different events, so an unplaced figure in one ("five were injured") is no
 * rival of one in the other: a folder holding a Greek wildfire and a Nepal earthquake raises no alarm. A well-known town
 * or region the report names more than once counts its country too (containment.ts): a report naming only Derna is
 * about Libya; a city named once in passing ("flights to Lagos") is not what the report is about.
 */
export function settingOf(entities: readonly { kind: string; id: string }[]): Set<string> {
  const out = new Set<string>();
  const named = new Map<string, number>();
  for (const e of entities) {
    if (e.kind === 'country' || e.kind === 'nationality') out.add(partyId(e.id));
    else if (e.kind === 'place') {
      const capitalOf = CAPITAL_OF.get(e.id);
      const country = capitalOf ? COUNTRY_NAMES.get(capitalOf) : undefined;
      if (country) out.add(country.id);
      named.set(e.id, (named.get(e.id) ?? 0) + 1);
    }
  }
  for (const [id, times] of named) {
    const holder = times >= SETTING_MENTIONS ? settingCountryOf(id) : undefined;
    if (holder) out.add(holder);
  }
  return out;
}

/** How many times a report names a town or region before its country joins the report's setting. */
const SETTING_MENTIONS = 2;

/** Settings share a country, or one report names none (nothing tells them apart). */
export function settingsOverlap(a: Set<string>, b: Set<string>): boolean {
  return a.size === 0 || b.size === 0 || intersects(a, b);
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Round 41 (holder41): the words a firm's name may end in that say what it does or what form it takes ("Mining",
 * "Holdings", "Group"): a report may leave them out ("X" or "X Ltd" for "X Mining").
 */
const FIRM_NAME_ENDS: ReadonlySet<string> = new Set([...LINES_OF_BUSINESS,
  ...[...NAME_FORMS].filter(form => !CLUB_FORMS.has(form)).map(form => form.toLowerCase())]);

/**
 * Round 41 (holder41): `longer` is the firm `shorter` names, with its line of business or form after the name
 * ("organization:x-mining" and "organization:x"). Two firms of one first word in other lines ("X Mining", "X Foods")
 * are not: only the bare name meets the longer one.
 */
function firmNamedWithout(longer: string, shorter: string): boolean {
  if (!shorter.startsWith('organization:') || !longer.startsWith(`${shorter}-`)) return false;
  return FIRM_NAME_ENDS.has(longer.slice(shorter.length + 1));
}

/** Both sides name a party in common: the same id, or a firm with and without its line of business (round 41). */
function sharesParty(a: Set<string>, b: Set<string>): boolean {
  if (intersects(a, b)) return true;
  for (const x of a) for (const y of b) if (firmNamedWithout(x, y) || firmNamedWithout(y, x)) return true;
  return false;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every(x => b.has(x));
}

/** Counts that belong to someone: a candidate's or party's votes, share and seats. Whose they are must be known. */
const HELD = new Set(['vote_share', 'won']);
/** Counts whose parties named beside them are who counted (police vs organizers), not whose the count is. */
const COUNTED_BY_OTHERS = new Set(['crowd']);

/** The parties a held count belongs to (people, parties, groups; not the country the election is in). */
function holdersOf(s: Scopes): Set<string> {
  const out = new Set<string>();
  for (const id of s.who) if (!s.places.has(id)) out.add(id);
  for (const id of s.group) out.add(id);
  return out;
}

/**
 * Both name whose count it is, and it is the same: "A won 51%" is no rival of "B took 44%", nor of an unowned 44%. The
 * frame's holder (the figure's own candidate) decides when the claim has one; else the parties of the clause.
 */
function sameHolder(a: Scopes, b: Scopes): boolean {
  if (a.holder !== undefined || b.holder !== undefined) return !!a.holder && a.holder === b.holder;
  const ha = holdersOf(a);
  const hb = holdersOf(b);
  return ha.size > 0 && hb.size > 0 && sharesParty(ha, hb);
}

/**
 * The parties both sides name are rivals (whose count it is differs). Not so a party that is the other side's counted
 * group ("'no more than 45' Palestinians died" reads the Palestinians as a party; "killed more than 500 Palestinians"
 * counts them), nor parties that are only countries the other side names as the count's place while its own parties
 * name no country ("the 19,500-strong UK workforce" and "Carillion's 18,000 people in the UK").
 */
function rivalParties(a: Scopes, b: Scopes): boolean {
  const pa = partiesBesideGroup(a, b);
  const pb = partiesBesideGroup(b, a);
  if (!pa.size || !pb.size || sharesParty(pa, pb)) return false;
  if (countryBesideUnplaced(pa, a, b) || countryBesideUnplaced(pb, b, a)) return false;
  return !(countriesPlacedBy(pa, b) || countriesPlacedBy(pb, a));
}

/**
 * A side whose only parties are countries called by name, placed nowhere else ("Congo's health minister said more than
 * 70 died"), against a side that names no place at all, whose parties are bodies and people ("the ministry of public
 * health", "a Harvard economist", "Airfinity"): the country is where the other's count may well be, not its rival
 * (round 25). A demonym ("658 Egyptians") names whose people are counted, and stays a party; so does a placed side.
 */
function countryBesideUnplaced(parties: Set<string>, s: Scopes, other: Scopes): boolean {
  if (s.where.size || other.places.size || !parties.size) return false;
  for (const id of parties) if (!s.countriesByName?.has(id)) return false;
  return true;
}

/** A side's parties, less those the other side counts (its groups, a nationality as its country). */
function partiesBesideGroup(s: Scopes, other: Scopes): Set<string> {
  if (!other.group.size) return s.who;
  const counted = new Set([...other.group].map(partyId));
  return new Set([...s.who].filter(id => !counted.has(id)));
}

/** Every party is a country the other side places its count in, and the other side's parties name no country. */
function countriesPlacedBy(parties: Set<string>, other: Scopes): boolean {
  for (const id of parties) if (!id.startsWith('country:') || !other.where.has(id)) return false;
  for (const id of other.who) if (id.startsWith('country:')) return false;
  return true;
}

/** Shares that are only meaningful of a named group: a strike rate of teachers is no rival of one of civil servants. */
const GROUP_SHARES = new Set(['strike_rate']);

export function hasUnnamed(places: Set<string>): boolean {
  for (const p of places) if (p.startsWith(UNNAMED_PREFIX)) return true;
  return false;
}

/**
 * The places the words name beside an unnamed area ("in Kerala ... in one more district" -> Kerala), none when there
 * are none or the area is "elsewhere" (the named places and more: wholeOverPart reads it).
 */
function namedBeside(places: Set<string>): Set<string> {
  if (places.has(ELSEWHERE_ID)) return new Set();
  return new Set([...places].filter(p => !p.startsWith(UNNAMED_PREFIX)));
}

/** A side's places less its unnamed areas when it names a place beside them (namedBeside); else as they are. */
function withoutUnnamed(places: Set<string>): Set<string> {
  if (!hasUnnamed(places)) return places;
  const named = namedBeside(places);
  return named.size ? named : places;
}

/**
 * The places are areas below a country named by a name the gazetteer does not know (`unnamed:region=eastern`), and
 * nothing else. An area named only by its kind ("in one province") is left out: the other report may place the same
 * province's figure at its country when the gazetteer does not know that province's name either.
 */
function subnationalOnly(places: Set<string>): boolean {
  for (const p of places) if (!p.startsWith(UNNAMED_PREFIX) || !p.includes(NAMED_MARK)) return false;
  return places.size > 0;
}

/**
 * Scopes are compatible when, for places and parties, they overlap or one side names none; the counted group
 * ("North Korean soldiers", "the 3rd Battalion") must be the same on both sides. Distances need the same places.
 */
export function scopeCompatible(a: Scopes, b: Scopes, event: string): boolean {
  return scopeObstacle(a, b, event) === null;
}

/**
 * A distance's two ends are the same on both sides: "Kessa, 90 miles south of Varnia's capital, Dorvik" names Varnia only
 * as where Dorvik is, so each side's places less those holding another of them (narrowest) are compared (round 34).
 * Round 41 (place41): one named end on both sides ("the epicentre was 70 km south of Dorvik" against "the quake struck
 * 90 km south of Dorvik") is the same pair of ends, the unnamed one being the event's site on both; two named towns from
 * one city still differ ({Kessa, Dorvik} against {Lorvik, Dorvik}).
 * Round 44 (place44): two or more named ends on both sides, one side's all among the other's, are the same ends: "Kessa
 * and the nearby port of Lorvik, 125 miles from Dorvik" covers "Kessa, 175 miles from Dorvik". One named end still needs
 * the same one: the unnamed site's distance from Dorvik is no rival of Kessa's.
 */
function sameEnds(a: Set<string>, b: Set<string>): boolean {
  const na = narrowest(a);
  const nb = narrowest(b);
  if (na.size < 1 || nb.size < 1) return false;
  if (na.size === 1 || nb.size === 1) return sameSet(na, nb);
  return subsetOf(na, nb) || subsetOf(nb, na);
}

/** Every member of a is in b. */
function subsetOf(a: Set<string>, b: Set<string>): boolean {
  return [...a].every(x => b.has(x));
}

/** The part of the frame that keeps two scopes apart (what is counted, whose, where), or null when they fit. */
export type ScopeObstacle = 'thing' | 'holder' | 'place';

/**
 * scopeCompatible with its reason: the first part of the frame, in the order thing, holder, place, that keeps the scopes
 * apart (every test must pass, so the order changes only which reason is named).
 */
export function scopeObstacle(a: Scopes, b: Scopes, event: string, groupsNested = false, hosted = false, unit = ''): ScopeObstacle | null {
  if (event === 'distance') return sameEnds(a.where, b.where) ? null : 'place';
  if (a.shares.size && b.shares.size && !intersects(a.shares, b.shares)) return 'thing';
  if (a.roles.size && b.roles.size && !intersects(a.roles, b.roles)) return 'thing';
  // Women's jobless rate is no rival of the headline rate nor of men's: a rate's population is never a part of another's.
  if (a.population !== b.population) return 'thing';
  if (GROUP_SHARES.has(baseEvent(event)) && !(a.shares.size && b.shares.size)) return 'thing';
  if ((a.group.size || b.group.size) && !intersects(a.group, b.group) && !(groupsNested && nestedGroup(a, b))) return 'thing';
  // "310 Freedonians who did not take part" and "400 Freedonians who were fighters": one nation's people, two kinds
  // of them (round 31, dev25fa).
  if (kindsApart(a.group, b.group)) return 'thing';
  if (HELD.has(baseEvent(event)) && !sameHolder(a, b)) return 'holder';
  // A held count's frame holder already says whose it is; the other names of its sentence are its rivals.
  const held = !!a.holder && !!b.holder;
  // A crowd is the gathering's, whoever counts it: the police and the organizers named beside their figures are voices.
  const counted = COUNTED_BY_OTHERS.has(baseEvent(event));
  if (!held && !counted && rivalParties(a, b)) return 'holder';
  // An area the words leave unnamed ("in one province") may be any named place, never a figure with no place (which may
  // be the whole), nor another unnamed area (which may be another one).
  const ua = hasUnnamed(a.places);
  const ub = hasUnnamed(b.places);
  if (ua || ub) {
    if (ua === ub || !(ua ? b : a).places.size) return 'place';
    // "The Northern region recorded inflation of 61%" against Varnia's 48.3%: an area below a country is a part of it,
    // never the country itself, and a part's rate, share or level is no rival of the whole's (round 22). A count that
    // adds up over time still pairs: a part larger than its whole.
    // Round 27: against any named place, not only a country ("61% in the Northern region" vs "32.4% in the capital"): another
    // area, its whole or its part, and a rate or level of one is never a rival of another's.
    if (!GROWTH.has(baseEvent(event)) && subnationalOnly(ua ? a.places : b.places)) return 'place';
    // The named places beside the unnamed area still place the figure (round 27): "11 dead in Kerala, and one more
    // district reports cases" is Kerala's toll, which holds Kozhikode's two and is no rival of Tibet's 25.
    const side = ua ? a : b;
    return scopeObstacle({ ...side, places: namedBeside(side.places) }, ua ? b : a, event, groupsNested, hosted, unit);
  }
  // The world's count ("15 million deaths worldwide") holds every country's: it is a rival of the world's count only.
  if (a.where.has(WORLD) !== b.where.has(WORLD)) return 'place';
  // Countries named as parties still place the claim: "Portugal's turnout" is not Lisbon's; a place and one inside it
  // are a whole and its part (places.ts).
  const pa = placesBeside(a, b, unit);
  const pb = placesBeside(b, a, unit);
  // With `hosted` (the pairing's part and whole, claimIndex.ts), a place the data does not place is inside its report's
  // country (places.ts, hostedIn); running totals and ranges leave such a pair apart.
  if (pa.size && pb.size && !intersects(pa, pb) && !partSide(pa, pb, null, null, hosted ? a.hosts : null, hosted ? b.hosts : null)) return 'place';
  return null;
}

/**
 * A side's places for the pair, less a country it names only as a party whose people the other side counts (round 26):
 * "China admitted four soldiers died" and "45 Chinese soldiers were killed in Galwan" count one army's dead; China is
 * whose soldiers they are, as the demonym is on the other side (partiesBesideGroup), not where they fell.
 */
export function placesBeside(s: Scopes, other: Scopes, unit = ''): Set<string> {
  const places = withoutUnnamed(s.places);
  if (unit && !isRate(unit) && !isMoney(unit) && namedOnlyAbove(places, s, other)) return new Set();
  if (!other.group.size) return places;
  let out: Set<string> | null = null;
  for (const id of places) {
    if (id.startsWith('country:') && s.who.has(id) && !s.where.has(id) && other.group.has(id)) (out ??= new Set(places)).delete(id);
  }
  return out ?? places;
}

/**
 * Round 44 (wholeplace44): a side placed only by countries it names as parties (a voice's or a body's name, a demonym
 * before a person or a force: "the Varnian army said 40 died", "Varnia's statistics office put output at $48bn") against
 * a side whose own words place its figure in a town of one of them ("40 died in Kessa"). The country says whose voice or
 * body it is, not where the figure happened: it is no whole holding the town, and the town's figure is its rival. A
 * country the words place the figure in ("40 died across Varnia") stays the whole.
 */
export function namedOnlyAbove(places: Set<string>, s: Scopes, other: Scopes): boolean {
  if (!places.size || s.where.size || !other.where.size) return false;
  const towns = narrowest(other.where);
  for (const id of places) if (!id.startsWith('country:') || !s.who.has(id) || s.countriesByName?.has(id)) return false;
  for (const t of towns) {
    let held = false;
    for (const c of places) if (within(t, c) || (other.hosts?.has(c) && hostedPlace(t, other.hosts))) { held = true; break; }
    if (!held) return false;
  }
  return true;
}

/**
 * Which side counts a kind of what the other counts as a whole: 'a' when only a names a counted group ("12 children
 * killed", "52 Palestinians killed", "the 3rd Battalion lost 40 soldiers") and b counts everyone ("40 people killed").
 * A part and its whole, never one count: the check pairs them only to find a part larger than the whole (places.ts).
 */
export function groupSide(a: Scopes, b: Scopes): 'a' | 'b' | null {
  const side = groupOnOneSide(a, b);
  if (side || !intersects(a.group, b.group)) return side;
  // Both name whose people ("900 Freedonians", "120 Freedonian policemen"), one a kind of them too: that side is a
  // part (round 31, dev25fa).
  const ka = hasKind(a.group);
  return ka !== hasKind(b.group) ? (ka ? 'a' : 'b') : null;
}

/** The side that alone names a counted group, or null. */
function groupOnOneSide(a: Scopes, b: Scopes): 'a' | 'b' | null {
  if (a.group.size && !b.group.size) return 'a';
  if (b.group.size && !a.group.size) return 'b';
  return null;
}

/** Both groups name a kind of person, and no kind is the same. */
function kindsApart(a: Set<string>, b: Set<string>): boolean {
  if (!hasKind(a) || !hasKind(b)) return false;
  for (const id of a) if (isSubgroupId(id) && b.has(id)) return false;
  return true;
}

/** A counted group names a kind of person ("kind:policeman"), not only whose people they are. */
function hasKind(group: Set<string>): boolean {
  for (const id of group) if (isSubgroupId(id)) return true;
  return false;
}

/** A country's or a nationality's id (whose people a count is of). */
const NATION_ID = /^(?:country|nationality):/;

/** The countries of a side's nations among the ids given, as the check compares parties (partyId). */
function nationsOf(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) if (NATION_ID.test(id)) out.add(partyId(id));
  return out;
}

/**
 * groupSide, unless the whole is another nation's (round 30): "another 140 Varnian nationals injured" is no part of
 * "some 30 injured" whose party is Dorvik — each side's own wounded. A whole placed in a country but held by none
 * ("three Britons among 50 dead in Egypt") still holds the group.
 */
function nestedGroup(a: Scopes, b: Scopes): boolean {
  const side = groupOnOneSide(a, b);
  if (!side) return false;
  const [part, whole] = side === 'a' ? [a, b] : [b, a];
  const partNations = nationsOf(part.group);
  const wholeNations = nationsOf(whole.who);
  // The whole's nation named among the part's parties too ("Israeli airstrikes killed 100 Palestinians" against "an
  // Israeli strike ... toll has risen to 80") is whose strike it was on both sides, not whose dead the whole counts.
  return !partNations.size || !wholeNations.size || intersects(partNations, wholeNations)
    || intersects(nationsOf(part.who), wholeNations);
}

/**
 * Two parts of one kind in one report ("more than 110 killed, half of whom children" and "25 children" killed): an
 * unplaced one is of the place its report is about, as a crowd's count is (round 20), never a wider area's total.
 */
export function kindPartsOfOneReport(a: Claim, b: Claim): boolean {
  if (a.path !== b.path || !a.measure.event.endsWith('+part') || !b.measure.event.endsWith('+part')) return false;
  return a.scope.some(id => id.startsWith('kind:') && b.scope.includes(id));
}

/** The country of a country or of a place the gazetteer knows ("place:ningxia" -> "country:china"). */
function stateOf(id: string): string | undefined {
  return areaOf(id)?.country;
}

/**
 * The country a figure's voice speaks for, when the voice is a state or a place ("Australia reported", "the Kyrgyz health
 * ministry said", "Hong Kong said"): a nationality or a demonym's body as its country, a place as its country.
 * Undefined for any other voice (a person, an outlet, a ministry named by no state).
 */
function voiceState(c: Claim): string | undefined {
  const id = c.source?.id;
  if (!id) return undefined;
  const party = partyId(id);
  if (party.startsWith('country:')) return party;
  // "The Kyrgyz health ministry": the recognizer names the body by its demonym alone (organization:kyrgyz).
  if (id.startsWith('organization:')) return COUNTRY_OF_NATIONALITY.get(`nationality:${id.slice('organization:'.length)}`);
  return id.startsWith('place:') ? stateOf(id) : undefined;
}

/**
 * A figure that names no place nor party, given by a state as its voice counting its own side ("the Kyrgyz ministry
 * said the toll on its side had risen to 46", "Australia reported its first three cases", detail.ownSide), is that
 * state's count: no rival of a figure placed only in other countries ("35 citizens of Tajikistan", "eight in Ningxia"),
 * nor of another state's own count given the same way (round 26). Without the possessive the voice infers nothing:
 * "India reported that 70 terrorists were killed" counts the dead of India's strikes abroad, a rival of Pakistan's count.
 * A crowd is the gathering's, whoever counts it (COUNTED_BY_OTHERS).
 */
export function voicedElsewhere(a: Claim, sa: Scopes, b: Claim, sb: Scopes): boolean {
  if (COUNTED_BY_OTHERS.has(baseEvent(a.measure.event))) return false;
  const own = (c: Claim, s: Scopes) => s.places.size === 0 && s.who.size === 0 && !!detailOf(c)?.ownSide ? voiceState(c) : undefined;
  for (const [u, su, o, so] of [[a, sa, b, sb], [b, sb, a, sa]] as const) {
    const voice = own(u, su);
    if (!voice) continue;
    const other = so.places.size ? null : own(o, so);
    if (other) return other !== voice;
    if (!so.places.size || hasUnnamed(so.places)) continue;
    let apart = true;
    for (const p of so.places) {
      const state = stateOf(p);
      if (!state || state === voice) apart = false;
    }
    if (apart) return true;
  }
  return false;
}

/**
 * Round 44 (conflict44): two sides' soldiers, no part of one another: a state's count of soldiers naming no nation
 * (ownTroops) against soldiers of another nation named ("200 Varnian soldiers"), or against another state's own count.
 * The part/whole reading (a nation's soldiers inside an unowned count) paired the two sides' losses of one clash.
 */
export function troopsOfTwoSides(a: Claim, sa: Scopes, b: Claim, sb: Scopes): boolean {
  if (a.measure.unit !== 'soldier' || b.measure.unit !== 'soldier') return false;
  for (const [u, su, o, so] of [[a, sa, b, sb], [b, sb, a, sa]] as const) {
    const voice = ownTroops(u, su);
    if (!voice) continue;
    if (otherNationsTroops(so, voice)) return true;
    const other = ownTroops(o, so);
    if (other) return other !== voice;
  }
  return false;
}

/**
 * Round 44 (conflict44): soldiers a state counts naming no nation of theirs ("Dorvik's defence ministry said 79 soldiers
 * were killed", "in Dorsk, the authorities announced ...") are its own: a side names the enemy's dead by their nation
 * ("200 Varnian soldiers"). Placed, the figure must lie only in the voice's state (the capital it spoke from).
 */
function ownTroops(c: Claim, s: Scopes): string | undefined {
  if (s.who.size || nationsOf(s.group).size) return undefined;
  const voice = voiceState(c) ?? stateBodyVoice(c.source?.name);
  if (!voice) return undefined;
  for (const p of s.places) if (stateOf(p) !== voice) return undefined;
  return voice;
}

/** Nouns of a state's organs in a voice's name ("the Dorvik authorities", "defence ministry (Dorvik)"). */
const STATE_ORGANS = new Set(['authorities', 'ministry', 'government', 'army', 'military', 'forces', 'command', 'council',
  'president', 'presidency', 'cabinet']);
/** Words of a voice's name: letters and inner hyphens. */
const NAME_WORD = /[A-Za-z][A-Za-z-]*/g;

/**
 * The country whose organ a voice named in text is ("Azerbaijani authorities", "defence ministry (Azerbaijan)"): a
 * country's name or demonym among its words, one of STATE_ORGANS among them too. Undefined otherwise.
 */
function stateBodyVoice(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const words = name.match(NAME_WORD) ?? [];
  if (!words.some(w => STATE_ORGANS.has(w.toLowerCase()))) return undefined;
  let found: string | undefined;
  for (const w of words) {
    const country = COUNTRY_OF.get(w.toLowerCase());
    const id = country === undefined ? undefined : COUNTRY_NAMES.get(country)?.id;
    if (id === undefined) continue;
    if (found !== undefined && found !== id) return undefined;
    found = id;
  }
  return found;
}

/** The other side counts soldiers of a nation named ("200 Varnian soldiers") and none is the voice's own state's. */
function otherNationsTroops(so: Scopes, voice: string): boolean {
  const nations = nationsOf(so.group);
  return nations.size > 0 && !nations.has(voice);
}

/** Units that are rates or shares, not counts: percentages and anything per something. */
export function isRate(unit: string): boolean {
  return unit === 'percent' || unit === 'percentage point' || unit.includes('/');
}

/** Units whose figure over a stated window is of that window only: rates and shares, and sums of money (a half-year's
 * deficit, a quarter's revenue), which a report never rounds to a longer or shorter period. */
function windowed(unit: string): boolean {
  return isRate(unit) || isMoney(unit);
}

/** The place of a count over the whole world (frame.ts, isWorldwide). */
const WORLD = 'place:world';

/** How many times larger than a placed figure an unplaced one must be to read as the wider total. */
export const WHOLE_FACTOR = 2;

/** A figure placed "elsewhere" beside named places (`unnamed:elsewhere`): the ones named and more. */
const ELSEWHERE_ID = `${UNNAMED_PREFIX}elsewhere`;

/**
 * w counts the places it names and any other ("in Osh and elsewhere"): a whole over p's named places, whether w names
 * them (Osh's own count) or not (Jalalabad's count, one of the elsewhere). The reports' settings already agree.
 */
function holdsPlacesAndMore(w: Scopes, p: Scopes): boolean {
  return w.places.has(ELSEWHERE_ID) && w.places.size > 1 && p.places.size > 0 && !hasUnnamed(p.places);
}

/**
 * A figure that names no place, larger than one that names a place, is the total over a wider area: said so ("at least
 * 30 across the islands" vs "19 on Antigua"), or several times larger ("1.3 million demonstrators" vs "7,200 in Lorvik").
 * Not a rival count. The converse (the part larger than the whole) still pairs.
 */
export function wholeOverPart(a: Claim, sa: Scopes, b: Claim, sb: Scopes): boolean {
  // A rate or a share is no count that grows with its area: 2.1% nationwide holds no 1.0% in the capital.
  if (isRate(a.measure.unit)) return false;
  // "1,800 injured in Osh and in violence elsewhere" holds Osh's 1,333: the named places and more (round 22).
  const beyond = holdsPlacesAndMore(sa, sb) ? [a, b] : holdsPlacesAndMore(sb, sa) ? [b, a] : null;
  if (beyond) return beyond[0].low !== null && beyond[1].high !== null && beyond[0].low >= beyond[1].high;
  // A side placed only by a demonym's country above the other's town (namedOnlyAbove) is unplaced here too.
  const na = namedOnlyAbove(sa.places, sa, sb) ? 0 : sa.places.size;
  const nb = namedOnlyAbove(sb.places, sb, sa) ? 0 : sb.places.size;
  const [whole, part] = na === 0 && nb > 0 ? [a, b] : nb === 0 && na > 0 ? [b, a] : [null, null];
  if (!whole || !part || whole.low === null || part.high === null) return false;
  const d = detailOf(whole);
  // "the true death toll is more than 500" disputes the count it is set against; it names no wider area.
  if (d?.trueCount && !d.whole) return false;
  // A part of a breakdown by place ("90 in one town and 25 in another") is smaller than the total of its places.
  return whole.low > (d?.whole || detailOf(part)?.byPlace ? 1 : WHOLE_FACTOR) * part.high;
}


export interface Span {
  from: number;
  to: number;
}

/** Days before an as-of date (publication, statement) that a figure dated only by it may speak of. */
const AS_OF_DAYS = 3;

/** The figure is dated only by when it was published or said: it holds as of then, of the days just before too. */
function asOf(d: ClaimDetail | undefined): boolean {
  return d?.timeBasis === 'published' || d?.timeBasis === 'statement';
}

/** The days a claim speaks of; a claim dated only by publication or by its statement may speak of the days just before. */
export function spanOf(c: Claim): Span | null {
  let s = SPANS.get(c);
  if (s === undefined) SPANS.set(c, (s = workOutSpan(c)));
  return s;
}

/** Each claim's span, worked out once (claims are not changed once made; the check asks per pair). Read-only. */
const SPANS = new WeakMap<Claim, Span | null>();

function workOutSpan(c: Claim): Span | null {
  if (!c.time.from || !c.time.to) return null;
  const from = dayNumber(c.time.from);
  const to = dayNumber(c.time.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  return asOf(detailOf(c)) ? { from: from - AS_OF_DAYS, to } : { from, to };
}

function spanLevel(s: Span): string {
  const len = s.to - s.from + 1;
  if (len <= 4) return 'day';
  if (len <= 10) return 'week';
  if (len <= 45) return 'month';
  if (len <= 400) return 'year';
  return 'decade';
}

/** Does a known span fit an unresolved date ("Sunday", "November", "January 5")? */
function fitsUnresolved(norm: string, s: Span, published: boolean): boolean {
  if (!published && levelOf(norm) !== spanLevel(s)) return false;
  if (norm.startsWith('month:')) return published ? true : ymdOf(s.to).m === Number(norm.slice(6));
  if (norm.startsWith('date:')) {
    const [m, d] = norm.slice(5).split('-').map(Number);
    for (let day = s.from; day <= s.to; day++) {
      const x = ymdOf(day);
      if (x.m === m && x.d === d) return true;
    }
    return false;
  }
  if (norm.startsWith('weekday:')) {
    const weekday = WEEKDAYS.get(norm.slice(8));
    for (let day = s.from; day <= s.to && day < s.from + 7; day++) {
      if (weekdayOf(day) === weekday) return true;
    }
    return false;
  }
  return true;
}

export type TimeFit = 'same' | 'uncertain' | 'different';

/** Days two stated windows of a rate may differ by at either end and still be one window ("2018" and "Jan-Dec 2018"). */
const WINDOW_SLACK = 15;
/** The longest window, in days, a rate is read over exactly (a year and a month). */
const MAX_WINDOW = 400;
const stated = (d: ClaimDetail | undefined) => d?.timeBasis === 'explicit';

/**
 * Whether two claims speak of the same time. Resolved spans must overlap and be of similar length (a week's gains are
 * not a year's). Unresolved dates match only what they could be. A claim with no time at all is 'uncertain'.
 */
export function timeFit(a: Claim, b: Claim, da: ClaimDetail | undefined, db: ClaimDetail | undefined,
  sa: Span | null = spanOf(a), sb: Span | null = spanOf(b)): TimeFit {
  const ua = da?.timeBasis === 'unresolved' ? da.timeText : null;
  const ub = db?.timeBasis === 'unresolved' ? db.timeText : null;
  if (sa && sb) {
    const vote = voteFit(da, db, sa, sb);
    if (vote) return vote;
    if (yearOfVote(da, db, sa, sb)) return 'uncertain';
    if (populationNear(a, b, da, db, sa, sb)) return 'same';
    // Dated only by publication (or only by the statement) on different days: each counts as of its own day (tolls,
    // totals grow).
    if (da?.timeBasis === db?.timeBasis && asOf(da) && sa.to !== sb.to) return occasionNear(a, da, db, sa, sb) ? 'uncertain' : 'different';
    if (toldOfEventDay(da, db, sa, sb) || toldOfEventDay(db, da, sb, sa)) return 'uncertain';
    if (sa.from > sb.to || sb.from > sa.to) return occasionNear(a, da, db, sa, sb) ? 'uncertain' : 'different';
    if (grewSince(a, b, da, db, sa, sb)) return 'different';
    if (eventMonthHoldsDay(da, db, sa, sb)) return 'uncertain';
    const la = sa.to - sa.from + 1;
    const lb = sb.to - sb.from + 1;
    if (closingMonth(a, da, db, sa, sb, la, lb)) return 'same';
    if (Math.max(la, lb) > 4 && Math.max(la, lb) > 3 * Math.min(la, lb)) return 'different';
    // Two stated periods of up to a year that differ are two times when a figure is a total over its period (round 26):
    // a total from one start to two ends ("the first half" vs "January to July") sums different spans, and a rate or a
    // sum of money over a window (a year's inflation, a half-year's deficit) is of that window, whichever end differs.
    // Only up to a year: an average over several years is written loosely ("2011 to 2017" for fiscal 2011-12 to 2016-17).
    if (stated(da) && stated(db) && Math.min(la, lb) > WINDOW_SLACK && Math.max(la, lb) <= MAX_WINDOW) {
      const startsApart = Math.abs(sa.from - sb.from) > WINDOW_SLACK;
      const endsApart = Math.abs(sa.to - sb.to) > WINDOW_SLACK;
      if (windowed(a.measure.unit) ? startsApart || endsApart : endsApart && !startsApart) return 'different';
    }
    if (shortWindowsApart(da, db, la, lb)) return 'different';
    if (runningToOtherDays(a, da, db, sa, sb)) return 'different';
    // "killed on Tuesday" and "N killed, a document seen on Thursday says": the statement may count the same dead, or
    // more since; which, the words do not say.
    if (da?.timeBasis === 'statement' && db?.timeBasis !== 'statement' && sa.to > sb.to) return 'uncertain';
    if (db?.timeBasis === 'statement' && da?.timeBasis !== 'statement' && sb.to > sa.to) return 'uncertain';
    return 'same';
  }
  if (ua && ub) {
    if (levelOf(ua) !== levelOf(ub)) return 'different';
    if (ua === ub) return 'same';
    const kindA = ua.slice(0, ua.indexOf(':'));
    const kindB = ub.slice(0, ub.indexOf(':'));
    // In one report, two different names are two different times; across reports "Sunday" may be "January 5".
    if (a.path === b.path || kindA === kindB) return 'different';
    return 'same';
  }
  if ((ua && sb) || (ub && sa)) {
    const norm = (ua ?? ub)!;
    const span = (sa ?? sb)!;
    // A figure dated only as of a day (its publication or statement) may speak of whatever the unresolved date names.
    const pub = asOf(ua ? db : da);
    return fitsUnresolved(norm, span, pub) ? 'uncertain' : 'different';
  }
  return 'uncertain';
}

/** Most days a report dated only by its publication may follow an event's day and its past-told figure count that day. */
const PAST_TOLD_DAYS = 1;

/**
 * "112 workers were killed in the blaze on Saturday" and, in a report published on Sunday with no date of its own for
 * the figure, "rescuers retrieved 124 bodies": told in the past, the later report's figure may count the same day's
 * dead (round 43, time43); told in the present or the present perfect ("the toll stands at", "have died") it holds
 * as of its report and stays a later count. Which, the words do not say: 'uncertain'.
 */
function toldOfEventDay(dp: ClaimDetail | undefined, de: ClaimDetail | undefined, sp: Span, se: Span): boolean {
  return dp?.timeBasis === 'published' && !!dp.toldPast && de?.timeBasis === 'explicit'
    && se.to - se.from < ONE_DAY_SPAN && sp.from > se.to && sp.from - se.to <= PAST_TOLD_DAYS;
}

/**
 * "140 were killed in the border clash in April" and "60 were killed on April 12": the month names when the one event
 * fell, so a figure dated by one day inside it may count the same event (round 41, time41); which day, the words do not
 * say. A month that is a window ("140 deaths in April") carries no mark and stays a period holding the day.
 */
function eventMonthHoldsDay(da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): boolean {
  // The day must be the figure's own words' ("killed on June 15"): a report's or a paragraph's day may be a count as of
  // then, months before a later final count the month dates by its event.
  const holds = (dm: ClaimDetail | undefined, m: Span, dd: ClaimDetail | undefined, day: Span) => !!dm?.eventMonth
    && dd?.timeBasis === 'explicit' && day.to - day.from < ONE_DAY_SPAN && day.from >= m.from && day.to <= m.to;
  return holds(da, sa, db, sb) || holds(db, sb, da, sa);
}

/** Days apart two undated population figures may be and still count the same people. */
const POPULATION_DAYS = 31;

/**
 * "the town of 52,000 inhabitants" and, two days later, "Dorvik, which has a population of 50,000": a population is a
 * stock that does not change in days, so two figures no words of their own date (read under their report's or
 * paragraph's day) within a month of each other are of one time (round 30).
 */
function populationNear(a: Claim, b: Claim, da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): boolean {
  // Round 31: a day its sentence names ("looting spread yesterday through Dorvik, a town of 85,000") dates the sentence's
  // events, not the town's size; a stated longer span (a census year) still dates the figure.
  const undated = (d: ClaimDetail | undefined, s: Span) => !stated(d) || s.to - s.from < ONE_DAY_SPAN;
  return baseEvent(a.measure.event) === 'population' && baseEvent(b.measure.event) === 'population'
    && undated(da, sa) && undated(db, sb) && Math.abs(sa.to - sb.to) <= POPULATION_DAYS;
}

/** Days a stated window must cover at least to be read as a window of its own ("in the past three days"). */
const SHORT_WINDOW_MIN = 3;

/**
 * Two short windows stated in the figures' own words ("180 bodies in the last four days", "160 in the past three days"),
 * each of a few days up to WINDOW_SLACK and of different lengths, count over two spans: a total over four days is no
 * rival of one over three (round 27). Longer windows are left to the rule above; a day or two may be one day's count.
 */
function shortWindowsApart(da: ClaimDetail | undefined, db: ClaimDetail | undefined, la: number, lb: number): boolean {
  return stated(da) && stated(db) && la !== lb && Math.min(la, lb) >= SHORT_WINDOW_MIN && Math.max(la, lb) <= WINDOW_SLACK;
}

/** Days a one-day count may cover at most and still be one day's ("on May 2-3"). */
const ONE_DAY_SPAN = 4;

/**
 * A toll stated as of a day (its report's publication or its statement: the running total of its event so far) against
 * a count its own words date to an earlier day, and higher than it: "killed 12 on Tuesday" and, in Friday's report, "the
 * toll has risen to 40". The as-of figure may speak of the days just before it (AS_OF_DAYS), but a toll does not fall,
 * so the higher count is the later one: a toll that grew, not a rival of that day's count. Only a day its own sentence
 * names: a day the paragraph or the lede lends (basis `context`) is often the event's, not the count's ("nearly 7,000
 * injured", read under the quake's day, is the UN's count of a later day), unless the later toll names its own day of
 * saying (dayOfCount). A later count below the earlier one is left
 * to the same-time comparison and to order.ts ("later and lower").
 */
function grewSince(a: Claim, b: Claim, da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): boolean {
  const growth = GROWTH.get(baseEvent(a.measure.event));
  if (!growth) return false;
  // A running count of cases since a start holds a few days' cases as a toll holds a day's dead (round 29).
  if (heldSince(a, da, sa, b, db, sb) || heldSince(b, db, sb, a, da, sa)) return true;
  if (growth !== 'toll') return false;
  const grew = (later: Claim, dl: ClaimDetail | undefined, sl: Span, day: Claim, dd: ClaimDetail | undefined, sd: Span) =>
    asOf(dl) && dayOfCount(dl, dd) && sd.to < sl.to && sd.to - sd.from < ONE_DAY_SPAN
    && later.low !== null && day.high !== null && later.low > day.high;
  return grew(a, da, sa, b, db, sb) || grew(b, db, sb, a, da, sa);
}

/**
 * Two counts that only grow, each over a stated period from one start to a day ("from 1 August to 19 October, 1 297
 * cases" and "from 1 August to 27 October, 1 554"): two running totals as of two days, not one time, however near the
 * ends (round 30). Ends on a month's last day may be whole months written loosely; order.ts holds a later lower count.
 */
function runningToOtherDays(a: Claim, da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): boolean {
  if (!GROWTH.has(baseEvent(a.measure.event)) || !periodStated(da) || !periodStated(db)) return false;
  if (sa.from !== sb.from || sa.to === sb.to || sa.from === sa.to || sb.from === sb.to) return false;
  return !monthEnd(sa.to) && !monthEnd(sb.to);
}

/** A period dated by the figure's own words or its paragraph's ("Of these, 846 ..." under "from 1 August to 19 October"). */
const periodStated = (d: ClaimDetail | undefined) => d?.timeBasis === 'explicit' || d?.timeBasis === 'context';

/** The day number is a month's last day. */
function monthEnd(day: number): boolean {
  return ymdOf(day + 1).d === 1;
}

/**
 * A running toll since a start ("15,000 have died in the strife since 1999") against a lower toll of one day its own
 * sentence names after that start, up to the total's day ("21 were killed on Saturday"): the total counts that day's
 * dead too, so being higher is no rivalry (round 27). A day's count above the total is left to order.ts.
 */
function heldSince(total: Claim, dt: ClaimDetail | undefined, st: Span, day: Claim, dd: ClaimDetail | undefined, sd: Span): boolean {
  const start = dt?.since ? dayNumber(dt.since) : NaN;
  return asOf(dt) && dd?.timeBasis === 'explicit' && start < sd.from && sd.to <= st.to && sd.to - sd.from < ONE_DAY_SPAN
    && total.low !== null && day.high !== null && total.low > day.high;
}

/**
 * The earlier count's day is its own: named in its sentence, or lent by its paragraph when the later toll's day is the
 * day its own words say it was stated ("the toll rose to 274, officials said on Saturday" against "241 passengers" under
 * the crash's day): a toll said on a named later day is that day's running total, higher than the event day's count
 * because it grew (round 27). Not against a toll dated only by publication: that may be the event day's count restated.
 */
function dayOfCount(dl: ClaimDetail | undefined, dd: ClaimDetail | undefined): boolean {
  return dd?.timeBasis === 'explicit' || (dd?.timeBasis === 'context' && dl?.timeBasis === 'statement');
}

/** Rates stated for a month as the change over the twelve months to it (inflation in December: December on December). */
const TWELVE_MONTH_RATES = new Set(['inflation']);
/** Lengths in days of a calendar month and of a year. */
const MONTH_DAYS = [28, 31];
const YEAR_DAYS = [365, 366];

/**
 * A twelve-month rate of the month that closes a stated year ("inflation fell to 9.7% in December" and "24.1% in
 * 2014"): the rate over the twelve months to that month is the year's, so the two are of one time. A monthly rate
 * (`inflation@monthly`) is not; both must be dated in their own words or paragraph.
 */
function closingMonth(a: Claim, da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span, la: number,
  lb: number): boolean {
  if (!TWELVE_MONTH_RATES.has(a.measure.event) || sa.to !== sb.to || asOf(da) || asOf(db)) return false;
  const [month, year] = la < lb ? [la, lb] : [lb, la];
  return month >= MONTH_DAYS[0] && month <= MONTH_DAYS[1] && year >= YEAR_DAYS[0] && year <= YEAR_DAYS[1];
}

/** Counts of one occasion that do not grow once it is over: the crowd at a march, the people aboard a bus. */
const ONE_OCCASION = new Set(['crowd', 'aboard']);
/** A count of one occasion (a crowd, the people aboard): rival estimates of it may lie far apart. */
export function oneOccasion(c: Claim): boolean {
  return ONE_OCCASION.has(baseEvent(c.measure.event));
}
/** Days apart a fallback-dated count of one occasion may lie from the other's and still be of that occasion. */
const OCCASION_DAYS = 3;

/**
 * A count of one occasion ("the crowd exceeded 1 million", in a report dated by the day after the march) dated on one
 * side at least only by a fallback, days from the other: the count is of the occasion, stated or disputed later, so
 * the two may be of one time. Only may: two days of one protest have two crowds; a count at an hour is of part of a day.
 */
function occasionNear(a: Claim, da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): boolean {
  if (!ONE_OCCASION.has(baseEvent(a.measure.event))) return false;
  // "about 124,000 had been counted at midday": a count under way during a day-long occasion, not its whole.
  if (da?.hour !== undefined || db?.hour !== undefined) return false;
  if (!FALLBACK_BASES.has(da?.timeBasis ?? '') && !FALLBACK_BASES.has(db?.timeBasis ?? '')) return false;
  if (statedAfterReport(da, db, sa, sb) || statedAfterReport(db, da, sb, sa)) return false;
  const gap = Math.max(sa.from - sb.to, sb.from - sa.to);
  return gap <= OCCASION_DAYS && sa.to - sa.from <= OCCASION_DAYS && sb.to - sb.from <= OCCASION_DAYS;
}

/**
 * A count dated only by its report's publication against one its own words date after that publication (a march "on
 * March 11" against a report of March 8): the report was written before that day, so it tells of another (round 34, fa34t).
 */
function statedAfterReport(dp: ClaimDetail | undefined, ds: ClaimDetail | undefined, sp: Span, ss: Span): boolean {
  return dp?.timeBasis === 'published' && ds?.timeBasis === 'explicit' && ss.from > sp.to;
}

/**
 * Election results of "the election" in a report naming no vote day, published or stated in the RESULT_WINDOW_DAYS
 * after the vote day another report names, are of that vote ('same'); two such results of reports days apart within
 * that window may be of one vote ('uncertain'). A result dated by a day of its own words ('own') fits a vote day before
 * it in the window too ('same'). Null otherwise.
 */
function voteFit(da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): TimeFit | null {
  const va = da?.vote;
  const vb = db?.vote;
  if (!va || !vb || (va === vb && va !== 'undated') || va === 'year' || vb === 'year') return null;
  const window = RESULT_WINDOW_DAYS;
  if (va === 'undated' && vb === 'undated') return Math.abs(sa.to - sb.to) <= window ? 'uncertain' : null;
  // A day of the result's own words ("announced the results on Monday") may be its declaration's: a vote day another
  // report names before it, in the window, is the vote it reports.
  if (va !== 'day' && vb !== 'day') return null;
  const [day, undated] = va === 'day' ? [sa, sb] : [sb, sa];
  return undated.to >= day.from && undated.to - day.from <= window ? 'same' : null;
}

/**
 * A vote's result an undated report dates only by a calendar year its story names ("The 2012 parliamentary election
 * campaign ... the real turnout was around 35 per cent": `detail.vote = 'year'`) against a result of a day inside that
 * year: the year names the election, so the two may be of one vote (round 19). Only may: a year may hold two votes.
 */
function yearOfVote(da: ClaimDetail | undefined, db: ClaimDetail | undefined, sa: Span, sb: Span): boolean {
  // "61.4 percent by 5 p.m.": a count under way on polling day, not the vote's result.
  if (da?.hour !== undefined || db?.hour !== undefined) return false;
  const dayIn = (s: Span, year: Span) => s.to - s.from < ONE_DAY_SPAN && s.to >= year.from && s.to <= year.to;
  return (da?.vote === 'year' && dayIn(sb, sa)) || (db?.vote === 'year' && dayIn(sa, sb));
}

/**
 * Two results of a vote (a share, votes won, a turnout) said on the same day, one dated by that day (its publication or
 * statement) and the other only by an earlier day its paragraph or story names, within RESULT_WINDOW_DAYS: "On June 4,
 * voters chose their president ... Adler beat Brenn by 52.31%" and "Adler garnered 52.37 per cent" in two reports of
 * June 10. A result holds of its vote, not of the day that frames it, and two reports of one day tell one vote's
 * result: the two may be of one time (*possible*). Not across days of saying: an opposition's tallies of two days are
 * two counts. `saidA`, `saidB`: each claim's day of saying (check/order.ts `saidDay`).
 */
export function resultsSaidTogether(a: Claim, da: ClaimDetail | undefined, sa: Span | null, saidA: number | null,
  db: ClaimDetail | undefined, sb: Span | null, saidB: number | null): boolean {
  if (!sa || !sb || saidA === null || saidA !== saidB || !RESULT_EVENTS.has(baseEvent(a.measure.event))) return false;
  if (da?.vote === 'day' || db?.vote === 'day' || da?.hour !== undefined || db?.hour !== undefined) return false;
  const framed = (s: Span, d: ClaimDetail | undefined) => d?.timeBasis === 'context' && s.from === s.to && s.to < saidA
    && saidA - s.to <= RESULT_WINDOW_DAYS;
  return (asOf(da) && framed(sb, db)) || (asOf(db) && framed(sa, da));
}

/** Rounding a writer may have done: 60,000 may stand for anything from 55,000 to 65,000. */
function roundingSlack(value: number | null, hedge: Hedge): number {
  if (value === null || !Number.isInteger(value) || value < 100) return 0;
  let g = 1;
  while (value % (g * 10) === 0 && g < 1e12) g *= 10;
  const slack = g >= 100 ? g / 2 : 0;
  return hedge === 'exact' ? slack : Math.max(slack, Math.abs(value) * 0.1);
}

/** The power of ten a whole figure is rounded to: 60,000 -> 10,000; 5,150,000 -> 10,000; 1,774 -> 1. */
function granularity(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 1;
  let g = 1;
  while (v % (g * 10) === 0 && g < 1e12) g *= 10;
  return g;
}

/** One point figure is the other rounded to its own precision (hundreds or coarser) and close: they state one value. */
function roundsTo(a: Claim, b: Claim): boolean {
  if (a.value === null || b.value === null || !ROUNDABLE_HEDGES.has(a.hedge) || !ROUNDABLE_HEDGES.has(b.hedge)) return false;
  if (a.low !== a.high || b.low !== b.high) return false;
  const ga = granularity(a.value);
  const gb = granularity(b.value);
  if (ga === gb) return false;
  const [coarse, fine, g] = ga > gb ? [a.value, b.value, ga] : [b.value, a.value, gb];
  // Within a few percent only: 800 is not 1,000 rounded, though it rounds to it.
  return g >= 100 && Math.round(fine / g) * g === coarse && Math.abs(fine - coarse) <= ROUNDED_SHARE * Math.abs(coarse);
}

/** How far (as a share of the round figure) a precise figure may lie from it and still be that figure, rounded. */
const ROUNDED_SHARE = 0.05;

/** Floating-point slack for "half a unit": 46.35 - 46.3 is 0.05000000000000426. */
const HALF_SLACK = 1e-9;

function decimals(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

/**
 * For two point figures stated with different precision ("41.74" and "42"): how many units of the coarser
 * precision the finer figure, rounded to it, lies from the coarser one (0: the same figure, rounded). Null when
 * both are stated alike or either is not a point figure.
 */
function precisionGap(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  const da = decimals(a);
  const db = decimals(b);
  if (da === db) return null;
  const [fine, coarse, places] = da > db ? [a, b, db] : [b, a, da];
  const unit = 10 ** -places;
  // A finer figure halfway between two coarse ones rounds to either (46.35 is written 46.3 or 46.4 by rounding half even,
  // or down): within half a unit is the same figure.
  const gap = Math.abs(fine - coarse) / unit;
  return gap <= 0.5 + HALF_SLACK ? 0 : Math.round(gap);
}

/**
 * A whole percentage a point figure with decimals lies within one point above: "winning 45 per cent" against the
 * official "45.8 percent", a share cut to its whole percent as leaks and summaries write it (round 23).
 */
function truncatedShare(a: Claim, b: Claim): boolean {
  if (a.measure.unit !== 'percent' || a.hedge !== 'exact' || b.hedge !== 'exact' || a.value === null || b.value === null) return false;
  const [whole, fine] = decimals(a.value) === 0 ? [a.value, b.value] : [b.value, a.value];
  return decimals(whole) === 0 && decimals(fine) > 0 && fine > whole && fine < whole + 1;
}

export type Verdict = { relation: 'agree' }
  | { relation: 'contradict'; severity: Severity; reasons: PossibleReason[]; fit?: TimeFit };

/**
 * Whether the figures can both hold. Overlapping intervals agree. Disjoint ones are 'clear' when both are exact or tightly
 * hedged and even rounding cannot bring them together; otherwise (rounding, loose hedges, derived figures, slightly
 * different senses, uncertain time) 'possible', with the reasons why.
 */
const AGREE: Verdict = Object.freeze({ relation: 'agree' });

/** How far past a vague crowd size the other count must lie to deny it: "tens of thousands" stops short of 150,000. */
const VAGUE_CROWD_GAP = 1.5;

/**
 * A vague crowd size ("tens of thousands") against a count of the crowd in the same report well outside it ("180,000 to
 * 200,000"): the report sets two sizes of one gathering side by side. Other vague figures stay compatible (round 24: a
 * vague toll or count against any figure raised false alarms), and so do two reports' (round 45: a report's "tens of
 * thousands" met other reports' counts of other sites and days).
 */
function vagueCrowdApart(a: Claim, b: Claim): boolean {
  if (a.measure.event !== 'crowd' || b.measure.event !== 'crowd' || a.path !== b.path) return false;
  if ((a.hedge === 'vague') === (b.hedge === 'vague')) return false;
  const [v, o] = a.hedge === 'vague' ? [a, b] : [b, a];
  // "thousands" is written of any crowd from a few thousand to many; "tens of thousands" names an order of size.
  if (v.low === null || v.high === null || !isVagueOrder(v.low, v.high)) return false;
  return (o.low !== null && o.low >= v.high * VAGUE_CROWD_GAP) || (o.high !== null && o.high * VAGUE_CROWD_GAP <= v.low);
}

export function compareValues(a: Claim, b: Claim, uncertain: boolean): Verdict {
  const al = a.low ?? -Infinity;
  const ah = a.high ?? Infinity;
  const bl = b.low ?? -Infinity;
  const bh = b.high ?? Infinity;
  // Most pairs agree: decide them without allocating.
  if (al <= bh && bl <= ah) return al === bh || bl === ah ? touching(a, b, uncertain) : AGREE;
  if ((a.hedge === 'vague' || b.hedge === 'vague') && !vagueCrowdApart(a, b)) return AGREE;
  if (isEventTime(a)) return timesApart(a, b);
  // "49 percent" is "48.6%" rounded: the coarser figure states the finer one at its own precision.
  const precision = precisionGap(a.value, b.value);
  if (precision === 0 || truncatedShare(a, b)) return AGREE;
  // "4.27 million" is 4,268,351 rounded; "about 4,000" is 3,962 rounded.
  if (roundsTo(a, b)) return AGREE;
  const sa = roundingSlack(a.value, a.hedge);
  const sb = roundingSlack(b.value, b.hedge);
  const da = detailOf(a);
  const db = detailOf(b);
  const reasons: PossibleReason[] = [];
  if (al - sa <= bh + sb && bl - sb <= ah + sa) reasons.push('rounding');
  if (precision === 1) reasons.push('precision');
  if (!TIGHT_HEDGES.has(a.hedge) || !TIGHT_HEDGES.has(b.hedge)) reasons.push('hedge');
  if (a.derived || b.derived) reasons.push('derived');
  if (da?.sense && db?.sense && da.sense !== db.sense) reasons.push('sense');
  if (uncertain) reasons.push('time');
  // A crowd is counted by eye and by method (police vs organizers): its figures differ by nature, never clearly.
  if (a.measure.event === 'crowd' || b.measure.event === 'crowd') reasons.push('estimate');
  return { relation: 'contradict', severity: reasons.length ? 'possible' : 'clear', reasons };
}

/** Days apart past which two days of one event kind tell of two events (round 34, fa34t). */
const OTHER_EVENT_DAYS = 7;

/**
 * An event's days or hours that cannot overlap (claims/eventTime.ts): no rounding brings days together; clear only when
 * both are stated exactly ("on March 19", "at 5:18 a.m."), else possible ("late Friday", "shortly before midnight").
 */
function timesApart(a: Claim, b: Claim): Verdict {
  // "the Aug. 17 quake" against "Tuesday's quake" five weeks on: two events of one kind, not one event's two days.
  if (a.measure.unit === EVENT_DAY_UNIT && Math.abs((a.value ?? 0) - (b.value ?? 0)) > OTHER_EVENT_DAYS) return AGREE;
  const reasons: PossibleReason[] = a.hedge === 'exact' && b.hedge === 'exact' ? [] : ['hedge'];
  return { relation: 'contradict', severity: reasons.length ? 'possible' : 'clear', reasons };
}

/**
 * How two claims of an event's time pair, or null: hours of two different stated days are not compared (the days are,
 * as their own claims); an hour with no day is read on the other's day, the story's one event.
 */
export function eventTimeVerdict(a: Claim, b: Claim, sa: Span | null, sb: Span | null): Verdict | null {
  if (a.measure.unit === EVENT_CLOCK_UNIT && sa && sb && sa.from !== sb.from) return null;
  return compareValues(a, b, false);
}

/** Whether `low` (a floor) and `high` (a ceiling) meeting at one figure leave it out: both bounds, one of them strict. */
function strictMeet(low: Claim, high: Claim): boolean {
  return ENDS_LOW_HEDGES.has(low.hedge) && ENDS_HIGH_HEDGES.has(high.hedge)
    && (STRICT_FLOOR_HEDGES.has(low.hedge) || STRICT_CEILING_HEDGES.has(high.hedge));
}

/**
 * Intervals that only touch at one figure: "up to 7,000" against "more than 7,000", "almost one million" against "more
 * than one million". Both are bounds on the same figure and one leaves it out, so they cannot both hold; loosely, as
 * bounds are: possible. A point figure or "about" meeting a bound stays compatible ("7,000" may be 7,040 rounded).
 * Only of one time: see below.
 */
function touching(a: Claim, b: Claim, uncertain: boolean): Verdict {
  // Of times that may differ, bounds meeting at one figure are a count passing it ("nearly 800,000" then "at least").
  if (uncertain) return AGREE;
  const apart = (a.low !== null && a.low === b.high && strictMeet(a, b)) || (b.low !== null && b.low === a.high && strictMeet(b, a));
  if (!apart) return AGREE;
  const reasons: PossibleReason[] = ['hedge'];
  if (a.measure.event === 'crowd' || b.measure.event === 'crowd') reasons.push('estimate');
  return { relation: 'contradict', severity: 'possible', reasons };
}

/**
 * How far a reader takes an open bound to reach: "at least 750,000" is a count near 750,000, not any crowd above it, and
 * "up to 750 died" an estimate near 750, not any toll below it. Twice the figure (or half of it) is the most a reader
 * grants; beyond that the two voices tell different sizes.
 */
const BOUND_REACH = 2;

/** A ceiling that names someone's high estimate ("up to 750 died", "as many as 2 million"), not a limit ("at most"). */
function estimateCeiling(c: Claim): boolean {
  if (c.hedge !== 'up_to') return false;
  const figure = detailOf(c)?.figure.toLowerCase() ?? '';
  return ESTIMATE_CEILINGS.some(w => figure.startsWith(w + ' '));
}

/**
 * A named voice's floor on a crowd ("police said at least 750,000"): an estimate of one gathering's size, which does not
 * grow the way a toll does, so a reader takes it for a size near its figure. A voiceless floor (a caption's "at least
 * 350,000") is a partial count and stays open.
 */
function estimateFloor(c: Claim): boolean {
  if (c.measure.event !== 'crowd' || !FLOOR_HEDGES.has(c.hedge) || !chainOf(c).length) return false;
  // "had never exceeded 500,000": a verb of passing a mark tells a count's course, not someone's estimate of its size.
  const first = detailOf(c)?.figure.toLowerCase().split(' ', 1)[0] ?? '';
  return !EXCEEDING.has(first);
}

/**
 * The interval a reader takes a figure for: an open bound closed at BOUND_REACH, else its own; null when not a bound. A
 * crowd floor is closed only beside a figure of its own report, where the report sets two voices' sizes side by side;
 * across reports a floor is as often one city's count against a nation's (round 44 measured it: traps rose).
 */
function readBound(c: Claim, oneReport = false): [number, number] | null {
  const v = c.value;
  if (v === null || v <= 0) return null;
  if (estimateCeiling(c) && c.high === v) return [v / BOUND_REACH, v];
  if (oneReport && estimateFloor(c) && c.low === v) return [v, v * BOUND_REACH];
  return null;
}

/** A figure's interval as a reader takes it: an estimate's ceiling closed (`readBound`), else its own. */
export function readInterval(c: Claim): [number, number] {
  return readBound(c) ?? [c.low ?? -Infinity, c.high ?? Infinity];
}

/**
 * Two figures whose intervals meet only through an open bound: the police's "at least 750,000" against the organizers'
 * 2 million, the advocates' "up to 750 died" against the prosecutor's 169, "at least 122 deaths" against "at least 56".
 * Read as the sizes they name, they lie apart: a possible conflict (the bound is a hedge).
 */
export function boundsApart(a: Claim, b: Claim): boolean {
  const ra = readBound(a, a.path === b.path);
  const rb = readBound(b, a.path === b.path);
  if (!ra && !rb) return false;
  // Against another voice's own spread ("12,000 to 19,000"), or a bound, a ceiling is the top of a spread too: the two
  // may mean overlapping sizes. Only a point figure ("169 died", "about 400,000") is set against the ceiling's size.
  if ((!ra && !POINT_HEDGES.has(a.hedge)) || (!rb && !POINT_HEDGES.has(b.hedge))) return false;
  const [al, ah] = ra ?? readInterval(a);
  const [bl, bh] = rb ?? readInterval(b);
  return ah < bl || bh < al;
}

/**
 * Figures compared as a reader does: compareValues, then open bounds read as the sizes they name (`boundsApart`) and a
 * hedged figure as rounded to its own step (`hedgeStepApart`, round 34).
 */
export function compareFigures(a: Claim, b: Claim, uncertain: boolean): Verdict {
  const v = compareValues(a, b, uncertain);
  if (v.relation === 'contradict' || a.hedge === 'vague' || b.hedge === 'vague') return v;
  if (!boundsApart(a, b) && !hedgeStepApart(a, b)) return v;
  const reasons: PossibleReason[] = ['hedge'];
  if (uncertain) reasons.push('time');
  if (a.measure.event === 'crowd' || b.measure.event === 'crowd') reasons.push('estimate');
  return { relation: 'contradict', severity: 'possible', reasons };
}

/** How many times larger one crowd figure must be than another to be another gathering, not a rival count of it. */
const GATHERING_FACTOR = 100;

/**
 * "350,000 marched" and "hundreds gathered before the march": police and organizers differ by a few times at most; a
 * crowd a hundred times larger is another gathering (a side event, the main march), not the same crowd miscounted.
 */
export function otherGathering(a: Claim, b: Claim): boolean {
  if (a.measure.event !== 'crowd' || b.measure.event !== 'crowd') return false;
  const lowA = a.low ?? a.high;
  const lowB = b.low ?? b.high;
  const highA = a.high ?? a.low;
  const highB = b.high ?? b.low;
  if (!lowA || !lowB || highA === null || highB === null) return false;
  return lowA > GATHERING_FACTOR * highB || lowB > GATHERING_FACTOR * highA;
}

/** The chain of who said it, original first: source, then relays. */
export function chainOf(c: Claim): string[] {
  return c.source ? [c.source.id, ...c.via] : [...c.via];
}

/**
 * A claim's voice in its report: its source chain, else the organizations and people acting in its clause ("the Interior
 * Ministry counted 1.3 million demonstrators"), else the one its paragraph named last before it. Countries and places
 * are not voices.
 */
function voiceOf(c: Claim): string[] {
  const chain = chainOf(c);
  if (chain.length) return chain;
  const actors = c.scope.filter(id => id.startsWith('organization:') || id.startsWith('person:'));
  if (actors.length) return actors;
  // The organization or person the paragraph named before the figure.
  const voice = detailOf(c)?.voice;
  return voice ? [voice] : actors;
}

/**
 * Two claims may be one voice's: either names no source, or their source chains share one. A correction replaces only
 * its own voice's earlier figure (or an unattributed one), never another voice's rival count (round 31).
 */
export function voicesMeet(a: Claim, b: Claim): boolean {
  const ca = chainOf(a);
  const cb = chainOf(b);
  return !ca.length || !cb.length || cb.some(x => ca.includes(x));
}

/** The voice of a figure its own words call official (claims/extract.ts). */
const OFFICIAL = 'source:official-figures';

/**
 * "About a million marched. The government in Madrid, however, says only 350,000": a figure its own source states, set
 * against another ("however", "but", "only"), is a second voice beside the report's voiceless figure. A voice only
 * guessed from the clause or paragraph is not enough (parts listed after "however" are the report's own).
 */
function contrastedSource(c: Claim): boolean {
  return chainOf(c).length > 0 && detailOf(c)?.contrasted === true;
}

/** Two claims in one report only match when different voices state them. */
export function differentVoices(a: Claim, b: Claim): boolean {
  if (a.path !== b.path) return true;
  const va = voiceOf(a);
  const vb = voiceOf(b);
  // "growth was 4.5 per cent, not the official estimate of 6.9 per cent": a figure set against the official one, with no
  // voice of its own, is not the official voice's.
  if (!va.length || !vb.length) return (va[0] ?? vb[0]) === OFFICIAL || contrastedSource(va.length ? a : b);
  return !vb.some(x => va.includes(x));
}
