// Organization name rules: head words that make a capitalized phrase an organization, known organizations and
// acronyms, and the canonical form that merges spelling variants (Defence/Defense, Centre/Center, country adjectives).
import { COUNTRY_OF, DEMONYM_OF, DEMONYMS } from './countries';
import { foldKey, slug } from './fold';

/** Capitalized words that make a name phrase an organization. */
export const ORG_HEADS = new Set(`ministry department council office staff forces intelligence agency service services committee
commission parliament bank court party university college institute police guard guards army navy command directorate bureau
union organization organisation association fund authority administration assembly duma rada senate congress cabinet government
inc inc. ltd ltd. gmbh llc corp corp. corporation company co. group holdings ag sa plc foundation federation league centre center
headquarters secretariat board tribunal ministry's commissariat inspectorate prosecutor's prosecutors coalition movement front
brigade network initiative alliance society club academy laboratory lab hospital church programme program observatory
fleet corps`.split(/\s+/));

/** Words that may join the capitalized words of an organization name. */
export const ORG_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'de', 'des', 'du', 'la', 'für', 'der']);

export interface KnownOrg {
  id: string;
  name: string;
  kind: 'organization' | 'outlet' | 'military_unit' | 'other';
}

const KNOWN: [string, string, KnownOrg['kind']?][] = [
  ['NATO', 'NATO'], ['North Atlantic Treaty Organization', 'NATO'], ['EU', 'European Union'], ['European Union', 'European Union'],
  ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['United Nations', 'United Nations'],
  ['UN Security Council', 'United Nations Security Council'], ['Security Council', 'United Nations Security Council'],
  ['SBU', 'Security Service of Ukraine'], ['Security Service of Ukraine', 'Security Service of Ukraine'],
  ['GUR', 'Main Intelligence Directorate of Ukraine'], ['HUR', 'Main Intelligence Directorate of Ukraine'],
  ['FSB', 'Federal Security Service of Russia'], ['Federal Security Service', 'Federal Security Service of Russia'],
  ['GRU', 'GRU'], ['SVR', 'Foreign Intelligence Service of Russia'], ['CIA', 'Central Intelligence Agency'],
  ['FBI', 'Federal Bureau of Investigation'], ['ISW', 'Institute for the Study of War'],
  ['Institute for the Study of War', 'Institute for the Study of War'], ['Pentagon', 'Pentagon'], ['Kremlin', 'Kremlin'],
  ['White House', 'White House'], ['State Department', 'US Department of State'], ['Verkhovna Rada', 'Verkhovna Rada'],
  ['Rada', 'Verkhovna Rada'], ['State Duma', 'State Duma'], ['Duma', 'State Duma'], ['IAEA', 'International Atomic Energy Agency'],
  ['WHO', 'World Health Organization'], ['World Health Organization', 'World Health Organization'], ['IMF', 'International Monetary Fund'],
  ['International Monetary Fund', 'International Monetary Fund'], ['World Bank', 'World Bank'], ['OSCE', 'OSCE'],
  ['ICC', 'International Criminal Court'], ['International Criminal Court', 'International Criminal Court'], ['Red Cross', 'Red Cross'],
  ['ICRC', 'International Committee of the Red Cross'], ['UNICEF', 'UNICEF'], ['UNHCR', 'UNHCR'], ['OCHA', 'OCHA'],
  ['European Commission', 'European Commission'], ['European Parliament', 'European Parliament'], ['G7', 'G7'], ['G20', 'G20'],
  ['Wagner Group', 'Wagner Group'], ['Wagner', 'Wagner Group'], ['Hamas', 'Hamas'], ['Hezbollah', 'Hezbollah'],
  ['Taliban', 'Taliban'], ['Houthis', 'Houthis'], ['OPEC', 'OPEC'], ['Rosatom', 'Rosatom'], ['Gazprom', 'Gazprom'],
  ['Naftogaz', 'Naftogaz'], ['Ukrenergo', 'Ukrenergo'], ['Ukrzaliznytsia', 'Ukrzaliznytsia'], ['Telegram', 'Telegram', 'other'],
  ['Facebook', 'Facebook', 'other'], ['YouTube', 'YouTube', 'other'], ['Twitter', 'X (Twitter)', 'other'], ['TikTok', 'TikTok', 'other'],
  ['Instagram', 'Instagram', 'other'], ['Disqus', 'Disqus', 'other'],
  ['General Staff', 'General Staff'], ['Joint Chiefs of Staff', 'Joint Chiefs of Staff'],
  ['Special Operations Forces', 'Special Operations Forces', 'military_unit'], ['SSO', 'Special Operations Forces', 'military_unit'],
  ['Azov', 'Azov Brigade', 'military_unit'], ['Pacific Fleet', 'Pacific Fleet', 'military_unit'],
  ['Black Sea Fleet', 'Black Sea Fleet', 'military_unit'], ['Baltic Fleet', 'Baltic Fleet', 'military_unit'],
];

/** Exact surface form -> known organization. */
export const KNOWN_ORGS = new Map<string, KnownOrg>();
for (const [surface, name, kind = 'organization'] of KNOWN) {
  const prefix = kind === 'military_unit' ? 'military_unit' : kind === 'other' ? 'other' : 'organization';
  KNOWN_ORGS.set(surface, { id: `${prefix}:${slug(name)}`, name, kind });
}

// Variant spellings of organization words, one canonical (Commonwealth) form each.
const WORD_CANON: Record<string, string> = { defense: 'Defence', center: 'Centre', program: 'Programme', labor: 'Labour' };

/**
 * Canonical name of an organization phrase: variant spellings unified (Defense/Defence, Center/Centre), "Defence Ministry" ->
 * "Ministry of Defence", and a country named after the name moved to a leading demonym
 * ("Ministry of Defence of Estonia" and "Estonian Defense Ministry" -> "Estonian Ministry of Defence").
 * `core` is the fold key without the country, to link bare references ("the Defence Ministry") in the same report.
 */
export function canonicalOrg(words: string[], possCountry: string | null = null): { id: string; name: string; core: string; country: string | null } {
  let w = words.map(x => WORD_CANON[x.toLowerCase()] ?? x);
  while (w.length && w[0].toLowerCase() === 'the') w = w.slice(1);
  let country: string | null = possCountry;
  let prefix: string | null = possCountry ? DEMONYM_OF.get(possCountry) ?? possCountry : null;
  if (w.length > 1 && !prefix) {
    const two = `${w[0]} ${w[1]}`;
    const isDem = (s: string) => DEMONYMS.has(s);
    if (w.length > 2 && COUNTRY_OF.has(two.toLowerCase())) {
      country = COUNTRY_OF.get(two.toLowerCase())!;
      prefix = isDem(two) ? DEMONYMS.get(two)!.name : DEMONYM_OF.get(country) ?? two;
      w = w.slice(2);
    } else if (COUNTRY_OF.has(w[0].toLowerCase())) {
      country = COUNTRY_OF.get(w[0].toLowerCase())!;
      // A demonym is normalized; a country name or acronym stays as written ("UK Defence Intelligence").
      prefix = isDem(w[0]) ? DEMONYMS.get(w[0])!.name : w[0];
      w = w.slice(1);
    }
  }
  // Trailing "of (the) <Country>".
  for (let k = w.length - 1; k > 0 && !country; k--) {
    const ofThe = w[k - 1].toLowerCase() === 'the' && k >= 2 && w[k - 2].toLowerCase() === 'of';
    if (w[k - 1].toLowerCase() !== 'of' && !ofThe) continue;
    const tail = w.slice(k).join(' ').toLowerCase();
    if (COUNTRY_OF.has(tail)) {
      country = COUNTRY_OF.get(tail)!;
      prefix = DEMONYM_OF.get(country) ?? country;
      w = w.slice(0, ofThe ? k - 2 : k - 1);
    }
  }
  // "Defence Ministry" -> "Ministry of Defence" (also "Interior Ministry", "Foreign Ministry").
  if (w.length === 2 && w[1] === 'Ministry') w = [w[1], 'of', w[0]];
  const core = w.join(' ');
  const name = prefix ? `${prefix} ${core}` : core;
  return { id: `organization:${slug(name)}`, name, core: foldKey(core), country };
}
