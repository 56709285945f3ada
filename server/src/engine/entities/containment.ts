// Which places lie inside which: a town in its first-level region and its country, a region in its country. Read from
// the gazetteer's areas (GeoNames country and admin1 codes of the populated places, see scripts/build-gazetteer.mjs) and
// the countries of the hand-kept regions (regions.ts). Only what the data says is known: a town and a region whose
// relation the data does not give are neither inside nor outside each other.
import { COUNTRY_NAMES } from './countries';
import { slug } from './fold';
import { AREA_COUNTRIES, CAPITAL_OF, placeAreas, REGION_COUNTRY, REGION_WORDS, SPANNING_PLACES } from './gazetteer';

export interface Area {
  /** country: a nation; region: a first-level region; local: a town, or the area named after one ("the Bakhmut district"). */
  level: 'country' | 'region' | 'local';
  /** The country's entity id ("country:libya"). */
  country: string;
  /** The first-level region, as "region:<ISO country>.<GeoNames admin1>", where the data gives it. */
  region?: string;
  /** A region, or a town that is a region's seat or has 100,000 people or more: it tells which country a report is about. */
  major: boolean;
}

/** Region words whose "<seat> <word>" names the first-level region of that seat ("Kharkiv Oblast", "Darnah Governorate"). */
const FIRST_LEVEL = new Set(['oblast', 'province', 'governorate', 'krai', 'state', 'prefecture']);
/** "-oblast", "-district", ...: the id endings the recognizer gives "<place> <region word>" (recognize.ts regionMatch). */
const REGION_ENDINGS = [...new Set(REGION_WORDS.values())].map(w => `-${slug(w)}`);

const countryIds = new Map<string, string>();
/** A country's entity id from its ISO code or its name. */
function countryId(codeOrName: string): string {
  let id = countryIds.get(codeOrName);
  if (id === undefined) {
    const name = AREA_COUNTRIES.get(codeOrName) ?? codeOrName;
    id = COUNTRY_NAMES.get(name)?.id ?? `country:${slug(name)}`;
    countryIds.set(codeOrName, id);
  }
  return id;
}

/**
 * The area of a town of the raw list: "LY.70*" -> local (or, with `asRegion`, the region it is the seat of). The code
 * ends in '*' for a region's seat, '+' for another major place (scripts/build-gazetteer.mjs).
 */
function fromCode(code: string, asRegion: boolean): Area | undefined {
  const last = code[code.length - 1];
  const seat = last === '*';
  const major = seat || last === '+';
  const bare = major ? code.slice(0, -1) : code;
  const dot = bare.indexOf('.');
  const country = countryId(dot < 0 ? bare : bare.slice(0, dot));
  if (dot < 0) return asRegion ? undefined : { level: 'local', country, major };
  const region = `region:${bare}`;
  return { level: asRegion && seat ? 'region' : 'local', country, region, major };
}

/** "place:kharkiv-oblast" -> the area of the region Kharkiv is the seat of; "place:bakhmut-district" -> near Bakhmut. */
function fromRegionWord(id: string): Area | undefined {
  for (const ending of REGION_ENDINGS) {
    if (!id.endsWith(ending)) continue;
    const code = placeAreas().get(id.slice(0, -ending.length));
    if (!code) return undefined;
    return fromCode(code, FIRST_LEVEL.has(ending.slice(1)));
  }
  return undefined;
}

/** A hand-kept region of `country`; with the region code of its seat when a town of its name is that seat. */
function handRegion(country: string, town: string | undefined): Area {
  const seat = town?.endsWith('*') ? fromCode(town, true) : undefined;
  return seat && seat.country === country ? seat : { level: 'region', country, major: true };
}

const areas = new Map<string, Area | null>();

/** Where a place or country lies, as far as the data tells; undefined for other ids and places it does not know. */
export function areaOf(id: string): Area | undefined {
  let a = areas.get(id);
  if (a === undefined) {
    a = null;
    if (id.startsWith('country:')) a = { level: 'country', country: id, major: true };
    else if (id.startsWith('place:')) {
      const hand = REGION_COUNTRY.get(id);
      const town = placeAreas().get(id);
      // The recognizer reads a hand-kept region's name as the region ("Ontario", "Wales", "Goa"), so a town of that
      // name (Ontario, California; Goa, Philippines) is not what the id names; a seat of the same name in the same
      // country tells the region's code (Quebec, Delhi).
      // Round 42 (place42): a hand-kept place of no one country (a world region, an ocean, a range, a river) is never the
      // raw list's town of that name ("Asia" is no Philippine town, "the Pacific" no American one): it has no area.
      if (hand) a = handRegion(countryId(hand), town);
      else if (!SPANNING_PLACES.has(id)) a = (town && fromCode(town, false)) || fromRegionWord(id) || null;
    }
    areas.set(id, a);
  }
  return a ?? undefined;
}

/** The places that hold the given one, nearest first: its region ("region:UA.07") where known, then its country's id. */
export function containedIn(id: string): string[] {
  const a = areaOf(id);
  if (!a || a.level === 'country') return [];
  return a.level === 'local' && a.region ? [a.region, a.country] : [a.country];
}

/**
 * Region words below the first level whose "<town> <word>" names the area around that town, its seat: "the Morbi
 * district", "Bakhmut raion", "Cork County". Not "state" or "province": "Washington State" does not hold Washington.
 */
const SEAT_AREA_ENDINGS = ['district', 'raion', 'county', 'municipality', 'hromada'].map(w => `-${slug(REGION_WORDS.get(w)!)}`);

/** `b` is the area named after the town `a` ("place:morbi-district" of "place:morbi"): it holds the town. */
function namedAfter(a: string, b: string): boolean {
  for (const ending of SEAT_AREA_ENDINGS) if (b.endsWith(ending) && b.length === a.length + ending.length && b.startsWith(a)) return true;
  return false;
}

/** Whether place `a` lies inside place `b` (a town in its region or country, a region in its country); never itself. */
export function within(a: string, b: string): boolean {
  if (a === b) return false;
  const A = areaOf(a);
  const B = areaOf(b);
  if (!A || !B) return false;
  // Round 26 (place26): a town and the district named after it are part and whole, not two towns.
  if (A.level === 'local' && namedAfter(a, b)) return true;
  if (B.level === 'country') return A.level !== 'country' && A.country === B.country;
  if (B.level === 'region') return A.level === 'local' && !!B.region && A.region === B.region;
  return false;
}

/**
 * A named place the data does not place (a district, island, camp or spelling the gazetteer lacks: no area), and that
 * is none of the hand-kept places of no one country (a world region, a sea, a river, a disputed region): the country
 * of the report that names it may hold it (check/places.ts, partSide), never the world.
 */
export function hostedPlace(id: string, setting: ReadonlySet<string> | null = null): boolean {
  return id.startsWith('place:') && id !== 'place:world' && !SPANNING_PLACES.has(id) && (!areaOf(id) || foreignHomonym(id, setting));
}

/**
 * Round 42 (place42): a small town the data places in another country than the one country its report is about (its
 * setting), a country the report never names. The raw list gives each name the country where most of its places lie,
 * so a town of the report's country that shares its name with a town abroad is read abroad; a reader takes it for a
 * town of the report's country. A major town (settingCountryOf) is known well enough to be what it names.
 */
export function foreignHomonym(id: string, setting: ReadonlySet<string> | null): boolean {
  if (!setting || setting.size !== 1) return false;
  const a = areaOf(id);
  return !!a && a.level === 'local' && !a.major && !setting.has(a.country);
}

/**
 * The country a report naming this place is about, as an entity id: that of a region or of a major town (a region's seat,
 * or 100,000 people or more). A small town's name is too often also a park's, a street's or a small town's abroad.
 */
export function settingCountryOf(id: string): string | undefined {
  const a = areaOf(id);
  return a && a.level !== 'country' && a.major ? a.country : undefined;
}

let capitals: Map<string, string> | null = null;

/** A country's capital city, as a place id ("country:peru" -> "place:lima"), from the capitals' table (CAPITAL_OF). */
export function capitalOfCountry(country: string): string | undefined {
  if (!capitals) {
    capitals = new Map();
    for (const [city, name] of CAPITAL_OF) {
      const id = countryId(name);
      if (!capitals.has(id)) capitals.set(id, city);
    }
  }
  return capitals.get(country);
}
