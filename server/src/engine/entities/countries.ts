// Countries with their other names and demonyms. One line: "Name=alias,alias:Demonym,Demonym".
// The first demonym is the display name of the nationality ("North Korean").
// Countries that no longer exist (Soviet Union, Yugoslavia, ...) are still places in older and historical reports; a
// former name of a country that goes on (Zaire) is an alias of it.
const TABLE = `Afghanistan:Afghan
Albania:Albanian
Algeria:Algerian
Andorra:Andorran
Angola:Angolan
Argentina:Argentine,Argentinian
Armenia:Armenian
Australia:Australian
Austria:Austrian
Azerbaijan:Azerbaijani,Azeri
Bahrain:Bahraini
Bangladesh:Bangladeshi
Belarus=Byelorussia:Belarusian
Belgium:Belgian
Benin:Beninese
Bhutan:Bhutanese
Bolivia:Bolivian
Bosnia and Herzegovina=Bosnia:Bosnian
Botswana:Motswana
Brazil:Brazilian
Brunei:Bruneian
Bulgaria:Bulgarian
Burkina Faso:Burkinabe
Burundi:Burundian
Cambodia:Cambodian
Cameroon:Cameroonian
Canada:Canadian
Chad:Chadian
Chile:Chilean
China=People's Republic of China,PRC:Chinese
Colombia:Colombian
Congo=Democratic Republic of the Congo,DR Congo,DRC,Zaire:Congolese,Zairean
Costa Rica:Costa Rican
Croatia:Croatian
Cuba:Cuban
Cyprus:Cypriot
Czech Republic=Czechia:Czech
Denmark:Danish,Dane
Djibouti:Djiboutian
Dominican Republic:Dominican
Ecuador:Ecuadorian
Egypt:Egyptian
El Salvador:Salvadoran
Eritrea:Eritrean
Estonia:Estonian
Ethiopia:Ethiopian
Fiji:Fijian
Finland:Finnish,Finn
France:French
Gabon:Gabonese
Gambia:Gambian
Georgia:Georgian
Germany:German
Ghana:Ghanaian
Greece:Greek
Guatemala:Guatemalan
Guinea:Guinean
Haiti:Haitian
Honduras:Honduran
Hungary:Hungarian
Iceland:Icelandic,Icelander
India:Indian
Indonesia:Indonesian
Iran=Islamic Republic of Iran,Islamic Republic:Iranian
Iraq:Iraqi
Ireland=Republic of Ireland:Irish
Israel:Israeli
Italy:Italian
Ivory Coast=Côte d'Ivoire:Ivorian
Jamaica:Jamaican
Japan:Japanese
Jordan:Jordanian
Kazakhstan:Kazakh
Kenya:Kenyan
Kosovo:Kosovar
Kuwait:Kuwaiti
Kyrgyzstan:Kyrgyz
Laos:Lao,Laotian
Latvia:Latvian
Lebanon:Lebanese
Liberia:Liberian
Libya:Libyan
Liechtenstein
Lithuania:Lithuanian
Luxembourg:Luxembourgish
Madagascar:Malagasy
Malawi:Malawian
Malaysia:Malaysian
Mali:Malian
Malta:Maltese
Mauritania:Mauritanian
Mexico:Mexican
Moldova:Moldovan
Monaco:Monegasque
Mongolia:Mongolian
Montenegro:Montenegrin
Morocco:Moroccan
Mozambique:Mozambican
Myanmar=Burma:Burmese
Namibia:Namibian
Nepal:Nepali,Nepalese
Netherlands=Holland,The Netherlands:Dutch
New Zealand:New Zealander
Nicaragua:Nicaraguan
Niger:Nigerien
Nigeria:Nigerian
North Korea=DPRK,Democratic People's Republic of Korea,N. Korea:North Korean
North Macedonia=Macedonia:Macedonian
Norway:Norwegian
Oman:Omani
Pakistan:Pakistani
Palestine=Palestinian Territories:Palestinian
Panama:Panamanian
Papua New Guinea:Papua New Guinean
Paraguay:Paraguayan
Peru:Peruvian
Philippines:Filipino,Philippine
Poland:Polish,Pole
Portugal:Portuguese
Qatar:Qatari
Romania:Romanian
Russia=Russian Federation,RF:Russian
Rwanda:Rwandan
Saudi Arabia:Saudi
Senegal:Senegalese
Serbia:Serbian,Serb
Sierra Leone:Sierra Leonean
Singapore:Singaporean
Slovakia:Slovak
Slovenia:Slovenian,Slovene
Somalia:Somali
South Africa:South African
South Korea=Republic of Korea,ROK:South Korean
South Sudan:South Sudanese
Spain:Spanish,Spaniard
Sri Lanka:Sri Lankan
Sudan:Sudanese
Sweden:Swedish,Swede
Switzerland:Swiss
Syria:Syrian
Taiwan:Taiwanese
Tajikistan:Tajik
Tanzania:Tanzanian
Thailand:Thai
Togo:Togolese
Tunisia:Tunisian
Turkey=Türkiye,Turkiye:Turkish,Turk
Turkmenistan:Turkmen
Uganda:Ugandan
Ukraine:Ukrainian
United Arab Emirates=UAE:Emirati
United Kingdom=UK,U.K.,Britain,Great Britain:British,Briton
United States=US,U.S.,USA,U.S.A.,United States of America,America:American
Uruguay:Uruguayan
Uzbekistan:Uzbek
Vatican=Holy See
Venezuela=Bolivarian Republic of Venezuela:Venezuelan
Vietnam=Viet Nam:Vietnamese
Yemen:Yemeni
Zambia:Zambian
Zimbabwe:Zimbabwean
Grenada:Grenadian
Barbados:Barbadian,Bajan
Trinidad and Tobago:Trinidadian
Antigua and Barbuda:Antiguan
Saint Kitts and Nevis=St. Kitts and Nevis,St Kitts and Nevis,St. Kitts,St Kitts,Saint Kitts
Saint Lucia=St. Lucia,St Lucia:Saint Lucian
Saint Vincent and the Grenadines=St. Vincent and the Grenadines,St Vincent and the Grenadines:Vincentian
Dominica
Bahamas=The Bahamas:Bahamian
Belize:Belizean
Guyana:Guyanese
Suriname:Surinamese
Maldives:Maldivian
Mauritius:Mauritian
Seychelles:Seychellois
Cape Verde=Cabo Verde:Cape Verdean
Samoa:Samoan
Tonga:Tongan
Vanuatu:Vanuatuan
Solomon Islands
Timor-Leste=East Timor:Timorese
Comoros:Comoran
Guinea-Bissau
Equatorial Guinea:Equatoguinean
Lesotho
Eswatini=Swaziland:Swazi
San Marino
Soviet Union=USSR,U.S.S.R.:Soviet
Yugoslavia:Yugoslav
Czechoslovakia:Czechoslovak
East Germany:East German
West Germany:West German`;

export interface CountryEntry {
  id: string;
  name: string;
}

/** Surface form (as written) -> country; demonym (as written) -> nationality. Built once. */
export const COUNTRY_NAMES = new Map<string, CountryEntry>();
export const DEMONYMS = new Map<string, CountryEntry>();
/** Demonym or country name (lower case) -> canonical country name, for organization names ("Estonian Ministry"). */
export const COUNTRY_OF = new Map<string, string>();
/** Canonical country name -> its first demonym ("Estonia" -> "Estonian"). */
export const DEMONYM_OF = new Map<string, string>();
/** Country id -> the id of its people ("country:iran" -> "nationality:iranian"). */
export const NATIONALITY_OF = new Map<string, string>();
/** The id of a people -> its country's id ("nationality:north-korean" -> "country:north-korea"). */
export const COUNTRY_OF_NATIONALITY = new Map<string, string>();
/** Canonical country name -> its short form where it has one ("United States" -> "US"), as names use it. */
export const SHORT_COUNTRY = new Map<string, string>();

function slugOf(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const pluralPeoples: [string, CountryEntry][] = [];
for (const line of TABLE.split('\n')) {
  const [names, dems = ''] = line.split(':');
  const [name, aliases = ''] = names.split('=');
  const country = { id: `country:${slugOf(name)}`, name };
  for (const n of [name, ...aliases.split(',').filter(Boolean)]) {
    COUNTRY_NAMES.set(n, country);
    COUNTRY_OF.set(n.toLowerCase(), name);
    if (!SHORT_COUNTRY.has(name) && /^[A-Z]{2,4}$/.test(n) && n !== name) SHORT_COUNTRY.set(name, n);
  }
  const list = dems.split(',').filter(Boolean);
  if (list.length === 0) continue;
  const nat = { id: `nationality:${slugOf(list[0])}`, name: list[0] };
  DEMONYM_OF.set(name, list[0]);
  NATIONALITY_OF.set(country.id, nat.id);
  COUNTRY_OF_NATIONALITY.set(nat.id, country.id);
  for (const d of list) {
    DEMONYMS.set(d, nat);
    COUNTRY_OF.set(d.toLowerCase(), name);
    // Plural nouns for people: Russians, North Koreans, Israelis.
    if (/[ni]$/.test(d)) DEMONYMS.set(`${d}s`, nat);
    else if (!/(?:ese|ish|sh|[sxzy])$/.test(d)) pluralPeoples.push([`${d}s`, nat]);
  }
}
/**
 * Round 32 (probe32a): peoples whose demonym ends in another letter take "s" too ("12,000 Greeks", "Czechs", "Greeks",
 * "Filipinos"), unless the plural is a country's name ("Laos") or the demonym is its own plural ("Chinese", "Swiss").
 */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  pluralPeoples.filter(([p]) => !COUNTRY_NAMES.has(p) && !DEMONYMS.has(p)).map(([p]) => p));
for (const [p, nat] of pluralPeoples) if (PEOPLE_PLURALS.has(p)) DEMONYMS.set(p, nat);
// "Cote d'Ivoire" written without the accent, "the States" is too ambiguous to list.
COUNTRY_NAMES.set("Cote d'Ivoire", COUNTRY_NAMES.get('Ivory Coast')!);
DEMONYMS.set('Englishman', { id: 'nationality:english', name: 'English' });

/**
 * Peoples, faiths and party followers: groups of people like nationalities, with no country of their own here ("Kurds",
 * "Tamil", "Moslems", "Republicans"); given names ("Christian") and towns ("Roma") are left out. As written, singular first; a plural in brackets where it is not the singular + s.
 */
const PEOPLES = `Serb Serbian Croat Bosniak Kurd Kurdish Tamil Sinhalese Hutu Tutsi Chechen Ingush Basque Catalan Tibetan Uighur
Uyghur Pashtun Hazara Baluch Druze Maronite Zulu Xhosa Yoruba Igbo Hausa Fulani Tuareg Berber Amhara Oromo Tigrayan Rohingya
Maori Flemish Walloon Arab Persian Tatar Cossack Kashmiri Sikh Moslem Muslim Jew Jewish Catholic Protestant
Buddhist Islamist Islamic Zionist Mormon Sunni Shi'ite Shiite Shia Alawite Democrat Republican Socialist
Communist Marxist Maoist Nazi Fascist Tory(Tories) Gaullist`;
for (const entry of PEOPLES.split(/\s+/)) {
  const [word, plural] = entry.replace(')', '').split('(');
  const group = DEMONYMS.get(word) ?? { id: `nationality:${slugOf(word)}`, name: word };
  DEMONYMS.set(word, group);
  const many = plural ?? (/(?:ese|ish|ic|sh|ss)$/.test(word) ? null : `${word}s`);
  if (many && !DEMONYMS.has(many)) DEMONYMS.set(many, group);
}
