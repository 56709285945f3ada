// Word classes the recognizer asks about at every word, decided once per distinct word text: the word scan caches
// them with the word's fold key, so a rule's "can it start here" test is a bit test, not a set look-up per word.
import { COUNTRY_NAMES, DEMONYMS } from './countries';
import { BODY_AFTER, COMPANY_AFTER, COMPANY_BEFORE_AT, COMPANY_DESCRIPTOR_PLURALS, COMPANY_DESCRIPTORS, PLACE_MODIFIERS, PLACE_NOUNS,
  PRICE_MOVES } from './cues';
import { LANDFORM_WORDS, PLACE_HEADS, PLACE_TAILS, places, REGION_WORDS } from './gazetteer';
import { AGENCY_BEFORE_COUNTRY, KNOWN_ORGS, LEGAL_SUFFIXES, ORG_HEADS } from './organizations';
import { OUTLETS, OUTLET_INTRODUCERS, OUTLET_NOUNS_AFTER, OUTLET_TAILS, isWebName } from './outlets';
import { GIVEN_NAMES, ROLE_NOUNS, TITLES, TITLE_WORDS } from './people';

export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'wrote', 'writes', 'noted', 'added', 'stated', 'stressed', 'emphasized',
  'emphasised', 'informed', 'explained', 'announced', 'reported', 'claimed', 'warned', 'argued', 'insisted', 'confirmed',
  'denied', 'tweeted', 'posted', 'asked', 'replied', 'believes', 'thinks', 'has', 'had', 'was', 'is', 'who']);
export const DIRECTION_WORDS = new Set(['direction', 'front', 'axis', 'sector', 'frontline']);
export const DESCRIPTIVE_HEADS = new Set(['ministry', 'agency', 'council', 'office', 'department', 'service', 'committee', 'commission',
  'company', 'firm', 'parliament', 'government', 'court', 'bank', 'army', 'directorate', 'bureau', 'staff']);
/** Capitalized words that are never part of a person's name. */
export const NOT_NAMES = new Set(`january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday advertisement comments share photo video read more update updated breaking live news features
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
twenty thirty forty fifty hundred thousand dozens hundreds thousands`.split(/\s+/)
  // "I'm", "I'd": a capital and a glued apostrophe as in "O'Brien", yet the pronoun (both apostrophes).
  .concat(['m', 'd', 've', 'll'].flatMap(c => [`i'${c}`, `i\u2019${c}`])));
export const HAS_DIGIT_OR_DOT = /[0-9./]/;

/** An organization head word or legal suffix: an organization phrase needs one within reach. */
export const HEAD = 1;
/** Capitalized and possibly part of a person's name: not a title, head word, country, outlet or number. */
export const NAME_WORD = 2;
/** A web name ("ua.news") starting with a letter. */
export const WEB = 4;
/** Can open a titled name: a capitalized title or title word, or a lower-case role noun. */
export const TITLE_START = 8;
/** The fold key is a common given name. */
export const FIRST_NAME = 16;
/** The fold key names a place in the gazetteer. */
export const PLACE = 32;
/** A head word a descriptive reference uses ("the ministry"). */
export const DESCRIPTIVE = 64;
/** A region, river or direction word: "Kursk region", "the Surma river", "the Pokrovsk direction". */
export const REGIONISH = 128;
/** Not capitalized, yet the start of a name the tables hold as written ("dpa", "al-Qaeda"). */
export const LOWER_TABLE = 256;
/** Opens lower-case armed forces: a demonym, or lower-case "armed"/"defense"/"defence". */
export const FORCES = 512;
/** A national agency noun before a country ("Environment Canada"). */
export const AGENCY = 1024;
/** Ends a named feature: a capitalized place tail ("Lake", "Road") or a lower-case landform word ("valley"). */
export const FEATURE_END = 2048;
/** Opens a named feature ("Lake Chad", "Mount Etna"). */
export const PLACE_HEAD = 4096;
/** The shape of an organization's acronym after a descriptor ("the rebel group M23"). */
export const ACRONYM = 8192;
/** Lower-case company descriptor before a name ("state miner X"). */
export const CUE_DESCRIPTOR = 16384;
/** A noun before "at/in X" that makes X a company ("Analysts at X"). */
export const CUE_AT = 32768;
/** After a name, a company noun ("shares"), a price's move ("rose") or "said"/"says" (of "said in a statement"). */
export const CUE_AFTER = 65536;
/** First letter upper case. */
export const CAP = 1 << 17;
/** First character an ASCII digit. */
export const DIGIT = 1 << 18;
/** A punctuation mark (the only class a mark has). */
export const PUNCT = 1 << 19;
/** The fold key has a node in the name tables' index (set by the word scan). */
export const TABLE = 1 << 20;
/** Some table holds the word as written: an outlet, organization, country or nationality. */
export const KNOWN = 1 << 21;
/** A speech verb ("said", "told"). */
export const SPEECH = 1 << 22;
/** Could name something when it recurs: a name word, or an all-capital acronym without digits or dots. */
export const RECUR_NAME = 1 << 23;
/** Marks an outlet's name: a word that introduces one ("channel", "agency") or ends one ("News", "Times"). */
export const OUTLET_CUE = 1 << 24;
/** A lower-case place noun or its modifier after a name ("camp", "displacement camp"). */
export const PLACE_NOUN = 1 << 25;

/** Every beginning of a table name written without a capital: a lower-case word can open no other table name. */
const LOWER_PREFIXES = new Set<string>();
for (const table of [OUTLETS, KNOWN_ORGS, COUNTRY_NAMES, DEMONYMS] as ReadonlyMap<string, unknown>[]) {
  for (const name of table.keys()) {
    if (isUpper(name[0])) continue;
    for (let n = 1; n <= name.length; n++) LOWER_PREFIXES.add(name.slice(0, n));
  }
}

/** First letter upper case (the word scan's test). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The classes of a word (letters or digits, never a punctuation mark) from its text alone. */
export function wordClass(text: string, lower: string, fold: string, cap: boolean): number {
  let f = cap ? CAP : 0;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) f |= DIGIT;
  if (ORG_HEADS.has(lower) || LEGAL_SUFFIXES.has(text)) f |= HEAD;
  if (cap && !TITLES.has(lower) && !TITLE_WORDS.has(lower) && !ORG_HEADS.has(lower) && !LEGAL_SUFFIXES.has(text)
    && !COUNTRY_NAMES.has(text) && !DEMONYMS.has(text) && !OUTLETS.has(text) && !NOT_NAMES.has(lower)
    && !HAS_DIGIT_OR_DOT.test(text) && text.length > 1) f |= NAME_WORD;
  if (isWebName(text) && /[a-z]/i.test(text[0])) f |= WEB;
  if (cap ? TITLES.has(lower) || TITLE_WORDS.has(lower) : ROLE_NOUNS.has(lower)) f |= TITLE_START;
  if (GIVEN_NAMES.has(fold)) f |= FIRST_NAME;
  if (places().has(fold)) f |= PLACE;
  if (DESCRIPTIVE_HEADS.has(lower)) f |= DESCRIPTIVE;
  if (REGION_WORDS.has(lower) || lower === 'river' || DIRECTION_WORDS.has(lower)) f |= REGIONISH;
  if (!cap && LOWER_PREFIXES.has(text)) f |= LOWER_TABLE;
  if (DEMONYMS.has(text) || (!cap && (lower === 'armed' || lower === 'defense' || lower === 'defence'))) f |= FORCES;
  if (AGENCY_BEFORE_COUNTRY.has(text)) f |= AGENCY;
  if (PLACE_TAILS.has(text) || (!cap && LANDFORM_WORDS.has(lower))) f |= FEATURE_END;
  if (PLACE_HEADS.has(text)) f |= PLACE_HEAD;
  if (/^[A-Z][A-Z0-9&]{1,7}$/.test(text)) f |= ACRONYM;
  if (!cap && (COMPANY_DESCRIPTORS.has(lower) || COMPANY_DESCRIPTOR_PLURALS.has(lower))) f |= CUE_DESCRIPTOR;
  if (COMPANY_BEFORE_AT.has(lower)) f |= CUE_AT;
  if (COMPANY_AFTER.has(lower) || BODY_AFTER.has(lower) || PRICE_MOVES.has(lower) || lower === 'said' || lower === 'says') f |= CUE_AFTER;
  if (OUTLETS.has(text) || KNOWN_ORGS.has(text) || COUNTRY_NAMES.has(text) || DEMONYMS.has(text)) f |= KNOWN;
  if (SPEECH_VERBS.has(lower)) f |= SPEECH;
  if (OUTLET_INTRODUCERS.has(lower) || OUTLET_TAILS.has(text) || (!cap && OUTLET_NOUNS_AFTER.has(lower))) f |= OUTLET_CUE;
  if (!cap && (PLACE_NOUNS.has(lower) || PLACE_MODIFIERS.has(lower))) f |= PLACE_NOUN;
  if ((f & NAME_WORD) || (text.length > 1 && text === text.toUpperCase() && cap && !HAS_DIGIT_OR_DOT.test(text))) f |= RECUR_NAME;
  return f;
}
