// Entity mentions with canonical ids: one left-to-right scan over words, longest candidate wins at each word,
// then a second pass for surnames, acronyms and descriptive references met after their full names.
import type { DocumentMeta, EntityMention, PreparedText } from '../types';
import { COUNTRY_NAMES, COUNTRY_OF, DEMONYM_OF, DEMONYMS } from './countries';
import { foldKey, slug } from './fold';
import { CAPITAL_OF, LANDFORM_WORDS, maxPlaceWords, NOT_PLACES, PLACE_HEADS, PLACE_TAILS, places, REGION_COUNTRY,
  REGION_WORDS, RIVER_OF, SETTLEMENT_WORDS, STATE_OF_ABBREVIATION, REGION_OF_ABBREVIATION, type PlaceEntry } from './gazetteer';
import { AGENCY_BEFORE_COUNTRY, BRAND_NAMES, CLUB_FORMS, DOTTED_SUFFIXES, KNOWN_ORGS, LEGAL_SUFFIXES, NAME_FORMS, ORG_CONNECTORS, ORG_HEADS, POSSESSIVE_FIRMS,
  TOPIC_HEADS, canonicalOrg } from './organizations';
import { HEADING_WORDS, OUTLETS, OUTLET_HEADS, OUTLET_INTRODUCERS, OUTLET_NOUNS_AFTER, OUTLET_TAILS } from './outlets';
import { FIRST_NAMES, GIVEN_NAMES, KIN_NOUNS, NAME_PARTICLES, ROLE_NOUNS, TITLES, TITLE_WORDS } from './people';
import { NAMED_FORCES, UNIT_WORDS, isOrdinal, isRankWord, unitId } from './units';
import { scanWords, type Scan, type Word } from './words';
import { FULL, MORE, PERSON_FULL, PERSON_SURNAME, START, followFold } from './tables';
import { eventMatch } from './events';
import { INDEX_HEADS, orgAcronym } from './acronyms';
import { companyCue, companySlot, DISEASE_NAMES, outletPosition, PLACE_PREPOSITIONS, placeNounAfter, STREET_NOUNS, VENUE_NOUNS } from './cues';
import { type NamedSpan, recurringNames } from './recurring';
import { reusable } from './scratch';
import { SPELLED_MAX_WORDS, spelledNameEnd } from './spelled';
import { MONTH_ABBREVIATIONS } from '../dates/lexicon';
import { goalScorers, isScore, organizationsWithPlaces, pluralTail, sportsTeams, teamsAfterCountry } from './teams';
import { scorecardPlayers } from './scorecards';
import { listedPeople } from './lists';
import { ACRONYM, AGENCY, CAP, CUE_AFTER, CUE_AT, CUE_DESCRIPTOR, DESCRIPTIVE, DIGIT, DIRECTION_WORDS, FEATURE_END,
  FIRST_NAME, FORCES, HEAD, KNOWN, LOWER_TABLE, NAME_WORD, NOT_NAMES, OUTLET_CUE, PLACE, PLACE_HEAD, PLACE_NOUN,
  PUNCT, RECUR_NAME, REGIONISH, SPEECH, SPEECH_VERBS, TITLE_START, WEB } from './lexicon';

export { foldKey } from './fold';

/** A first-pass match: a named span with what the second pass needs to settle organizations, places and aliases. */
interface Candidate extends NamedSpan {
  /** For organizations: the folded core name without country, to link later bare references. */
  core?: string;
  hasCountry?: boolean;
  /** For organizations: the name words, to rebuild the canonical name once the report's country is known. */
  orgWords?: string[];
  /** A company name (legal suffix): its shorter forms ("Nordvik Foods", "Nordvik") name it later in the report. */
  company?: boolean;
  /** For places named with a region word: the id of the bare place ("Kursk region" -> place:kursk). */
  baseId?: string;
  /** For a company named after a place ("retailer Kingsford"): the place's fold key, to retype its other mentions. */
  placeName?: string;
  /** The possessive ending after the last word belongs to the name ("Moody's"). */
  withPossessive?: boolean;
  /** For a learned name: the mention it names, whose id the second pass may still change. */
  aliasOf?: Candidate;
}

/** Lower-case words that end a hyphenated adjective, not a name ("Biden-era", "Kremlin-run"). */
const NOT_NAME_TAILS = new Set(['era', 'led', 'run', 'born', 'made', 'like', 'type', 'free', 'held', 'owned', 'wide', 'based']);
/** Administrative words that, in lower case after a name, are not part of it ("Sunamganj district", "Assam state"). */
const LOWER_ADMIN = new Set(['district', 'state', 'county', 'raion', 'municipality', 'hromada', 'prefecture']);
const MAX_PHRASE = 8;
const NOT_IN_NAMES_POS = new Set(['PRON', 'VERB', 'AUX', 'DET', 'ADV', 'SCONJ', 'CCONJ', 'PART']);
/** Title words that also open organization names ("Defence Readiness Department", "Foreign Intelligence Service"). */
const ORG_ADJECTIVES = new Set(['defence', 'defense', 'foreign', 'interior', 'finance', 'economy', 'health', 'general', 'supreme', 'state']);

const isName = (w: Word | undefined): w is Word => !!w && !w.punct && w.cap;
/** Word b continues the phrase of word a directly (one space, or a hyphen with no spaces). */
function joined(words: Word[], b: number): boolean {
  const w = words[b];
  // Past the last word (a text ending in an initial, "He met John T.") nothing is joined.
  return !!w && (w.gap === ' ' || w.gap === '' || w.gap === '\u00a0');
}

function surfaceOf(text: string, words: Word[], from: number, to: number): string {
  return text.slice(words[from].start, words[to - 1].end);
}

const ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Ste']);

/**
 * The longest table entry starting at word i. A phrase extends over joined words and hyphen-joined parts
 * ("Ivano-Frankivsk", "Commander-in-Chief"), at most MAX_PHRASE ends. Its fold key is the words' fold keys joined by
 * spaces (punctuation and words that fold to nothing add no part), so the index follows it word by word: the scan
 * stops once no entry starts with it, and surfaces are built only for ends some entry folds to.
 */
function tableMatch(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  let node = w.table;
  if (!node) return null;
  // A lower-case word ("the", "and") only opens the few table names written in lower case; the rest need a capital.
  if (!w.cap && !(w.flags & LOWER_TABLE)) return null;
  // One word (the usual case): its text is the surface and its fold the fold key, so nothing is built for a miss.
  if (!(node.flags & START)) return node.flags & FULL ? tableEntry(text, words, i, i + 1) : null;
  const ends: number[] = [];
  let count = 0;
  let k = i;
  while (k < words.length && count < MAX_PHRASE) {
    const x = words[k];
    // "St. Vincent and the Grenadines": the dot of an abbreviation stays inside the phrase.
    if (x.text === '.' && x.gap === '' && k > i && ABBREVIATIONS.has(words[k - 1].text) && words[k + 1] && !words[k + 1].punct) { k++; continue; }
    if (x.punct || (k > i && !joined(words, k))) break;
    if (k > i && x.fold) {
      if (!(node.flags & MORE)) break;
      node = followFold(node, x.fold);
      if (!node) break;
    }
    count++;
    if (node.flags & FULL) ends.push(k + 1);
    if (x.poss) break;
    // Hyphen glued on both sides joins two words.
    if (k + 2 < words.length && words[k + 1].text === '-' && words[k + 1].gap === '' && words[k + 2].gap === '' && !words[k + 2].punct) {
      k += 2;
      continue;
    }
    k++;
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const c = tableEntry(text, words, i, ends[e]);
    if (c) return c;
  }
  return null;
}

/** The table entry that the phrase [i, to) names, if any. */
function tableEntry(text: string, words: Word[], i: number, to: number): Candidate | null {
  const one = to === i + 1;
  let surface = one ? words[i].text : surfaceOf(text, words, i, to);
  const n = to - i;
  // "BURKINA FASO", "MALI": all-caps labels and datelines are looked up as written in running text.
  if (surface.length > 3 && capsOrMark(surface.charCodeAt(1)) && ALL_CAPS.test(surface) && !COUNTRY_NAMES.has(surface)
    && !OUTLETS.has(surface) && !KNOWN_ORGS.has(surface)) {
    surface = titleCase(surface);
  }
  const o = OUTLETS.get(surface);
  if (o) return { from: i, to, kind: 'outlet', id: o.id, name: o.name };
  const org = KNOWN_ORGS.get(surface);
  if (org && BRAND_NAMES.has(surface) && modelAfter(words, to)) return productOf(text, words, i, to + 1);
  // A brand is a company: "Ford China" is its national arm, and "the company said" after it is the brand's.
  if (org) {
    return { from: i, to, kind: org.kind, id: org.id, name: org.name, core: foldKey(org.name),
      company: BRAND_NAMES.has(surface) || undefined };
  }
  const c = COUNTRY_NAMES.get(surface);
  if (c) return { from: i, to, kind: 'country', id: c.id, name: c.name };
  const d = DEMONYMS.get(surface);
  if (d && !(n === 1 && languageUse(words, i))) return { from: i, to, kind: 'nationality', id: d.id, name: d.name };
  if (!words[i].cap) return null;
  // Title-casing an all-caps surface leaves its fold key as it was.
  const fold = one ? words[i].fold : foldKey(surface);
  const p = PERSON_FULL.get(fold) ?? PERSON_SURNAME.get(fold);
  if (p) return { from: i, to, kind: 'person', id: p.id, name: p.name };
  if (n <= maxPlaceWords() * 2 && isName(words[to - 1])) {
    const pl = places().get(fold);
    if (pl && placeOk(words, i, to)) return { from: i, to, kind: 'place', id: pl.id, name: pl.name };
  }
  return null;
}

/** Words after a brand that name the company's own parts or arms, not a product ("Toyota Motor", "Ford Australia"). */
const BRAND_ARMS = new Set(['motor', 'motors', 'electronics', 'electric', 'heavy', 'chemical', 'chemicals', 'trading', 'securities',
  'financial', 'credit', 'capital', 'international', 'group', 'steel', 'oil', 'petroleum', 'bank', 'life', 'bancorp']);

/**
 * A model's name right after a brand ("Ford Escort", "Subaru Impreza"): the brand names a product there; a number
 * after it is as often a score or a time in results ("Samsung 13", "(Japan) Honda 38:18.759") as a model. Not a head word, legal form, company arm, country ("Toyota Australia") or known body.
 */
function modelAfter(words: Word[], to: number): boolean {
  const a = words[to];
  if (!a || a.punct || words[to - 1].poss || a.gap !== ' ') return false;
  if (!a.cap || a.text === a.text.toUpperCase() || COUNTRY_NAMES.has(a.text) || KNOWN_ORGS.has(a.text)) return false;
  return !ORG_HEADS.has(a.lower) && !LEGAL_SUFFIXES.has(a.text) && !BRAND_ARMS.has(a.lower);
}

/** A brand and its model, a product: not scored as a name of anyone ("other"). */
function productOf(text: string, words: Word[], i: number, to: number): Candidate {
  const name = surfaceOf(text, words, i, to);
  return { from: i, to, kind: 'other', id: `other:${slug(name)}`, name };
}

/** A second character ALL_CAPS allows: most words fail here without running the pattern. */
const capsOrMark = (c: number) => (c >= 65 && c <= 90) || c === 32 || c === 46 || c === 39 || c === 45;

/** A gazetteer hit is kept unless it is one sentence-initial or common-looking word. */
function placeOk(words: Word[], i: number, to: number): boolean {
  if (to - i > 1) return true;
  const w = words[i];
  if (w.text.length < 3) return false;
  if (NOT_PLACES.has(w.lower) || TITLES.has(w.lower) || ORG_HEADS.has(w.lower) || LEGAL_SUFFIXES.has(w.text)) return false;
  if (w.pos && w.pos !== 'PROPN') return w.text === w.text.toUpperCase() && w.text.length > 3;
  if (w.first && FIRST_NAMES.has(w.fold)) return false;
  return true;
}

const TRANSLATION_WORDS = new Set(['translated', 'translation', 'dubbed', 'subtitled', 'written', 'speaking', 'speak', 'speaks']);
/** "Translated from French", "in French and Arabic": a language, not a nationality. */
function languageUse(words: Word[], i: number): boolean {
  const p1 = words[i - 1];
  const p2 = words[i - 2];
  const nx = words[i + 1];
  if (nx && !nx.punct && !nx.cap && nx.lower !== 'and' && nx.lower !== 'or') return false;
  if (!p1 || p1.punct) return false;
  if (TRANSLATION_WORDS.has(p1.lower)) return true;
  return (p1.lower === 'from' || p1.lower === 'into' || p1.lower === 'in') && !!p2 && !p2.punct && TRANSLATION_WORDS.has(p2.lower);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isCountryWord = (s: string) => COUNTRY_OF.has(s.toLowerCase());
const ALL_CAPS = /^[A-Z][A-Z .'-]{0,60}$/;
/** "BURKINA FASO" -> "Burkina Faso", "ST. GEORGE'S" -> "St. George's". */
function titleCase(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const prev = k === 0 ? ' ' : s[k - 1];
    out += prev === ' ' || prev === '-' ? s[k] : s[k].toLowerCase();
  }
  return out.replace(/ (?:And|Of|The)\b/g, m => m.toLowerCase());
}

/** A capitalized phrase holding an organization head word ("Estonian Ministry of Defence"). */
function orgMatch(text: string, words: Word[], i: number, possCountry: string | null, nextHead: Int32Array): Candidate | null {
  // No head word within reach: no organization starts here (keeps long runs of capitalized words linear).
  if (nextHead[i] >= i + 14 && !ampersandAhead(words, i)) return null;
  if (!opensOrg(words, i)) return null;
  const span = orgSpan(text, words, i);
  const lastGood = trimAnd(words, i, span.lastGood);
  if (!span.hasHead || lastGood < i) return null;
  const to = lastGood + 1;
  const n = to - i;
  // One-word phrases ("Parliament", "LLC") are too vague; known ones come from the table.
  if (n < 2) return null;
  return orgCandidate(text, words, i, to, possCountry, span.company);
}

/** Can an organization's name start at words[i]? */
function opensOrg(words: Word[], i: number): boolean {
  const w0 = words[i];
  if (!isName(w0) || (TITLES.has(w0.lower) && !ORG_ADJECTIVES.has(w0.lower)) || w0.text === 'The' || w0.text === 'A') return false;
  // "As for U.S. Treasury securities": a sentence's first function word opens no name.
  if (w0.first && (w0.pos === 'ADP' || (NOT_IN_NAMES_POS.has(w0.pos) && w0.pos !== 'VERB'))) return false;
  // "Results of Major League Baseball", "Supporters of the Awami League": a sentence's first word that is a common
  // plural noun before "of" is no part of the name after it.
  return !(w0.first && words[i + 1]?.lower === 'of' && !ORG_HEADS.has(w0.lower) && commonPlural(w0));
}

/** The name at i follows a list's comma after another name ("Cargill, [Sandoz]"). */
function listEntry(words: Word[], i: number): boolean {
  const comma = words[i - 1];
  const prev = words[i - 2];
  return !!comma && comma.text === ',' && !!prev && !prev.punct && prev.cap;
}

/** What the scan of an organization's name has seen so far. */
interface OrgSpan {
  /** The last word that can end the name; -1 for none yet. */
  lastGood: number;
  hasHead: boolean;
  company: boolean;
  afterConnector: boolean;
  /** "National Institute of Civil Defense": after "of", title words belong to the name. */
  afterOf: boolean;
  sawConnector: boolean;
}

/** Reads the name's words from i on: where it can end, whether it has a head word, whether it is a company's. */
function orgSpan(text: string, words: Word[], i: number): OrgSpan {
  const span: OrgSpan = { lastGood: -1, hasHead: false, company: false, afterConnector: false, afterOf: false, sawConnector: false };
  for (let k = i; k < words.length && k < i + 14; k++) {
    const w = words[k];
    if (k > i && !joined(words, k)) break;
    if (w.punct) {
      if (punctuationGoesOn(words, i, k, span)) continue;
      break;
    }
    if (k > i && isLegalSuffix(words, k)) {
      if (legalFormGoesOn(words, k, span)) continue;
      break;
    }
    if (!w.cap) {
      if (connectorGoesOn(words, i, k, span)) continue;
      break;
    }
    if (!nameWordGoesOn(text, words, i, k, span)) break;
  }
  return span;
}

/** A hyphen or an ampersand inside the name. */
function punctuationGoesOn(words: Word[], i: number, k: number, span: OrgSpan): boolean {
  const w = words[k];
  if (w.text === '-' && w.gap === '' && words[k + 1] && words[k + 1].gap === '') return true;
  // "Douglas & Lomason", "Standard & Poor's": an ampersand between capitalized names makes a firm's name.
  // Not after a connector: "Shares of Douglas & Lomason" starts at Douglas.
  if (w.text === '&' && k > i && !span.sawConnector && isName(words[k + 1]) && joined(words, k + 1)) {
    span.hasHead = true;
    span.company = true;
    return true;
  }
  return false;
}

/** Legal forms end a company name ("Nordvik Foods ASA", "Acme plc", "Toyota Motor Co."). */
function legalFormGoesOn(words: Word[], k: number, span: OrgSpan): boolean {
  const w = words[k];
  span.hasHead = true;
  span.company = true;
  // "Alpha Technologies Group Inc", "Acme Holdings Ltd": a legal form after a group word ends the name.
  if (isLegalSuffix(words, k + 1)) return true;
  span.lastGood = DOTTED_SUFFIXES.has(w.text) && words[k + 1]?.text === '.' && words[k + 1].gap === '' ? k + 1 : k;
  return false;
}

/** A lower-case word: only a connector ("of", "and", "for") goes on with the name. */
function connectorGoesOn(words: Word[], i: number, k: number, span: OrgSpan): boolean {
  const w = words[k];
  if (!ORG_CONNECTORS.has(w.lower) || k === i) return false;
  // "on" names a topic only in a deliberative body's name ("the Council on Civil Society", "the Centre for Research on
  // Floods"); else it opens a target or a place ("an attack by the Varnian Army on Kessa").
  if (w.lower === 'on' && !words.slice(i, k).some(x => TOPIC_HEADS.has(x.lower))) return false;
  // "and" only joins two names of one body, not an organization and a country or another name, nor the last two
  // entries of a list ("Cargill, Sandoz and Dreyfus Corp").
  if (w.lower === 'and' && (!isName(words[k + 1]) || COUNTRY_NAMES.has(words[k + 1].text) || listEntry(words, i))) return false;
  // "James Hale and Jennifer Ross of the X Laboratories": a given name after "and" opens a second person.
  if (w.lower === 'and' && (words[k + 1].flags & FIRST_NAME) && isName(words[k + 2]) && !ORG_HEADS.has(words[k + 2].lower)) return false;
  // "Jennifer Ross of the X Laboratories", "Detective Jane Ross of the X Police Department": a person's given name
  // and surname right before "of" are no body's name.
  if (w.lower === 'of' && !span.hasHead && k >= i + 2 && (words[k - 2].flags & FIRST_NAME) && !ORG_HEADS.has(words[k - 1].lower)) return false;
  span.afterConnector = true;
  span.sawConnector = true;
  if (w.lower === 'of') span.afterOf = true;
  return true;
}

/** A capitalized word: part of the name unless it is a pronoun, verb, date, title or a second body's start. */
function nameWordGoesOn(text: string, words: Word[], i: number, k: number, span: OrgSpan): boolean {
  const w = words[k];
  if (w.text === 'The' && k > i && !span.afterConnector) return false;
  // "Defense Forces It is ...", "Ministry on January 5": pronouns, verbs and dates end the name.
  // A capitalized gerund inside a name is a noun ("Flood Forecasting and Warning Centre").
  const gerund = w.pos === 'VERB' && w.lower.endsWith('ing') && !!words[k + 1] && !words[k + 1].punct
    && (words[k + 1].cap || ORG_CONNECTORS.has(words[k + 1].lower));
  if ((NOT_NAMES.has(w.lower) && !firmFormAfter(words, k)) || (k > i && NOT_IN_NAMES_POS.has(w.pos) && !gerund)) return false;
  // A title right after the name ends it ("Armed Forces Commander-in-Chief"); after "of" it belongs ("Office of the President"),
  // unless a person's name follows it ("the Bank of Norvania Governor Ilse Varga", "the League of Prime Minister X").
  if (TITLES.has(w.lower) && span.hasHead && !ORG_HEADS.has(w.lower) &&
    ((!span.afterConnector && !span.afterOf) || titleOpensPerson(words, k))) return false;
  span.afterConnector = false;
  if (ORG_HEADS.has(w.lower)) span.hasHead = true;
  span.lastGood = k;
  // "Workers' Party", "People's Liberation Army": a plural possessive inside a name; "Russia's Ministry" ends here.
  if (w.poss && !(innerPossessive(text, w) && isName(words[k + 1]) && joined(words, k + 1))) return false;
  // "Department of the Estonian Ministry of Defence": a national body after "of the" is an organization of its own.
  return !(span.hasHead && words[k + 1]?.lower === 'of' && words[k + 2]?.lower === 'the' && words[k + 3] && DEMONYMS.has(words[k + 3].text)
    && words[k + 4] && ORG_HEADS.has(words[k + 4].lower) && !COUNTRY_NAMES.has(`${words[k + 3].text} ${words[k + 4].text}`));
}

/** The organization (or armed unit) named by words i..to, with its canonical id in the country it belongs to. */
function orgCandidate(text: string, words: Word[], i: number, to: number, possCountry: string | null,
  company: boolean): Candidate | null {
  const surface = surfaceOf(text, words, i, to);
  const wordsOf = words.slice(i, to).filter(w => !w.punct).map(w => w.text);
  const lowerSurface = surface.toLowerCase();
  if (NAMED_FORCES.has(lowerSurface.replace(/^the /, ''))) {
    return { from: i, to, kind: 'military_unit', id: `military_unit:${slug(surface.replace(/defence/gi, 'defense'))}`, name: surface };
  }
  // Last word a tail of outlets ("UA War Infographics") and no institution head: an outlet.
  const last = wordsOf[wordsOf.length - 1];
  if (OUTLET_TAILS.has(last)) return null;
  // "Union Island", "Bank Street": a place word ends the phrase.
  if (PLACE_TAILS.has(last)) return null;
  const ctxCountry = possCountry && !isCountryWord(wordsOf[0]) ? possCountry : null;
  const canon = canonicalOrg(wordsOf, ctxCountry);
  if (ctxCountry && canon.country) {
    const named = contextCountryOrg(wordsOf, ctxCountry);
    canon.id = named.id;
    canon.name = named.name;
  }
  return { from: i, to, kind: 'organization', id: canon.id, name: canon.name, core: canon.core, hasCountry: !!canon.country,
    orgWords: wordsOf, company };
}

/** A plural in mixed case ("Results", "Shares"), not an upper-case headline word or a name ending in -ss. */
const commonPlural = (w: Word) => w.text.length > 3 && w.text.endsWith('s') && !w.text.endsWith('ss') && w.text !== w.text.toUpperCase();

/** Longest run of titles before a person's name ("Deputy Prime Minister"). */
const TITLE_RUN = 3;

/**
 * Titles from k on, none naming a portfolio ("Defence", "Foreign"), followed by two name words, neither a body's head
 * word ("Governor Ilse Varga", "Prime Minister Sheikh Hasina"): a person's title, not the end of a body's name
 * ("Ministry of Foreign Affairs", "Office of the President" have none).
 */
function titleOpensPerson(words: Word[], k: number): boolean {
  let m = k;
  while (m < k + TITLE_RUN && isName(words[m]) && TITLES.has(words[m].lower) && !ORG_ADJECTIVES.has(words[m].lower) && joined(words, m)) m++;
  if (m === k) return false;
  const a = words[m];
  const b = words[m + 1];
  if (!isName(a) || !joined(words, m) || ORG_HEADS.has(a.lower) || TITLES.has(a.lower) || TITLE_WORDS.has(a.lower)) return false;
  // One name word after the title is a person's when tagged a proper noun ("Sheikh Hasina", "Governor Varga").
  if (!isName(b) || !joined(words, m + 1)) return a.pos === 'PROPN';
  return !a.poss && !ORG_HEADS.has(b.lower);
}

/** "Douglas & Lomason", "Edward D. Jones & Co": an ampersand within the next three words. */
function ampersandAhead(words: Word[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const w = words[k];
    if (w.text === '&') return true;
    if (w.punct && w.text !== '.') return false;
  }
  return false;
}

/** "News Corp", "Video Ltd": a page word (NOT_NAMES) right before a legal form is the firm's name. */
function firmFormAfter(words: Word[], k: number): boolean {
  return isLegalSuffix(words, k + 1) && !NAME_FORMS.has(words[k + 1].text) && !/^[0-9]/.test(words[k].text);
}

/** A legal-form suffix right after a name word ("ASA", "plc", "Co." written as "Co" + "."). */
function isLegalSuffix(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && !w.punct && LEGAL_SUFFIXES.has(w.text) && joined(words, k) && isName(words[k - 1]) && !words[k - 1].poss;
}

/**
 * "the Republican Party and Kurdish forces", "the U.S. Navy and Sake", "the Irish Navy and Air Corps": after a complete
 * name (a head word) "and" opens another name ("Food and Drug Administration" joins two words of one); a demonym after
 * "and" qualifies the next noun.
 */
function trimAnd(words: Word[], i: number, last: number): number {
  let and = -1;
  for (let k = last; k > i; k--) if (words[k].lower === 'and' && !words[k].punct) { and = k; break; }
  if (and < 0) return last;
  if (ORG_HEADS.has(words[and - 1].lower)) return and - 1;
  return last === and + 1 && DEMONYMS.has(words[last].text) ? and - 1 : last;
}

/** Possessives that belong inside names: plural "Workers'" and "People's", "Women's", "Children's", "Men's". */
const INNER_POSSESSIVE = new Set(['people', 'women', 'children', 'men', 'veterans', 'workers', 'farmers', 'citizens']);
function innerPossessive(text: string, w: Word): boolean {
  const next = text.charCodeAt(w.end + 1);
  const bare = !(next === 115 || next === 83);
  return (bare && w.lower.endsWith('s')) || INNER_POSSESSIVE.has(w.lower);
}

/** An ordinal or number with a unit word: "47th Mechanized Brigade", "8th Regiment of the Special Operations Forces". */
function unitMatch(text: string, words: Word[], i: number): Candidate | null {
  const w0 = words[i];
  if (w0.punct || !isOrdinal(w0.text)) return null;
  let k = i + 1;
  let unitAt = -1;
  while (k < words.length && k < i + 5 && isName(words[k]) && joined(words, k)) {
    if (UNIT_WORDS.has(words[k].lower)) unitAt = k;
    if (words[k].poss) break;
    k++;
  }
  if (unitAt < 0) return null;
  let to = unitAt + 1;
  // "of the Special Operations Forces of Ukraine".
  let k2 = to;
  while (k2 + 1 < words.length && words[k2].lower === 'of' && !words[k2].punct && joined(words, k2)) {
    let m = k2 + 1;
    if (words[m].lower === 'the' && !words[m].punct) m++;
    let e = m;
    while (e < words.length && e < m + 6 && isName(words[e]) && joined(words, e)) { e++; if (words[e - 1].poss) break; }
    if (e === m) break;
    to = e;
    k2 = e;
  }
  const surface = surfaceOf(text, words, i, to);
  return { from: i, to, kind: 'military_unit', id: unitId(words.slice(i, to).filter(w => !w.punct).map(w => w.text)), name: surface };
}

/** Could be part of a person's name (decided once per word text, lexicon.ts). */
function isNameWord(w: Word | undefined): boolean {
  return !!w && (w.flags & NAME_WORD) !== 0;
}

/** Name words from k on (up to three, with particles "von der", hyphenated parts): returns the end, or k. */
function nameRun(words: Word[], k: number): number {
  let e = k;
  let count = 0;
  while (e < words.length && count < 4) {
    const w = words[e];
    if (e > k && !joined(words, e)) break;
    if (isNameWord(w)) { count++; e++; if (w.poss) break; continue; }
    const nx = words[e + 1];
    if (w.text === '-' && w.gap === '' && e > k && isNameWord(nx) && nx?.gap === '') { e++; continue; }
    // "Lai Ching-te", "Kim Jong-un": a short lower-case part glued by a hyphen after two name words ends the name.
    if (w.text === '-' && w.gap === '' && count >= 2 && nx && nx.gap === '' && !nx.punct && !nx.cap && nx.text.length <= 4
      && /^[a-z]+$/.test(nx.text) && !NOT_NAME_TAILS.has(nx.text)) { e += 2; break; }
    if (e > k && !w.punct && NAME_PARTICLES.has(w.lower) && isNameWord(nx)) { e++; continue; }
    // "al-Burhan", "el-Balah", "bin Salman": a particle glued by a hyphen to a name word.
    if (e > k && !w.punct && NAME_PARTICLES.has(w.lower) && nx?.text === '-' && nx.gap === '' && isNameWord(words[e + 2])
      && words[e + 2].gap === '') { e += 2; continue; }
    break;
  }
  return count === 0 ? k : e;
}

function personCandidate(text: string, words: Word[], from: number, to: number, next?: number): Candidate {
  const surface = surfaceOf(text, words, from, to);
  const fold = foldKey(surface);
  const known = PERSON_FULL.get(fold) ?? (to - from === 1 ? PERSON_SURNAME.get(fold) : undefined);
  if (known) return { from, to, next, kind: 'person', id: known.id, name: known.name };
  return { from, to, next, kind: 'person', id: `person:${slug(surface)}`, name: surface };
}

/** Titles or a role noun, then a name ("Colonel Ants Kiviselg", "military analyst Michael Kofman"). */
function titledPerson(text: string, words: Word[], i: number): Candidate | null {
  let k = i;
  let titled = false;
  // A portfolio ("Finance", "Health") is a title only with a role ("Finance Minister"): "the Finance Bill" is a law.
  let role = false;
  while (k < words.length && k < i + 6) {
    const w = words[k];
    if (w.punct) {
      if (w.text === '-' && titled && w.gap === '') { k++; continue; }
      break;
    }
    if (k > i && !joined(words, k)) break;
    const l = w.lower;
    if ((w.cap && TITLES.has(l)) || (!w.cap && (ROLE_NOUNS.has(l) || (titled && (l === 'in' || l === 'elect'))))) {
      titled = true;
      if (!PORTFOLIOS.has(l)) role = true;
      k++;
      continue;
    }
    // "Chief Financial Officer", "Managing Director": title words count only inside a run that holds a title.
    if (w.cap && TITLE_WORDS.has(l)) { k++; continue; }
    break;
  }
  if (!titled || !role || k === i) return null;
  // "Head of the Estonian ..." is a title before an organization, not a name.
  const e = nameRun(words, k);
  if (e === k) return null;
  const n = e - k;
  const roleOnly = !words[i].cap;
  if (roleOnly && n < 2 && !PERSON_SURNAME.has(words[k].fold)) return null;
  if (n === 1 && places().has(words[k].fold) && !PERSON_SURNAME.has(words[k].fold)) return null;
  return personCandidate(text, words, k, e, e);
}

/** Title words that name a portfolio, not a role. */
const PORTFOLIOS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'health']);

/** A given name from the lexicon followed by a capitalized word ("Andriy Kovalenko", "Günther Chalupa"). */
function namedPerson(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || !GIVEN_NAMES.has(w.fold) || w.poss) return null;
  const e = nameRun(words, i);
  if (e - i < 2) return null;
  if (!FIRST_NAMES.has(w.fold) && !broadGivenName(words, i, e)) return null;
  // "Second Thomas Shoal", "Victoria Falls": a place word at the end makes a place, not a person.
  if (PLACE_TAILS.has(words[e - 1].text)) return null;
  return personCandidate(text, words, i, e);
}

/**
 * A name from the broad given-name list opens a person only where it reads as a name: tagged a proper noun and in mixed
 * case (an all-caps headline runs words together: "FOWLER AND MCMANAMAN OUT").
 */
function broadGivenName(words: Word[], i: number, e: number): boolean {
  const w = words[i];
  if (w.pos !== 'PROPN') return false;
  for (let k = i; k < e; k++) if (words[k].text.length > 1 && words[k].text === words[k].text.toUpperCase()) return false;
  return true;
}

/** Initials and a name ("P. Simmons", "J. R. Ewing"): an initial is a lone capital with its dot glued. */
function initialedPerson(text: string, words: Word[], i: number): Candidate | null {
  let k = i;
  while (k < i + 6 && isInitial(words, k)) k += 2;
  if (k === i || !joined(words, k) || words[k].pos !== 'PROPN') return null;
  const e = nameRun(words, k);
  if (e === k || e - k > 2) return null;
  return personCandidate(text, words, i, e);
}
function isInitial(words: Word[], k: number): boolean {
  const w = words[k];
  const dot = words[k + 1];
  return !!w && !!dot && w.cap && w.text.length === 1 && dot.text === '.' && dot.gap === '' && (k === 0 || !words[k - 1].poss);
}

/** Two or three unknown capitalized words that act as a speaker or carry an apposition ("Kaja Kallas said", "X, the head of"). */
function contextPerson(text: string, words: Word[], i: number): Candidate | null {
  const c = contextPersonRaw(text, words, i);
  if (c && c.to - c.from === 1) c.guess = true;
  return c;
}
function contextPersonRaw(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || w.pos !== 'PROPN') return null;
  const e = nameRun(words, i);
  const n = e - i;
  if (n < 1 || n > 3) return null;
  for (let k = i; k < e; k++) if (places().has(words[k].fold) && n === 1) return null;
  const after = words[e];
  const after2 = words[e + 1];
  const prev = words[i - 1];
  const speaks = after && !after.punct && SPEECH_VERBS.has(after.lower) && after.lower !== 'who' && after.lower !== 'has' && after.lower !== 'had' && after.lower !== 'was' && after.lower !== 'is';
  const apposition = n >= 2 && after && after.text === ',' && after2 && (after2.lower === 'the' || after2.lower === 'a' || after2.lower === 'who' || (!after2.punct && TITLES.has(after2.lower)));
  const quoted = prev && !prev.punct && SPEECH_VERBS.has(prev.lower) && prev.lower !== 'who' && words[i - 2]?.punct;
  // "X said in a statement", "Analysts at X": a company, unless a given name opens the run.
  if ((speaks || n >= 2) && !FIRST_NAMES.has(w.fold) && companyCue(words, i, e)) {
    const surface = surfaceOf(text, words, i, e);
    return { from: i, to: e, kind: 'organization', id: `organization:${slug(surface)}`, name: surface, guess: true };
  }
  // "Chile's mining minister, Aurora Williams": a role and a comma before two or three name words.
  const p2 = words[i - 2];
  if (n >= 2 && prev?.text === ',' && p2 && !p2.punct && (ROLE_NOUNS.has(p2.lower) || TITLES.has(p2.lower))) {
    return personCandidate(text, words, i, e);
  }
  // Bylines and credits: "By Kimberly Joseph", "Assessment by Maya Okonjo and ...".
  if (n >= 2 && prev && !prev.punct && prev.lower === 'by' && (prev.first || (p2 && !p2.punct && BYLINE_NOUNS.has(p2.lower)))
    && (!after || after.punct || lineBreakBefore(text, words, e) || after.lower === 'and' || after.lower === 'in' || after.lower === 'for')) {
    return personCandidate(text, words, i, e);
  }
  if (n === 1 && camelCase(w.text) && (speaks || quoted)) {
    // "DriveBC said": inner capitals mark a brand or body, not a person.
    return { from: i, to: e, kind: 'organization', id: `organization:${slug(w.text)}`, name: w.text };
  }
  if (n >= 2 && reportingPaper(words, i, e)) {
    const surface = surfaceOf(text, words, i, e);
    const known = OUTLETS.get(surface);
    return { from: i, to: e, kind: 'outlet', id: known?.id ?? `outlet:${slug(surface)}`, name: known?.name ?? surface };
  }
  if (n >= 2 && (speaks || apposition)) return personCandidate(text, words, i, e);
  if (n === 1 && !w.first && (speaks || quoted)) return personCandidate(text, words, i, e);
  // A byline: "By Dana Whitfield" alone on its line.
  if (n >= 2 && prev && prev.text === 'By' && prev.first && (!after || after.punct || lineBreakBefore(text, words, e))) {
    return personCandidate(text, words, i, e);
  }
  return null;
}

/** Verbs a newspaper is the subject of and a person seldom is ("X reported on Friday", "X quoted him as saying"). */
const PAPER_VERBS = new Set(['reported', 'quoted']);

/**
 * "Daily Variety reported", "the Kestrel Sun quoted him as saying": two or three name words that no given name opens,
 * reporting or quoting, are a newspaper's name (CoNLL eng.train: 40 organizations and no person before these verbs).
 */
function reportingPaper(words: Word[], i: number, e: number): boolean {
  const after = words[e];
  return !!after && !after.punct && PAPER_VERBS.has(after.lower) && !(words[i].flags & FIRST_NAME) && !words[e - 1].poss;
}

/**
 * A name in a person's slot: an age set off by commas ("Ariel Cruz, 30,", "Duran, 45,") or, for two or three words, a
 * country in brackets as results lists write them ("Linda Wild (U.S.) beat ...").
 */
function slottedPerson(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || w.poss) return null;
  const e = nameRun(words, i);
  const n = e - i;
  if (n < 1 || n > 3 || words[e - 1].poss) return null;
  if (ageAfter(words, e) || (n >= 2 && countryInBrackets(text, words, e))) return personCandidate(text, words, i, e);
  // "But Julia Carling, ...": a sentence's opening conjunction or adverb is no part of the name.
  if (n >= 2 && !NOT_IN_NAMES_POS.has(w.pos) && roleAfter(words, e)) return personCandidate(text, words, i, e);
  return null;
}
/** Words that may open a person's description after the comma ("a former ...", "another senior ...", "its chief ..."). */
const ROLE_OPENERS = new Set(['a', 'an', 'the', 'another', 'its', 'his', 'her', 'their', 'former', 'deposed', 'acting', 'then']);
/** Words that end a description before its head ("the network whose host", "a group of doctors"). */
const ROLE_BREAKS = new Set(['whose', 'which', 'who', 'that', 'of', 'for', 'and', 'or', 'with', 'in', 'at', 'on']);
/**
 * ", executive secretary of", ", a spokesman for", ", wife of the president", ", another former senior engineer": a
 * description set off by a comma whose head within five words is a role or a kinship noun. The role word must not be
 * possessive ("the president's office") and every word before it lower case or a name ("IVAC president").
 */
function roleAfter(words: Word[], e: number): boolean {
  if (words[e]?.text !== ',') return false;
  const first = words[e + 1];
  if (!first || first.punct || (!first.cap && !ROLE_OPENERS.has(first.lower) && !TITLE_WORDS.has(first.lower) && !ROLE_NOUNS.has(first.lower))) return false;
  for (let k = e + 1; k < words.length && k <= e + 5; k++) {
    const w = words[k];
    if (w.punct || w.poss || ROLE_BREAKS.has(w.lower)) return false;
    if (!w.cap && (ROLE_NOUNS.has(w.lower) || KIN_NOUNS.has(w.lower))) return true;
  }
  return false;
}
function ageAfter(words: Word[], e: number): boolean {
  const a = words[e];
  const age = words[e + 1];
  const comma = words[e + 2];
  // "In Paris, 37,000 people marched": a comma run on by digits groups thousands; an age's comma is followed by a space.
  const grouped = words[e + 3]?.start === comma?.end && /^\d/.test(words[e + 3]?.text ?? '');
  return a?.text === ',' && !!age && /^[1-9]\d?$/.test(age.text) && comma?.text === ',' && !grouped;
}
function countryInBrackets(text: string, words: Word[], e: number): boolean {
  if (words[e]?.text !== '(' || !words[e + 1]) return false;
  for (let k = e + 2; k <= e + 4 && k < words.length; k++) {
    if (words[k].text !== ')') continue;
    return COUNTRY_NAMES.has(text.slice(words[e + 1].start, words[k - 1].end));
  }
  return false;
}
/** The slot's person replaces nothing, or a place it covers whose first word is a given name or that is shorter. */
function slotOverPlace(c: Candidate | null, p: Candidate | null, w: Word): Candidate | null {
  if (!p) return c;
  if (!c) return p;
  return c.to <= p.to && (FIRST_NAMES.has(w.fold) || c.to - c.from < p.to - p.from) ? p : c;
}

/** Nouns before "by" that credit a person ("Assessment by X", "Reporting by X"). */
const BYLINE_NOUNS = new Set(['assessment', 'analysis', 'report', 'reporting', 'story', 'article', 'photo', 'photos', 'written',
  'edited', 'compiled', 'commentary', 'column', 'interview', 'briefing', 'editing', 'additional', 'video', 'illustration', 'opinion']);

const NAME_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)$/;
/** "DriveBC", "PayPal", "eBay": an inner capital that is not a name prefix ("McDonald", "DeSantis"). */
function camelCase(s: string): boolean {
  for (let k = 1; k < s.length && k < 40; k++) {
    const ch = s[k];
    if (ch >= 'A' && ch <= 'Z' && s[k - 1] >= 'a' && s[k - 1] <= 'z') return !NAME_PREFIXES.test(s.slice(0, k));
  }
  return false;
}

function lineBreakBefore(text: string, words: Word[], k: number): boolean {
  const w = words[k];
  if (!w) return true;
  const from = words[k - 1]?.end ?? 0;
  for (let p = from; p < w.start && p < from + 8; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

/**
 * Named features: "Lake Chad", "Mount Etna", "Highway 1" (head first), "Shuswap Lake", "Kings Road" (tail last), and
 * "the Zambezi valley" (a lower-case landform word after a name).
 */
function featurePlace(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isName(w)) return null;
  const place = (from: number, to: number, name?: string): Candidate => {
    const surface = name ?? surfaceOf(text, words, from, to);
    const known = places().get(foldKey(surface));
    return { from, to, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface };
  };
  if (PLACE_HEADS.has(w.text) && !w.poss) {
    const nx = words[i + 1];
    if (nx && joined(words, i + 1) && !nx.punct) {
      if (/^[0-9]{1,4}[A-Z]?$/.test(nx.text) && (w.text === 'Highway' || w.text === 'Route' || w.text === 'Interstate')) return place(i, i + 2);
      const e = nameRun(words, i + 1);
      if (e > i + 1 && e - i <= 4) return place(i, e);
    }
  }
  if (w.first && !places().has(w.fold)) return null;
  let e = i;
  while (e < words.length && e < i + 5) {
    const x = words[e];
    if (e > i && !joined(words, e)) break;
    if (e > i && PLACE_TAILS.has(x.text)) return place(i, e + 1);
    if (x.text === '-' && x.gap === '' && e > i && words[e + 1]?.gap === '' && isNameWord(words[e + 1])) { e++; continue; }
    if (!isNameWord(x) || x.poss) break;
    e++;
  }
  if (e === i || words[e - 1].poss) return null;
  const t = words[e];
  if (!t || t.punct || !joined(words, e)) return null;
  if (!t.cap && LANDFORM_WORDS.has(t.lower)) {
    const base = surfaceOf(text, words, i, e);
    const known = places().get(foldKey(base));
    const baseName = known && !RIVER_OF.has(foldKey(base)) ? known.name : base.replace(/ River$/, '');
    return place(i, e + 1, `${RIVER_OF.has(foldKey(base)) ? base : baseName} ${t.lower[0].toUpperCase()}${t.lower.slice(1)}`);
  }
  return null;
}

/** "Environment Canada", "Statistics Norway": a national agency named by a noun and its country. */
function agencyCountry(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  const c = words[i + 1];
  if (w.punct || !AGENCY_BEFORE_COUNTRY.has(w.text) || !c || c.punct || !joined(words, i + 1)) return null;
  for (let e = Math.min(i + 4, words.length); e > i + 1; e--) {
    if (words.slice(i + 1, e).some(x => x.punct) || !COUNTRY_NAMES.has(surfaceOf(text, words, i + 1, e))) continue;
    const n = words[e];
    if (n && !n.punct && n.cap && joined(words, e)) return null;
    const name = surfaceOf(text, words, i, e);
    return { from: i, to: e, kind: 'organization', id: `organization:${slug(name)}`, name };
  }
  return null;
}

/** "Kursk region", "Donetsk Oblast", "St Petersburg Oblast": the place with its region word. */
function regionMatch(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isName(w) || COUNTRY_OF.has(w.lower) || TITLES.has(w.lower) || NOT_PLACES.has(w.lower) || ORG_HEADS.has(w.lower)) return null;
  // "the Second Division", "FIRST DIVISION": a rank before the region word names a league's tier or an army's
  // division, never a place.
  if (isRankWord(w.text)) return null;
  for (let e = i + 1; e <= i + 3 && e < words.length; e++) {
    const r = words[e];
    if (!joined(words, e) || r.punct || words[e - 1].poss || isRankWord(r.text)) return null;
    const region = REGION_WORDS.get(r.lower);
    // Only a region, river or direction word makes a mention here; skip the look-ups otherwise.
    if (!region && r.lower !== 'river' && !DIRECTION_WORDS.has(r.lower)) {
      if (!isName(r)) return null;
      continue;
    }
    const base = surfaceOf(text, words, i, e);
    const known = places().get(foldKey(base));
    // "Sunamganj district", "Assam state": a lower-case administrative word describes the place; the name is the place.
    if (region && !r.cap && LOWER_ADMIN.has(r.lower) && (known || !w.first)) {
      return { from: i, to: e, kind: 'place', id: known?.id ?? `place:${slug(base)}`, name: known?.name ?? base };
    }
    // "the Surma river": the river, named without the word.
    if (r.lower === 'river' && !w.first) {
      const river = RIVER_OF.get(foldKey(base));
      const name = river?.name ?? `${base} River`;
      return r.cap ? { from: i, to: e + 1, kind: 'place', id: river?.id ?? `place:${slug(name)}`, name }
        : { from: i, to: e, kind: 'place', id: river?.id ?? `place:${slug(name)}`, name };
    }
    if (region && (region !== 'State' || r.cap) && (known || !w.first)) {
      const baseName = known ? known.name : base;
      const canonical = `${baseName} ${region}`;
      return { from: i, to: e + 1, kind: 'place', id: `place:${slug(canonical)}`, name: canonical, baseId: known?.id ?? `place:${slug(base)}` };
    }
    // "the Kursk direction", "the Pokrovsk front": the place alone.
    if (DIRECTION_WORDS.has(r.lower) && !r.cap && e === i + 1 && !w.first) {
      return known ? { from: i, to: e, kind: 'place', id: known.id, name: known.name }
        : { from: i, to: e, kind: 'place', id: `place:${slug(base)}`, name: base };
    }
    if (!isName(r)) return null;
  }
  return null;
}

/** Capitalized words a municipality's name ends with in official lists ("Kessa City", "Tarno Town"). */
const TOWN_TAILS = new Set(['City', 'Town', 'Village']);

/** Unknown capitalized words in a place context ("the village of Berdin", "near Bolshoye Soldatskoye"). */
function contextPlace(text: string, words: Word[], i: number, strongOnly: boolean): Candidate | null {
  const w = words[i];
  if (!isNameWord(w) || w.first || FIRST_NAMES.has(w.fold)) return null;
  const p1 = words[i - 1];
  const p2 = words[i - 2];
  if (!p1 || p1.punct) return null;
  const afterOf = p1.lower === 'of' && p2 && !p2.punct && SETTLEMENT_WORDS.has(p2.lower);
  const afterPrep = PLACE_PREPOSITIONS.has(p1.lower) && w.pos === 'PROPN';
  if (!afterOf && !afterPrep) return null;
  let e = i + 1;
  if (isNameWord(words[e]) && joined(words, e) && !words[i].poss) e++;
  // After a weak preposition ("in Telegram", "in Kiviselg's view") only a lone word before punctuation or a lower-case word.
  const strong = p1.lower === 'near' || p1.lower === 'towards' || p1.lower === 'toward' || p1.lower === 'outside' || p1.lower === 'around';
  if (strongOnly && !afterOf && !strong) return null;
  const tail = e === i + 2 && TOWN_TAILS.has(words[i + 1].text);
  if (!afterOf && !strong) {
    if (p1.lower !== 'in') return null;
    const nx = words[e];
    if ((e > i + 1 && !tail) || w.poss || !(nx && (nx.punct || !nx.cap))) return null;
  }
  // Round 43 (place43): "in Kessa City": the town is named by its name, as a known town with its tail is ("Nanao City").
  if (tail && !afterOf && !strong) e = i + 1;
  const surface = surfaceOf(text, words, i, e);
  const known = places().get(foldKey(surface));
  return { from: i, to: e, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface };
}

/** The bracketed word after a mention is another name of it: an acronym, a short name or a spelling, not a known word. */
function bracketAlias(acr: Word, c: Candidate, words: Word[]): boolean {
  if (!acr.cap || acr.text.length < 2 || acr.text.length > 16 || NOT_NAMES.has(acr.lower)) return false;
  // A known word ("AFP", "UN") is an alias only when it spells the name's initials: "Armed Forces of the Philippines (AFP)".
  // "Ann Pell (U.S)": a country's abbreviation missing its last dot is the player's country, no other name of hers.
  if (c.kind !== 'country' && COUNTRY_NAMES.has(`${acr.text}.`)) return false;
  if (knownWord(acr.text)) return c.kind !== 'country' && c.kind !== 'nationality' && spellsInitials(acr.text, words, c.from, c.to);
  if (c.kind === 'country' || c.kind === 'nationality') return false;
  const acronym = /^[A-Z][A-Za-z./&]{1,7}$/.test(acr.text) && /[A-Z].*[A-Z]/.test(acr.text);
  if (c.kind === 'place') return !acronym && !places().has(acr.fold);
  return acronym || !places().has(acr.fold);
}

/** True when `acr` is the initials of the capitalized words of words[from, to) ("AFP" for "Armed Forces of the Philippines"). */
function spellsInitials(acr: string, words: Word[], from: number, to: number): boolean {
  let initials = '';
  for (let k = from; k < to; k++) if (!words[k].punct && words[k].cap) initials += words[k].text[0];
  return initials.length >= 2 && initials === acr.replace(/\./g, '').toUpperCase();
}

/** "the Organisation for Security and Cooperation in Europe (OSCE)": the name its bracketed acronym spells out. */
function spelledName(text: string, words: Word[], i: number): Candidate | null {
  const to = spelledNameEnd(words, i, k => joined(words, k));
  if (to < 0) return null;
  const surface = surfaceOf(text, words, i, to);
  return { from: i, to, kind: 'organization', id: `organization:${slug(surface)}`, name: surface };
}

/** A word some table knows (an outlet, organization, country or nationality): "(AFP)" after a name is not its acronym. */
function knownWord(t: string): boolean {
  return OUTLETS.has(t) || KNOWN_ORGS.has(t) || COUNTRY_NAMES.has(t) || DEMONYMS.has(t);
}

/** Lower-case nouns that introduce an organization's acronym ("the disaster agency AFAD", "the rebel group M23"). */
const ORG_DESCRIPTORS = new Set(['agency', 'group', 'authority', 'regulator', 'body', 'party', 'company', 'firm', 'militia',
  'coalition', 'alliance', 'movement', 'organisation', 'organization', 'watchdog', 'union', 'ministry', 'insurer', 'lender',
  'bank', 'operator', 'utility', 'carrier', 'airline', 'charity', 'ngo', 'broker', 'conglomerate', 'giant', 'group’s']);
function descriptorOrg(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  const d = words[i - 1];
  if (w.punct || !d || d.punct || d.cap || !ORG_DESCRIPTORS.has(d.lower) || !/^[A-Z][A-Z0-9&]{1,7}$/.test(w.text)) return null;
  if (knownWord(w.text)) return null;
  // "the union IG Metall": an acronym and one capitalized word after it are one name.
  const x = words[i + 1];
  if (x && !x.punct && x.cap && x.pos === 'PROPN' && joined(words, i + 1) && !x.first && !knownWord(x.text) && !places().has(x.fold) && !TITLES.has(x.lower)
    && x.text !== x.text.toUpperCase()) {
    const surface = surfaceOf(text, words, i, i + 2);
    return { from: i, to: i + 2, kind: 'organization', id: `organization:${slug(surface)}`, name: surface };
  }
  return { from: i, to: i + 1, kind: 'organization', id: `organization:${slug(w.text)}`, name: w.text };
}

const ARTICLES = new Set(['El', 'La', 'Los', 'Las', 'Les', 'Il', 'Lo']);

/**
 * Two or three unknown capitalized words inside a sentence, each tagged PROPN and none a known place, are most often a
 * person's name in news prose ("the signing of Kylian Mbappé from ..."); organizations and places were tried first.
 */
function plainNamePerson(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (w.first || !isNameWord(w) || w.pos !== 'PROPN' || w.text === w.text.toUpperCase()) return null;
  const prev = words[i - 1];
  if (!prev || prev.punct || prev.lower === 'the' || prev.cap) return null;
  const e = nameRun(words, i);
  const n = e - i;
  if (n < 2 || n > 3) return null;
  // "El Teniente", "La Guajira", "Los Alamos": a Romance article opens a place, not a person's name.
  if (ARTICLES.has(w.text) && words[i + 1]?.cap) {
    const surface = surfaceOf(text, words, i, e);
    return { from: i, to: e, kind: 'place', id: `place:${slug(surface)}`, name: surface, guess: true };
  }
  for (let k = i; k < e; k++) {
    const x = words[k];
    if (x.punct) continue;
    if (x.pos !== 'PROPN' || places().has(x.fold) || x.text === x.text.toUpperCase() || camelCase(x.text)) return null;
  }
  const nx = words[e];
  if (nx && !nx.punct && (nx.cap || PLACE_TAILS.has(nx.text) || LANDFORM_WORDS.has(nx.lower) || REGION_WORDS.has(nx.lower))) return null;
  if (nx && !nx.punct && (nx.lower === 'river' || DIRECTION_WORDS.has(nx.lower) || OUTLET_INTRODUCERS.has(nx.lower))) return null;
  return personCandidate(text, words, i, e);
}

/** Outlet shapes: web names, "X News"/"X Times", "the blog X", "the X channel". */
function outletShape(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (w.punct) return null;
  if (w.flags & WEB) return { from: i, to: i + 1, kind: 'outlet', id: `outlet:${slug(w.text)}`, name: w.text };
  if (!w.cap || TITLES.has(w.lower)) return null;
  let e = i;
  while (e < words.length && e < i + 5 && isName(words[e]) && (e === i || joined(words, e))) {
    e++;
    if (words[e - 1].poss) break;
    // "Itar-Tass", "WBUR-FM": a hyphen with no spaces joins two parts of one name.
    if (words[e]?.text === '-' && words[e].gap === '' && isName(words[e + 1]) && words[e + 1].gap === '') e++;
  }
  if (e === i) return null;
  // "the news agency Anadolu", but not "the disaster agency AFAD".
  const intro = words[i - 1];
  const introduced = !!intro && !intro.punct && OUTLET_INTRODUCERS.has(intro.lower)
    && (intro.lower !== 'agency' || words[i - 2]?.lower === 'news' || words[i - 2]?.lower === 'press');
  const after = words[e];
  const channelAfter = !!after && !after.punct && !words[e - 1].poss && joined(words, e) && (OUTLET_INTRODUCERS.has(after.lower)
    || (OUTLET_NOUNS_AFTER.has(after.text) && (after.text !== 'news' || words[e + 1]?.lower === 'agency')));
  const tail = (e - i >= 2 && OUTLET_TAILS.has(words[e - 1].text)) || pressHead(words, i, e);
  if (!introduced && !channelAfter && !tail) return null;
  // "his Saturday radio address": a day or month before a media noun names no outlet.
  if (!introduced && !tail && NOT_NAMES.has(w.lower)) return null;
  // "Current News", "Latest News": page headings, not outlets.
  if (tail && !introduced && e - i === 2 && HEADING_WORDS.has(w.text)) return null;
  if (!introduced && !tail && e - i === 1 && (w.first || DEMONYMS.has(w.text) || COUNTRY_NAMES.has(w.text))) return null;
  let from = i;
  // "the Ukrainian Telegram channel UA War Infographics": leading demonyms and platforms are not the name.
  while (from < e - 1 && (DEMONYMS.has(words[from].text) || KNOWN_ORGS.has(words[from].text))) from++;
  if (channelAfter && !introduced && (DEMONYMS.has(words[from].text) || KNOWN_ORGS.has(words[from].text))) return null;
  const surface = surfaceOf(text, words, from, e);
  const known = OUTLETS.get(surface);
  // "Itar-Tass ... Tass said": the last part of a hyphenated name, written alone later, is the same outlet.
  // Not a generic part ("FOCUS-News": "News" alone is no name).
  const part = words[e - 1];
  const alias: [number, number] | undefined = e - from >= 3 && words[e - 2].text === '-' && !NOT_NAMES.has(part.lower)
    && !OUTLET_TAILS.has(part.text) ? [e - 1, e] : undefined;
  return { from, to: e, next: e, kind: 'outlet', id: known?.id ?? `outlet:${slug(surface)}`, name: known?.name ?? surface, alias };
}

/** "Daily Variety", "Gazeta Shqiptare": a paper's word opens a name of two or more capitalized words. */
function pressHead(words: Word[], i: number, e: number): boolean {
  return e - i >= 2 && OUTLET_HEADS.has(words[i].text);
}

/** A media noun right before or after the name ("the newspaper X", "X newspaper", "X magazine"). */
function mediaNounAround(words: Word[], o: Candidate): boolean {
  const b = words[o.from - 1];
  const a = words[o.to];
  return (!!b && !b.punct && !b.cap && OUTLET_INTRODUCERS.has(b.lower)) || (!!a && !a.punct && !a.cap && OUTLET_INTRODUCERS.has(a.lower));
}

/** An upper-case word ("THAWRA", "AL", "MATIN"): letters, maybe an apostrophe, no lower case. */
const upperWord = (w: Word | undefined): boolean => !!w && w.cap && w.text.length > 1 && w.text === w.text.toUpperCase() &&
  /^[A-Z][A-Z']*$/.test(w.text);

/**
 * A press digest: an upper-case name alone on its line, then a line opening with "-" that sums up one of its stories
 * ("AL-ANWAR\n- The cabinet meets ...", "IRISH TIMES\n- Mortgage rates rise"). The name is the outlet (CoNLL train: 53
 * of 58 such lines name a newspaper; the rest are countries, which the tables keep).
 */
function digestOutlet(text: string, words: Word[], i: number): Candidate | null {
  if (!upperWord(words[i]) || i === 0 || !lineBreakBefore(text, words, i)) return null;
  let e = i + 1;
  // Up to five words, hyphen-joined parts included ("AN-NAHAR", "NIDA'A AL-WATAN", "GACETA DE LOS NEGOCIOS").
  while (e < words.length && e < i + 9 && !lineBreakBefore(text, words, e) &&
    (upperWord(words[e]) || (words[e].text === '-' && words[e].gap === '' && upperWord(words[e + 1])))) e++;
  const dash = words[e];
  if (!dash || dash.text !== '-' || !lineBreakBefore(text, words, e)) return null;
  const surface = surfaceOf(text, words, i, e);
  const known = OUTLETS.get(surface);
  return { from: i, to: e, kind: 'outlet', id: known?.id ?? `outlet:${slug(surface)}`, name: known?.name ?? surface };
}

/** Lower-case "the armed forces", "defense forces of Ukraine", "Ukraine's armed forces": the country's armed forces. */
function lowerForces(text: string, words: Word[], i: number, possCountry: string | null): Candidate | null {
  let country: string | null = possCountry;
  let from = i;
  // "Russian armed forces": the demonym names the country and belongs to the mention.
  const dem = DEMONYMS.get(words[i].text);
  if (dem && !words[i].poss && words[i + 1] && joined(words, i + 1)) {
    country = COUNTRY_OF.get(words[i].lower) ?? null;
    i++;
  }
  const w = words[i];
  if (w.cap || w.punct || (w.lower !== 'armed' && w.lower !== 'defense' && w.lower !== 'defence')) return null;
  const f = words[i + 1];
  if (!f || f.punct || f.lower !== 'forces' || !joined(words, i + 1)) return null;
  let to = i + 2;
  if (!f.poss && words[to]?.lower === 'of' && !words[to].punct) {
    const m = words[to + 1]?.lower === 'the' ? to + 2 : to + 1;
    for (let e = Math.min(m + 3, words.length); e > m; e--) {
      if (words.slice(m, e).some(x => x.punct)) continue;
      const c = COUNTRY_NAMES.get(surfaceOf(text, words, m, e));
      if (c) { country = c.name; to = e; break; }
    }
  }
  const prev = words[i - 1];
  if (!country && !(prev && !prev.punct && (prev.lower === 'the' || prev.poss))) return null;
  const orgWords = [w.lower === 'armed' ? 'Armed' : 'Defense', 'Forces'];
  const canon = canonicalOrg(orgWords, country);
  return { from, to, kind: 'organization', id: canon.id, name: canon.name, core: canon.core, hasCountry: !!canon.country, orgWords };
}

/** Words that name a service or edition of an outlet ("RFE/RL's Ukrainian Service"). */
const SUB_OUTLET = new Set(['Service', 'Desk', 'Edition', 'Bureau', 'Section']);

/** After an outlet's possessive, a capitalized phrase ending in Service/Desk/Edition is part of that outlet. */
function subOutlet(text: string, words: Word[], outlet: Candidate): Candidate | null {
  const k = outlet.to;
  if (!words[k - 1]?.poss) return null;
  let e = k;
  while (e < words.length && e < k + 4 && isName(words[e]) && joined(words, e)) {
    e++;
    if (SUB_OUTLET.has(words[e - 1].text)) {
      const name = `${outlet.name} ${surfaceOf(text, words, k, e)}`;
      return { from: k, to: e, kind: 'outlet', id: `outlet:${slug(name)}`, name };
    }
    if (words[e - 1].poss) break;
  }
  return null;
}

/** Words that open Arabic place names ("Deir al-Balah", "Ras Lanuf", "Umm Qasr", "Beit Hanoun", "Kafr Kanna"). */
const TOPONYM_HEADS = new Set(['Deir', 'Dayr', 'Ras', 'Umm', 'Kafr', 'Kfar', 'Beit', 'Bayt', 'Bir', 'Ain', 'Ein', 'Tell', 'Tal',
  'Jabal', 'Jebel', 'Wadi', 'Bab', 'Sidi', 'Khirbet', 'Marj', 'Jisr', 'Qasr', 'Bani', 'Beni', 'Tel', 'Wad', 'Abu']);
function toponymPlace(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (w.punct || !TOPONYM_HEADS.has(w.text)) return null;
  const e = nameRun(words, i);
  if (e <= i + 1 || e > i + 4) return null;
  // "Abu Shouk", but not "Abu Mohammed" (a person named by his son).
  if (w.text === 'Abu' && FIRST_NAMES.has(words[i + 1].fold)) return null;
  const after = words[e];
  if (after && !after.punct && SPEECH_VERBS.has(after.lower)) return null;
  const surface = surfaceOf(text, words, i, e);
  const known = places().get(foldKey(surface));
  return { from: i, to: e, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface, guess: true };
}

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/** "North Gaza", "Upper Nile", "Khartoum North": a compass word and a known place name one place. */
function compassPlace(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  const n = words[i + 1];
  if (w.punct || !n || n.punct || !joined(words, i + 1) || w.poss) return null;
  const before = COMPASS.has(w.text) && n.cap && places().has(n.fold);
  const after = COMPASS.has(n.text) && w.cap && places().has(w.fold) && !w.first;
  if (!before && !after) return null;
  const nx = words[i + 2];
  if (nx && !nx.punct && nx.cap && joined(words, i + 2)) return null;
  const surface = surfaceOf(text, words, i, i + 2);
  const known = places().get(foldKey(surface));
  return { from: i, to: i + 2, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface };
}

/**
 * "Khan Younis", "Deir el-Balah", "Wad Madani": a one-word gazetteer hit followed by an unknown name word (or a particle
 * and a name) is the first word of a longer place name the gazetteer spells otherwise.
 */
function longerPlace(text: string, words: Word[], c: Candidate): Candidate {
  const i = c.from;
  const e = nameRun(words, i);
  if (e <= i + 1 || e > i + 4 || words[i].poss) return c;
  const nx = words[i + 1];
  if (nx.cap && (places().has(nx.fold) || nx.pos !== 'PROPN' || FIRST_NAMES.has(nx.fold))) return c;
  const names = words.slice(i, e).filter(x => !x.punct && x.cap).length;
  // "Lai Ching-te": a lower-case hyphenated part marks a Chinese or Korean given name.
  if (words[e - 2]?.text === '-' && !words[e - 1].cap) return names >= 2 ? personCandidate(text, words, i, e) : c;
  if (names > 2) return c;
  const after = words[e];
  if (after && !after.punct && (after.cap || SPEECH_VERBS.has(after.lower))) return c;
  const surface = surfaceOf(text, words, i, e);
  const known = places().get(foldKey(surface));
  return { from: i, to: e, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface };
}

/** The words [from, to) name a place, country, organization or person the tables know. */
function knownName(text: string, words: Word[], from: number, to: number): boolean {
  const f = foldKey(surfaceOf(text, words, from, to));
  return places().has(f) || COUNTRY_NAMES.has(surfaceOf(text, words, from, to)) || KNOWN_ORGS.has(surfaceOf(text, words, from, to)) || PERSON_FULL.has(f);
}

/** Named storms, operations, code names, products and plans (kind `other`). */
function eventCandidate(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (w.punct || !w.cap) return null;
  const m = eventMatch(text, words, i, knownName);
  if (!m) return null;
  return { from: m.from, to: m.to, kind: 'other', id: `other:${slug(m.name)}`, name: m.name, alias: m.alias };
}

/**
 * An initialism at word i that no table names as written: nothing matched it, or only a guess, a person, or a place
 * whose name merely folds to it ("CVG", "HINA" are not the places "Cvg", "Hina").
 */
function acronymOpen(words: Word[], c: Candidate | null, i: number): boolean {
  const w = words[i];
  if (knownWord(w.text)) return false;
  // "SOFIA", "BERNE": a place's full name in capitals (a dateline, a headline word) stays the place's.
  if (w.text.length >= 5 && places().has(w.fold)) return false;
  if (!c) return true;
  if (c.from !== i || c.to !== i + 1) return false;
  if (c.kind === 'person') return !PERSON_FULL.has(w.fold) && !PERSON_SURNAME.has(w.fold);
  // A dateline ("LONDON 1996-08-22") opens its line in capitals: that is the place.
  if (w.first || isDigit(words[i + 1]?.text.charCodeAt(0) ?? 0)) return false;
  return c.kind === 'place' && w.text.length >= 3 && places().get(w.fold)?.name !== w.text;
}

/**
 * "retailer Kingsford", "Kingsford chairman", "Kingsford's profit": a small place's name in a company's slot is the
 * company named after it; a capital in that slot stands for its market or government ("Tokyo stocks").
 */
function placeAsCompany(text: string, words: Word[], c: Candidate): Candidate {
  if (c.to - c.from > 2 || CAPITAL_OF.has(c.id) || !companySlot(words, c.from, c.to)) return c;
  const surface = surfaceOf(text, words, c.from, c.to);
  return { from: c.from, to: c.to, kind: 'organization', id: `organization:${slug(surface)}`, name: surface, guess: true,
    placeName: foldKey(surface) };
}

/**
 * "Moody's", "MOODY'S", "Moody's Investors Service": a firm named by a possessive, with the ending, and the capitalized
 * words after it when they end in an organization's head word. Not after a name ("Linford Christie's"), unless that
 * opens the sentence and is no given name ("Later Moody's said").
 */
function possessiveFirm(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  const firm = POSSESSIVE_FIRMS.get(w.lower);
  const prev = words[i - 1];
  if (!firm || (prev && isName(prev) && joined(words, i) && (!prev.first || prev.flags & FIRST_NAME))) return null;
  let e = i + 1;
  let to = i + 1;
  while (e < words.length && e < i + 5 && isName(words[e]) && joined(words, e)) {
    e++;
    if (ORG_HEADS.has(words[e - 1].lower) || LEGAL_SUFFIXES.has(words[e - 1].text)) to = e;
    if (words[e - 1].poss) break;
  }
  if (to > i + 1) {
    const name = `${firm} ${surfaceOf(text, words, i + 1, to)}`;
    return { from: i, to, kind: 'organization', id: `organization:${slug(name)}`, name, company: true };
  }
  return { from: i, to, kind: 'organization', id: `organization:${slug(firm)}`, name: firm, withPossessive: true };
}

/** A place name the report once used in a company's slot names that company wherever else it stands alone. */
function companiesNamedAfterPlaces(text: string, words: Word[], found: Candidate[]): void {
  let named: Map<string, Candidate> | null = null;
  for (const c of found) if (c.placeName) (named ??= new Map()).set(c.placeName, c);
  if (!named) return;
  for (const c of found) {
    if (c.kind !== 'place' || c.to - c.from > 2) continue;
    const o = named.get(foldKey(surfaceOf(text, words, c.from, c.to)));
    if (o) { c.kind = 'organization'; c.id = o.id; c.name = o.name; }
  }
}

/** "the Abu Shouk displacement camp", "Yonaguni island", "the El Teniente mine": a name before a place noun. */
function nounPlace(text: string, words: Word[], i: number): Candidate | null {
  const w = words[i];
  if (!isNameWord(w)) return null;
  const e = nameRun(words, i);
  if (e === i || words[e - 1].poss) return null;
  const end = placeNounAfter(words, e);
  if (end < 0 || !joined(words, e)) return null;
  if (e - i === 1 && w.first && !places().has(w.fold) && w.pos !== 'PROPN') return null;
  const surface = surfaceOf(text, words, i, e);
  const known = places().get(foldKey(surface));
  return { from: i, to: e, kind: 'place', id: known?.id ?? `place:${slug(surface)}`, name: known?.name ?? surface };
}

/** "state miner Codelco", "Shares in Minera Andina", "Petroandes said in a statement": a company by its context. */
function companyByCue(text: string, words: Word[], i: number, lowerMark: number): Candidate | null {
  const w = words[i];
  if (!isName(w) || TITLES.has(w.lower) || NOT_NAMES.has(w.lower)) return null;
  let e = i;
  while (e < words.length && e < i + 3 && isName(words[e]) && (e === i || joined(words, e)) && !NOT_NAMES.has(words[e].lower)) {
    e++;
    if (words[e - 1].poss) break;
  }
  if (e === i || !companyCue(words, i, e)) return null;
  // "Net profit 20.3 vs 22.8" beside "net profit rose": a word the report writes in lower case is that word.
  if (e - i === 1 && w.key?.seenMark === lowerMark) return null;
  // Names with a legal form or an institution word are the organization rule's ("Deutsche Bank AG").
  for (let k = i; k < e + 1 && k < words.length; k++) if (LEGAL_SUFFIXES.has(words[k].text) || ORG_HEADS.has(words[k].lower)) return null;
  const surface = surfaceOf(text, words, i, e);
  const f = foldKey(surface);
  if (places().has(f) || COUNTRY_NAMES.has(surface) || DEMONYMS.has(surface) || KNOWN_ORGS.has(surface) || OUTLETS.has(surface)) return null;
  for (let k = i; k < e; k++) if (words[k].first && words[k].pos !== 'PROPN') return null;
  if (FIRST_NAMES.has(w.fold) && e - i >= 2) return null;
  return { from: i, to: e, kind: 'organization', id: `organization:${slug(surface)}`, name: surface, guess: true };
}

/** Classes of a word at which some rule may match: a capital, or a lower-case word that opens a table name, a numbered
 * unit, a titled name, a web name or the armed forces. */
const ACTIVE = CAP | LOWER_TABLE | DIGIT | TITLE_START | WEB | FORCES;

const nextBuffer = reusable(n => new Int32Array(n));
const coveredBuffer = reusable(n => new Uint8Array(n));

/** The candidate that consumes more words; the earlier one on a tie. */
function longer(b: Candidate | null, c: Candidate | null): Candidate | null {
  return c && (!b || (c.next ?? c.to) > (b.next ?? b.to)) ? c : b;
}

export function recognizeEntities(prepared: PreparedText, _meta: DocumentMeta): EntityMention[] {
  const { text } = prepared;
  const scan = scanWords(prepared);
  const { words, classes } = scan;
  const found: Candidate[] = [];
  const reach = reachOf(words, classes);
  let i = 0;
  while (i < words.length) {
    // A lower-case word that opens no rule's match (most words) is passed over without reading the word itself.
    if (!(classes[i] & ACTIVE)) { i++; continue; }
    const w = words[i];
    if (w.punct || (w.text === 'The' && isName(words[i + 1]))) { i++; continue; }
    const prev = words[i - 1];
    // "Russia's General Staff": the one place a possessive country gives a body its country (ownedBody, orgMatch).
    const possCountry = prev && (prev.poss || prev.punct) ? possessiveCountry(words, i) : null;
    // "US$150 million", "EC$100": a currency prefix, not a country.
    if (text.charCodeAt(w.end) === 36 && w.text.length <= 3) { i++; continue; }
    // "info@example.org": an e-mail address names no outlet.
    if (prev && prev.text === '@' && prev.gap === '') { i++; continue; }
    const c = candidateAt(text, scan, reach, i, possCountry);
    if (!c) { i++; continue; }
    i = record(text, words, found, settle(text, words, c, possCountry), i);
  }
  return finish(text, scan, found);
}

/**
 * Where the next word of a kind is, so a rule that needs one within reach is not called when none is: an organization
 * head word, a lower-case word (place nouns: "camp", "mine"), a region, river or direction word, a feature's tail or
 * landform word, a noun or verb after a company's name, and an opening bracket (a spelled-out name's acronym).
 */
interface Reach {
  head: Int32Array;
  lower: Int32Array;
  region: Int32Array;
  feature: Int32Array;
  cue: Int32Array;
  outlet: Int32Array;
  noun: Int32Array;
  bracket: Int32Array;
}

function reachOf(words: Word[], classes: Int32Array): Reach {
  const n = words.length;
  const next = nextBuffer(8 * (n + 1));
  const nextHead = next.subarray(0, n + 1);
  const nextLower = next.subarray(n + 1, 2 * (n + 1));
  const nextRegion = next.subarray(2 * (n + 1), 3 * (n + 1));
  const nextFeature = next.subarray(3 * (n + 1), 4 * (n + 1));
  const nextCue = next.subarray(4 * (n + 1), 5 * (n + 1));
  const nextOutlet = next.subarray(5 * (n + 1), 6 * (n + 1));
  const nextNoun = next.subarray(6 * (n + 1), 7 * (n + 1));
  const nextBracket = next.subarray(7 * (n + 1), 8 * (n + 1));
  nextHead[n] = nextLower[n] = nextRegion[n] = nextFeature[n] = nextCue[n] = nextOutlet[n] = nextNoun[n] = nextBracket[n] = n + 100;
  for (let k = n - 1; k >= 0; k--) {
    const f = classes[k];
    nextHead[k] = f & HEAD ? k : nextHead[k + 1];
    nextLower[k] = !(f & (PUNCT | CAP)) ? k : nextLower[k + 1];
    nextRegion[k] = f & REGIONISH ? k : nextRegion[k + 1];
    nextFeature[k] = f & FEATURE_END ? k : nextFeature[k + 1];
    nextCue[k] = f & CUE_AFTER ? k : nextCue[k + 1];
    nextOutlet[k] = f & OUTLET_CUE ? k : nextOutlet[k + 1];
    nextNoun[k] = f & PLACE_NOUN ? k : nextNoun[k + 1];
    nextBracket[k] = words[k].punct && words[k].text === '(' ? k : nextBracket[k + 1];
  }
  return {
    head: nextHead, lower: nextLower, region: nextRegion, feature: nextFeature, cue: nextCue, outlet: nextOutlet,
    noun: nextNoun, bracket: nextBracket,
  };
}

/** The entity that starts at words[i], if any: the longest match of the rules, then the checks on what it matched. */
function candidateAt(text: string, scan: Scan, reach: Reach, i: number, possCountry: string | null): Candidate | null {
  const { words } = scan;
  const w = words[i];
  let c = openingMatch(text, words, reach, i, possCountry, scan.lowerMark);
  if (w.cap) c = capitalFallback(text, scan, reach, i, c);
  if (c && c.kind === 'place' && c.to - c.from === 1 && c.from === i) c = longerPlace(text, words, c);
  // "the Consumer Price Index", "Wholesale Price Index (WPI)": a town's name ("Price") in the name of an index.
  if (c && c.kind === 'place' && INDEX_HEADS.has((words[c.to]?.cap ? words[c.to] : words[c.to - 1]).lower)) c = null;
  if (w.poss && w.cap && (!c || (c.from === i && c.to === i + 1))) c = possessiveFirm(text, words, i) ?? c;
  return c;
}

/** The longest match of the rules that open at a word of their kind. */
function openingMatch(text: string, words: Word[], reach: Reach, i: number, possCountry: string | null,
  lowerMark: number): Candidate | null {
  const w = words[i];
  const prev = words[i - 1];
  // The rules are tried in a fixed order and the longest match wins. Most words are lower case, and most rules
  // only start at a capitalized word: those are not called for the rest (each would return null at once).
  // Each rule is skipped where it would return null at once: its first-word test (one bit of the word's classes)
  // fails, or no word it needs is within its reach.
  const cap = w.cap;
  const flags = w.flags;
  let c = tableMatch(text, words, i);
  if (cap) {
    c = longer(c, eventCandidate(text, words, i));
    // A name run ends within ten words of its start ("A al-B C-D E"), and the place noun follows it.
    if (reach.lower[i] <= i + 8 && reach.noun[i + 1] <= i + 10) c = longer(c, nounPlace(text, words, i));
    if (reach.cue[i + 1] <= i + 3 || (prev && prev.flags & CUE_DESCRIPTOR) || (i >= 2 && words[i - 2].flags & CUE_AT)) {
      c = longer(c, companyByCue(text, words, i, lowerMark));
    }
  } else if (isDigit(w.text.charCodeAt(0))) {
    c = longer(c, unitMatch(text, words, i));
  }
  if (cap) {
    if (reach.head[i] < i + 14 || ampersandAhead(words, i)) c = longer(c, orgMatch(text, words, i, possCountry, reach.head));
    if (reach.region[i + 1] <= i + 3) c = longer(c, regionMatch(text, words, i));
    // A spelled-out name ends at its acronym's bracket: a run of capitals with none ahead ("Aa Aa Aa ...") read ten
    // words and built their initials at every word.
    if (reach.bracket[i + 1] <= i + SPELLED_MAX_WORDS) c = longer(c, spelledName(text, words, i));
  }
  if (cap && w.text.length === 1) c = longer(c, initialedPerson(text, words, i));
  // A press digest's name line: an outlet, unless the tables know the words as a place ("IRAQ").
  if (cap && (!c || (c.kind !== 'place' && c.kind !== 'country'))) c = longer(c, digestOutlet(text, words, i));
  if (flags & TITLE_START) c = longer(c, titledPerson(text, words, i));
  if (cap && (flags & NAME_WORD) && (flags & FIRST_NAME)) c = longer(c, namedPerson(text, words, i));
  // An outlet's shape needs a web name, a word before that introduces it, or within five words a tail or introducer.
  if ((flags & WEB) || (cap && ((prev && prev.flags & OUTLET_CUE) || reach.outlet[i + 1] <= i + 5 || OUTLET_HEADS.has(w.text)))) {
    const o = outletShape(text, words, i);
    // "Les Echos newspaper said": a media noun around the words beats a given name's reading of them ("Les").
    c = o && c && c.kind === 'person' && (o.next ?? o.to) === (c.next ?? c.to) && mediaNounAround(words, o) ? o : longer(c, o);
  }
  // Only a demonym or lower-case "armed"/"defence" opens the armed forces.
  if (flags & FORCES) c = longer(c, lowerForces(text, words, i, possCountry));
  return c;
}

/** At a capitalized word: features, agencies and acronyms, then the context rules where nothing matched yet. */
function capitalFallback(text: string, scan: Scan, reach: Reach, i: number, c: Candidate | null): Candidate | null {
  const { words } = scan;
  const w = words[i];
  const flags = w.flags;
  if ((flags & PLACE_HEAD) || reach.feature[i + 1] <= i + 5) c = longer(c, featurePlace(text, words, i));
  if (flags & AGENCY) c = longer(c, agencyCountry(text, words, i));
  if (flags & ACRONYM) c = longer(c, descriptorOrg(text, words, i));
  if (!c) c = contextPlace(text, words, i, true) ?? contextPerson(text, words, i) ?? contextPlace(text, words, i, false)
    ?? plainNamePerson(text, words, i);
  else if (c.kind === 'place' && c.to - c.from === 1) {
    // "minister, Aurora Williams", "By Kimberly Joseph": a person's context beats a one-word gazetteer hit; so does a
    // newspaper's ("the Kestrel Sun reported").
    const p = contextPerson(text, words, i);
    if (p && (p.kind === 'person' || p.kind === 'outlet') && p.to - p.from > 1) c = p;
  }
  if (!c || (c.kind === 'place' && c.from === i)) c = slotOverPlace(c, slottedPerson(text, words, i), w);
  if (!c) c = compassPlace(text, words, i) ?? toponymPlace(text, words, i);
  if ((flags & ACRONYM) && acronymOpen(words, c, i) && orgAcronym(words, i, scan.lowerMark)) {
    c = { from: i, to: i + 1, kind: 'organization', id: `organization:${slug(w.text)}`, name: w.text, guess: true };
  }
  return c;
}

/** What a match turns out to be where it stands: a company named for a place, a country's body, an outlet. */
function settle(text: string, words: Word[], c: Candidate, possCountry: string | null): Candidate {
  if (c.kind === 'place') c = placeAsCompany(text, words, c);
  if (possCountry && c.kind === 'organization' && !c.hasCountry && c.core && isNationalBody(c.core)) c = ownedBody(c, possCountry);
  // "according to the Irrawaddy", "told the X": a place name where an outlet stands is the outlet.
  if (c.kind === 'place' && c.to - c.from <= 2 && outletPosition(words, c.from, c.to) && !CAPITAL_OF.has(c.id)) {
    const name = `The ${surfaceOf(text, words, c.from, c.to)}`;
    const known = OUTLETS.get(name);
    c = { ...c, kind: 'outlet', id: known?.id ?? `outlet:${slug(name)}`, name: known?.name ?? name };
  }
  return c;
}

/** Adds the match, an outlet's section and a bracketed alias to found; returns the word to read on from. */
function record(text: string, words: Word[], found: Candidate[], c: Candidate, i: number): number {
  found.push(c);
  let next = Math.max(c.next ?? c.to, i + 1);
  const sub = c.kind === 'outlet' ? subOutlet(text, words, c) : null;
  if (sub) { found.push(sub); next = sub.to; }
  // "The Washington Post (WP)": the bracketed acronym names the same entity.
  const o = words[next];
  const acr = words[next + 1];
  // Also a bracketed short name or spelling: "Ministry of Health (MoH)", "(Grenlec)", "Abdourahamane Tiani (Tchiani)".
  if (o?.text === '(' && acr && !acr.punct && words[next + 2]?.text === ')' && bracketAlias(acr, c, words)) {
    found.push({ ...c, from: next + 1, to: next + 2, next: undefined, learned: true, guess: false, aliasOf: c });
    return next + 3;
  }
  return next;
}

const isConj = (x: Word | undefined) => !!x && ((!x.punct && (x.lower === 'and' || x.lower === 'or')) || x.text === ',');

/** "in Quelimane and Mocuba", "Sorrento and Chase": an unknown name joined by "and"/"or" to a place is a place. */
function coordinatedPlaces(text: string, words: Word[], classes: Int32Array, found: Candidate[], covered: Uint8Array): void {
  const placeEndingAt = new Map<number, Candidate>();
  const placeStartingAt = new Map<number, Candidate>();
  for (const c of found) if (c.kind === 'place') { placeEndingAt.set(c.to, c); placeStartingAt.set(c.from, c); }
  const extra: Candidate[] = [];
  for (let k = 2; k < words.length; k++) {
    if (covered[k] || !(classes[k] & NAME_WORD)) continue;
    const w = words[k];
    if ( w.first || w.pos !== 'PROPN' || FIRST_NAMES.has(w.fold)) continue;
    const nx = words[k + 1];
    if (nx && !nx.punct && nx.cap && joined(words, k + 1)) continue;
    const conj = words[k - 1];
    const after = words[k + 2];
    // "X and Y", and inside a list "X, Y and Z" (a comma alone may be an apposition: "in Kyiv, Smith said").
    const before = isConj(conj) && placeEndingAt.has(k - 1) && (conj.text !== ',' || isConj(nx));
    const ahead = nx && !nx.punct && (nx.lower === 'and' || nx.lower === 'or') && after && placeStartingAt.has(k + 2)
      && words[k - 1] && !words[k - 1].punct && PLACE_PREPOSITIONS.has(words[k - 1].lower);
    if (!before && !ahead) continue;
    const surface = surfaceOf(text, words, k, k + 1);
    extra.push({ from: k, to: k + 1, kind: 'place', id: `place:${slug(surface)}`, name: surface });
    covered[k] = 1;
  }
  found.push(...extra);
}

/**
 * "Richmond, Va.", "SAN MATEO, Calif. 1996-08-23", "Newark, N.J., in July": a US state's abbreviation after a
 * capitalized town and a comma, ending its phrase (a dot, a comma, a line's end), is the state. The span is the word as
 * scanned: a dotted initialism keeps its inner dots ("N.J."), a closing dot stays punctuation.
 */
/**
 * "from Cargill, Velmor, Sandoz and Dreyfus Corp", "retailers Metro, Rewe and Lidl": an unknown name in a list with a
 * company is a company too. A list, not an apposition: a comma alone counts only where the list goes on after the name.
 * Read both ways, so a company at either end reaches every entry.
 */
function coordinatedCompanies(text: string, words: Word[], classes: Int32Array, found: Candidate[], covered: Uint8Array): void {
  const endingAt = new Map<number, Candidate>();
  const startingAt = new Map<number, Candidate>();
  for (const c of found) if (c.kind === 'organization' && (c.company || c.guess)) { endingAt.set(c.to, c); startingAt.set(c.from, c); }
  if (!endingAt.size) return;
  const entry = (k: number): boolean => {
    if (covered[k] || !(classes[k] & NAME_WORD)) return false;
    const w = words[k];
    // Not a common plural ("First Alliance Corp and Subsidiaries").
    if (w.first || w.pos !== 'PROPN' || (w.flags & FIRST_NAME) || w.text === w.text.toUpperCase() || commonPlural(w)) return false;
    const nx = words[k + 1];
    return !(nx && !nx.punct && nx.cap && joined(words, k + 1));
  };
  const add = (k: number) => {
    const surface = surfaceOf(text, words, k, k + 1);
    const c: Candidate = { from: k, to: k + 1, kind: 'organization', id: `organization:${slug(surface)}`, name: surface, guess: true };
    found.push(c);
    endingAt.set(k + 1, c);
    startingAt.set(k, c);
    covered[k] = 1;
  };
  // An entry between two list marks: after a company ("X, Y and"), or before one ("Y, X and Z Corp", "Y and X Corp").
  for (let k = 2; k < words.length; k++) {
    if (isConj(words[k - 1]) && endingAt.has(k - 1) && (words[k - 1].text !== ',' || isConj(words[k + 1])) && entry(k)) add(k);
  }
  for (let k = words.length - 3; k >= 2; k--) {
    if (isConj(words[k + 1]) && startingAt.has(k + 2) && (words[k + 1].text !== ',' || isConj(words[k - 1])) && entry(k)) add(k);
  }
}

function stateAbbreviations(words: Word[], found: Candidate[], covered: Uint8Array): void {
  const extra: Candidate[] = [];
  for (let k = 2; k < words.length; k++) {
    const w = words[k];
    if (covered[k] || w.punct || !w.cap) continue;
    const state = STATE_OF_ABBREVIATION.get(w.text.endsWith('.') ? w.text.slice(0, -1) : w.text);
    if (!state || words[k - 1].text !== ',' || !isName(words[k - 2]) || words[k - 2].poss) continue;
    const nx = words[k + 1];
    if (nx && !(nx.punct && (nx.text === '.' || nx.text === ',' || nx.text === ';')) && !nx.gap.includes('\n')
      && !w.text.endsWith('.') && !/^\d/.test(nx.text)) continue;
    extra.push({ from: k, to: k + 1, kind: 'place', id: state.id, name: state.name });
    covered[k] = 1;
  }
  found.push(...extra);
}

/** Words before which a region's abbreviation is a place: prepositions of place ("in B.C.", "across NSW"). */
const REGION_ABBREVIATION_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'across', 'throughout', 'within']);

/**
 * "two happened in B.C.", "three in Ont.", "Ontario and B.C.", "B.C.'s health officer", "Vancouver, B.C.": a region's
 * abbreviation (REGION_OF_ABBREVIATION) is the region after a preposition of place, a town and a comma, or a place and
 * "and"/"or"/a comma, or before a place and "and"/"or", or before a possessive ending. Never after a number ("500 B.C."
 * is an era). A word the gazetteer read as another place or a body ("Ont", "Qld", "NSW") is that region instead; a word
 * inside a longer name ("NSW Health") stays the name's.
 */
function regionAbbreviations(words: Word[], found: Candidate[], covered: Uint8Array): void {
  let ends: Set<number> | null = null;
  let starts: Set<number> | null = null;
  const places = () => found.filter(c => c.kind === 'place');
  const placeEndsAt = (k: number): boolean => (ends ??= new Set(places().map(c => c.to))).has(k);
  const placeStartsAt = (k: number): boolean => (starts ??= new Set(places().map(c => c.from))).has(k);
  const extra: Candidate[] = [];
  for (let k = 0; k < words.length; k++) {
    const region = regionOfAbbreviation(words[k]);
    if (!region || afterNumber(words, k)) continue;
    if (!regionAbbreviationSlot(words, k, placeEndsAt, placeStartsAt)) continue;
    if (covered[k]) {
      // Another reading of the word alone ("Ont" a town, "NSW" an organization) yields; a longer name keeps it.
      const own = found.find(c => c.from === k && c.to === k + 1);
      if (!own || (own.kind !== 'place' && own.kind !== 'organization')) continue;
      own.kind = 'place';
      own.id = region.id;
      own.name = region.name;
      continue;
    }
    extra.push({ from: k, to: k + 1, kind: 'place', id: region.id, name: region.name });
    covered[k] = 1;
  }
  found.push(...extra);
}

/** The region a word abbreviates (REGION_OF_ABBREVIATION), its closing dot left out. */
function regionOfAbbreviation(w: Word): PlaceEntry | undefined {
  return w.punct || !w.cap ? undefined : REGION_OF_ABBREVIATION.get(w.text.endsWith('.') ? w.text.slice(0, -1) : w.text);
}

/** Word k follows a number ("500 B.C."). */
function afterNumber(words: Word[], k: number): boolean {
  const pv = words[k - 1];
  return !!pv && /^\d/.test(pv.text);
}

/** The slots of regionAbbreviations: a preposition, a town and a comma, a list of places, a possessive ending. */
function regionAbbreviationSlot(words: Word[], k: number, placeEndsAt: (k: number) => boolean,
  placeStartsAt: (k: number) => boolean): boolean {
  const pv = words[k - 1];
  if (words[k].poss || (pv && REGION_ABBREVIATION_PREPOSITIONS.has(pv.lower))) return true;
  const joiner = (x: Word | undefined) => !!x && (x.text === ',' || x.lower === 'and' || x.lower === 'or');
  if (pv && pv.text === ',' && isName(words[k - 2]) && !words[k - 2].poss) return true;
  if (joiner(pv) && placeEndsAt(k - 1)) return true;
  const nx = words[k + 1];
  return joiner(nx) && placeStartsAt(k + 2);
}

/** Bodies every state has one of: named alone, they are the report's country's. */
const NATIONAL_CORES = new Set(['general staf', 'armed forces', 'defence forces', 'national guard', 'security service',
  'border guard service', 'state emergency service', 'national police', 'office of the president', 'presidential ofice',
  'cabinet of ministers', 'air force', 'navy', 'foreign intelligence service', 'main intelligence directorate'].map(s => foldKey(s)));
function isNationalBody(core: string): boolean {
  return NATIONAL_CORES.has(core) || core.startsWith('ministry of ') || core.startsWith('national ');
}

/** "Russia's General Staff": a national body the table knows without a country is the possessive country's. */
function ownedBody(c: Candidate, country: string): Candidate {
  // A table entry may already name its country ("National Security and Defense Council" of Ukraine).
  if (c.id.endsWith(`-${slug(country)}`)) return c;
  const canon = contextCountryOrg(c.orgWords ?? c.name.split(' '), country);
  return { ...c, id: canon.id, name: canon.name, hasCountry: true };
}

/**
 * A body whose country the text gives by context or a possessive ("Mozambique's Ministry of Health", "the ministry ... in
 * Gaza") takes the country as an id suffix (`ministry-of-health-mozambique`), unless the country's official English puts
 * it last anyway (`general-staff-of-ukraine`). A demonym written inside the name keeps the demonym form.
 */
function contextCountryOrg(orgWords: string[], country: string): { id: string; name: string } {
  const withCountry = canonicalOrg(orgWords, country);
  if (withCountry.id.endsWith(`-${slug(country)}`)) return withCountry;
  // The country's own spelling (Defense for Taiwan and Japan) with the demonym taken off.
  const dem = DEMONYM_OF.get(country) ?? country;
  const base = withCountry.name.startsWith(`${dem} `) ? withCountry.name.slice(dem.length + 1) : canonicalOrg(orgWords, null).name;
  return { id: `organization:${slug(base)}-${slug(country)}`, name: `${base} (${country})` };
}

/** The country named in the possessive right before word k ("Russia's", "Ukraine’s"), or null. */
function possessiveCountry(words: Word[], k: number): string | null {
  let p = words[k - 1];
  if (p && p.punct && words[k - 2]?.poss) p = words[k - 2];
  if (!p || p.punct || !p.poss) return null;
  return COUNTRY_OF.get(p.lower) ?? null;
}

/** "the General Staff in Kiev": the country whose capital follows "in"; "(MoH) in Gaza", "in Chile": the place itself. */
function capitalAfter(text: string, words: Word[], k: number): string | null {
  let w = words[k];
  // Skip a bracketed acronym: "Ministry of Health (MoH) in Gaza".
  if (w?.text === '(' && words[k + 2]?.text === ')') { k += 3; w = words[k]; }
  const c = words[k + 1];
  if (!w || w.punct || w.lower !== 'in' || !c || !c.cap) return null;
  const country = COUNTRY_NAMES.get(c.text);
  if (country) return country.name;
  const place = places().get(c.fold);
  if (!place) return null;
  const capitalOf = CAPITAL_OF.get(place.id);
  if (capitalOf) return capitalOf;
  const n = words[k + 2];
  return n && !n.punct && n.cap ? null : place.name;
}

/**
 * A one-word mention that may be a surname met in a full name before: a person, a guess from one context ("Lebed said"
 * read as a company), or a place or country no preposition marks ("Jordan defends his film" after "Neil Jordan").
 */
function surnameSlot(words: Word[], c: Candidate): boolean {
  if (c.kind === 'person' || c.guess) return true;
  if (c.kind !== 'place' && c.kind !== 'country') return false;
  return (!placeMarked(words, c.from) && words[c.from - 1]?.lower !== 'of') || voiceOrOwnerSlot(words, c.from);
}

/**
 * Round 42 (holder42): a preposition marks no place when its name is a voice ("according to X") or an owner ("to X's
 * 5,300", "in front of X's house"): a person's surname met in full in the report stands there, read as a town it left
 * the person's figure with no holder, or a place's.
 */
function voiceOrOwnerSlot(words: Word[], k: number): boolean {
  if (words[k].poss) return true;
  const p1 = words[k - 1];
  const p2 = words[k - 2];
  return !!p1 && !!p2 && !p1.punct && !p2.punct && p1.lower === 'to' && p2.lower === 'according';
}

/**
 * The surnames, and the given names that open two- or three-word names and no other name shares ("Alan" after "Alan
 * Shearer"). Only words no rule matched are looked up in it.
 */
function withGivenNames(words: Word[], found: Candidate[], bySurname: Map<string, Candidate | null>): Map<string, Candidate | null> {
  const all = new Map(bySurname);
  for (const c of found) {
    if (c.kind !== 'person' || c.to - c.from < 2 || c.to - c.from > 3) continue;
    const w = words[c.from];
    if (!FIRST_NAMES.has(w.fold) || w.poss || bySurname.has(w.fold)) continue;
    const had = all.get(w.fold);
    all.set(w.fold, had !== undefined && had?.id !== c.id ? null : c);
  }
  return all;
}

/** Uncovered capitalized words that are the surname of a person named in full in the report ("Shearer", "Lebed"). */
function loneSurnames(words: Word[], classes: Int32Array, bySurname: Map<string, Candidate | null>, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  if (bySurname.size === 0) return out;
  for (let k = 0; k < words.length; k++) {
    if (covered[k] || !(classes[k] & CAP)) continue;
    const p = bySurname.get(words[k].fold);
    if (!p) continue;
    out.push({ ...p, from: k, to: k + 1, next: undefined });
    covered[k] = 1;
  }
  return out;
}

/** A preposition before the word marks a place ("in Mitchell", "from Williams"). */
function placeMarked(words: Word[], k: number): boolean {
  const p = words[k - 1];
  return !!p && !p.punct && PLACE_PREPOSITIONS.has(p.lower);
}

/** The country a report names most (countries, nationalities and country-specific bodies), if it is named at least twice. */
function dominantCountry(found: Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of found) {
    const country = c.kind === 'country' ? c.name : c.kind === 'nationality' ? COUNTRY_OF.get(c.name.toLowerCase()) : undefined;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let bestName: string | null = null;
  let bestCount = 1;
  for (const [name, n] of counts) if (n > bestCount) { bestName = name; bestCount = n; }
  return bestName;
}

/**
 * "Kursk" alone in a report that names "Kursk region" is the region, unless the text marks the city ("Kursk city",
 * "the city of Kursk", "the road to Kursk"). Capitals stay cities: "Kyiv" is the government even beside "Kyiv region".
 */
function linkRegions(words: Word[], found: Candidate[]): void {
  const regionOf = new Map<string, Candidate>();
  for (const c of found) if (c.kind === 'place' && c.baseId && !CAPITAL_OF.has(c.baseId)) regionOf.set(c.baseId, c);
  if (regionOf.size === 0) return;
  for (const c of found) {
    if (c.kind !== 'place' || c.baseId) continue;
    const region = regionOf.get(c.id);
    if (!region || cityMarked(words, c.from, c.to)) continue;
    c.id = region.id;
    c.name = region.name;
  }
}

const ROUTE_WORDS = new Set(['road', 'highway', 'route', 'way', 'motorway', 'railway', 'train', 'trains', 'flights']);
function cityMarked(words: Word[], from: number, to: number): boolean {
  const nx = words[to];
  if (nx && !nx.punct && nx.lower === 'city') return true;
  const p1 = words[from - 1];
  const p2 = words[from - 2];
  if (!p1 || p1.punct || !p2 || p2.punct) return false;
  if (p1.lower === 'of' && (p2.lower === 'city' || p2.lower === 'centre' || p2.lower === 'center')) return true;
  if ((p1.lower === 'to' || p1.lower === 'towards') && ROUTE_WORDS.has(p2.lower)) return true;
  return false;
}

/**
 * A one-word small place that is also the first word of a company named in the report ("Best Products Co", then
 * "Best emerged from bankruptcy") is the company where no preposition, comma or dateline's date places it ("in Best",
 * "Best, Netherlands", "Regina, Saskatchewan", "BEST 1996-08-22"); a capital or a region stays the place.
 */
function placeNamesFirm(words: Word[], c: Candidate): boolean {
  if (c.kind !== 'place' || c.to - c.from !== 1 || CAPITAL_OF.has(c.id) || REGION_COUNTRY.has(c.id)) return false;
  const p = words[c.from - 1];
  const a = words[c.to];
  if ((p && !p.punct && PLACE_PREPOSITIONS.has(p.lower)) || (p?.text === ',' && isName(words[c.from - 2]))) return false;
  if (!a) return true;
  const b = words[c.to + 1];
  if (a.text === ',' && isName(b) && (places().has(b.fold) || COUNTRY_OF.has(b.lower))) return false;
  return a.text !== '-' && !isDigit(a.text.charCodeAt(0));
}

/**
 * A company named with its legal form ("Nordvik Foods ASA") is later called without it ("Nordvik Foods") or by its first
 * word ("Nordvik"): those shorter forms take its id, whether the first pass left them alone or read them as something else.
 */
function linkCompanies(text: string, words: Word[], classes: Int32Array, found: Candidate[], covered: Uint8Array): void {
  const alias = new Map<string, Candidate>();
  const placeAlias = new Map<string, Candidate>();
  for (const c of found) {
    if (!c.company || !c.orgWords || c.orgWords.length < 2) continue;
    const core = c.orgWords.slice(0, -1);
    alias.set(foldKey(core.join(' ')), c);
    const first = core[0];
    const f = foldKey(first);
    if (core.length < 2 || first.length < 3 || COUNTRY_OF.has(first.toLowerCase()) || DEMONYMS.has(first)
      || NOT_NAMES.has(first.toLowerCase()) || ORG_ADJECTIVES.has(first.toLowerCase()) || alias.has(f)) continue;
    if (!places().has(f)) alias.set(f, c);
    else if (!placeAlias.has(f)) placeAlias.set(f, c);
  }
  // A place word that the report also places ("in Shanghai", "SHANGHAI 1996-08-27", "Regina, Saskatchewan") stays one.
  for (const c of found) {
    if (c.kind === 'place' && c.to - c.from === 1 && !placeNamesFirm(words, c)) placeAlias.delete(foldKey(words[c.from].text));
  }
  if (alias.size === 0 && placeAlias.size === 0) return;
  for (const c of found) {
    if (c.kind === 'organization' || c.to - c.from > 3) continue;
    const key = foldKey(surfaceOf(text, words, c.from, c.to));
    const a = alias.get(key) ?? (placeNamesFirm(words, c) ? placeAlias.get(key) : undefined);
    if (a) { c.kind = 'organization'; c.id = a.id; c.name = a.name; c.company = false; }
  }
  const extra: Candidate[] = [];
  for (let k = 0; k < words.length; k++) {
    if (covered[k] || !(classes[k] & CAP)) continue;
    for (let n = 3; n >= 1; n--) {
      const e = k + n;
      if (e > words.length) continue;
      let ok = true;
      for (let m = k; m < e; m++) if (covered[m] || words[m].punct || (m > k && (!joined(words, m) || words[m - 1].poss))) { ok = false; break; }
      if (!ok) continue;
      const a = alias.get(foldKey(surfaceOf(text, words, k, e)));
      if (!a) continue;
      extra.push({ ...a, from: k, to: e, next: undefined, company: false });
      for (let m = k; m < e; m++) covered[m] = 1;
      k = e - 1;
      break;
    }
  }
  found.push(...extra);
}

/**
 * A surname taken alone ("Kiviselg said") is the full name met in the report; so is a one-word place that is the surname
 * of a person in the report ("Mitchell told reporters"), unless a preposition marks the place, and a one-word
 * organization guessed from context ("Lebed said", wherever "Alexander Lebed" stands). "Von der Leyen" is the end of
 * "Ursula von der Leyen".
 */
function surnamesToPeople(text: string, words: Word[], found: Candidate[], bySurname: Map<string, Candidate | null>): void {
  for (const c of found) {
    if (c.kind === 'person' && c.to - c.from > 1 && c.to - c.from <= 3) {
      const p = bySurname.get(words[c.to - 1].fold);
      if (p && p.id !== c.id && p.to - p.from > c.to - c.from && foldKey(p.name).endsWith(foldKey(surfaceOf(text, words, c.from, c.to)))) {
        c.id = p.id; c.name = p.name;
      }
      continue;
    }
    // A one-word organization guessed from its context ("Lebed said", read as a company) is the person too, wherever
    // the full name stands in the report (a headline names "Lebed" before the story names "Alexander Lebed").
    const guessedOrg = c.kind === 'organization' && c.id === `organization:${slug(surfaceOf(text, words, c.from, c.to))}`;
    if (c.to - c.from !== 1 || !(guessedOrg || surnameSlot(words, c))) continue;
    const p = bySurname.get(words[c.from].fold);
    if (p) { c.kind = 'person'; c.id = p.id; c.name = p.name; }
  }
}

/** "T.B.", "W.", "J": an initial between a title or given name and a surname. */
const INITIALS = /^(?:[A-Z]\.){1,3}$|^[A-Z]$/;

/** The index of the word before `k` past initials and their dots ("Pastor T.B. Joshua", "George W. Bush"). */
function beforeInitials(words: Word[], k: number): number {
  let j = k - 1;
  while (j >= 0 && j > k - 5 && (INITIALS.test(words[j].text) || (words[j].text === '.' && words[j].gap === ''))) j--;
  return j;
}

/** "General Santos City", "Dallas County", "Victoria Park": a settlement, region or feature word keeps the place. */
function placeTypeWord(w: Word): boolean {
  return PLACE_TAILS.has(w.text) || SETTLEMENT_WORDS.has(w.lower) || REGION_WORDS.has(w.lower) || LANDFORM_WORDS.has(w.lower)
    || VENUE_NOUNS.has(w.lower);
}

/** The index of the first word at or after `k` past initials ("W. Bush" -> "Bush"), or `k`. */
function afterInitials(words: Word[], k: number): number {
  let j = k;
  while (j < words.length && j < k + 4 && (INITIALS.test(words[j].text) || (words[j].text === '.' && words[j].gap === ''))) j++;
  return j;
}

/**
 * Round 26 (place26): "the attack at Westgate Mall", "Browns Lane's 2,500 workers": a name guessed as a person (no
 * person table knows it, its first word no given name) that ends in a capitalized street or site word is that site, a
 * place in its town; read as a person it made the count someone's, a rival of every other holder's.
 */
function sitesReadAsPeople(text: string, words: Word[], found: Candidate[]): void {
  for (const c of found) {
    if (c.kind !== 'person' || c.to - c.from < 2 || c.to - c.from > 3) continue;
    const last = words[c.to - 1];
    if (!last.cap || !STREET_NOUNS.has(last.lower) || (words[c.from].flags & FIRST_NAME)) continue;
    const surface = surfaceOf(text, words, c.from, c.to);
    if (PERSON_FULL.has(foldKey(surface))) continue;
    c.kind = 'place';
    c.id = `place:${slug(surface)}`;
    c.name = surface;
  }
}

/**
 * Round 37 (conll37): "the Tulsa Comets", "Sudan Airways": a place guessed from a known town or country and one
 * capitalized plural after it that no place or event table ends with is a club or a firm named after the place (North
 * American sides and national carriers are named so), wherever it stands; read as a place it put a club on the map. A
 * place the gazetteer knows whole ("Colorado Springs") stays a place. (Names read as people are left alone: many
 * surnames end in "s" and many given names are towns.)
 */
/** Endings of names that look like a plural's "s" but are none. */
const NAME_ENDINGS = /(?:is|us|as)$/;

/** A score right after a name on its line (teams.ts `isScore`). */
function scoreAfter(words: Word[], at: number): boolean {
  const w = words[at];
  return !!w && !w.gap.includes('\n') && isScore(w.text);
}

function clubsNamedAfterTowns(text: string, words: Word[], found: Candidate[]): void {
  for (const c of found) {
    if (c.kind !== 'place' || c.to - c.from < 2 || c.to - c.from > 4 || !pluralTail(words[c.to - 1])) continue;
    // "Khan Younis", "Ras Abbas": "-is", "-us", "-as" end names, rarely a plural.
    if (NAME_ENDINGS.test(words[c.to - 1].text)) continue;
    // "Boston Herons 5 Denver Marlows 4": a side in a score line is the sports step's (teams.ts), which reads both sides
    // of the line together; typed here first, it left the other side to a person's reading.
    if (scoreAfter(words, c.to)) continue;
    const town = surfaceOf(text, words, c.from, c.to - 1);
    if (!places().has(foldKey(town)) && !COUNTRY_NAMES.has(town)) continue;
    const surface = surfaceOf(text, words, c.from, c.to);
    if (places().has(foldKey(surface)) || PERSON_FULL.has(foldKey(surface))) continue;
    c.kind = 'organization';
    c.id = `organization:${slug(surface)}`;
    c.name = surface;
  }
}

/**
 * A one- or two-word place that a person's name evidence claims is that person: a capitalized title right before it
 * ("Prime Minister Hun", "Pastor T.B. Joshua", "President Bush"), or a given name right before it ("Josh Green") or as
 * the first word of a guessed two-word place ("Mohan Majhi alleged"). The gazetteer holds many surnames as small towns.
 */
function peopleReadAsPlaces(text: string, words: Word[], found: Candidate[], bySurname: Map<string, Candidate | null>): boolean {
  let named = false;
  const covered = new Set<number>();
  for (const c of found) for (let k = c.from; k < c.to; k++) covered.add(k);
  const personAt = new Map<number, Candidate>();
  for (const c of found) if (c.kind === 'person') personAt.set(c.from, c);
  const merged = new Set<Candidate>();
  for (const c of found) {
    if (c.kind !== 'place' || c.to - c.from > 2 || placeTypeWord(words[c.to - 1])) continue;
    let from = c.from;
    const t = beforeInitials(words, c.from);
    const prev = words[t];
    const titled = !!prev && prev.cap && !covered.has(t) && TITLES.has(prev.lower.replace(/\.$/, ''));
    if (!titled) {
      const two = c.to - c.from === 2;
      const given = two ? words[c.from] : words[c.from - 1];
      if (!given || !given.cap || given.punct || !(given.flags & FIRST_NAME)) continue;
      // A known two-word place opening with a given name ("George Town") stays a place.
      if (two ? places().has(foldKey(surfaceOf(text, words, c.from, c.to))) : covered.has(c.from - 1)) continue;
      if (!two) from = c.from - 1;
    }
    // "President George W. Bush": the rest of the name read as a person after initials joins it.
    const rest = personAt.get(c.to) ?? personAt.get(afterInitials(words, c.to));
    if (rest) { c.to = rest.to; merged.add(rest); }
    const surface = surfaceOf(text, words, from, c.to);
    const known = bySurname.get(words[c.to - 1].fold);
    c.from = from;
    c.kind = 'person';
    c.id = known ? known.id : `person:${slug(surface)}`;
    c.name = known ? known.name : surface;
    // "President Bush ... supported Bush": the other bare mentions of the surname are the person too (surnamesToPeople).
    const last = words[c.to - 1].fold;
    if (!bySurname.has(last)) { bySurname.set(last, c); named = true; }
  }
  for (let n = found.length - 1; n >= 0; n--) if (merged.has(found[n])) found.splice(n, 1);
  return named;
}

/** Demonym endings and what the place name ends with instead: "Crimean" (Crimea), "European" (Europe), "Italian" (Italy). */
const DEMONYM_ENDINGS: [string, string][] = [['n', ''], ['ean', 'e'], ['ian', 'y'], ['ian', 'ia']];

/**
 * One-word places that are other words: the adjective of a known place ("Crimean voters", "European spending"), and a
 * disease's name no preposition marks as a place ("MERS and SARS", "the Sars-Cov2 virus"; "in Marburg" stays).
 */
function wordsReadAsPlaces(words: Word[], found: Candidate[]): void {
  for (let n = found.length - 1; n >= 0; n--) {
    const c = found[n];
    if (c.kind !== 'place' || c.to - c.from !== 1) continue;
    if (demonymOfPlace(words[c.from]) || (DISEASE_NAMES.has(words[c.from].lower) && !placeMarked(words, c.from))) found.splice(n, 1);
  }
}

function demonymOfPlace(w: Word): boolean {
  if (!/^[A-Z][a-z]{3,}an$/.test(w.text) || places().get(w.fold)?.name === w.text) return false;
  const lower = w.fold;
  return DEMONYM_ENDINGS.some(([end, base]) => lower.endsWith(end) && places().has(lower.slice(0, lower.length - end.length) + base));
}

/** Second pass: surnames and acronyms met after their full forms, descriptive references, and org id unification. */
function finish(text: string, scan: Scan, found: Candidate[]): EntityMention[] {
  const { words, classes } = scan;
  const covered = coveredBuffer(words.length).fill(0);
  for (const c of found) for (let k = c.from; k < c.to; k++) covered[k] = 1;
  const { bySurname, byAcronym } = nameIndexes(words, found);
  // A surname taken alone in the first pass ("Kiviselg said") is the full name met in the report.
  // A one-word place that is the surname of a person in the report ("Mitchell told reporters") is that person, unless a
  // preposition marks the place; "Von der Leyen" is the end of "Ursula von der Leyen".
  surnamesToPeople(text, words, found, bySurname);
  if (peopleReadAsPlaces(text, words, found, bySurname)) surnamesToPeople(text, words, found, bySurname);
  wordsReadAsPlaces(words, found);
  sitesReadAsPeople(text, words, found);
  clubsNamedAfterTowns(text, words, found);
  unifyBareOrganizations(text, words, found);
  linkRegions(words, found);
  for (const c of found) if (c.aliasOf) { c.kind = c.aliasOf.kind; c.id = c.aliasOf.id; c.name = c.aliasOf.name; }
  linkCompanies(text, words, classes, found, covered);
  companiesNamedAfterPlaces(text, words, found);
  coordinatedPlaces(text, words, classes, found, covered);
  coordinatedCompanies(text, words, classes, found, covered);
  stateAbbreviations(words, found, covered);
  regionAbbreviations(words, found, covered);
  organizationsWithPlaces(words, found);
  const teams = sportsTeams(text, words, classes, found, covered, w => !!bySurname.get(w.fold));
  teams.push(...goalScorers(text, words, classes, found, covered));
  teams.push(...teamsAfterCountry(text, words, classes, [...found, ...teams], covered));
  const surnames = loneSurnames(words, classes, withGivenNames(words, found, bySurname), covered);
  surnames.push(...scorecardPlayers(text, words, classes, [...found, ...teams, ...surnames], covered, w => bySurname.get(w.fold)));
  surnames.push(...listedPeople(text, words, classes, [...found, ...teams, ...surnames], covered));
  const extra: Candidate[] = recurringNames(scan, found, covered, {
    nameWord: w => (w.flags & RECUR_NAME) !== 0,
    known: w => (w.flags & (PLACE | KNOWN | FIRST_NAME | SPEECH)) !== 0,
  });
  if (bySurname.size) surnamesToPeople(text, words, extra, bySurname);
  laterMentions(scan, found, covered, bySurname, byAcronym, extra);
  return clubFormsJoined(text, mentionsOf(text, words, [...found, ...teams, ...surnames, ...extra].sort((a, b) => a.from - b.from)));
}

/** The longest club form ("F.C.", "IFK"), in characters: how far back a mention's start is looked at. */
const CLUB_FORM_REACH = Math.max(...[...CLUB_FORMS].map(f => f.length)) + 2;

/**
 * Round 37 (conll37): "SV Ried 5 1 1 3", "F.C. Brasov 1": a club's form written one space before an organization's name
 * opens that club's name. Read apart, the form was a second organization (or nothing) and the club lost its full name.
 */
function clubFormsJoined(text: string, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'organization' || text[m.start - 1] !== ' ') { out.push(m); continue; }
    const before = text.slice(Math.max(0, m.start - CLUB_FORM_REACH), m.start - 1);
    const form = /(?:^|\s)(\S+)$/.exec(before)?.[1];
    if (!form || !CLUB_FORMS.has(form)) { out.push(m); continue; }
    const start = m.start - 1 - form.length;
    const prev = out[out.length - 1];
    if (prev && prev.end > start) {
      if (prev.start !== start || prev.end !== m.start - 1) { out.push(m); continue; }
      out.pop();
    }
    const name = text.slice(start, m.end);
    out.push({ ...m, start, text: name, id: `organization:${slug(name)}`, name });
  }
  return out;
}

/** People by surname (null where two people share one) and entities by their one-word acronym. */
function nameIndexes(words: Word[], found: Candidate[]): {
  bySurname: Map<string, Candidate | null>; byAcronym: Map<string, Candidate>;
} {
  const bySurname = new Map<string, Candidate | null>();
  const byAcronym = new Map<string, Candidate>();
  for (const c of found) {
    if (c.kind === 'person' && c.to - c.from >= 2) {
      const last = words[c.to - 1].fold;
      const had = bySurname.get(last);
      bySurname.set(last, had && had.id !== c.id ? null : c);
    }
    if (c.to - c.from === 1 && /^[A-Z][A-Z./&]{1,7}$/.test(words[c.from].text)) byAcronym.set(words[c.from].text, c);
  }
  // A one-word name a title or a table gave ("President Clinton") names the person later too, unless a full name has it.
  for (const c of found) {
    if (c.kind !== 'person' || c.to - c.from !== 1 || c.guess || words[c.from].text.length < 3) continue;
    if (!ABBREVIATIONS.has(titleCase(words[c.from].text)) && !bySurname.has(words[c.from].fold)) bySurname.set(words[c.from].fold, c);
  }
  return { bySurname, byAcronym };
}

/**
 * Bare organization names ("Defence Ministry", "General Staff") take the id of the country-specific one in the report;
 * a national body named alone belongs to the capital it sits in ("the General Staff in Kiev") or the report's country.
 */
function unifyBareOrganizations(text: string, words: Word[], found: Candidate[]): void {
  const byCore = new Map<string, Candidate>();
  for (const c of found) if (c.kind === 'organization' && c.hasCountry && c.core) byCore.set(c.core, c);
  let mainCountry: string | null | undefined;
  for (const c of found) {
    if (c.kind !== 'organization' || c.hasCountry || !c.core) continue;
    // A body a possessive country owns ("Russia's General Staff") took its country in the first pass (hasCountry).
    const full = byCore.get(c.core);
    if (full) { c.id = full.id; c.name = full.name; continue; }
    if (!isNationalBody(c.core) || (!c.orgWords && c.core.startsWith('national '))) continue;
    let country = capitalAfter(text, words, c.to);
    if (!country) country = mainCountry === undefined ? (mainCountry = dominantCountry(found)) : mainCountry;
    if (!country) continue;
    const canon = contextCountryOrg(c.orgWords ?? c.name.split(' '), country);
    c.id = canon.id;
    c.name = canon.name;
  }
}

/** Uncovered words that name an entity met before: a surname, an acronym, a head word ("the Council"); added to extra. */
function laterMentions(scan: Scan, found: Candidate[], covered: Uint8Array, bySurname: Map<string, Candidate | null>,
  byAcronym: Map<string, Candidate>, extra: Candidate[]): void {
  const { words, classes } = scan;
  let lastOrg: Candidate | null = null;
  const orgsSeen: Candidate[] = [];
  let f = 0;
  const sorted = [...found].sort((a, b) => a.from - b.from);
  for (let k = 0; k < words.length; k++) {
    while (f < sorted.length && sorted[f].from <= k) {
      if (sorted[f].kind === 'organization') { lastOrg = sorted[f]; orgsSeen.push(sorted[f]); }
      f++;
    }
    // Only capitalized words and head words ("the ministry") are asked about.
    if (covered[k] || !(classes[k] & (CAP | DESCRIPTIVE))) continue;
    const w = words[k];
    if (w.cap) {
      const p = bySurname.size ? bySurname.get(w.fold) : undefined;
      if (p) { extra.push({ ...p, from: k, to: k + 1, next: undefined }); continue; }
      const a = byAcronym.size ? byAcronym.get(w.text) : undefined;
      if (a) { extra.push({ ...a, from: k, to: k + 1, next: undefined }); continue; }
      // "The Council said", "Commission President X": a capitalized head word alone names the body met before.
      if (!(w.flags & DESCRIPTIVE) || !lastOrg) continue;
      const nx = words[k + 1];
      if (!(words[k - 1]?.lower === 'the' || (nx && !nx.punct && TITLES.has(nx.lower)))) continue;
    }
    if ((w.flags & DESCRIPTIVE) && (w.cap || words[k - 1]?.lower === 'the') && lastOrg) {
      const o = headWordReference(words, k, orgsSeen);
      if (o) extra.push({ ...o, from: k, to: k + 1, next: undefined });
    }
  }
}

/** "the ministry said": the most recent organization with that head word; "the company": the most recent company. */
function headWordReference(words: Word[], k: number, orgsSeen: Candidate[]): Candidate | null {
  const w = words[k];
  // "the company said": only as a source; a company's self-description ("The company now employs") is not marked.
  const nx = words[k + 1];
  const company = (w.lower === 'company' || w.lower === 'firm') && !!nx && !nx.punct && SPEECH_VERBS.has(nx.lower);
  if ((w.lower === 'company' || w.lower === 'firm') && !company) return null;
  for (let m = orgsSeen.length - 1; m >= 0 && m >= orgsSeen.length - 12; m--) {
    const o = orgsSeen[m];
    if (o.name.toLowerCase().includes(w.lower) || (company && (o.company || o.guess))) return o;
  }
  return null;
}

/** Round 43: a colon glued to the name at `to`, then a figure on the same line: the name labels a field's value. */
function fieldLabel(words: Word[], to: number): boolean {
  const colon = words[to];
  const value = words[to + 1];
  return !!colon && colon.text === ':' && colon.gap === '' && !!value && !value.gap.includes('\n') && /^[0-9]/.test(value.text);
}

/** The mentions' character spans, in order, less month and era abbreviations and field labels. */
function mentionsOf(text: string, words: Word[], all: Candidate[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const c of all) {
    // "(Aug 23)", "Jul 31, 1996" in tables: a month abbreviation alone names no body or place (an alias may have
    // borrowed it from a longer match around it).
    if (c.to - c.from === 1 && c.kind !== 'person' && MONTH_ABBREVIATIONS.has(words[c.from].lower)) continue;
    // "500 B.C.": a region's abbreviation after a number is an era, however a later pass linked it.
    if (c.to - c.from === 1 && c.kind === 'place' && afterNumber(words, c.from) && regionOfAbbreviation(words[c.from])) continue;
    // "Sale Amount: 1,820,000", "DATE: 09/04/96": a field's label before a colon and a figure names no person or body.
    if ((c.kind === 'person' || c.kind === 'organization') && fieldLabel(words, c.to)) continue;
    const start = words[theOfOutlet(text, words, c)].start;
    let end = 'withPossessive' in c && c.withPossessive ? possessiveEnd(text, words[c.to - 1].end) : words[c.to - 1].end;
    if (c.kind === 'organization' && sentenceEndingForm(words, c.to)) end = words[c.to - 2].end;
    out.push({ start, end, text: text.slice(start, end), kind: c.kind, id: c.id, name: c.name });
  }
  return out;
}

/**
 * The first word of an outlet's mention: a capital "The" inside a sentence belongs to the title the paper prints ("at The
 * Times", "said The Statesman"); at a sentence's start the capital is the sentence's own unless the table writes the
 * title with it ("The Washington Post said", not "The WP article").
 */
function theOfOutlet(text: string, words: Word[], c: Candidate): number {
  if (c.kind !== 'outlet' || c.from === 0) return c.from;
  const the = words[c.from - 1];
  if (the.text !== 'The' || !joined(words, c.from)) return c.from;
  return !the.first || OUTLETS.has(`The ${surfaceOf(text, words, c.from, c.to)}`) ? c.from - 1 : c.from;
}

/**
 * A legal form abbreviated with one closing dot ends the name and the sentence ("a stake in Walt Disney Co. The deal"):
 * the dot is the sentence's full stop and stays out of the span, as a state's abbreviation's does.
 */
function sentenceEndingForm(words: Word[], to: number): boolean {
  const dot = words[to - 1];
  const form = words[to - 2];
  if (to < 2 || dot.text !== '.' || dot.gap !== '' || !form || !/^[A-Za-z]+$/.test(form.text) || !LEGAL_SUFFIXES.has(`${form.text}.`)) return false;
  const n = words[to];
  return !n || n.gap.includes('\n') || (n.first && n.cap);
}

/** The end of the possessive ending at `end` ("'s", "’s", or a bare apostrophe). */
function possessiveEnd(text: string, end: number): number {
  const s = text.charCodeAt(end + 1);
  return s === 115 || s === 83 ? end + 2 : end + 1;
}
