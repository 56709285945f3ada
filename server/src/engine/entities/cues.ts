// Context cues that tell the kind of a name the tables do not know: the words around it ("the Abu Shouk camp",
// "Shares in X", "X said in a statement", "minister, X Y", "according to the X").
import type { Word } from './words';

/** Prepositions that mark a place after them ("near X", "in X", "towards X"). */
export const PLACE_PREPOSITIONS = new Set(['near', 'towards', 'toward', 'outside', 'in', 'around', 'from', 'at', 'into', 'to']);

/** Lower-case nouns after a name that make it a place ("Yonaguni island", "the Abu Shouk displacement camp"). */
export const PLACE_NOUNS = new Set(['camp', 'camps', 'mine', 'mines', 'island', 'islands', 'crossing', 'airport', 'airbase',
  'base', 'port', 'neighbourhood', 'neighborhood', 'township', 'refinery', 'oilfield', 'smelter', 'checkpoint', 'atoll',
  'archipelago', 'enclave', 'governorate', 'locality', 'commune', 'parish', 'quarter']);
/** Last words of the names of streets, squares and parks ("Pennsylvania Avenue", "Victoria Park"): sites in a town. */
export const STREET_NOUNS = new Set(['avenue', 'street', 'square', 'boulevard', 'plaza', 'park', 'mall', 'lane', 'road']);
/**
 * Nouns of a site or building after a town's name ("outside the Kabul airport", "outside Lagos's main hospital"): the
 * vicinity of a venue in the town, which lies in the town. The place nouns and street nouns above and these.
 */
export const VENUE_NOUNS = new Set([...PLACE_NOUNS, ...STREET_NOUNS, 'embassy', 'consulate', 'stadium', 'arena',
  'hospital', 'station', 'parliament', 'palace', 'building', 'mosque', 'church', 'cathedral', 'temple', 'synagogue',
  'school', 'university', 'court', 'courthouse', 'headquarters', 'hotel', 'prison', 'jail', 'market', 'museum', 'office',
  'offices', 'ministry', 'gate', 'gates', 'terminal', 'plant', 'factory', 'barracks', 'compound', 'shrine']);
/**
 * Round 34 (fa34h): venue nouns that end the name of a site where a figure happens, never of a body that holds or
 * states one ("died at the Varna General Hospital", "gathered in front of the Civic Hall Building"): after a place's
 * preposition such a name is where, not whose. Bodies that share venue nouns (ministry, office, court, university) are out.
 */
export const SITE_NOUNS = new Set(['stadium', 'arena', 'hospital', 'building', 'mosque', 'church', 'cathedral', 'temple',
  'synagogue', 'shrine', 'hotel', 'prison', 'jail', 'market', 'terminal', 'airport', 'barracks', 'compound', 'square', 'plaza']);
/**
 * Diseases and their pathogens, which the recognizer's capitalized-name rules read as bodies or people ("Covid-related
 * deaths", "EHEC", "Acute Encephalitis Syndrome (AES)"): names of what a figure counts, never whose it is (round 22).
 * Lower case; a name of several words is a disease when it ends in one of DISEASE_HEADS.
 */
export const DISEASE_NAMES = new Set(['covid', 'covid-19', 'coronavirus', 'sars', 'sars-cov-2', 'mers', 'ebola', 'cholera',
  'zika', 'dengue', 'malaria', 'measles', 'mpox', 'monkeypox', 'polio', 'typhoid', 'anthrax', 'ehec', 'hus', 'aes', 'h1n1',
  'h5n1', 'h7n9', 'hiv', 'aids', 'nipah', 'marburg', 'lassa', 'omicron']);
export const DISEASE_HEADS = new Set(['syndrome', 'fever', 'virus', 'disease', 'encephalitis', 'influenza', 'flu', 'pox',
  'infection', 'outbreak']);
/** Lower-case words that may stand between the name and that noun ("displacement camp", "copper mine"). */
export const PLACE_MODIFIERS = new Set(['displacement', 'refugee', 'idp', 'copper', 'gold', 'coal', 'lithium', 'iron', 'silver',
  'border', 'military', 'air', 'naval', 'oil', 'gas', 'underground', 'open-pit', 'transit', 'relief', 'detention']);

/** The end of a place noun after word e ("camp", "displacement camp"), or -1. */
export function placeNounAfter(words: Word[], e: number): number {
  const a = words[e];
  if (!a || a.punct || a.cap) return -1;
  if (PLACE_NOUNS.has(a.lower)) return e + 1;
  const b = words[e + 1];
  if (PLACE_MODIFIERS.has(a.lower) && b && !b.punct && !b.cap && PLACE_NOUNS.has(b.lower)) return e + 2;
  return -1;
}

/** Lower-case nouns for companies and bodies before a name ("state miner Codelco", "oil company Petroandes"). */
export const COMPANY_DESCRIPTORS = new Set(['miner', 'producer', 'maker', 'manufacturer', 'retailer', 'company', 'firm',
  'lender', 'insurer', 'operator', 'utility', 'carrier', 'airline', 'conglomerate', 'giant', 'group', 'developer', 'supplier',
  'refiner', 'exporter', 'importer', 'distributor', 'startup', 'start-up', 'automaker', 'carmaker', 'chipmaker', 'bank',
  'broker', 'agency', 'regulator', 'watchdog', 'charity', 'ngo', 'militia', 'organisation', 'organization', 'monitor',
  // Kinds of business named before the name ("retail chain X", "U.S. bankers X", "sole arranger X"); not words that
  // also stand before a person ("publisher", "rival"), nor the press, whose names are outlets ("the daily X").
  'chain', 'bankers', 'brokerage', 'brokers', 'consultancy', 'subsidiary', 'arranger']);
/** Plurals of the descriptors before a list of names ("retailers Metro, Rewe and Lidl", "carmakers X and Y"). */
export const COMPANY_DESCRIPTOR_PLURALS = new Set([...COMPANY_DESCRIPTORS].filter(w => !w.endsWith('s'))
  .map(w => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)));

/** Nouns before "at/in X" that make X a company ("Analysts at X", "Shares in X"). */
export const COMPANY_BEFORE_AT = new Set(['analysts', 'analyst', 'economists', 'economist', 'strategists', 'strategist', 'shares',
  'stake', 'investors', 'executives', 'engineers', 'traders', 'staff', 'employees', 'workers']);
/** Nouns after a possessive name or a name that make it a company ("X's shares", "X chairman", "X shares"). */
export const COMPANY_AFTER = new Set(['shares', 'stock', 'chairman', 'chairwoman', 'ceo', 'executives', 'shareholders', 'board',
  'spokesperson', 'spokesman', 'spokeswoman', 'revenue', 'profit', 'profits', 'output', 'subsidiary', 'headquarters']);

/**
 * Nouns after a name no table knows that make it a company or a body ("its Fox Broadcasting unit", "Berlex management");
 * not for known places, whose army divisions are the place's; not "officials", which a people or a state has too.
 */
export const BODY_AFTER = new Set(['unit', 'division', 'spokesmen', 'management', 'directors']);

/**
 * Verbs of a share price's move ("X rose 12 pence to 340", "X closed at 95"): a name no table knows whose price moves is
 * a listed company. Not "added" or "dropped", which players do with points and shots.
 */
export const PRICE_MOVES = new Set(['rose', 'fell', 'gained', 'lost', 'shed', 'eased', 'slipped', 'climbed', 'jumped', 'firmed',
  'slid', 'plunged', 'surged', 'advanced', 'declined', 'dipped', 'edged', 'closed', 'ended', 'tumbled', 'soared', 'rallied']);

/** Org evidence around the word range [from, to): "Analysts at", "Shares in", a price's move, or a company's slot (companySlot). */
export function companyCue(words: Word[], from: number, to: number): boolean {
  const p1 = words[from - 1];
  const p2 = words[from - 2];
  if (p1 && p2 && !p1.punct && !p2.punct && (p1.lower === 'at' || p1.lower === 'in') && COMPANY_BEFORE_AT.has(p2.lower)) return true;
  const a = words[to];
  if (a && !a.punct && !a.cap && BODY_AFTER.has(a.lower) && !words[to - 1].poss) return true;
  return priceMove(words, from, to) || companySlot(words, from, to);
}

/**
 * A price's move after the name: a move verb, then within five words of the clause "to" or "at" and a price ("rose 5 to
 * 691p", "lost 2.4 percent to 521 francs", "fell to $2.56", "closed at 95.5"). A rank ("climbed to 5th") or a side ("lost
 * 6-4 to Becker") is no price. Not a market's town ("in Frankfurt closed at"), a sentence's first word alone ("Exports
 * fell 3 percent to", "Gold closed at") or a headline's capitals.
 */
export function priceMove(words: Word[], from: number, to: number): boolean {
  const a = words[to];
  if (!a || a.punct || !PRICE_MOVES.has(a.lower)) return false;
  const p1 = words[from - 1];
  if ((p1 && !p1.punct && PLACE_PREPOSITIONS.has(p1.lower)) || (to - from === 1 && words[from].first)) return false;
  for (let k = from; k < to; k++) if (words[k].text.length > 1 && words[k].text === words[k].text.toUpperCase()) return false;
  for (let k = to + 1; k < words.length && k <= to + 5; k++) {
    const w = words[k];
    if (w.punct && w.text !== '-' && w.text !== '/') return false;
    if (w.lower !== 'to' && w.lower !== 'at') continue;
    let p = k + 1;
    // A currency before the price: "$2.56", "A$ 6.39", "US$ 5".
    while (p < words.length && p <= k + 2 && words[p].text.endsWith('$')) p++;
    const price = words[p];
    return !!price && /^[0-9][0-9.,]*p?$/.test(price.text);
  }
  return false;
}

/**
 * The cues a place name cannot stand in ("retailer X", "X chairman", "X's profit", "X said in a statement"); "traders in
 * X" is left out, as people work in places too.
 */
export function companySlot(words: Word[], from: number, to: number): boolean {
  const p1 = words[from - 1];
  if (p1 && !p1.punct && !p1.cap && (COMPANY_DESCRIPTORS.has(p1.lower) || COMPANY_DESCRIPTOR_PLURALS.has(p1.lower))) return true;
  const a = words[to];
  const last = words[to - 1];
  if (a && !a.punct && !a.cap && COMPANY_AFTER.has(a.lower)) return true;
  if (last.poss && a && !a.punct && COMPANY_AFTER.has(a.lower)) return true;
  // "X said in a statement": people speak in statements too, so this counts only for names without a given name.
  const b = words[to + 1];
  const c = words[to + 2];
  const d = words[to + 3];
  return !!(a && b && c && d && (a.lower === 'said' || a.lower === 'says') && b.lower === 'in' && c.lower === 'a'
    && d.lower === 'statement');
}

/** Speech and reporting verbs after an outlet ("the Irrawaddy reported"). */
const OUTLET_VERBS = new Set(['reported', 'reports', 'wrote', 'writes', 'published', 'quoted']);

/** The name at [from, to) stands where an outlet stands: "according to the X", "told the X", "the X reported", "X, citing". */
export function outletPosition(words: Word[], from: number, to: number): boolean {
  const p1 = words[from - 1];
  const p2 = words[from - 2];
  const p3 = words[from - 3];
  const a = words[to];
  const b = words[to + 1];
  const theBefore = !!p1 && !p1.punct && p1.lower === 'the';
  if (!theBefore) return false;
  if (p2 && p3 && !p2.punct && p2.lower === 'to' && p3.lower === 'according') return true;
  if (p2 && !p2.punct && (p2.lower === 'told' || p2.lower === 'citing' || p2.lower === 'cited')) return true;
  if (a && !a.punct && OUTLET_VERBS.has(a.lower)) return true;
  return !!(a && b && a.text === ',' && !b.punct && b.lower === 'citing');
}
