// Places: the compact GeoNames-derived list of populated places, hand-kept exonyms and transliterations, regions,
// and words that look like place names but are common words.
import data from '../../../data/places.json';
import { foldAndSlug, foldKey, slug } from './fold';
import { ADMIN_REGIONS, CAPITALS, FEATURES, REGION_ABBREVIATIONS, RIVERS, STATE_ABBREVIATIONS, WORLD_REGIONS } from './regions';
import { runSteps } from '../steps';

export interface PlaceEntry {
  id: string;
  name: string;
}

/** The characters of the two-character area indexes of places.json (see scripts/build-gazetteer.mjs). */
const AREA_DIGITS = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i)).filter(c => c !== '\\').join('');

/** Fold key -> place. Aliases first so their canonical names win over the raw list (decoded on first use: places()). */
const PLACES = new Map<string, PlaceEntry>();
/** Longest place name in words. */
let MAX_PLACE_WORDS = 1;

/** Adds the surface unless its fold key is taken; returns the place the key names (undefined for an empty key). */
function add(surface: string, entry: PlaceEntry, key = foldKey(surface)): PlaceEntry | undefined {
  if (!key) return undefined;
  const had = PLACES.get(key);
  if (had) return had;
  PLACES.set(key, entry);
  const n = key.split(' ').length;
  if (n > MAX_PLACE_WORDS) MAX_PLACE_WORDS = n;
  return entry;
}

// "Canonical=variant,variant". Canonical names follow current official romanization.
const ALIASES = `Kyiv=Kiev,Kyyiv
Kharkiv=Kharkov
Odesa=Odessa
Mykolaiv=Nikolaev,Nikolayev
Lviv=Lvov,Lwów,Lemberg
Dnipro=Dnipropetrovsk,Dnepr,Dnepropetrovsk
Zaporizhzhia=Zaporizhzhya,Zaporozhye,Zaporizhia
Kurakhove=Kurakhovo
Bakhmut=Artemivsk,Artyomovsk
Toretsk=Dzerzhinsk
Pokrovsk=Krasnoarmeysk
Vuhledar=Ugledar
Avdiivka=Avdeevka,Avdeyevka
Chasiv Yar=Chasov Yar
Kramatorsk
Sloviansk=Slavyansk
Kostiantynivka=Konstantinovka
Sievierodonetsk=Severodonetsk
Lysychansk=Lisichansk
Kherson
Mariupol
Derna=Darnah
Misrata=Misurata,Mişrātah
Sabha=Sabhā
Melitopol
Berdiansk=Berdyansk
Chernihiv=Chernigov
Sumy
Poltava
Vinnytsia=Vinnitsa
Zhytomyr=Zhitomir
Rivne=Rovno
Ternopil
Khmelnytskyi=Khmelnitsky
Ivano-Frankivsk
Uzhhorod=Uzhgorod
Chernivtsi
Kropyvnytskyi=Kirovohrad,Kirovograd
Kryvyi Rih=Krivoy Rog
Velyka Novosilka
Vovchansk=Volchansk
Kupiansk=Kupyansk
Lyman=Liman
Siversk
Horlivka=Gorlovka
Makiivka=Makeyevka
Luhansk=Lugansk
Donetsk
Sudzha
Belgorod
Bryansk
Kursk
Voronezh
Rostov-on-Don=Rostov
Sevastopol
Simferopol
Kerch
Moscow=Moskva
St Petersburg=St. Petersburg,Saint Petersburg,Petersburg
Nizhny Novgorod
Minsk
Tbilisi
Chisinau=Kishinev
Warsaw
Berlin
Munich=München
Cologne=Köln
Vienna=Wien
Prague=Praha
Brussels=Bruxelles
Geneva=Genève
Rome=Roma
Lisbon=Lisboa
Copenhagen
Athens
Beijing=Peking
Guangzhou=Canton
Mumbai=Bombay
Kolkata=Calcutta
Chennai=Madras
Yangon=Rangoon
Pyongyang
Seoul
Tehran=Teheran
Istanbul
Ankara
Jerusalem
Gaza=Gaza City
Tel Aviv
Cairo
Dhaka=Dacca
Sao Paulo=São Paulo
Rio de Janeiro=Rio
Brasilia=Brasília
Mexico City
New York=New York City,NYC
Washington=Washington D.C.,Washington DC
Los Angeles
London
Paris
Tallinn
Riga
Vilnius
Helsinki
Stockholm
Oslo`;

for (const line of ALIASES.split('\n')) {
  const [name, variants = ''] = line.split('=');
  const entry = { id: `place:${slug(name)}`, name };
  for (const v of [name, ...variants.split(',').filter(Boolean)]) add(v, entry);
}

/** Place id -> the name of the country it lies in, for the regions of regions.ts ("place:bavaria" -> "Germany"). */
export const REGION_COUNTRY = new Map<string, string>();
/**
 * The hand-kept places of no one country: world regions, seas, mountain ranges, rivers and the regions that span
 * countries or whose country is disputed (regions.ts). No report's country holds them (containment.ts, hostedPlace).
 */
export const SPANNING_PLACES = new Set<string>();

// Regions, world regions and physical features that are not populated places (regions.ts).
for (const list of [ADMIN_REGIONS, WORLD_REGIONS, FEATURES]) {
  for (const row of list.trim().split('\n')) {
    const colon = row.indexOf(': ');
    const country = colon < 0 ? null : row.slice(0, colon);
    for (const line of row.slice(colon < 0 ? 0 : colon + 2).split('|')) {
      const [name, variants = ''] = line.split('=');
      const entry = { id: `place:${slug(name)}`, name };
      for (const v of [name, ...variants.split(',').filter(Boolean)]) add(v, entry);
      if (country && !REGION_COUNTRY.has(entry.id)) REGION_COUNTRY.set(entry.id, country);
      if (!country) SPANNING_PLACES.add(entry.id);
    }
  }
}
/** A US state's abbreviation, without its closing dot ("Calif", "N.J"), -> the state (read after a town only). */
export const STATE_OF_ABBREVIATION = new Map<string, PlaceEntry>();
for (const line of STATE_ABBREVIATIONS.trim().split(/[|\n]/)) {
  const [name, variants] = line.split('=');
  for (const v of variants.split(',')) STATE_OF_ABBREVIATION.set(v, { id: `place:${slug(name)}`, name });
}
/** A region's abbreviation as news writes it in running text ("B.C", "Ont", "NSW"; regions.ts) -> the region. */
export const REGION_OF_ABBREVIATION = new Map<string, PlaceEntry>();
for (const line of REGION_ABBREVIATIONS.trim().split(/[|\n]/)) {
  const [name, variants] = line.split('=');
  const entry = PLACES.get(foldKey(name)) ?? { id: `place:${slug(name)}`, name };
  for (const v of variants.split(',')) REGION_OF_ABBREVIATION.set(v, entry);
}
// Rivers are "X River" whichever way they are written; "*" names are too common alone ("Don", "Jordan").
for (const line of RIVERS.trim().split(/[|\n]/)) {
  const ambiguous = line.startsWith('*');
  const [name, variants = ''] = (ambiguous ? line.slice(1) : line).split('=');
  const entry = { id: `place:${slug(name)}-river`, name: `${name} River` };
  SPANNING_PLACES.add(entry.id);
  for (const v of [name, ...variants.split(',').filter(Boolean)]) {
    add(`${v} River`, entry);
    add(`River ${v}`, entry);
    if (!ambiguous) add(v, entry);
  }
}
/** Fold keys of river names as written without "River" ("Surma" in "the Surma river"), for the lower-case "river" rule. */
export const RIVER_OF = new Map<string, PlaceEntry>();
for (const line of RIVERS.trim().split(/[|\n]/)) {
  const [name, variants = ''] = line.replace(/^\*/, '').split('=');
  for (const v of [name, ...variants.split(',').filter(Boolean)]) RIVER_OF.set(foldKey(v), PLACES.get(foldKey(`${v} River`))!);
}
/** Capital (fold key) -> country name. */
export const CAPITAL_OF = new Map<string, string>();
for (const pair of CAPITALS.trim().split(/[|\n]/)) {
  const [city, country] = pair.split(':');
  CAPITAL_OF.set(PLACES.get(foldKey(city))?.id ?? `place:${slug(city)}`, country);
}
// Ukrainian "-shchyna" region names are the oblasts.
PLACES.set(foldKey('Kurshchyna'), { id: 'place:kursk-oblast', name: 'Kursk Oblast' });
PLACES.set(foldKey('Kharkivshchyna'), { id: 'place:kharkiv-oblast', name: 'Kharkiv Oblast' });
PLACES.set(foldKey('Sumshchyna'), { id: 'place:sumy-oblast', name: 'Sumy Oblast' });

/** Capitalized common words, names of months/days, and words that are place names but read as something else. */
export const NOT_PLACES = new Set(`of most nice split mobile reading bath police march may june august sunday monday tuesday
wednesday thursday friday saturday january february april july september october november december deal hope independence
liberty union commerce orange buffalo phoenix aurora eagle why bar gap sale wells street ware hull ely rugby luna mercedes
trump victoria york jackson lincoln franklin clinton hamilton madison monroe lafayette florence troy
sparta carthage delta hastings ness lowell normal enterprise mission vista ocean plain plains pride paradise success
university college center centre cape harbour harbor park garden gardens bay bridge heights hills mills spring springs city
north south east west central new old great little upper lower saint san santa fort port mount lake river beach island
islands valley village town district oblast region province state county western eastern northern southern ukrainian russian
military army general president colonel government ministry advertisement comments share photo video news media market
bloomberg forbes reuters tass man young said says date issue contact source sources email phone
republic federal liberal god good none much long the poll metro hurricane homeland monument finger mid`.split(/\s+/));

/** The place each name of the raw list went to, in the list's order (undefined: a stop-listed name). */
const RAW_ENTRIES: (PlaceEntry | undefined)[] = [];

/**
 * Every place by fold key: the hand-kept lists, then the raw list (front-coded, see scripts/build-gazetteer.mjs),
 * decoded on first use: a language server answering from its cache starts without paying for it.
 */
export function places(): ReadonlyMap<string, PlaceEntry> {
  if (!rawDecoded) runSteps(placesSteps());
  return PLACES;
}

/** The longest place name, in words. */
export function maxPlaceWords(): number {
  if (!rawDecoded) runSteps(placesSteps());
  return MAX_PLACE_WORDS;
}

/** Names of the raw list decoded per step: a server readies the gazetteer between requests (45k names in all). */
const RAW_STEP = 2000;

let rawDecoded = false;
/** The raw list's names, still front-coded, and how far decoding got (shared by every caller, so steps resume). */
let rawNames: string[] | null = null;
let rawAt = 0;
let rawPrev = '';

/**
 * Decodes the raw list, stopping every RAW_STEP names. Any caller may finish what another started; places() called
 * while a step runs (from inside the decoding) sees the places decoded so far, never an endless recursion.
 */
export function* placesSteps(): Generator<void, void> {
  rawNames ??= (data as { names: string }).names.split('|');
  while (!rawDecoded && rawAt < rawNames.length) {
    const end = Math.min(rawAt + RAW_STEP, rawNames.length);
    rawDecoded = true;
    while (rawAt < end) decodeRawName(rawNames[rawAt++]);
    rawDecoded = rawAt >= rawNames.length;
    if (!rawDecoded) yield;
  }
  rawDecoded = true;
}

function decodeRawName(part: string): void {
  const name = rawPrev.slice(0, part.charCodeAt(0) - 48) + part.slice(1);
  rawPrev = name;
  if (NOT_PLACES.has(name.toLowerCase())) {
    RAW_ENTRIES.push(undefined);
    return;
  }
  const [key, id] = foldAndSlug(name);
  RAW_ENTRIES.push(add(name, { id: `place:${id}`, name }, key));
}

let areasByPlace: Map<string, string> | null = null;

/**
 * Place id -> where the place lies, as the raw list gives it: "CC" (ISO country code), "CC.admin1" (and its first-level
 * region), then '*' for the seat of that region or '+' for a city of 100,000 or more. Names the list holds in several
 * countries, none dominant, have none. An alias takes the area of the first of its names the list holds ("Derna" that of
 * "Darnah"). Decoded on first use: only the check asks.
 */
export function placeAreas(): Map<string, string> {
  if (areasByPlace) return areasByPlace;
  places();
  const raw = data as { where: string; areas: string };
  const areas = raw.areas.split('|');
  const value = new Int16Array(128);
  for (let d = 0; d < AREA_DIGITS.length; d++) value[AREA_DIGITS.charCodeAt(d)] = d;
  const digit = (at: number) => value[raw.where.charCodeAt(at)];
  const out = new Map<string, string>();
  RAW_ENTRIES.forEach((entry, i) => {
    const area = areas[digit(2 * i) * AREA_DIGITS.length + digit(2 * i + 1)];
    if (area && entry && !out.has(entry.id)) out.set(entry.id, area);
  });
  return (areasByPlace = out);
}

/** ISO country code -> English country name, for the codes of placeAreas(). */
export const AREA_COUNTRIES = new Map<string, string>(Object.entries((data as { countries: Record<string, string> }).countries));

/** Region words after a place name ("Kursk region", "Donetsk Oblast"); region and oblast name the same entity. */
export const REGION_WORDS = new Map<string, string>([
  ['region', 'Oblast'], ['oblast', 'Oblast'], ['province', 'Province'], ['governorate', 'Governorate'], ['krai', 'Krai'],
  ['district', 'District'], ['raion', 'District'], ['county', 'County'], ['state', 'State'], ['prefecture', 'Prefecture'],
  ['municipality', 'Municipality'], ['division', 'Division'], ['hromada', 'Hromada'], ['territory', 'Territory'],
]);

/** Lower-case words that introduce a settlement name ("the village of Berdin", "near Toretsk"). */
export const SETTLEMENT_WORDS = new Set(['village', 'town', 'city', 'settlement', 'hamlet', 'municipality', 'township',
  'suburb', 'outskirts', 'port', 'capital', 'province', 'region', 'district', 'island', 'islands', 'community', 'commune',
  'urban-type', 'towns', 'villages', 'cities', 'settlements', 'residents', 'inhabitants', 'mayor', 'people', 'streets',
  'centre', 'center', 'outskirts',
  // "in the hamlets of X and Y respectively": plurals of the smaller units a toll is broken down by (round 31, probe31a).
  'hamlets', 'townships', 'communes', 'suburbs']);

/** Lower-case landform words that, after a name, make one place with it ("the Zambezi valley", "the Niger delta"). */
export const LANDFORM_WORDS = new Set(['valley', 'basin', 'delta', 'plateau', 'peninsula', 'coast', 'highlands', 'lowlands',
  'corridor', 'plain', 'steppe', 'gorge', 'canyon', 'estuary', 'lagoon']);

/** Capitalized words that make a place with the name before them ("Shuswap Lake", "Mount Street", "Kings Road"). */
export const PLACE_TAILS = new Set(['Lake', 'Lakes', 'River', 'Mountain', 'Mountains', 'Valley', 'Bay', 'Island', 'Islands',
  'Peninsula', 'Canyon', 'Creek', 'Falls', 'Park', 'Forest', 'Desert', 'Gulf', 'Strait', 'Straits', 'Glacier', 'Reservoir', 'Dam',
  'Road', 'Street', 'Avenue', 'Boulevard', 'Square', 'Highway', 'Bridge', 'Airport', 'Harbour', 'Harbor', 'Port', 'Beach', 'Coast',
  'Hills', 'Heights', 'Delta', 'Basin', 'Plateau', 'Stadium', 'Arena', 'Shoal', 'Reef', 'Atoll', 'Cape', 'Sound', 'Lagoon',
  'Archipelago']);
/** Capitalized words that make a place with the name after them ("Lake Chad", "Mount Etna", "Highway 1"). */
export const PLACE_HEADS = new Set(['Lake', 'Mount', 'Mt', 'Cape', 'Port', 'Fort', 'Highway', 'Route', 'Interstate', 'Gulf',
  'Isle', 'Lac', 'Río', 'Rio', 'Bahr', 'Jebel', 'Djebel', 'Wadi', 'Oued']);
