// What a claim is about: places, parties and the counted group, without whoever is cited as saying it.
import type { Attribution, EntityMention, Sentence, Token } from '../types';
import type { ScopeRole } from './detail';
import { wordClassIndex } from '../text/wordClass';
import { memoOfLastReport } from '../text/reportMemo';
import { firstStartingAt } from '../text/offsets';
import { isNumberToken, tokenAt } from './tokens';
import { EXCEEDING } from '../quantities/hedges';
import { CURRENCY_WORDS } from '../quantities/units';
import { verbForms } from '../text/inflection';
import { OPENING_QUOTES } from '../text/quoteMarks';
import { TALLIES } from './frame';
import { ARTICLES, CARRIER_NOUNS, COUNTING_NOUNS, COUNTING_PREPOSITIONS, LANDFORM_NOUNS, PRODUCT_NOUNS, SHIP_PREFIXES, WATERCRAFT_NOUNS } from './claimWords';
import { isSuperlative } from '../text/yardsticks';
import { CAUSE_NOUNS } from '../text/causes';
import { CAPITAL_OF } from '../entities/gazetteer';
import { COUNTRY_OF_NATIONALITY } from '../entities/countries';
import { areaOf, capitalOfCountry, within } from '../entities/containment';
import { DATELINE_DASHES, datelineTail } from '../attributions/dateline';
import { GENERIC_COMPANY, TITLES } from '../attributions/sources';
import { TIME_WORDS } from '../attributions/words';
import { GATHERING_WORDS } from './occasion';
import { DISEASE_HEADS, DISEASE_NAMES, SITE_NOUNS, STREET_NOUNS, VENUE_NOUNS } from '../entities/cues';
import { POSSESSIVE_MARKS, isPossessiveEnding } from '../text/possessive';
import { FINITE_BE } from '../text/beVerbs';
import { TIME_NOUNS, timePhraseAt } from '../quantities/nouns';
import { MEASURE_WHOLE_PRONOUNS, PARTITIVE_PRONOUNS, SUBJECT_RELATIVES } from '../text/pronouns';

/** Prepositions after which a country is a place ("in Ukraine"), not a party ("Ukraine lost"). */
const PLACE_PREPS = new Set(['in', 'into', 'inside', 'across', 'throughout', 'from', 'near', 'within', 'at', 'on', 'outside',
  'over', 'around', 'to', 'toward', 'towards', 'of', 'for', 'off', 'along', 'north', 'south', 'east', 'west']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'western', 'eastern', 'northern', 'southern', 'central']);
/** Words that point back to a place named earlier ("in the region", "there"). */
const ANAPHORS = new Set(['there', 'region', 'area', 'province', 'oblast', 'city', 'town', 'village', 'district', 'county',
  'state', 'territory', 'locality', 'zone']);
/** Words naming an area or a whole with no name ("across the country", "nationwide"), and "the capital". */
const AREA_NOUNS = ['country', 'nation', 'nationwide', 'countrywide', 'across', 'throughout', 'overall', 'whole', 'worldwide',
  'globally'];
/**
 * Words placing a figure somewhere other than where the story is, unnamed: "a roadside bomb killed two soldiers
 * elsewhere" (round 19) is no count of the story's place, nor of the whole; "elsewhere in Pakistan" names its place.
 */
const ELSEWHERE = new Set(['elsewhere']);
/**
 * Area nouns a capitalized name before them makes an area of the country the gazetteer may not know (round 22): "the
 * Eastern Region", "the Volta region", "Kasur District". Not "state" nor "city": "Islamic State", "Vatican City".
 */
const NAMED_AREA_NOUNS = new Set(['region', 'province', 'district', 'county', 'oblast', 'governorate', 'prefecture']);
/**
 * The anaphors with "there", the area words, "capital" and the named-area nouns: one index, so scopes jump from one to
 * the next and a line of figures adds no index of its own to read.
 */
const POINTERS = new Set(['there', ...ANAPHORS, ...AREA_NOUNS, ...ELSEWHERE, 'capital', ...NAMED_AREA_NOUNS]);

export interface ScopeEntry {
  id: string;
  role: ScopeRole;
}


/**
 * Words before a place that make it a yardstick, not where the figure holds: "an area the size of Mallorca", "the biggest
 * of its kind in the history of Britain" (the record's domain).
 */
const YARDSTICK_BEFORE = new Set(['size', 'than', 'twice', 'times', 'half', 'history']);
/** Superlatives whose possessor is the domain of a record: "the UK's biggest ever demonstration". */
const SUPERLATIVE = /^(?:[a-z]+est|most|worst)$/;

export function isYardstick(tokens: readonly Token[], start: number, end: number): boolean {
  let i = tokenAt(tokens, start) - 1;
  if (tokens[i]?.lower === 'of' || tokens[i]?.lower === 'as') i--;
  if (i >= 0 && YARDSTICK_BEFORE.has(tokens[i].lower)) return true;
  const j = tokenAt(tokens, end);
  return POSSESSIVE_MARKS.has(tokens[j]?.text ?? '') && SUPERLATIVE.test(tokens[j + 1]?.lower ?? '');
}

/**
 * Verbs of surpassing (round 19): the place they take, or the place whose rate they take ("tops the rate of Sri Lanka",
 * "overtaking the key inflation rate of crisis-hit Sri Lanka", "surpassed Egypt's"), is a yardstick for a figure before
 * it; a figure after it ("Sri Lanka, which posted 25.2%") is that place's own.
 */
const SURPASSING = new Set([...EXCEEDING, 'top', 'surpassing', 'overtake', 'overtakes', 'overtook', 'overtaken',
  'overtaking', ...verbForms('outpace eclipse').split(' '), 'outstrip', 'outstrips', 'outstripped', 'outstripping']);
/** Most tokens between a verb of surpassing and its place ("the key inflation rate of crisis - hit"). */
const SURPASS_REACH = 9;
/** Parts of speech of the object's words between a verb of surpassing and the place it names. */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PUNCT']);

function isSurpassed(tokens: readonly Token[], start: number): boolean {
  const at = tokenAt(tokens, start);
  for (let i = at - 1; i >= 0 && at - i <= SURPASS_REACH; i--) {
    const t = tokens[i];
    if (SURPASSING.has(t.lower)) return true;
    // "crisis-hit": a word of a hyphenated modifier, whatever its tag.
    const hyphened = tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-';
    if (!(OBJECT_WORDS.has(t.pos) || hyphened) || t.text === ',' || t.text === ';') return false;
  }
  return false;
}

/** Prepositions before the domain of a ranking: "the highest in South Asia", "the largest among Gulf states". */
const DOMAIN_PREPS = new Set(['in', 'among', 'across']);
/** Most tokens between a superlative and the preposition of its domain ("highest rate of inflation in"). */
const DOMAIN_REACH = 4;

/** The place at [start, ...) is the domain a superlative ranks in: "the highest in South Asia". */
function isRankingDomain(tokens: readonly Token[], start: number): boolean {
  let i = tokenAt(tokens, start) - 1;
  while (i >= 0 && DETERMINERS.has(tokens[i].lower)) i--;
  if (!DOMAIN_PREPS.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i - 1; k >= 0 && i - k <= DOMAIN_REACH; k--) {
    if (isSuperlative(tokens[k])) return true;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'PUNCT') return false;
  }
  return false;
}

/** Titles whose holder answers for an area: TITLES and the posts named by the area they serve ("UN envoy to Syria"). */
const JURISDICTION_TITLES = new Set([...TITLES, 'envoy', 'representative', 'coordinator', 'commissioner', 'rapporteur',
  'correspondent', 'officer', 'official']);
/** Most words between the title and its "for"/"to": "regional director for", "special envoy for". */
const JURISDICTION_REACH = 2;

/**
 * "the WHO's regional director for Africa", "the UN envoy to Syria", "the minister for Wales": the area a person's post
 * serves, no place the figures of the sentence hold in (nor one "in the region" points back to).
 */
function isJurisdiction(tokens: readonly Token[], start: number): boolean {
  let i = tokenAt(tokens, start) - 1;
  if (tokens[i]?.lower === 'the') i--;
  if (tokens[i]?.lower !== 'for' && tokens[i]?.lower !== 'to') return false;
  for (let k = i - 1; k >= 0 && i - k <= JURISDICTION_REACH + 1; k--) {
    if (JURISDICTION_TITLES.has(tokens[k].lower)) return true;
    if (!/^[a-z-]+$/.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * A place named only as a yardstick, the domain of a ranking or what a figure surpasses (round 19): no place a report
 * is about ("Pakistan's inflation hits 38%, highest in South Asia", "..., surpasses Sri Lanka's figure"); nor the area
 * a person's post serves ("the regional director for Africa", round 21).
 */
export function isBackgroundPlace(tokens: readonly Token[], start: number, end: number): boolean {
  return isYardstick(tokens, start, end) || isSurpassed(tokens, start) || isRankingDomain(tokens, start)
    || isJurisdiction(tokens, start);
}

/** Words before what a ranking places ahead of its figure: "the deadliest this year after the floods in Syldavia". */
const RANKED_AHEAD = new Set(['after', 'behind']);
/** Most tokens from the place back to its "in" (a list of places between), and from "in" back to "after". */
const AHEAD_LIST_REACH = 4;
const AHEAD_PHRASE_REACH = 4;
/** Tokens a place's list may hold before it: "in Ruritania and Syldavia", "in Ruritania, Syldavia". */
const PLACE_LIST_JOINS = new Set(['and', ',', 'or']);

/**
 * "among the deadliest this year after the floods in Ruritania and Syldavia": the place of the event a superlative ranks
 * second to is a yardstick, not where the figure holds (round 30, probe30f). The place follows "in" (past a list of
 * places), "in" follows an "after"/"behind" phrase of determiners, adjectives and nouns, and a superlative stands within
 * AHEAD_PHRASE_REACH words before "after".
 */
function isRankedAhead(tokens: readonly Token[], start: number): boolean {
  let i = tokenAt(tokens, start) - 1;
  for (let k = 0; k < AHEAD_LIST_REACH && i >= 0 && tokens[i].lower !== 'in'; k++, i--) {
    if (!(PLACE_LIST_JOINS.has(tokens[i].lower) || tokens[i].pos === 'PROPN')) return false;
  }
  if (tokens[i]?.lower !== 'in') return false;
  let k = i - 1;
  for (; k >= 0 && i - k <= AHEAD_PHRASE_REACH && !RANKED_AHEAD.has(tokens[k].lower); k--) {
    if (!OBJECT_WORDS.has(tokens[k].pos) || tokens[k].type !== 'word') return false;
  }
  if (!RANKED_AHEAD.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= AHEAD_PHRASE_REACH; j--) {
    if (isSuperlative(tokens[j])) return true;
    if (tokens[j].type !== 'word') return false;
  }
  return false;
}

/**
 * Words of a journey before "for"/"to" and its place: "a flight bound for London with 242 people on board", "en route to
 * Lisbon", "headed for Italy". The place is where the people are going, not where the figure holds.
 */
const JOURNEY_FOR = new Set(['bound', 'headed', 'heading', 'destined']);
const JOURNEY_TO = new Set(['route', 'headed', 'heading', 'flying', 'sailing', 'travelling', 'traveling', 'bound']);

function isDestination(tokens: readonly Token[], start: number): boolean {
  const i = tokenAt(tokens, start) - 1;
  const prep = tokens[i]?.lower;
  const verb = tokens[i - 1]?.lower ?? '';
  return (prep === 'for' && JOURNEY_FOR.has(verb)) || (prep === 'to' && JOURNEY_TO.has(verb));
}

/**
 * "marched down Pennsylvania Avenue", "gathered in Victoria Park": a street, square or park the gazetteer knows no area
 * of is a site inside a town, no place of its own: the figure is read in the clause's other places or its report's
 * context (the town), so the crowd on the avenue meets the city's count instead of never pairing with it.
 */
function isNamedVenue(e: EntityMention): boolean {
  if (e.kind !== 'place') return false;
  const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
  return e.name.includes(' ') && STREET_NOUNS.has(last) && !areaOf(e.id);
}

/**
 * A demonym heading a voice's noun phrase says where the voice is from, not whose figure it is (round 22): "Nigerian
 * emergency services put the toll at 62", "Zimbabwean officials said ... throughout the country", "the Afghan news outlet
 * TOLO". Read as a party, it made the figure a rival of every count with another party (the South Africans dead in
 * Lagos against Nigeria's total); a state's voice speaks of its own country and a national outlet mostly of its country's
 * events, so the demonym places the figure there, as "in Nigeria" would, and a town inside that country is its part.
 */
const VOICE_HEADS = new Set(['services', 'service', 'officials', 'official', 'authorities', 'authority', 'ministry', 'sources',
  'spokesman', 'spokeswoman', 'spokesperson', 'agency', 'agencies', 'news', 'media', 'outlet', 'broadcaster', 'television',
  'tv', 'radio', 'newspaper', 'daily', 'press', 'wire', 'channel']);
/** Most words between a demonym and its voice head: "the Russian official news agency", "Kenyan state-run television". */
const VOICE_REACH = 3;

/** The demonym ending at `end` opens a voice's noun phrase: a VOICE_HEADS word within VOICE_REACH lower-case words. */
function headsVoice(tokens: readonly Token[], end: number): boolean {
  const from = tokenAt(tokens, end);
  for (let i = from; i < tokens.length && i <= from + VOICE_REACH; i++) {
    const t = tokens[i];
    if (VOICE_HEADS.has(t.lower)) return true;
    if (!/^[a-z][a-z-]*$/.test(t.text)) return false;
  }
  return false;
}

/**
 * Round 26 (place26): "evacuated from villages near Tajikistan", "camps close to Syria": a country after "near" is the
 * neighbour the figure's place lies by, across its border, not where it is counted. A town after "near" stays the
 * figure's place ("a village near Kharkiv" is in Kharkiv's area). `before`: the word before the country past
 * determiners (prepositionIndex), read once for this and the preposition test.
 */
const NEAR_WORDS = new Set(['near', 'nearby']);
function isNeighbour(tokens: readonly Token[], before: number): boolean {
  const w = before >= 0 ? tokens[before].lower : '';
  return NEAR_WORDS.has(w) || (w === 'to' && tokens[before - 1]?.lower === 'close');
}

/** A body or person the recognizer read in a disease's name ("Covid", "EHEC", "Acute Encephalitis Syndrome"): no party. */
function namesDisease(e: EntityMention): boolean {
  const name = e.name.toLowerCase();
  return DISEASE_NAMES.has(name) || DISEASE_HEADS.has(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * Round 39 (holder39): nouns that say what a name right beside them names, a vessel, a product or a landform ("the ferry,
 * the X", "the cough syrup X", "the X volcano"): the thing the story is about, which the recognizer reads as a body or a
 * person when it knows no better. A thing holds no count, and two reports' figures are no rivals for naming it on one
 * side only.
 */
const THING_NOUNS_BEFORE: ReadonlySet<string> = new Set([...WATERCRAFT_NOUNS, ...PRODUCT_NOUNS, ...LANDFORM_NOUNS]);
/** Of those, the nouns a name stands before as its own ("the X volcano"); "a X ferry", "the X vaccine" name its operator or maker. */
const THING_NOUNS_AFTER = LANDFORM_NOUNS;

/**
 * A body's or person's name that a thing's noun names: right before it ("the cough syrup X") or in apposition to it
 * ("the ferry, the X,"), unless a verb follows the name ("the vaccine X developed": X is the maker), or right after it
 * (THING_NOUNS_AFTER). A name after such a noun and a bare comma ("aboard the vessel, X said") is a body of its own.
 */
function namesThing(e: EntityMention, tokens: readonly Token[]): boolean {
  if (e.kind !== 'organization' && e.kind !== 'person') return false;
  // Read once per mention: a clause's every figure asks of each name in it (a line of figures, claims-work.test.js).
  let known = THINGS_READ.get(e);
  if (known === undefined) THINGS_READ.set(e, known = readsAsThing(e, tokens));
  return known;
}

/** A name in capitals only: an acronym. */
const ALL_CAPS = /^[A-Z]{2,6}$/;
/** Each mention's answer to namesThing, kept while the report's entities live. */
const THINGS_READ = new WeakMap<EntityMention, boolean>();

function readsAsThing(e: EntityMention, tokens: readonly Token[]): boolean {
  // An acronym names a body ("EUR", "WHO"), not a vessel or a product; only a ship's prefix read alone is asked about.
  if (ALL_CAPS.test(e.name) && !SHIP_PREFIXES.has(e.name)) return false;
  // The words right before and after the name, each found once.
  const before = tokenAt(tokens, e.start) - 1;
  const next = tokens[tokenAt(tokens, e.end)];
  if (shipNamed(e, tokens[before], next)) return true;
  if (THING_NOUNS_AFTER.has(next?.lower ?? '')) return true;
  if (next?.pos === 'VERB' || next?.pos === 'AUX') return false;
  const w = tokens[before]?.lower ?? '';
  if (THING_NOUNS_BEFORE.has(w)) return true;
  return ARTICLES.has(w) && tokens[before - 1]?.text === ',' && THING_NOUNS_BEFORE.has(tokens[before - 2]?.lower ?? '');
}

/** A ship's name or its prefix read as a name: "MS X", X right after "MS", or "MS" alone before a capitalized word. */
function shipNamed(e: EntityMention, before: Token | undefined, next: Token | undefined): boolean {
  const first = e.name.split(' ', 1)[0];
  if (SHIP_PREFIXES.has(first) && e.name.length > first.length) return true;
  if (SHIP_PREFIXES.has(before?.text ?? '')) return true;
  return SHIP_PREFIXES.has(e.name) && /^[A-Z]/.test(next?.text ?? '');
}

function roleOf(e: EntityMention, tokens: readonly Token[], inFigure: boolean): ScopeRole | null {
  if (e.kind === 'outlet' || e.kind === 'other') return null;
  if ((e.kind === 'place' || e.kind === 'country') && (isYardstick(tokens, e.start, e.end) || isDestination(tokens, e.start)
    || isJurisdiction(tokens, e.start) || isNamedVenue(e))) return null;
  // A nationality or unit inside the counted noun phrase names the group counted ("North Korean soldiers").
  if (inFigure && (e.kind === 'nationality' || e.kind === 'military_unit')) return 'group';
  if (e.kind === 'military_unit') return 'group';
  if (e.kind === 'nationality' && headsVoice(tokens, e.end)) return 'where';
  if ((e.kind === 'organization' || e.kind === 'person') && (namesDisease(e) || namesThing(e, tokens))) return null;
  if (namesSite(e, tokens)) return 'where';
  if (e.kind === 'nationality' || e.kind === 'organization' || e.kind === 'person') return 'who';
  const before = prepositionIndex(tokens, e.start);
  const prep = PLACE_PREPS.has(before >= 0 ? tokens[before].lower : '');
  if (e.kind === 'country') return isNeighbour(tokens, before) ? null : prep ? 'where' : 'who';
  // A place acting as subject stands for its government ("Moscow mobilized", "Kyiv still holds").
  if (!prep) {
    let j = tokenAt(tokens, e.end);
    if (tokens[j]?.pos === 'ADV') j++;
    if (tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX') return 'who';
  }
  return 'where';
}

/**
 * Round 45 (conflict45): a place fused by a hyphen to "based" ("the Kessa-based monitor", "a UK-based rights group")
 * names where the body that speaks or acts sits, not where its figure holds: "a Kessa-based group said 40 died in the
 * shelling" counted no dead in Kessa, and a monitor abroad put its toll in its own seat's country.
 */
function namesSeat(tokens: readonly Token[], e: EntityMention): boolean {
  if (e.kind !== 'place' && e.kind !== 'country') return false;
  const j = tokenAt(tokens, e.end);
  const dash = tokens[j];
  return dash?.text === '-' && dash.start === e.end && tokens[j + 1]?.start === dash.end && SEAT_TAILS.has(tokens[j + 1].lower);
}

/** Words after a hyphen that make the place before it a body's seat. */
const SEAT_TAILS = new Set(['based', 'headquartered']);

/** A body's or person's name ending in a site noun after a place's preposition ("at the Varna General Hospital"): a site. */
function namesSite(e: EntityMention, tokens: readonly Token[]): boolean {
  if (e.kind !== 'organization' && e.kind !== 'person') return false;
  const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
  if (!e.name.includes(' ') || !SITE_NOUNS.has(last)) return false;
  const i = prepositionIndex(tokens, e.start);
  const w = i >= 0 ? tokens[i].lower : '';
  // "the compound of the X Church" is a part of the site, which may hold the whole's count: only "in front of" is a site's.
  return SITE_PREPS.has(w) || (w === 'of' && tokens[i - 1]?.lower === 'front');
}

/** Prepositions before a site where the figure happens. */
const SITE_PREPS = new Set(['at', 'in', 'inside', 'outside', 'near', 'around']);

/** True when a preposition (possibly followed by "the", "western", ...) comes right before the entity. */
function afterPreposition(tokens: readonly Token[], start: number): boolean {
  return PLACE_PREPS.has(prepositionBefore(tokens, start));
}

/** The word before the entity at `start`, past up to three determiners ("in the western ..."). */
/** Words between a preposition and its place that leave the place the same: "outside mainland China". */
const PLACE_QUALIFIERS = new Set(['mainland', 'metropolitan', 'continental', 'greater']);

function prepositionBefore(tokens: readonly Token[], start: number): string {
  const i = prepositionIndex(tokens, start);
  return i >= 0 ? tokens[i].lower : '';
}

/** The index of the word prepositionBefore reads, or -1. */
function prepositionIndex(tokens: readonly Token[], start: number): number {
  let i = tokenAt(tokens, start) - 1;
  for (let k = 0; k < 3 && i >= 0 && (DETERMINERS.has(tokens[i].lower) || PLACE_QUALIFIERS.has(tokens[i].lower)); k++) i--;
  return i;
}

/** Prepositions that leave a place out of the count: "three cases outside China", "all regions except Kherson". */
const EXCLUDING = new Set(['outside', 'beyond', 'excluding', 'except']);
/**
 * "outside the Kabul airport", "outside the Lima stadium": the place names a venue in it (its possessive ending or one
 * modifier between), so the figure is near the venue and in the place, not outside the place.
 */
function venueOf(tokens: readonly Token[], end: number): boolean {
  let i = tokenAt(tokens, end);
  if (tokens[i]?.start === end && isPossessiveEnding(tokens[i].lower)) i++;
  for (let k = 0; k < 2 && i < tokens.length; k++, i++) {
    if (VENUE_NOUNS.has(tokens[i].lower)) return true;
    if (!/^[a-z]+$/.test(tokens[i].lower) || k === 1) return false;
  }
  return false;
}
/**
 * The scope id of a place the figure leaves out ("outside China" → `outside:country:china`): the rest of the world, a
 * place of its own that overlaps neither China nor a town inside it.
 */
export const OUTSIDE_PREFIX = 'outside:';
/**
 * An area the words do not name ("turnout of 99% in one province", "in a village near the border"): a place of its own
 * (`unnamed:province`) that the check never pairs, as which part it is the words do not say.
 */
export const UNNAMED_PREFIX = 'unnamed:';
/** Between an unnamed area's noun and the name the gazetteer does not know: `unnamed:region=eastern`. */
export const NAMED_MARK = '=';
/** Words before an area noun that leave it unnamed: "in one province", "in a district", "in several towns". */
const UNNAMED_LEADS = new Set(['one', 'a', 'an', 'another', 'some', 'several', 'each', 'every', 'certain']);
const UNNAMED_PREPS = new Set(['in', 'at', 'from']);

/**
 * Scope of a claim whose clause is [clauseStart, clauseEnd) and whose figure (with noun) is [figStart, figEnd). Entities
 * that belong to an attribution's source ("the General Staff in Kyiv said") are left out; an anaphor such as "in the
 * region" brings in the nearest place named before the clause.
 */
export function scopeOf(entities: readonly EntityMention[], tokens: readonly Token[], clauseStart: number, clauseEnd: number,
  figStart: number, figEnd: number, attributions: readonly Attribution[]): ScopeEntry[] {
  const out: ScopeEntry[] = [];
  // Per claim, so nothing is allocated for it beyond the entries: a clause names a few entities at most, and a sentence's
  // claims share one attributions array (sources read from it once, see sourcesOf).
  const { ids: sourceIds, spans: excluded } = sourcesOf(attributions);
  // A figure inside the source's words ("Carillion, which employs 20,000 workers across Britain, said ..."): the relative
  // clause is the figure's own, and the places after the figure in it are the figure's.
  const isExcluded = (e: EntityMention): boolean => {
    for (let k = 0; k < excluded.length; k += 2) {
      if (e.start < excluded[k] || e.end > excluded[k + 1]) continue;
      if (figStart > excluded[k] && figEnd <= excluded[k + 1] && e.start >= figEnd) continue;
      if (gatheringPlaceOfSource(tokens, e, excluded[k], excluded[k + 1])) continue;
      return true;
    }
    return titlesSource(tokens, e, excluded);
  };
  const fronted = frontedEnd(tokens, clauseStart, figStart);
  for (let i = firstStartingAt(entities, clauseStart); i < entities.length && entities[i].start < clauseEnd; i++) {
    const e = entities[i];
    if (e.end > clauseEnd || isExcluded(e) || e.end <= fronted) continue;
    if ((e.kind === 'place' || e.kind === 'country') && e.start >= figEnd
      && (isSurpassed(tokens, e.start) || isRankedAhead(tokens, e.start))) continue;
    if (e.start >= figEnd && (listedPartPlace(tokens, figEnd, e.start) || partitivePartPlace(tokens, figEnd, e.start))) continue;
    if (sourceIds.includes(e.id) && (e.kind === 'person' || e.kind === 'organization')) continue;
    if (inAppositionBefore(tokens, e, entities[i - 1], clauseStart, figStart)) continue;
    if (namesCurrency(tokens, e)) continue;
    if (namesSeat(tokens, e)) continue;
    const inFigure = e.start >= figStart && e.end <= figEnd;
    const role = roleOf(e, tokens, inFigure);
    if (!role) continue;
    const excluded = role === 'where' && EXCLUDING.has(prepositionBefore(tokens, e.start)) && !venueOf(tokens, e.end);
    const id = excluded ? `${OUTSIDE_PREFIX}${e.id}` : e.id;
    if (out.some(x => x.role === role && x.id === id)) continue;
    out.push({ id, role });
  }
  const unnamed = unnamedArea(tokens, clauseStart, clauseEnd) ?? unknownNamedArea(entities, tokens, clauseStart, clauseEnd);
  if (unnamed) out.push({ id: `${UNNAMED_PREFIX}${unnamed}`, role: 'where' });
  const capitalAt = out.some(s => s.role === 'where') ? -1 : namesCapital(tokens, clauseStart, clauseEnd);
  const capital = capitalAt >= 0;
  // "authorities in Dorvik reported 40 dead there": "there" points back at the place its own clause's source is in.
  const sourcePlace = capital || out.some(s => s.role === 'where') ? null : thereOfSource(entities, tokens, clauseStart, clauseEnd, excluded);
  if (sourcePlace) out.push({ id: sourcePlace, role: 'where' });
  else if (capital || (!out.some(s => s.role === 'where') && hasAnaphor(tokens, clauseStart, clauseEnd))) {
    // The nearest place named as a location before the clause; subjects ("Moscow said") are governments, not places.
    // "the capital" is the nearest capital city named, however named.
    const floor = Math.max(0, firstStartingAt(entities, clauseStart) - 200);
    // "the state's tally", "in the province": a first-level area, never the town or county named last ("home to Houston").
    const wide = !capital && namesFirstLevel(tokens, clauseStart, clauseEnd);
    for (let i = firstStartingAt(entities, clauseStart) - 1; i >= floor; i--) {
      const e = entities[i];
      if (e.kind === 'place' && !isExcluded(e) && (capital ? CAPITAL_OF.has(e.id) : afterPreposition(tokens, e.start))
        && !isJurisdiction(tokens, e.start) && (!wide || isWideArea(e.id))) {
        out.push({ id: e.id, role: 'where' });
        break;
      }
    }
    const named = capital && !out.some(s => s.role === 'where') ? capitalOfCountryBefore(entities, clauseStart, floor, capitalAt) : undefined;
    if (named) out.push({ id: named, role: 'where' });
  }
  return out;
}

/**
 * Round 43 (place43): "the capital" where no capital city is named before it is the capital of the nearest country
 * named before the clause ("Kessa's volcano, 30 km from the capital"): a reader knows which city it is, and a distance
 * from "the capital" left unplaced never met the same distance from the city by name.
 */
function capitalOfCountryBefore(entities: readonly EntityMention[], clauseStart: number, floor: number, capitalAt: number): string | undefined {
  for (let i = firstStartingAt(entities, capitalAt) - 1; i >= floor; i--) {
    const e = entities[i];
    if (e.kind === 'country') return capitalOfCountry(e.id);
    // Round 44 (wholeplace44): a people's name in the clause before "the capital" names its country ("Varnian police
    // counted 30,000 marchers in the capital"); before the clause, a demonym is often a visitor's, not the setting.
    const country = e.start >= clauseStart ? COUNTRY_OF_NATIONALITY.get(e.id) : undefined;
    if (country) return capitalOfCountry(country);
  }
  return undefined;
}

/**
 * The place "there" points back at inside its own clause: a place after "in" within an attribution's source before it
 * ("authorities in Dorvik reported 40 dead there", "officials in Kessa said 12 died there"), whose source span kept
 * it out of the figure's scope. Null when the clause has no such "there" or no such place.
 */
function thereOfSource(entities: readonly EntityMention[], tokens: readonly Token[], clauseStart: number, clauseEnd: number,
  sourceSpans: readonly number[]): string | null {
  const { next } = wordClassIndex(tokens, POINTERS);
  let there = -1;
  for (let i = next[tokenAt(tokens, clauseStart)]; i < tokens.length && tokens[i].start < clauseEnd; i = next[i + 1]) {
    if (tokens[i].lower === 'there' && !THERE_BE.has(tokens[i + 1]?.lower ?? '')) { there = i; break; }
  }
  if (there < 0) return null;
  let found: string | null = null;
  for (let i = firstStartingAt(entities, clauseStart); i < entities.length && entities[i].end <= tokens[there].start; i++) {
    const e = entities[i];
    if (e.kind !== 'place' || prepositionBefore(tokens, e.start) !== 'in') continue;
    for (let k = 0; k < sourceSpans.length; k += 2) if (e.start >= sourceSpans[k] && e.end <= sourceSpans[k + 1]) found = e.id;
  }
  return found;
}

/** Verbs after "there" that make it an existential subject ("there were 300"), no pointer to a place. */
const THERE_BE = new Set([...FINITE_BE, 'have', 'has']);

/** Marks that open a list of a total's parts after it: "98 died: 40 in Valencia, 30 in Murcia". */
const LIST_MARKS = new Set([':', ';']);

/**
 * "Officials said 98 people had died: 40 in Valencia, 30 in Murcia": a place after a colon or semicolon that follows
 * the figure, with a figure between the mark and the place, is where a listed part's count holds, not the total's
 * (round 29). A place right after the mark with no figure before it ("98 died: Valencia was worst hit") is not a list.
 */
function listedPartPlace(tokens: readonly Token[], figEnd: number, placeStart: number): boolean {
  const last = tokenAt(tokens, placeStart);
  // A jump to the first mark: a clause with none (a line of prices) costs one read.
  const mark = wordClassIndex(tokens, LIST_MARKS).next[tokenAt(tokens, figEnd)];
  for (let k = mark + 1; k < last; k++) if (tokens[k].type === 'number' || tokens[k].pos === 'NUM') return true;
  return false;
}

/** Pronouns after "of" that take a part of the figure before: "most of them", "800,000 of whom". */
const PARTITIVES: ReadonlySet<string> = new Set(PARTITIVE_PRONOUNS);
/** Words before "of them" that take all of the figure, not a part: "all of them in Kessa" places the whole there. */
const WHOLE_TAKERS = new Set(['all', 'both', 'each', 'every', 'none', 'any', 'either', 'neither']);
/** Prepositions that place a part: "most of them in Valencia", "800,000 of them at the square". */
const PART_PLACING = new Set(['in', 'at', 'inside']);

/**
 * Round 45 (fa45b): the first "<part> of them in" after the figure, as a token index, or -1: "217 died, most of them
 * in the Valencia region", "2 million marched, 800,000 of them in Brenn". What follows places the part, not the figure.
 */
function partitivePlacedAfter(tokens: readonly Token[], figEnd: number, end: number): number {
  // A jump to the first partitive pronoun: a clause with none (a line of prices) costs one read.
  const at = wordClassIndex(tokens, PARTITIVES).next[tokenAt(tokens, figEnd)];
  if (at >= tokens.length || tokens[at].start >= end || tokens[at - 1]?.lower !== 'of') return -1;
  // "a third of them in the port city" as the figure itself: its own place.
  if ((tokens[at - 2]?.start ?? -1) < figEnd) return -1;
  if (WHOLE_TAKERS.has(tokens[at - 2]?.lower ?? '') || !PART_PLACING.has(tokens[at + 1]?.lower ?? '')) return -1;
  return at;
}

/**
 * A place after a "<part> of them in" that follows the figure is the part's (round 45, fa45b), when the part is a word
 * ("most", "many"): a numeral part ("800,000 of them in Brenn") is a figure of its own that takes the clause's places.
 */
function partitivePartPlace(tokens: readonly Token[], figEnd: number, placeStart: number): boolean {
  const at = partitivePlacedAfter(tokens, figEnd, placeStart);
  return at >= 0 && !isNumberToken(tokens[at - 2]);
}

/** Nouns of those who hold a gathering and give its count: "the march's organizers". */
const ORGANIZER_NOUNS = new Set(['organizer', 'organizers', 'organiser', 'organisers']);

/**
 * "March organizers in New York claimed half a million", "the Denver rally's organizers put it at 90,000": the place of
 * a source that holds a gathering is where its gathering and crowd are, not only where the voice sits (round 28). Read
 * in the source's words [from, to): an organizer noun, the place after "in" or right before a gathering noun.
 */
function gatheringPlaceOfSource(tokens: readonly Token[], e: EntityMention, from: number, to: number): boolean {
  if (e.kind !== 'place') return false;
  let organizer = false;
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].start < to; i++) {
    if (ORGANIZER_NOUNS.has(tokens[i].lower)) { organizer = true; break; }
  }
  if (!organizer) return false;
  const after = tokenAt(tokens, e.end);
  return prepositionBefore(tokens, e.start) === 'in' || GATHERING_WORDS.has(tokens[after]?.lower ?? '');
}

/** Most title words between a body and the person it titles: "SNC chief spokeswoman Basma Kodmani". */
const TITLE_REACH = 3;

/**
 * "SNC spokeswoman Basma Kodmani said ...": a body right before the title of the person who speaks is whom the speaker
 * speaks for, the source's words, not a party the figure is of (round 20).
 */
function titlesSource(tokens: readonly Token[], e: EntityMention, sourceSpans: readonly number[]): boolean {
  if (e.kind !== 'organization' || sourceSpans.length === 0) return false;
  let i = tokenAt(tokens, e.end - 1) + 1;
  const from = i;
  while (i < tokens.length && i - from < TITLE_REACH && TITLES.has(tokens[i].lower)) i++;
  if (i === from || i >= tokens.length) return false;
  const at = tokens[i].start;
  for (let k = 0; k < sourceSpans.length; k += 2) if (sourceSpans[k] === at) return true;
  return false;
}

/**
 * Round 26 (place26): the person whose own words give the figure ("Home Minister Sushilkumar Shinde on Saturday pegged the
 * death toll at 900", sourced.ts putSource and its kin) is its voice, not a party of the count, and so is the body
 * right before that person's title ("Union Home Minister"). Read as parties they made the minister's 900 a rival of
 * nothing but his own figures. Only a person: a body that puts a figure may own it ("Samsung put its workforce at").
 */
export function dropOwnVoice(entities: readonly EntityMention[], tokens: readonly Token[], scope: ScopeEntry[], voiceId: string,
  from: number, to: number, harmTo = -1): void {
  if (harmTo >= 0 && voiceId.startsWith('organization:')) return dropPuttingBody(entities, tokens, scope, voiceId, from, harmTo);
  if (!voiceId.startsWith('person:')) return;
  let voice: EntityMention | undefined;
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].start < to; i++) {
    if (entities[i].id === voiceId) { voice = entities[i]; break; }
  }
  if (!voice) return;
  const titled = new Set<string>([voiceId]);
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].start < voice.start; i++) {
    if (titlesSource(tokens, entities[i], [voice.start, voice.end])) titled.add(entities[i].id);
  }
  for (let i = scope.length - 1; i >= 0; i--) if (scope[i].role === 'who' && titled.has(scope[i].id)) scope.splice(i, 1);
}

/** Most lower-case words between a counting noun's preposition and the body: "from the election monitoring group X". */
const COUNTER_REACH = 4;

/**
 * Round 40 (holder40): "the toll according to the data of the X health office stood at 87", "a figure of 38% from
 * the monitoring group X", "citing data from the Ministry of X": a body a noun of counting (COUNTING_NOUNS) takes
 * through its preposition is who counted, not whose the count is. Read as a party it made one count of the same dead
 * or the same turnout no rival of another body's. Only for counts no body owns (the caller's events): a company's
 * figures are its own. A body before the noun ("X results", "X's estimate") is left alone: read so it added a wrong
 * finding on sets the rule was not chosen on. The scope's entries of such bodies in [from, to) are dropped.
 */
export function dropCountingBody(entities: readonly EntityMention[], tokens: readonly Token[], scope: ScopeEntry[],
  from: number, to: number, figStart: number, figEnd: number): void {
  if (!scope.some(x => x.role === 'who')) return;
  const counters = new Set<string>();
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].start < to; i++) {
    const e = entities[i];
    if ((e.kind === 'organization' || e.kind === 'person') && countingNounBefore(tokens, e, figStart, figEnd)) counters.add(e.id);
  }
  for (let i = scope.length - 1; i >= 0; i--) if (scope[i].role === 'who' && counters.has(scope[i].id)) scope.splice(i, 1);
}

/**
 * A preposition before the body, past a few lower-case words, that a counting noun takes ("the data of the X", "figures
 * from X"), or that follows the figure a counting noun's "of" names ("a figure of 47.6% from X").
 */
function countingNounBefore(tokens: readonly Token[], e: EntityMention, figStart: number, figEnd: number): boolean {
  let i = tokenAt(tokens, e.start) - 1;
  for (let n = 0; i > 0 && n < COUNTER_REACH && /^[a-z]/.test(tokens[i].text) && !COUNTING_PREPOSITIONS.has(tokens[i].lower); n++) i--;
  if (i <= 0 || !COUNTING_PREPOSITIONS.has(tokens[i].lower)) return false;
  if (COUNTING_NOUNS.has(tokens[i - 1].lower)) return true;
  const fig = tokenAt(tokens, figStart);
  return tokens[i].lower === 'from' && tokenAt(tokens, figEnd) === i && tokens[fig - 1]?.lower === 'of'
    && COUNTING_NOUNS.has(tokens[fig - 2]?.lower ?? '');
}

/** Possessives that make a putting body a party of its own count: "the army put its losses at 12". */
const OWN_POSSESSIVES = new Set(['its', 'their', 'own']);

/**
 * "the UN humanitarian office put the death toll from the quakes at 1,023": a body that puts a count of people harmed
 * by an event it is no party to is the count's voice, not its holder (round 30, probe30f); read as a party it made the
 * UN's toll no rival of the government's. A possessive between the body and the figure ("put its losses at") keeps
 * it a party. `harmAt` is the figure's first character.
 */
function dropPuttingBody(entities: readonly EntityMention[], tokens: readonly Token[], scope: ScopeEntry[], voiceId: string,
  from: number, harmAt: number): void {
  let voice: EntityMention | undefined;
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].start < harmAt; i++) {
    if (entities[i].id === voiceId) voice = entities[i];
  }
  if (!voice) return;
  for (let i = tokenAt(tokens, voice.end); i < tokens.length && tokens[i].start < harmAt; i++) {
    if (OWN_POSSESSIVES.has(tokens[i].lower)) return;
  }
  for (let i = scope.length - 1; i >= 0; i--) if (scope[i].role === 'who' && scope[i].id === voiceId) scope.splice(i, 1);
}

/**
 * Round 26 (place26): "His rival Jean Ping, a half-Chinese diplomat, lost with 48.16 per cent": a demonym or body inside
 * an apposition after a name, closed before the figure, describes that person; it is no party nor place of the figure
 * (the holder walk in frame.ts reads the same aside, appositionBefore). Places keep their reading here.
 */
function inAppositionBefore(tokens: readonly Token[], e: EntityMention, prev: EntityMention | undefined, clauseStart: number,
  figStart: number): boolean {
  if (e.end > figStart || (e.kind !== 'nationality' && e.kind !== 'organization')) return false;
  // The person the apposition describes is the entity right before it, a few words back: no token is read otherwise.
  if (!prev || prev.kind !== 'person' || prev.start < clauseStart || e.start - prev.end > APPOSITION_CHARS) return false;
  const j = tokenAt(tokens, e.start);
  // Bounded both ways (APPOSITION_REACH): a long clause of many names costs each a few reads (claims-work.test.js).
  let open = -1;
  for (let k = j - 1; k > 0 && k >= j - APPOSITION_REACH && tokens[k].start >= clauseStart; k--) {
    if (tokens[k].text === ',') { open = k; break; }
  }
  // A proper name before the comma, not a capitalized opener ("Recently, the chief of the Northern Command, ...").
  if (open < 1 || !ARTICLES.has(tokens[open + 1]?.lower ?? '') || tokens[open - 1].pos !== 'PROPN') return false;
  for (let k = j + 1; k < tokens.length && k <= j + APPOSITION_REACH && tokens[k].start < figStart; k++) {
    if (tokens[k].text === ',' && tokens[k].start >= e.end) return true;
  }
  return false;
}
/**
 * Round 34 (holder34): a country or demonym right before a currency word names the currency, not a place or a party:
 * "devalued the som by 40% against the US dollar", "1,100 US dollars", "the Canadian dollar fell 3%".
 */
function namesCurrency(tokens: readonly Token[], e: EntityMention): boolean {
  if (e.kind !== 'country' && e.kind !== 'nationality') return false;
  const next = tokens[tokenAt(tokens, e.end)];
  return !!next && next.start >= e.end && CURRENCY_WORDS.has(next.lower);
}

/** Most tokens between an apposition's commas and a name inside it: ", a half-Chinese diplomat,". */
const APPOSITION_REACH = 8;
/** Most characters between the person an apposition describes and a name inside it. */
const APPOSITION_CHARS = 60;

/** Words opening a phrase that brings in other counts before the clause's own: "With 80,000 in Paris, ...". */
const FRONTING = new Set(['with', 'added', 'besides', 'including', 'together']);
/** Most tokens a fronted phrase runs before its comma. */
const FRONTED_REACH = 20;

/**
 * Where a phrase fronted before the figure's clause ends (the offset of its comma), or -1: "With another 1,350 deaths
 * reported in India's part of Kashmir, the toll comes to 54,000", "Added to the known deaths in Nepal, that put the toll
 * at 9,000", "With 80,000 in Paris, the protests drew 1 million nationwide". Its places are of the counts it brings in,
 * not of the figure after it.
 */
export function frontedEnd(tokens: readonly Token[], clauseStart: number, figStart: number): number {
  const a = tokenAt(tokens, clauseStart);
  if (!FRONTING.has(tokens[a]?.lower ?? '')) return -1;
  for (let i = a + 1; i < tokens.length && i <= a + FRONTED_REACH && tokens[i].start < figStart; i++) {
    if (tokens[i].text === ',') return tokens[i].start;
  }
  return -1;
}

/** Most tokens back from a clause to the sentence's "the capital" it may point by ("filled the capital and ... there"). */
const CAPITAL_REACH = 40;

/**
 * Where "the capital" is named in the clause, or before it in its sentence when the clause points back by "there" (the
 * offset of its "the"; -1 when it is not): the country's capital city, a place of its own, not the nearest town named.
 */
function namesCapital(tokens: readonly Token[], start: number, end: number): number {
  const a = tokenAt(tokens, start);
  const b = tokenAt(tokens, end);
  let from = a;
  if (hasAnaphor(tokens, start, end)) {
    while (from > 0 && a - from < CAPITAL_REACH && !SENTENCE_ENDS.has(tokens[from - 1].text)) from--;
  }
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[Math.max(from, 1)]; i < b && i < tokens.length; i = next[i + 1]) {
    if (tokens[i].lower === 'capital' && tokens[i - 1].lower === 'the' && tokens[i + 1]?.lower !== 'of') return tokens[i - 1].start;
  }
  return -1;
}
const SENTENCE_ENDS = new Set(['.', '!', '?']);

interface Sources {
  /** Ids of the attributions' sources and relays. */
  ids: string[];
  /** [from, to) of each source with the words up to its cue, flattened: entities inside belong to the source. */
  spans: number[];
}
const NO_SOURCES: Sources = { ids: [], spans: [] };
let lastAttributions: readonly Attribution[] | null = null;
let lastSources = NO_SOURCES;
memoOfLastReport(() => {
  lastAttributions = null;
  lastSources = NO_SOURCES;
});

/** The sources of an attributions array, kept for the last array asked about (the claims of a sentence share one). */
function sourcesOf(attributions: readonly Attribution[]): Sources {
  if (attributions.length === 0) return NO_SOURCES;
  if (attributions === lastAttributions) return lastSources;
  const ids: string[] = [];
  const spans: number[] = [];
  for (const a of attributions) {
    ids.push(a.source.id, ...a.via);
    // Round 26: "Pakistan also reported shooting down five Indian aircraft and vowed to retaliate": a cue that shares
    // the subject of an earlier one has that cue and its content between; those words are no part of the source.
    const near = a.cue.start > a.source.end && a.cue.start - a.source.end < 80
      && !attributions.some(b => b !== a && b.cue.start > a.source.end && b.cue.start < a.cue.start);
    spans.push(a.source.start, near ? a.cue.start : a.source.end);
  }
  lastAttributions = attributions;
  lastSources = { ids, spans };
  return lastSources;
}

/**
 * An area named only by its kind in the clause: "in one province", "in a small town" (one adjective between). Returns the
 * area noun, or null. Jumps over the clause by the area nouns' index.
 */
function unnamedArea(tokens: readonly Token[], start: number, end: number): string | null {
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[tokenAt(tokens, start)]; i < tokens.length && tokens[i].start < end; i = next[i + 1]) {
    if (ELSEWHERE.has(tokens[i].lower) && !UNNAMED_PREPS.has(tokens[i + 1]?.lower ?? '')) return tokens[i].lower;
    if (tokens[i].lower === 'there' || !ANAPHORS.has(tokens[i].lower)) continue;
    let j = i - 1;
    if (tokens[j]?.pos === 'ADJ' && !UNNAMED_LEADS.has(tokens[j].lower)) j--;
    if (UNNAMED_LEADS.has(tokens[j]?.lower ?? '') && UNNAMED_PREPS.has(tokens[j - 1]?.lower ?? '')
      && tokens[i + 1]?.lower !== 'of') return tokens[i].lower;
  }
  return null;
}

/**
 * An area the clause names by a name the gazetteer does not know ("The Eastern region recorded the highest inflation, of
 * 66%"): a place all the same, one part of the country, so the figure is no rival of the country's own nor of an
 * unplaced figure. As with an area named only by its kind, which part it is the check cannot tell:
 * `unnamed:<noun>=<name>` ("unnamed:region=eastern"; the name says the area is no country, see compare.ts). A name the
 * gazetteer knows ("the Greater Accra region") is that place; "the Eastern Province of X" is X.
 */
function unknownNamedArea(entities: readonly EntityMention[], tokens: readonly Token[], start: number,
  end: number): string | null {
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[tokenAt(tokens, start)]; i < tokens.length && tokens[i].start < end; i = next[i + 1]) {
    const name = tokens[i - 1];
    if (!NAMED_AREA_NOUNS.has(tokens[i].lower) || tokens[i + 1]?.lower === 'of' || !name || name.start < start) continue;
    if (name.type !== 'word' || name.pos === 'DET' || !/^[A-Z]/.test(name.text)) continue;
    if (!entityOverlaps(entities, name.start, tokens[i].end, start)) return `${tokens[i].lower}${NAMED_MARK}${name.lower}`;
  }
  return null;
}

/** Whether an entity of the clause from `floor` overlaps [from, to). */
function entityOverlaps(entities: readonly EntityMention[], from: number, to: number, floor: number): boolean {
  for (let k = firstStartingAt(entities, floor); k < entities.length && entities[k].start < to; k++) {
    if (entities[k].end > from) return true;
  }
  return false;
}

/** Words that join the places of one list: "in Nepal, India and Tibet". */
const PLACE_JOINS = new Set([',', 'and', 'or']);

/**
 * The places of a list the clause [start, end) places its figure in, joined by commas, "and" or "or" only, with "and" or
 * "or" before the last ("above 4,500 in Nepal, India and Tibet"): the figure is their sum, the whole of each one's count.
 * Null when the clause has none: a place in apposition to another ("in Benghazi, Libya"; "in Nagpur, in neighbouring
 * Maharashtra"), one inside another of the list, or a place after another preposition ("of Crimea to Russia") makes no
 * list.
 */
export function placeList(entities: readonly EntityMention[], tokens: readonly Token[], start: number, end: number,
  scope: readonly ScopeEntry[]): string[] | null {
  let last = -1;
  let run: string[] = [];
  let best: string[] | null = null;
  for (let i = firstStartingAt(entities, start); i < entities.length && entities[i].start < end; i++) {
    const e = entities[i];
    // A country in the list is read as a party when no preposition is right before it ("in Nepal, India and Tibet").
    if (e.end > end || (e.kind !== 'place' && e.kind !== 'country')
      || !scope.some(x => x.id === e.id && (x.role === 'where' || e.kind === 'country'))) continue;
    const at = tokenAt(tokens, e.start);
    let k = last;
    let joined = false;
    for (; k >= 0 && k < at && PLACE_JOINS.has(tokens[k].lower); k++) if (tokens[k].lower !== ',') joined = true;
    const nested = run.some(id => within(id, e.id) || within(e.id, id));
    run = last >= 0 && k === at && at > last && !nested ? [...run, e.id] : [e.id];
    if (joined && run.length >= 2 && run.length > (best?.length ?? 0)) best = run;
    last = tokenAt(tokens, e.end);
  }
  return best;
}

/** Adjectives that single out an area by where it lies: "the central region", "the northern province". */
const AREA_SIDES = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'coastal']);

/**
 * An area the clause names only by where it lies ("and the central region, where 2,757 have been killed"): the area
 * noun, or null. No name follows ("the eastern province of Idlib" is Idlib). Jumps over the clause by the area nouns'
 * index.
 */
export function areaBySide(tokens: readonly Token[], start: number, end: number): string | null {
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[tokenAt(tokens, start)]; i < tokens.length && tokens[i].start < end; i = next[i + 1]) {
    const w = tokens[i].lower;
    if (w !== 'there' && ANAPHORS.has(w) && AREA_SIDES.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'of') return w;
  }
  return null;
}

/** Area nouns of a first-level region or more: "the state", "the province" point back to no town. */
const FIRST_LEVEL_ANAPHORS = new Set(['state', 'province', 'oblast', 'territory']);

/** A place the gazetteer knows as a first-level region or a country (a town, a county or an unknown area is not). */
function isWideArea(id: string): boolean {
  const level = areaOf(id)?.level;
  return level === 'region' || level === 'country';
}

/** Whether the clause [start, end) names "the state"/"the province"/... (FIRST_LEVEL_ANAPHORS) after "the"/"this". */
function namesFirstLevel(tokens: readonly Token[], start: number, end: number): boolean {
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[tokenAt(tokens, start)]; i < tokens.length && tokens[i].start < end; i = next[i + 1]) {
    const before = tokens[i - 1]?.lower;
    if (FIRST_LEVEL_ANAPHORS.has(tokens[i].lower) && (before === 'the' || before === 'this')) return true;
  }
  return false;
}

function hasAnaphor(tokens: readonly Token[], start: number, end: number): boolean {
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[tokenAt(tokens, start)]; i < tokens.length && tokens[i].start < end; i = next[i + 1]) {
    const w = tokens[i].lower;
    if (w === 'there' && !THERE_BE.has(tokens[i + 1]?.lower ?? '')) return true;
    // "the state added 36 more deaths": an area noun as subject stands for its government, as a named place does.
    if (ANAPHORS.has(w) && w !== 'there' && (tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'this')
      && tokens[i + 1]?.pos !== 'VERB' && tokens[i + 1]?.pos !== 'AUX') return true;
  }
  return false;
}

/** Wholes a share is "of" that are the measure itself, not a group: "51% of the vote". */
const MEASURE_WHOLES = new Set(['vote', 'votes', 'ballot', 'ballots', 'total', 'it', ...MEASURE_WHOLE_PRONOUNS]);
const WHOLE_LEADS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our']);

/**
 * The group a share is of: "34.66% of secondary school teachers" -> "group:secondary-teacher" (first word and head), so
 * shares of different groups (primary vs secondary teachers, civil servants vs all workers) are not one count.
 */
export function shareGroup(tokens: readonly Token[], after: number, singular: (w: string) => string): ScopeEntry | null {
  if (tokens[after]?.lower !== 'of') return null;
  let i = after + 1;
  while (i < tokens.length && WHOLE_LEADS.has(tokens[i].lower)) i++;
  // "of Sunday's vote", "of today's turnout": the day is the vote's date; the whole is the noun after it.
  if (isTimeWord(tokens[i]?.lower ?? '') && isPossessiveEnding(tokens[i + 1]?.text)) i += 2;
  const words: string[] = [];
  for (; i < tokens.length && words.length < 4; i++) {
    const t = tokens[i];
    // "11% of GDP last year": a time phrase after the whole dates the share, it names no group (dev25m).
    if (timePhraseAt(tokens, i)) break;
    if (!/^[a-z][a-z-]*$/i.test(t.text) || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) break;
    words.push(t.lower);
  }
  // "of the votes cast", "of the ballots counted": a measure's whole however qualified.
  if (!words.length || words.some(w => MEASURE_WHOLES.has(w))) return null;
  const head = singular(words[words.length - 1]);
  return { id: `group:${words.length > 1 ? `${words[0]}-${head}` : head}`, role: 'group' };
}

/** Subjects that only point back at whoever the report is about: they name no group of their own. */
const GENERIC_SUBJECTS = new Set(`it they he she we who which that this company firm airline carrier retailer group government
  ministry police officials authorities agency department report data survey figures economy country sector industry
  organizers organisers union unions people toll death number count total tally figure estimate rate level`.split(/\s+/));

/**
 * Singular subjects that point back too: the words "the ..." uses for the company a report is about, from the sources'
 * table ("the carmaker recalled"), and a carrier people are aboard ("the ferry was carrying 412 passengers"; round 41).
 * Their plurals name a sector or a fleet, a group of its own ("manufacturers lost 8,000 jobs").
 */
const SINGULAR_GENERIC_SUBJECTS: ReadonlySet<string> = new Set([...GENERIC_COMPANY, ...CARRIER_NOUNS]);

/**
 * A word telling when, not who: a weekday, a month, "today" (the attributions' time words) or a period of "last year"
 * (the time phrase's nouns). Before the verb ("Norland Motors last year recalled") or with a possessive ("of Sunday's vote",
 * "today's rally") it dates the figure and names no group of what is counted (round 41).
 */
function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word) || TIME_NOUNS.has(word);
}
const SKIPPED_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(SUBJECT_RELATIVES);

/**
 * The common-noun subject of the event verb before a figure: "leisure and hospitality added 21,000 jobs" ->
 * "group:hospitality", so a sector's, a school level's or a region's count is not read as the whole's. Named subjects
 * (entities) and words that only point back ("the company", "it") give none.
 */
export function subjectGroup(tokens: readonly Token[], verbAt: number, clauseStart: number, figureAt: number,
  singular: (w: string) => string): ScopeEntry | null {
  if (verbAt < 0 || verbAt >= figureAt) return null;
  // "the official attendance figure of 400,000": a noun naming the event has no subject before it.
  if (tokens[verbAt].pos === 'NOUN' && TALLIES.has(tokens[verbAt + 1]?.lower ?? '')) return null;
  let i = verbAt - 1;
  while (i >= clauseStart && SKIPPED_BEFORE_VERB.has(tokens[i].pos)) i--;
  // "information technology, which lost 30,000 jobs": the relative pronoun stands for the noun before its comma.
  if (RELATIVE_SUBJECTS.has(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === ',') i -= 2;
  if (i < clauseStart || tokens[i].pos !== 'NOUN' || !/^[a-z][a-z-]*$/.test(tokens[i].text)) return null;
  const head = singular(tokens[i].lower);
  // "the carmaker last year recalled 2 million cars", "today's rally drew 40,000": a time, not the subject.
  if (isTimeWord(tokens[i].lower)) return null;
  // "the storm destroyed 3,000 homes": a cause, no group of the homes; "Ostrava province recorded": a name's last word.
  if (CAUSE_NOUNS.has(tokens[i].lower) || CAUSE_NOUNS.has(head) || (i > clauseStart && tokens[i - 1].pos === 'PROPN')) return null;
  const generic = GENERIC_SUBJECTS.has(tokens[i].lower) || GENERIC_SUBJECTS.has(head) || SINGULAR_GENERIC_SUBJECTS.has(tokens[i].lower);
  return generic ? null : { id: `group:${head}`, role: 'group' };
}

/** Prepositions that open a sentence's frame of place: "In Marseille, ...", "At Heathrow (London), ...". */
const FRONTED_PREPS = new Set(['in', 'at', 'across', 'throughout']);

/**
 * The place a sentence opens with, set off by a comma or a parenthesis ("In Marseille, according to the unions, the march
 * drew 245,000"; "In Pau (Pyrénées-Atlantiques), the unions claim 20,000"): it frames every figure of the sentence that
 * names no place of its own, whatever clause or voice stands between. Null when the sentence opens otherwise.
 */
export function frontedPlace(entities: readonly EntityMention[], tokens: readonly Token[], sentenceToken: number): string | null {
  let i = quotedWordsStart(tokens, sentenceToken);
  if (!FRONTED_PREPS.has(tokens[i]?.lower ?? '')) return null;
  i++;
  if (tokens[i]?.lower === 'the') i++;
  const at = tokens[i]?.start;
  if (at === undefined) return null;
  const k = firstStartingAt(entities, at);
  const e = entities[k];
  if (!e || e.start !== at || (e.kind !== 'place' && e.kind !== 'country')) return null;
  const next = tokens[tokenAt(tokens, e.end)];
  return next && next.start >= e.end && (next.text === ',' || next.text === '(') ? e.id : null;
}

/** How many tokens a cue before a colon may take: "It says:", "The statement read:", "Officials told AFP:". */
const LEAD_REACH = 6;

/**
 * Where the words a sentence reports begin: past an opening quote mark, or past a short lead ending in a colon and its
 * quote mark ('It says: "In Crimea, according to various indicators, ..."'), so a place fronting the quoted words frames
 * the sentence as it frames a sentence of its own. The sentence's first token otherwise.
 */
function quotedWordsStart(tokens: readonly Token[], a: number): number {
  let i = a;
  for (let k = a; k < tokens.length && k <= a + LEAD_REACH; k++) {
    const t = tokens[k].text;
    if (t === '.' || t === ',' || /^\d/.test(t)) break;
    if (t === ':') { i = k + 1; break; }
  }
  while (i < tokens.length && i <= a + LEAD_REACH + 2 && OPENING_QUOTES.has(tokens[i].text)) i++;
  return i;
}

/**
 * The place framing a sentence: its own fronted place, else that of an earlier sentence of its paragraph ("In Paris,
 * 37,000 people demonstrated, the police said. The CGT claimed 450,000."), unless a sentence between names a place of its
 * own (a new frame) or the sentence names one itself. `sentences` up to the current one, `from` the paragraph's start.
 */
export function framingPlace(entities: readonly EntityMention[], tokens: readonly Token[], sentences: readonly Sentence[],
  index: number, from: number): string | null {
  for (let k = index; k >= 0 && k > index - FRAME_REACH && sentences[k].start >= from; k--) {
    const fronted = frontedPlace(entities, tokens, sentences[k].tokenStart);
    if (fronted) return fronted;
    if (namesPlace(entities, sentences[k])) return null;
    // "Across the country, more than one million": a sentence naming an area by a common noun frames itself.
    if (k === index && namesArea(tokens, sentences[k])) return null;
  }
  return null;
}
/** Words naming an area or a whole without a name: "across the country", "nationwide", "in the region". */
const AREA_WORDS = new Set([...ANAPHORS, ...AREA_NOUNS]);

function namesArea(tokens: readonly Token[], s: Sentence): boolean {
  const { next } = wordClassIndex(tokens, POINTERS);
  for (let i = next[s.tokenStart]; i < s.tokenEnd; i = next[i + 1]) if (AREA_WORDS.has(tokens[i].lower)) return true;
  return false;
}
/** How many sentences back a paragraph's fronted place still frames. */
const FRAME_REACH = 4;

/** Whether a sentence names a place, by sentence start, per entity array: a line of many figures asks once. */
const PLACED = new WeakMap<readonly EntityMention[], Map<number, boolean>>();

/** The last sentence namesPlace answered for, by its entities and start: a figure's steps ask about one sentence often. */
let lastEntities: readonly EntityMention[] | null = null;
let lastStart = -1;
let lastNamed = false;
memoOfLastReport(() => { lastEntities = null; });

function namesPlace(entities: readonly EntityMention[], s: Sentence): boolean {
  if (entities === lastEntities && s.start === lastStart) return lastNamed;
  lastNamed = placeNamedIn(entities, s);
  lastEntities = entities;
  lastStart = s.start;
  return lastNamed;
}

function placeNamedIn(entities: readonly EntityMention[], s: Sentence): boolean {
  let known = PLACED.get(entities);
  if (!known) PLACED.set(entities, (known = new Map()));
  let named = known.get(s.start);
  if (named === undefined) {
    named = false;
    for (let i = firstStartingAt(entities, s.start); i < entities.length && entities[i].start < s.end && !named; i++) {
      named = entities[i].kind === 'place' || entities[i].kind === 'country';
    }
    known.set(s.start, named);
  }
  return named;
}

/**
 * The offset where a dateline opening the sentence at token `a` ends, or -1: a place, chunks set off by commas (a region,
 * a date), an optional "(Outlet)", then a dash ("TACLOBAN, Philippines, Nov 12 -", "Kyiv (AP) —") or, after a dated
 * chunk, a colon ("New Delhi, June 16:"). It tells where the reporter files from, not where the figures hold; a place
 * and a colon alone ("Gaza: toll rises") is a headline's topic and stays. Unlike the attribution pass's datelines, the
 * place is any place the entity pass read, in any case.
 */
export function datelineEnd(entities: readonly EntityMention[], tokens: readonly Token[], a: number, b: number): number {
  const at = tokens[a]?.start;
  if (at === undefined) return -1;
  const first = entities[firstStartingAt(entities, at)];
  if (!first || first.start !== at || (first.kind !== 'place' && first.kind !== 'country')) return -1;
  const tail = datelineTail(tokens, tokenAt(tokens, first.end), a, b);
  if (!tail) return -1;
  const k = tail.end;
  if (k + 1 >= b) return -1;
  const mark = tokens[k].text;
  const capitals = first.text === first.text.toUpperCase();
  if (DATELINE_DASHES.has(mark) && (tail.chunks > 0 || tail.outlet || capitals)) return tokens[k + 1].start;
  // "KESSA: The toll rose to 14": a place in capitals before the colon files the report there, as a dated one does
  // (round 43); a headline's topic is written in title case ("Gaza: toll rises").
  if (mark === ':' && (tail.dated || capitals)) return tokens[k + 1].start;
  return -1;
}
